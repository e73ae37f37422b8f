/**
 * The widget contract's parameter side. A widget's `schema.ts` calls `defineWidget` once; that object is
 * the single source of its parameters (default, range, step, URL key, messages), read by the build-time
 * render (initial control values, the static table), by the browser element (validation, URL state) and by
 * the tests. Pure: no DOM, so it runs in Node, in the build and in the browser alike.
 *
 * Naming rule (README, "Adding a widget"): everything derives from the widget id, e.g. `majority-vote`:
 * folder src/widgets/majority-vote/, component MajorityVote.astro, tag <majority-vote-widget>,
 * data-widget="majority-vote", URL keys `majority-vote.<field>`, CSS root class `majority-vote`.
 */

/** Longest raw text a number field or URL value may hold; longer input is rejected before parsing. */
export const MAX_NUMBER_CHARS = 40;

export interface NumberField {
  kind: 'number';
  default: number;
  min: number;
  max: number;
  /** Slider step (default: 1 for whole numbers, else 0.01 of the range). */
  step?: number;
  integer?: boolean;
  /** What the reader should type, used in messages: "a chance between 0 and 1". */
  expect?: string;
}

export interface EnumField {
  kind: 'enum';
  default: string;
  values: readonly string[];
}

export interface TextField {
  kind: 'text';
  default: string;
  /** Longest text the field takes: its box's maxlength and its validator's limit. */
  maxLength: number;
  /**
   * Longest text a link carries (read and written), when shorter than maxLength. Whatever this says, a
   * widget's part of a link stays under MAX_LINK_BYTES (url-state.ts): longer texts are left out of it.
   */
  linkMaxLength?: number;
  /** What the text is, for the note that says it was left out of the link: "completion". */
  label?: string;
}

export type FieldSpec = NumberField | EnumField | TextField;
export type Fields = Record<string, FieldSpec>;

export type FieldValue<F extends FieldSpec> = F extends NumberField ? number : string;
export type StateOf<F extends Fields> = { -readonly [K in keyof F]: FieldValue<F[K]> };

export interface WidgetSpec<F extends Fields = Fields> {
  /** Lower-case words joined by hyphens; every other name derives from it. */
  id: string;
  fields: F;
  /**
   * URL prefixes of earlier versions of this widget, still read so that links shared before a rename
   * keep working (`mv.p=0.6` for majority-vote). Writing always uses the id.
   */
  legacyPrefixes?: readonly string[];
}

const ID_PATTERN = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)+$|^[a-z][a-z0-9]*$/;

/** Declare a widget's parameters. Throws at build time on a malformed declaration. */
export function defineWidget<const F extends Fields>(spec: WidgetSpec<F>): WidgetSpec<F> {
  if (!ID_PATTERN.test(spec.id)) throw new Error(`Widget id "${spec.id}" must be lower-case words joined by hyphens`);
  for (const [name, field] of Object.entries(spec.fields)) {
    const where = `${spec.id}.${name}`;
    if (field.kind === 'number') {
      if (!(field.min <= field.default && field.default <= field.max)) throw new Error(`${where}: default outside min–max`);
      if (field.integer && !Number.isInteger(field.default)) throw new Error(`${where}: default is not a whole number`);
    } else if (field.kind === 'enum' && !field.values.includes(field.default)) {
      throw new Error(`${where}: default is not one of its values`);
    } else if (field.kind === 'text' && field.default.length > Math.min(field.maxLength, field.linkMaxLength ?? Infinity)) {
      throw new Error(`${where}: default longer than maxLength or linkMaxLength`);
    }
  }
  return spec;
}

/** The default state of a widget. */
export function defaultState<F extends Fields>(spec: WidgetSpec<F>): StateOf<F> {
  const state: Record<string, number | string> = {};
  for (const [name, field] of Object.entries(spec.fields)) state[name] = field.default;
  return state as StateOf<F>;
}

/** Every name of one widget instance, derived from its id (instance counts from 1 on each page). */
export function widgetNames(id: string, instance = 1) {
  const instanceId = instance > 1 ? `${id}-${instance}` : id;
  return {
    /** Custom element tag. */
    tag: `${id}-widget`,
    /** `data-widget` value (the same for every instance). */
    dataWidget: id,
    /** URL query prefix: `<prefix>.<field>`. */
    prefix: instanceId,
    /** Prefix of element ids inside the instance: `<instanceId>-<field>`. */
    instanceId,
    /** Root CSS class; widget-specific classes start with it. */
    cssRoot: id,
    component: id.replace(/(^|-)([a-z0-9])/g, (_, __, c: string) => c.toUpperCase()),
  };
}

/** A parsed value, with a `note` when the text was read in a way worth telling (a decimal comma). */
export type ParseResult<V> = { ok: true; value: V; note?: string } | { ok: false; error: string };

