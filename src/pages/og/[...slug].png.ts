/**
 * The social preview PNGs in `astro dev`, drawn on request. A production build makes no pages here: it
 * draws every card after rendering, on another thread (src/og/og-images-step.ts, from cards.json.ts).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { ogImagePng, type OgCard } from '~/og/og-image';
import { pageCards } from '~/og/page-cards';

export const getStaticPaths = (async () => {
  if (!import.meta.env.DEV) return [];
  return (await pageCards()).map(({ file, ...card }) => ({ params: { slug: file.replace(/^og\/|\.png$/g, '') }, props: card satisfies OgCard }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const png = await ogImagePng(props as OgCard);
  return new Response(png as BodyInit, { headers: { 'Content-Type': 'image/png' } });
};
