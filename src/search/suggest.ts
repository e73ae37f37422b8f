/**
 * "Did you mean …?" for a query with no results: the nearest glossary term or heading by edit
 * distance. The list is small (a few hundred labels, written at build time by
 * pagefind-integration.ts), so a plain distance over all of it is instant. Hand-written: about twenty
 * lines, and a library would add to the search download for one function.
 */

/** One label a reader might have meant, with the page section it leads to. */
export interface Suggestion {
  label: string;
  url: string;
}

/** Served beside the index; fetched only when a query finds nothing. */
export const SUGGESTIONS_PATH = '/search-suggestions.json';

/** Optimal string alignment distance: insertions, deletions, substitutions and swaps of neighbours. */
export function editDistance(a: string, b: string): number {
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i++) {
    rows.push([i]);
    for (let j = 1; j <= b.length; j++) {
      if (i === 0) {
        rows[0]!.push(j);
        continue;
      }
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(rows[i - 1]![j]! + 1, rows[i]![j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, rows[i - 2]![j - 2]! + 1);
      rows[i]!.push(d);
    }
  }
  return rows[a.length]![b.length]!;
}

/** How many edits a query of this length may be away from a suggestion: 1 for short words, up to 3. */
export function allowedEdits(length: number): number {
  return Math.min(3, Math.max(1, Math.floor(length / 4)));
}

const normalise = (text: string) => text.toLowerCase().replace(/\s+/g, ' ').trim();

/** The suggestion nearest to `query`, or null when none is within the allowed edits (or it is exact). */
export function nearestSuggestion(query: string, suggestions: readonly Suggestion[]): Suggestion | null {
  const wanted = normalise(query);
  if (wanted.length < 2) return null;
  let best: Suggestion | null = null;
  let bestDistance = Infinity;
  for (const s of suggestions) {
    const label = normalise(s.label);
    // Lengths differ by more than the allowance: the distance cannot be small enough.
    if (Math.abs(label.length - wanted.length) > allowedEdits(wanted.length)) continue;
    const d = editDistance(wanted, label);
    if (d < bestDistance) [best, bestDistance] = [s, d];
  }
  return best && bestDistance > 0 && bestDistance <= allowedEdits(wanted.length) ? best : null;
}

/** Letters and digits of a word, lower-cased: "Sky-T1," → "skyt1". */
const bare = (word: string) => word.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');

/**
 * Whether the results really contain what was typed: every word of the query starts some marked word
 * of the excerpts. Pagefind falls back to loose matches for an unknown word (for "GRPPO" it marks
 * every "G"), so an empty result list is not the only sign of a typo.
 */
export function queryFound(query: string, markedWords: readonly string[]): boolean {
  const wanted = query.split(/\s+/).map(bare).filter(Boolean);
  const marked = markedWords.map(bare);
  return wanted.every((w) => marked.some((m) => m.startsWith(w)));
}
