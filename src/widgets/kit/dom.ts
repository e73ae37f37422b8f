/**
 * Browser-side helpers shared by the widget scripts (src/widgets/<id>/<Name>.astro).
 * Each widget used to carry its own copy of these; they live here so a fix to, say, the length
 * cap or the URL sync reaches every widget at once. Pure geometry lives in src/widgets/kit/chart.ts
 * (unit-tested); this module holds the parts that touch the DOM, the URL or timers.
 */
import { parseField, readState, writeState, type FieldSpec, type ParsedState } from './url-state';
import type { TableView } from './table';

export const SVG_NS = 'http://www.w3.org/2000/svg';

/**
 * Longest text accepted in a number box (and in a URL value) before we even try to parse it:
 * a 1 MB paste is rejected by its length, never handed to the parser.
 */
export const MAX_NUMBER_CHARS = 40;

export type NumberCheck = { ok: true; value: number } | { ok: false; error: string };

/** Create an SVG element with attributes (and text), appended to `parent` when one is given. */
export function svg<K extends keyof SVGElementTagNameMap>(
  tag: K,
  attrs: Record<string, string | number>,
  parent: Element | null,
  text?: string,
): SVGElementTagNameMap[K] {
  const node = document.createElementNS(SVG_NS, tag);
  for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, String(value));
  if (text !== undefined) node.textContent = text;
  parent?.appendChild(node);
  return node;
}

/**
 * Validate one number box or URL value: length first (cheap), then the shared parser.
 * `what` names the expected input in the length message ("a number", "a whole number").
 */
export function checkNumber(spec: FieldSpec, raw: string, what = 'a number'): NumberCheck {
  if (raw.length > MAX_NUMBER_CHARS) {
    return {
      ok: false,
      error: `That is ${raw.length.toLocaleString('en-US')} characters; type ${what} (at most ${MAX_NUMBER_CHARS} characters).`,
    };
  }
  const parsed = parseField(spec, raw);
  return parsed.ok ? { ok: true, value: parsed.value as number } : parsed;
}

/**
 * Read a widget's state from the page URL. Overlong values are dropped before parsing (and
 * reported), so a hostile link cannot make the parser work on megabytes of text.
 */
export function readUrlState<S extends Record<string, FieldSpec>>(prefix: string, schema: S): ParsedState<S> {
  const params = new URLSearchParams(window.location.search);
  const problems: string[] = [];
  for (const name of Object.keys(schema)) {
    const raw = params.get(`${prefix}.${name}`);
    if (raw !== null && raw.length > MAX_NUMBER_CHARS) {
      params.delete(`${prefix}.${name}`);
      problems.push(`${prefix}.${name}: value longer than ${MAX_NUMBER_CHARS} characters`);
    }
  }
  const parsed = readState(prefix, schema, params);
  return { state: parsed.state, problems: [...problems, ...parsed.problems] };
}

/** Put a widget's state into the URL without adding a history entry (other widgets' params stay). */
export function writeUrlState<S extends Record<string, FieldSpec>>(prefix: string, schema: S, state: ParsedState<S>['state']): void {
  const search = writeState(prefix, schema, state, window.location.search);
  history.replaceState(history.state, '', `${window.location.pathname}${search}${window.location.hash}`);
}

/**
 * Wire a number text box (and its optional slider): typing or committing calls `onEdit`; moving
 * the slider copies its value into the box first, so the box stays the one source of truth.
 */
export function wireNumberField(text: HTMLInputElement, range: HTMLInputElement | null | undefined, onEdit: () => void): void {
  text.addEventListener('input', onEdit);
  text.addEventListener('change', onEdit);
  range?.addEventListener('input', () => {
    text.value = range.value;
    onEdit();
  });
}

/** Show (or clear, with '') the message next to a box and mark the box invalid while there is one. */
export function setFieldMessage(input: HTMLInputElement, message: HTMLElement, text: string): void {
  message.textContent = text;
  if (text) input.setAttribute('aria-invalid', 'true');
  else input.removeAttribute('aria-invalid');
}

/**
 * A number typed into a field's text box: show what is wrong with it (the widget keeps its last valid
 * result), or clear the message, move the slider along and return the value. Returns null when the
 * text is invalid or the value did not change, so the caller only recomputes on a real change.
 */
export function acceptNumberText(
  spec: FieldSpec,
  text: HTMLInputElement,
  range: HTMLInputElement | null | undefined,
  message: HTMLElement,
  current: number,
): number | null {
  const result = checkNumber(spec, text.value);
  if (!result.ok) {
    setFieldMessage(text, message, `${result.error} Showing results for the last valid value (${current}).`);
    return null;
  }
  setFieldMessage(text, message, '');
  if (range) range.value = String(result.value);
  return result.value === current ? null : result.value;
}

/**
 * An announcer for an aria-live region: each call replaces the pending sentence, so a screen reader
 * hears the result once the user pauses, not on every step of a slider.
 */
export function createAnnouncer(live: () => HTMLElement): (sentence: string, delayMs: number) => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  return (sentence, delayMs) => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      live().textContent = sentence;
    }, delayMs);
  };
}

/**
 * Follow an element's drawn width with a ResizeObserver, so drawing never has to force a layout.
 * Calls `onChange` when the width changes noticeably (rotation, window resize).
 */
export function trackWidth(element: Element, onChange: () => void): () => number {
  let width = element.getBoundingClientRect().width;
  new ResizeObserver((entries) => {
    const next = entries[0]?.contentRect.width ?? width;
    if (Math.abs(next - width) < 16) return;
    width = next;
    onChange();
  }).observe(element);
  return () => width;
}

/** Remove everything from a chart except its <title> and <desc> (its accessible name and text). */
export function clearChart(chart: SVGSVGElement): void {
  for (const child of Array.from(chart.children)) if (child.tagName !== 'title' && child.tagName !== 'desc') child.remove();
}

export function tableRow(header: string, cells: readonly string[], current: boolean): HTMLTableRowElement {
  const tr = document.createElement('tr');
  if (current) tr.className = 'widget-current';
  const th = document.createElement('th');
  th.scope = 'row';
  th.className = 'num';
  th.textContent = header;
  tr.append(th);
  for (const text of cells) {
    const td = document.createElement('td');
    td.className = 'num';
    td.textContent = text;
    tr.append(td);
  }
  return tr;
}

/** Fill a ResultTable's caption and rows from a TableView (header columns are static). */
export function fillTable(root: Element, view: TableView): void {
  const caption = root.querySelector('[data-out="caption"]');
  if (caption) caption.textContent = view.caption;
  root.querySelector('[data-out="rows"]')?.replaceChildren(...view.rows.map((row) => tableRow(row.header, row.cells, !!row.current)));
}
