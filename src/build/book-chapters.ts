/**
 * Which pages /book/ (src/pages/book.astro) holds as chapters. The playground is only widgets and the
 * formula index repeats the chapters' numbered equations, so both stay online. The book is one page
 * meant for printing, so it is bounded: past BOOK_MAX_CHAPTERS (in reading order) the remaining pages
 * are listed in its contents as links to their online pages instead of being printed. The site has
 * about a dozen chapters; the bound only matters for a much larger site, where a single page with every
 * chapter would be tens of megabytes of HTML (24 MB with 1,000 generated pages) that no browser prints,
 * and which the build would hold and parse whole.
 */
import { sortPages, type NavPage } from '../site/nav.ts';

export const BOOK_MAX_CHAPTERS = 40;

export interface BookContents<T> {
  /** Printed in the book, in reading order. */
  chapters: T[];
  /** Left out for the bound, in reading order: linked from the contents. */
  onlineOnly: T[];
}

export function bookContents<T extends NavPage>(pages: readonly T[], max = BOOK_MAX_CHAPTERS): BookContents<T> {
  const candidates = sortPages(pages).filter((p) => p.data.section !== 'Playground' && p.id !== 'reference/formulas');
  return { chapters: candidates.slice(0, max), onlineOnly: candidates.slice(max) };
}
