/**
 * Which terms a page arriving from search may highlight. A link can carry any number of
 * `highlight=` values of any length; marking each one costs a walk over the page, so a crafted link
 * could freeze it. The terms are deduplicated and capped here, and the page rewrites its URL to the
 * capped list before marking anything (site-search-highlight.ts).
 */
import { HIGHLIGHT_PARAM } from './highlight-param';

export { HIGHLIGHT_PARAM };

/** At most this many terms are marked; a search query is a few words. */
export const MAX_HIGHLIGHT_TERMS = 6;
/** Longer terms are dropped rather than cut: a cut term would mark text the reader never searched. */
export const MAX_TERM_LENGTH = 40;
/** Single letters would mark half the page. */
const MIN_TERM_LENGTH = 2;
/** Words that would mark most sentences of a page ("two levels of reasoning" marks "reasoning", not "of"). */
const STOP_WORDS = new Set(['an', 'and', 'are', 'as', 'at', 'be', 'by', 'for', 'in', 'is', 'it', 'of', 'on', 'or', 'the', 'to', 'with']);
/**
 * Invisible formatting characters a paste can carry into a word (bidirectional controls, zero-width
 * space, soft hyphen, word joiner, byte-order mark): "\u202EGRPO" must search for GRPO. Zero-width
 * (non-)joiners are kept: they change how some scripts' words are spelled.
 */
const INVISIBLE_FORMAT = /[\u00AD\u061C\u200B\u200E\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/g;

/** The search box accepts at most this many characters (the input's maxlength and the search code). */
export const MAX_QUERY_LENGTH = 120;

/**
 * The terms to highlight from a URL's query string: every `highlight=` value split on spaces,
 * trimmed of surrounding punctuation, lower-cased, without stop words, deduplicated, the first
 * MAX_HIGHLIGHT_TERMS kept.
 */
export function highlightTerms(search: string): string[] {
  const terms: string[] = [];
  for (const value of new URLSearchParams(search).getAll(HIGHLIGHT_PARAM)) {
    for (const word of value.replace(INVISIBLE_FORMAT, '').split(/\s+/)) {
      // Keep inner punctuation (pass@k, Sky-T1, cons@64) but not quotes or commas around a word.
      const term = word.replace(/^[^\p{L}\p{N}$]+|[^\p{L}\p{N}%]+$/gu, '').toLowerCase();
      if (term.length < MIN_TERM_LENGTH || term.length > MAX_TERM_LENGTH || STOP_WORDS.has(term) || terms.includes(term)) continue;
      terms.push(term);
      if (terms.length === MAX_HIGHLIGHT_TERMS) return terms;
    }
  }
  return terms;
}

/**
 * The same query string with its `highlight=` values replaced by `terms` (one parameter per term),
 * every other parameter (widget state) kept in order. Returns '' or a string starting with '?'.
 */
export function withHighlightTerms(search: string, terms: readonly string[]): string {
  const params = new URLSearchParams(search);
  params.delete(HIGHLIGHT_PARAM);
  for (const term of terms) params.append(HIGHLIGHT_PARAM, term);
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** The search box's text as a query: without invisible formatting characters, trimmed and cut to MAX_QUERY_LENGTH characters. */
export function boundedQuery(text: string): string {
  return text.replace(INVISIBLE_FORMAT, '').trim().slice(0, MAX_QUERY_LENGTH).trim();
}

/** A regular expression that finds any of `terms` at the start of a word, longest first, ignoring case. */
export function termsPattern(terms: readonly string[]): RegExp | null {
  if (!terms.length) return null;
  const escaped = [...terms]
    .sort((a, b) => b.length - a.length)
    .map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${escaped.join('|')})`, 'giu');
}
