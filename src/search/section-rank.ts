/**
 * Ranks the sections of one search result by how well each matches. Pagefind returns a page's
 * sections (sub-results) in page order, so "the first three" are the page's first sections, not the
 * matching ones; each section carries the scored word positions that matched in it, and those are
 * summed here. A section whose heading holds the query's words gets a bonus: it is about them.
 */

/** One matched word position in Pagefind's index (a heading word weighs more than body text). */
export interface WeightedLocation {
  weight: number;
  balanced_score: number;
  location: number;
}

export interface RankableSection {
  title: string;
  url: string;
  weighted_locations?: WeightedLocation[];
  locations?: number[];
}

/** Words of a query or heading, lower-cased, split on anything but letters, digits and @ . - */
export function words(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[^\p{L}\p{N}@.$%-]+/u)
    .map((w) => w.replace(/^[.-]+|[.-]+$/g, ''))
    .filter(Boolean);
}

/** The share of the query's words that appear (as a prefix of a word) in the heading, 0 to 1. */
export function headingCoverage(query: string, heading: string): number {
  const wanted = words(query);
  if (!wanted.length) return 0;
  const have = words(heading);
  return wanted.filter((w) => have.some((h) => h.startsWith(w))).length / wanted.length;
}

/** Whether a sub-result is a section (has a #fragment) rather than the page's top. */
export const isSection = (s: RankableSection) => s.url.includes('#');

/**
 * A section's score: its matched positions' scores, raised when its heading names the query. For the
 * page's top the heading is the title's head, before any colon: a page named after the query
 * ("Distillation: fine-tuning small models…") opens at its top, while a page that only lists it in
 * its title ("Pure reinforcement learning: R1-Zero and GRPO") opens at the section about it.
 */
export function sectionScore(section: RankableSection, query: string): number {
  const located = section.weighted_locations ?? [];
  const base = located.length
    ? located.reduce((sum, l) => sum + l.balanced_score, 0)
    : (section.locations?.length ?? 0);
  const heading = isSection(section) ? section.title : section.title.split(':')[0]!;
  return base * (1 + headingCoverage(query, heading));
}

/**
 * The sections of a result page, best match first; equal scores keep page order. A sub-result on the
 * page without a #fragment is the page's top (its title and lede): when it wins, the page as a whole
 * is about the query and the result opens at the top.
 */
export function rankSections<S extends RankableSection>(pageUrl: string, sections: readonly S[], query: string): S[] {
  const pagePath = pageUrl.split(/[?#]/)[0];
  return sections
    .filter((s) => s.url.split(/[?#]/)[0] === pagePath)
    .map((section, order) => ({ section, order, score: sectionScore(section, query) }))
    .filter((s) => s.score > 0)
    .sort((a, b) => b.score - a.score || a.order - b.order)
    .map((s) => s.section);
}

/**
 * Pagefind's page score, raised when the page's best section names the query in its heading: a page
 * with a section about the query comes before a page that only mentions it.
 */
export function pageScore(score: number, best: RankableSection | undefined, query: string): number {
  return score * (1 + (best ? headingCoverage(query, best.title) : 0));
}
