/**
 * Widget state in the page URL. Each widget instance owns the query parameters that start with its
 * prefix (`majority-vote.p=0.6&majority-vote.n=5`), so several widgets share one page and one link.
 * Reading never throws: a missing or invalid value falls back to the default and is reported, so the
 * widget can say what it ignored. Pure (strings in, strings out); the element does the history calls.
 */
import { MAX_NUMBER_CHARS, parseField, type Fields, type StateOf, type TextField } from './schema';

export { MAX_NUMBER_CHARS, parseField, type FieldSpec, type StateOf } from './schema';

/**
 * Most bytes of query one widget may put into a link. Common hosts and chat apps cut or reject links
 * of a few KB; a widget whose state would need more leaves its longest texts out (linkableState).
 */
export const MAX_LINK_BYTES = 2048;

/** Longest text of a text field that a link carries. */
function linkLimit(spec: TextField): number {
  return Math.min(spec.maxLength, spec.linkMaxLength ?? Infinity);
}

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
    const cap = spec.kind === 'text' ? linkLimit(spec) : MAX_NUMBER_CHARS;
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

/** Whether a query string holds any key under one of `prefixes` (`majority-vote.p` for `majority-vote`). */
export function linkNamesPrefix(search: string | URLSearchParams, prefixes: readonly string[]): boolean {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  for (const key of params.keys()) if (prefixes.some((prefix) => key.startsWith(`${prefix}.`))) return true;
  return false;
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

export interface LinkableState<F extends Fields> {
  /** The state a link carries: `state`, with the fields in `dropped` at their defaults. */
  state: StateOf<F>;
  /** Text fields left out of the link, longest first. */
  dropped: (keyof F & string)[];
  /** Bytes of query the widget's values take in the link (without the `&` between widgets). */
  bytes: number;
}

/**
 * What of a widget's state fits in a link: text fields longer than their link limit, and then the longest
 * texts until the widget's part of the query is at most MAX_LINK_BYTES, go back to their defaults (so a
 * shared link opens the default there, and the widget says so). Encoded bytes are counted, not
 * characters: 2,000 Chinese characters take 18 KB of link.
 */
export function linkableState<F extends Fields>(prefix: string, fields: F, state: StateOf<F>): LinkableState<F> {
  const out = { ...state };
  const dropped: (keyof F & string)[] = [];
  const size: Record<string, number> = {};
  for (const [name, spec] of Object.entries(fields)) {
    const value = state[name as keyof F] as number | string;
    if (value === spec.default) continue;
    if (spec.kind === 'text' && String(value).length > linkLimit(spec)) {
      dropped.push(name);
      continue;
    }
    // The same encoding URLSearchParams writes; `&` between values counted with each.
    size[name] = new URLSearchParams([[`${prefix}.${name}`, String(value)]]).toString().length + 1;
  }
  let bytes = Object.values(size).reduce((sum, n) => sum + n, 0);
  const texts = Object.keys(size).filter((name) => fields[name]!.kind === 'text').sort((a, b) => size[b]! - size[a]!);
  for (const name of texts) {
    if (bytes <= MAX_LINK_BYTES) break;
    dropped.push(name);
    bytes -= size[name]!;
  }
  for (const name of dropped) (out as Record<string, number | string>)[name] = fields[name]!.default;
  return { state: out, dropped, bytes };
}
