/**
 * The social preview cards of a list of pages, and the three pages outside the content collection that
 * have their own card. Plain TypeScript (no astro:content), so the build can also make the list from the
 * source files before Astro has rendered anything (og-images-step.ts).
 */
import { SITE_NAME } from '../site/site.ts';
import type { PlacedOgCard } from './og-cards.ts';
import { ogImagePath } from './og-paths.ts';

export interface CardSource {
  /** Site path, "/approaches/pure-rl/". */
  path: string;
  title: string;
  section: string;
}

/** Pages outside the collection that have their own card. */
export const OTHER_PAGES: readonly CardSource[] = [
  { path: '/', title: SITE_NAME, section: 'Reasoning language models' },
  { path: '/changelog/', title: 'What changed, and when', section: 'Changelog' },
  { path: '/book/', title: 'The whole reference as one book', section: 'Book' },
];

/** The cards of `pages` followed by those of OTHER_PAGES. */
export function cardsOf(pages: readonly CardSource[]): PlacedOgCard[] {
  return [...pages, ...OTHER_PAGES].map((card) => ({
    file: ogImagePath(card.path).slice(1),
    title: card.title,
    section: card.section,
    siteName: SITE_NAME,
  }));
}
