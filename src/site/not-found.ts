/**
 * What a broken address most likely meant, for the 404 page: each known address (a page's, or an old one it
 * moved from) compared with the damaged one, read as src/site/damaged-links.ts reads it, then for a cut,
 * an added section or a typo made by hand. Pure; src/site/site-not-found.ts loads it on the 404 page only.
 */
import { editDistance } from '../search/suggest';
import { normalizePath } from './damaged-links';

export interface KnownPage {
  href: string;
  title: string;
  /** Old addresses that now lead to this page (frontmatter `aliases`). */
  aliases?: readonly string[];
}

export interface Suggestion {
  href: string;
  title: string;
  /** The address differs from the page's only in what normalizePath undoes: it is that page for sure. */
  exact: boolean;
}

/** Addresses longer than this are not compared letter by letter (the distance costs length²). */
const MAX_COMPARED = 200;

/**
 * How far `wanted` (normalized) is from `known` (normalized), lower is closer; undefined when it is not
 * a plausible damaged copy of it.
 */
function distance(wanted: string, known: string): number | undefined {
  if (wanted === known) return 0;
  // A hyphen a line break added, or one it took away ("inference-time" as "infer-ence-time").
  if (wanted.replaceAll('-', '') === known.replaceAll('-', '')) return 0.5;
  // Cut short by a line break (three letters at least: "/a" could be anything).
  const trimmed = wanted.replace(/\/$/, '');
  if (trimmed.length >= 4 && known.startsWith(trimmed)) return 1 + (known.length - trimmed.length) / 1000;
  // A section turned into a path ("/approaches/pure-rl/the-aha-moment/"): the page it is part of.
  if (known !== '/' && wanted.startsWith(known)) return 1.5;
  if (wanted.length > MAX_COMPARED) return undefined;
  // Typos: one letter in six of the address at most ("/" and "/a/" are not one typo apart).
  const edits = editDistance(wanted, known);
  const allowed = Math.max(1, Math.floor(known.length / 6));
  return edits <= allowed ? 2 + edits : undefined;
}

/**
 * The pages `rawPath` most likely meant, best first (at most `limit`); empty when nothing is close.
 * Several equally good guesses (an address cut short after "/approaches/") are all returned.
 */
export function suggestPages(rawPath: string, pages: readonly KnownPage[], limit = 5): Suggestion[] {
  const wanted = normalizePath(rawPath);
  if (wanted === '/') return [];
  const scored: { page: KnownPage; score: number }[] = [];
  for (const page of pages) {
    let best: number | undefined;
    for (const address of [page.href, ...(page.aliases ?? [])]) {
      const score = distance(wanted, normalizePath(address));
      if (score !== undefined && (best === undefined || score < best)) best = score;
    }
    if (best !== undefined) scored.push({ page, score: best });
  }
  scored.sort((a, b) => a.score - b.score);
  return scored.slice(0, limit).map(({ page, score }) => ({ href: page.href, title: page.title, exact: score === 0 }));
}

