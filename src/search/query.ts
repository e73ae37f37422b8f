/**
 * What the search box sends to Pagefind for what the reader typed. Pagefind drops a leading currency
 * sign into the word ("$6M" finds nothing) and knows nothing of number words, while the pages write
 * amounts several ways ("$6M", "$6 million", "800K", "800,000"). So a query is cleaned of currency signs,
 * and one with an amount is also searched in its other spellings; the results are merged.
 */
import { boundedQuery, HIGHLIGHT_PARAM, highlightTerms, withHighlightTerms } from './highlight-terms';

const SCALE_WORDS: Record<string, { short: string; long: string; zeros: number }> = {
  k: { short: 'K', long: 'thousand', zeros: 3 },
  thousand: { short: 'K', long: 'thousand', zeros: 3 },
  m: { short: 'M', long: 'million', zeros: 6 },
  million: { short: 'M', long: 'million', zeros: 6 },
  b: { short: 'B', long: 'billion', zeros: 9 },
  billion: { short: 'B', long: 'billion', zeros: 9 },
};

/** An amount with a scale: "6M", "6 million", "5.6m", "800K", "800 thousand". */
const AMOUNT = /(\d+(?:\.\d+)?)\s*(k|m|b|thousand|million|billion)\b/i;

/** The query without currency signs and tildes ("~$6M" → "6M"), cut to the box's maximum length. */
export function cleanQuery(text: string): string {
  return boundedQuery(text)
    .replace(/[$€£~≈]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Thousands written out in digits with separators, as the pages do: 800 → "800,000". */
function grouped(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/**
 * The queries to run for what the reader typed: the cleaned query first, then the same with an amount
 * in its other spellings (short "6M", long "6 million", and for whole thousands the digits "800,000").
 */
export function queryVariants(text: string): string[] {
  const query = cleanQuery(text);
  if (!query) return [];
  const variants = [query];
  const match = AMOUNT.exec(query);
  if (match) {
    const [whole, number, word] = match;
    const scale = SCALE_WORDS[word!.toLowerCase()]!;
    const swap = (replacement: string) => query.replace(whole, replacement);
    variants.push(swap(`${number}${scale.short}`), swap(`${number} ${scale.long}`));
    if (/^\d+$/.test(number!) && scale.zeros === 3) variants.push(swap(grouped(`${number}000`)));
  }
  return [...new Set(variants.map((v) => v.toLowerCase()))];
}

/**
 * The terms a result link asks its page to highlight: the words as typed (keeping pass@k, Sky-T1 and
 * "$6M" whole, which Pagefind's own highlight list strips to "passk", "skyt1" and "6m"), then the words
 * of the other spellings; capped as the page will cap them.
 */
export function queryHighlightTerms(text: string): string[] {
  const typed = boundedQuery(text).replace(/~/g, ' ');
  const words = [typed, ...queryVariants(text)].join(' ');
  return highlightTerms(new URLSearchParams({ [HIGHLIGHT_PARAM]: words }).toString());
}

/** A result URL with our highlight terms in place of Pagefind's, its #fragment kept. */
export function resultHref(url: string, terms: readonly string[]): string {
  const hashAt = url.indexOf('#');
  const hash = hashAt < 0 ? '' : url.slice(hashAt);
  const withoutHash = hashAt < 0 ? url : url.slice(0, hashAt);
  const queryAt = withoutHash.indexOf('?');
  const path = queryAt < 0 ? withoutHash : withoutHash.slice(0, queryAt);
  const search = queryAt < 0 ? '' : withoutHash.slice(queryAt);
  return `${path}${withHighlightTerms(search, terms)}${hash}`;
}
