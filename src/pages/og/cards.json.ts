/**
 * Which social preview PNG each page gets (src/og/page-cards.ts), at the path src/og/og-paths.ts gives and
 * src/layouts/Base.astro puts in og:image. A production build draws them after rendering, on another
 * thread beside the post-build pass (src/og/og-images-step.ts), which deletes this list.
 */
import type { APIRoute } from 'astro';
import { pageCards } from '~/og/page-cards';

export const GET: APIRoute = async () => new Response(JSON.stringify(await pageCards()), { headers: { 'Content-Type': 'application/json' } });
