/**
 * One social preview PNG per page (src/og/og-image.ts), at the path src/og/og-paths.ts gives and
 * src/layouts/Base.astro puts in og:image.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { ogImagePng, type OgCard } from '~/og/og-image';
import { ogImagePath } from '~/og/og-paths';
import { SITE_NAME } from '~/site/site';

/** Pages outside the collection that have their own card. */
const OTHER_PAGES: { path: string; title: string; section: string }[] = [
  { path: '/', title: SITE_NAME, section: 'Reasoning language models' },
  { path: '/changelog/', title: 'What changed, and when', section: 'Changelog' },
  { path: '/book/', title: 'The whole reference as one book', section: 'Book' },
];

export const getStaticPaths = (async () => {
  const pages = await getCollection('pages');
  const cards = [
    ...pages.map((p) => ({ path: `/${p.id}/`, title: p.data.title, section: p.data.section })),
    ...OTHER_PAGES,
  ];
  return cards.map((card) => ({
    params: { slug: ogImagePath(card.path).replace(/^\/og\/|\.png$/g, '') },
    props: { title: card.title, section: card.section, siteName: SITE_NAME } satisfies OgCard,
  }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const png = await ogImagePng(props as OgCard);
  return new Response(png as BodyInit, { headers: { 'Content-Type': 'image/png' } });
};
