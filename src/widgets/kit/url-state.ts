/**
 * Widget state in the URL: each widget owns query parameters prefixed with its short name
 * (`mv.p=0.6&mv.n=5`), so several widgets can share one page and one shareable link.
 * Parsing never throws: a value that is missing or invalid falls back to the default and is
 * reported, so a widget can say what it ignored.
 */

export type FieldSpec =
  | { kind: 'number'; default: number; min: number; max: number; integer?: boolean }
  | { kind: 'enum'; default: string; values: readonly string[] }
  | { kind: 'text'; default: string; maxLength: number };

export type FieldValue<F extends FieldSpec> = F extends { kind: 'number' } ? number : string;

export type StateOf<S extends Record<string, FieldSpec>> = { [K in keyof S]: FieldValue<S[K]> };

export interface ParsedState<S extends Record<string, FieldSpec>> {
  state: StateOf<S>;
  /** Human-readable problems with the URL's values, e.g. `mv.p: "abc" is not a number`. */
  problems: string[];
}

/** Parse and validate one field's raw string. Returns an error message instead of throwing. */
export function parseField(spec: FieldSpec, raw: string): { ok: true; value: number | string } | { ok: false; error: string } {
  if (spec.kind === 'number') {
    const trimmed = raw.trim();
    // Number('') is 0 and Number('0x10') is 16; accept plain decimal notation only. The length check
    // comes first and the pattern has one way to match each string, so a hostile link cannot stall it.
    if (trimmed.length > 40 || !/^[-+]?(?:\d+(?:\.\d*)?|\.\d+)(?:e[-+]?\d+)?$/i.test(trimmed)) {
      return { ok: false, error: `"${shorten(raw)}" is not a number` };
    }
    const value = Number(trimmed);
    if (!Number.isFinite(value)) return { ok: false, error: `"${shorten(raw)}" is not a finite number` };
    if (spec.integer && !Number.isInteger(value)) return { ok: false, error: `${value} is not a whole number` };
    if (value < spec.min || value > spec.max) {
      return { ok: false, error: `${value} is outside ${spec.min}–${spec.max}` };
    }
    return { ok: true, value };
  }
  if (spec.kind === 'enum') {
    return spec.values.includes(raw)
      ? { ok: true, value: raw }
      : { ok: false, error: `"${shorten(raw)}" is not one of ${spec.values.join(', ')}` };
  }
  if (raw.length > spec.maxLength) {
    return { ok: false, error: `text is longer than ${spec.maxLength} characters` };
  }
  return { ok: true, value: raw };
}

export function readState<S extends Record<string, FieldSpec>>(
  prefix: string,
  schema: S,
  search: string | URLSearchParams,
): ParsedState<S> {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  const state = {} as Record<string, number | string>;
  const problems: string[] = [];
  for (const [name, spec] of Object.entries(schema)) {
    const raw = params.get(`${prefix}.${name}`);
    state[name] = spec.default;
    if (raw === null) continue;
    const parsed = parseField(spec, raw);
    if (parsed.ok) state[name] = parsed.value;
    else problems.push(`${prefix}.${name}: ${parsed.error}`);
  }
  return { state: state as StateOf<S>, problems };
}

/**
 * Write a widget's state into a query string, leaving other widgets' parameters alone.
 * Values equal to their default are removed to keep links short.
 */
export function writeState<S extends Record<string, FieldSpec>>(
  prefix: string,
  schema: S,
  state: StateOf<S>,
  search: string | URLSearchParams,
): string {
  const params = new URLSearchParams(typeof search === 'string' ? search : search.toString());
  for (const [name, spec] of Object.entries(schema)) {
    const key = `${prefix}.${name}`;
    const value = state[name as keyof S] as number | string;
    if (value === spec.default) params.delete(key);
    else params.set(key, String(value));
  }
  const out = params.toString();
  return out ? `?${out}` : '';
}

function shorten(raw: string): string {
  return raw.length > 24 ? `${raw.slice(0, 24)}…` : raw;
}
