/**
 * Links to this site get pasted into chats, papers and PDFs, and come back damaged in a few typical ways:
 * a trailing ")" or "." taken from the sentence around them, letters changed to capitals, a line break in
 * a PDF that cut the address short or put a hyphen in the middle of a word, invisible characters copied
 * along, ".html" added by habit. This module reads a damaged address or #section the way it was meant:
 * - repairFragment, on every page: a #section that names nothing (src/site/site-fragment-keeper.ts);
 * - normalizePath, for the 404 page's guesses (src/site/not-found.ts).
 * Pure, and small: every page's script carries it.
 */

/**
 * Punctuation that prose and chat put right after a pasted link, quotes around it, and the hyphen a line
 * break in a PDF leaves at its end.
 */
const TRAILING = /[\s)\]}>.,;:!?'"`’”*_\\–-]+$/u;

/** Spaces a PDF or a chat put inside an address, and invisible format characters (soft hyphens, zero-width spaces, bidi controls). */
const INSIDE = /[\s\p{Cf}]+/gu;

/**
 * The path as it was probably meant: decoded, lower case, without what prose added after it, without
 * ".html", "/index.html" or ".md", with single slashes and a trailing one. Returns "/" for anything empty.
 */
export function normalizePath(raw: string): string {
  let path = raw;
  try {
    path = decodeURIComponent(path);
  } catch {
    // A malformed escape: compare the address as it is.
  }
  path = path
    .toLowerCase()
    .replace(INSIDE, '')
    .replace(TRAILING, '')
    .replace(/\/index\.html?$/, '/')
    .replace(/\.(html?|md)$/, '')
    .replace(/\/{2,}/g, '/');
  if (!path.startsWith('/')) path = `/${path}`;
  if (!path.endsWith('/')) path = `${path}/`;
  return path;
}

/**
 * The id a damaged fragment (`id`, already decoded: fragmentId in src/site/scroll-spy.ts) most likely
 * meant, or undefined when it names an element already or nothing close. `hasId` says whether the page has
 * an element with that id; `ids` lists the ids a link may point at (the page's sections), for a fragment
 * cut short.
 */
export function repairFragment(id: string, hasId: (id: string) => boolean, ids: readonly string[]): string | undefined {
  if (!id || hasId(id)) return undefined;
  const cleaned = id.replace(INSIDE, '').replace(TRAILING, '');
  for (const candidate of [cleaned, cleaned.toLowerCase()]) if (candidate && hasId(candidate)) return candidate;
  // Cut short: the one id it begins (three letters at least, as for paths).
  const start = cleaned.toLowerCase();
  if (start.length < 3) return undefined;
  const matches = ids.filter((candidate) => candidate.startsWith(start));
  return matches.length === 1 ? matches[0] : undefined;
}
