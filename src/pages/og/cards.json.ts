/**
 * Which social preview PNG each page gets (src/og/og-image.ts), at the path src/og/og-paths.ts gives and
 * src/layouts/Base.astro puts in og:image. The images themselves are drawn after the build, beside the
 * post-build pass and on another thread (src/og/og-images-step.ts), which deletes this list.
 */
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import type { PlacedOgCard } from '~/og/og-cards';
import { ogImagePath } from '~/og/og-paths';
import { SITE_NAME } from '~/site/site';

/** Pages outside the collection that have their own card. */
const OTHER_PAGES: { path: string; title: string; section: string }[] = [
  { path: '/', title: SITE_NAME, section: 'Reasoning language models' },
  { path: '/changelog/', title: 'What changed, and when', section: 'Changelog' },
  { path: '/book/', title: 'The whole reference as one book', section: 'Book' },
];

export const GET: APIRoute = async () => {
  const pages = await getCollection('pages');
  const cards: PlacedOgCard[] = [
    ...pages.map((p) => ({ path: `/${p.id}/`, title: p.data.title, section: p.data.section })),
    ...OTHER_PAGES,
  ].map((card) => ({ file: ogImagePath(card.path).slice(1), title: card.title, section: card.section, siteName: SITE_NAME }));
  return new Response(JSON.stringify(cards), { headers: { 'Content-Type': 'application/json' } });
};
