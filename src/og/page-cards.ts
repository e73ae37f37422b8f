/**
 * Every page's social preview card and where it is published (og-paths.ts): the collection's pages and
 * the three pages outside it that have their own card. Read by the build (src/pages/og/cards.json.ts) and
 * by the dev server's PNG route (src/pages/og/[...slug].png.ts).
 */
import { getCollection } from 'astro:content';
import { SITE_NAME } from '../site/site.ts';
import type { PlacedOgCard } from './og-cards.ts';
import { ogImagePath } from './og-paths.ts';

/** Pages outside the collection that have their own card. */
const OTHER_PAGES: { path: string; title: string; section: string }[] = [
  { path: '/', title: SITE_NAME, section: 'Reasoning language models' },
  { path: '/changelog/', title: 'What changed, and when', section: 'Changelog' },
  { path: '/book/', title: 'The whole reference as one book', section: 'Book' },
];

export async function pageCards(): Promise<PlacedOgCard[]> {
  const pages = await getCollection('pages');
  return [...pages.map((p) => ({ path: `/${p.id}/`, title: p.data.title, section: p.data.section })), ...OTHER_PAGES].map((card) => ({
    file: ogImagePath(card.path).slice(1),
    title: card.title,
    section: card.section,
    siteName: SITE_NAME,
  }));
}