/**
 * Parse and validate one field's raw text (from a text box or the URL). Never throws, and never does
 * more than linear work on the input: overlong text is rejected by its length first.
 */
export function parseField<S extends FieldSpec>(spec: S, raw: string): ParseResult<FieldValue<S>> {
  return parseAny(spec, raw) as ParseResult<FieldValue<S>>;
}

function parseAny(spec: FieldSpec, raw: string): ParseResult<number | string> {
  if (spec.kind === 'number') {
    const what = spec.expect ?? (spec.integer ? 'a whole number' : 'a number');
    if (raw.length > MAX_NUMBER_CHARS) {
      return {
        ok: false,
        error: `That is ${raw.length.toLocaleString('en-US')} characters; type ${what} (at most ${MAX_NUMBER_CHARS} characters).`,
      };
    }
    const read = readNumber(raw);
    if (!read.ok) return read;
    const { value, note } = read;
    if (spec.integer && !Number.isInteger(value)) return { ok: false, error: `${value} is not a whole number` };
    if (value < spec.min || value > spec.max) return { ok: false, error: `${value} is outside ${spec.min}–${spec.max}` };
    return note ? { ok: true, value, note } : { ok: true, value };
  }
  if (spec.kind === 'enum') {
    return spec.values.includes(raw)
      ? { ok: true, value: raw }
      : { ok: false, error: `${quote(raw)} is not one of ${spec.values.join(', ')}` };
  }
  if (raw.length > spec.maxLength) return { ok: false, error: `text is longer than ${spec.maxLength} characters` };
  return { ok: true, value: raw };
}

/**
 * Plain decimal notation only: Number('') is 0 and Number('0x10') is 16, so neither goes through Number
 * unchecked. The pattern has one way to match each string, so it runs in linear time.
 */
const DECIMAL = /^[-+]?(?:\d+(?:\.\d*)?|\.\d+)(?:e[-+]?\d+)?$/i;
/** One comma between digits: a decimal comma ("0,6"), or a thousands separator ("1,000"). */
const ONE_COMMA = /^([-+]?)(\d+),(\d+)$/;

/**
 * Read a number as a reader may type it: a decimal point, or a decimal comma ("0,6" is 0.6, said in the
 * note, never silently 6), and the minus sign U+2212 the widgets print. "1,000" could be one or a
 * thousand, so it is refused with a message that names the comma.
 */
function readNumber(raw: string): ParseResult<number> {
  const trimmed = raw.trim().replace(/^\u2212/, '-');
  let text = trimmed;
  let note: string | undefined;
  const comma = ONE_COMMA.exec(trimmed);
  if (comma) {
    const [, sign, whole, fraction] = comma as unknown as [string, string, string, string];
    if (fraction.length === 3 && !/^0+$/.test(whole)) {
      return {
        ok: false,
        error: `${quote(raw)} has a comma: write ${sign}${whole}.${fraction} for a decimal, or ${sign}${whole}${fraction} without the comma`,
      };
    }
    text = `${sign}${whole}.${fraction}`;
  }
  if (!DECIMAL.test(text)) {
    const hint = raw.includes(',') ? ' (use a point for decimals and no thousands separators)' : '';
    return { ok: false, error: `${quote(raw)} is not a number${hint}` };
  }
  const value = Number(text);
  if (!Number.isFinite(value)) return { ok: false, error: `${quote(raw)} is not a finite number` };
  if (comma) note = `Read ${quote(raw)} as ${value}.`;
  return note ? { ok: true, value, note } : { ok: true, value };
}

/** A field's slider step. */
export function stepOf(field: NumberField): number {
  return field.step ?? (field.integer ? 1 : (field.max - field.min) / 100);
}

/** Bidirectional-text controls (embeddings, overrides, isolates, marks): text from a link must not steer the page's. */
const BIDI_CONTROLS = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/**
 * At most `max` UTF-16 units of someone else's text, for showing it in a message or a cell: cut between
 * grapheme clusters so an emoji or a letter with its accents is never split in half, and with any
 * bidirectional control replaced by U+FFFD, so it cannot reorder the text around it (or escape the <bdi>
 * it is shown in).
 */
export function shorten(raw: string, max = 24): string {
  if (raw.length <= max) return raw.replace(BIDI_CONTROLS, '\ufffd');
  let out = '';
  for (const { segment } of new Intl.Segmenter('en', { granularity: 'grapheme' }).segment(raw.slice(0, max + 16))) {
    if (out.length + segment.length > max) break;
    out += segment;
  }
  return `${out.replace(BIDI_CONTROLS, '\ufffd')}…`;
}

/**
 * Someone else's text quoted in a message: `"…"`, shortened as by shorten(). A straight quote inside
 * becomes ＂, so the quotes pair up and the kit can show each quoted value in its own <bdi> (showText in
 * element.ts).
 */
export function quote(raw: string, max = 24): string {
  return `"${shorten(raw, max).replaceAll('"', '\uff02')}"`;
}
