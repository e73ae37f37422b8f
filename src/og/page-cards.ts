/**
 * Every page's social preview card and where it is published (og-paths.ts): the collection's pages and
 * the three pages outside it that have their own card (card-list.ts). Read by the build
 * (src/pages/og/cards.json.ts) and by the dev server's PNG route (src/pages/og/[...slug].png.ts).
 */
import { getCollection } from 'astro:content';
import type { PlacedOgCard } from './og-cards.ts';
import { cardsOf } from './card-list.ts';

export async function pageCards(): Promise<PlacedOgCard[]> {
  const pages = await getCollection('pages');
  return cardsOf(pages.map((p) => ({ path: `/${p.id}/`, title: p.data.title, section: p.data.section })));
}
