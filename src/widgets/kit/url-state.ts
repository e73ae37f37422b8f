/**
 * Widget state in the page URL. Each widget instance owns the query parameters that start with its
 * prefix (`majority-vote.p=0.6&majority-vote.n=5`), so several widgets share one page and one link.
 * Reading never throws: a missing or invalid value falls back to the default and is reported, so the
 * widget can say what it ignored. Pure (strings in, strings out); the element does the history calls.
 */
import { MAX_NUMBER_CHARS, parseField, type Fields, type StateOf } from './schema';

export { MAX_NUMBER_CHARS, parseField, type FieldSpec, type StateOf } from './schema';

export interface ParsedState<F extends Fields> {
  state: StateOf<F>;
  /** Human-readable problems with the link's values, e.g. `majority-vote.p: "abc" is not a number`. */
  problems: string[];
}

/**
 * Read a widget's state from a query string. Values under a legacy prefix are read when the current
 * prefix has none, so links shared before a rename keep working.
 */
export function readState<F extends Fields>(
  prefix: string,
  fields: F,
  search: string | URLSearchParams,
  legacyPrefixes: readonly string[] = [],
): ParsedState<F> {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  const state: Record<string, number | string> = {};
  const problems: string[] = [];
  for (const [name, spec] of Object.entries(fields)) {
    state[name] = spec.default;
    const key = [prefix, ...legacyPrefixes].map((p) => `${p}.${name}`).find((k) => params.has(k));
    if (key === undefined) continue;
    const raw = params.get(key)!;
    // Number values get the same length cap as a text box; text fields are capped by their own limit.
    const cap = spec.kind === 'text' ? spec.maxLength : MAX_NUMBER_CHARS;
    if (raw.length > cap) {
      problems.push(`${key}: value longer than ${cap} characters`);
      continue;
    }
    const parsed = parseField(spec, raw);
    if (parsed.ok) state[name] = parsed.value;
    else problems.push(`${key}: ${parsed.error}`);
  }
  return { state: state as StateOf<F>, problems };
}

/**
 * Write a widget's state into a query string, leaving other widgets' parameters alone and removing this
 * widget's legacy keys. Values equal to their default are left out to keep links short.
 */
export function writeState<F extends Fields>(
  prefix: string,
  fields: F,
  state: StateOf<F>,
  search: string | URLSearchParams,
  legacyPrefixes: readonly string[] = [],
): string {
  const params = new URLSearchParams(typeof search === 'string' ? search : search.toString());
  for (const [name, spec] of Object.entries(fields)) {
    for (const legacy of legacyPrefixes) params.delete(`${legacy}.${name}`);
    const key = `${prefix}.${name}`;
    const value = state[name as keyof F] as number | string;
    if (value === spec.default) params.delete(key);
    else params.set(key, String(value));
  }
  const out = params.toString();
  return out ? `?${out}` : '';
}
