/**
 * Browser-side helpers shared by the widget scripts (src/components/widgets/*.astro).
 * Each widget used to carry its own copy of these; they live here so a fix to, say, the length
 * cap or the URL sync reaches every widget at once. Pure geometry lives in src/lib/chart.ts
 * (unit-tested); this module holds the parts that touch the DOM, the URL or timers.
 */
import { chartViewBox, logScale, logTicks, polylinePath } from '../lib/chart';
import { parseField, readState, writeState, type FieldSpec, type ParsedState } from '../lib/url-state';

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

export interface ChartSeries {
  /** values[i] is the value at N = i + 1, between 0 and 1. */
  values: number[];
  /** Class of the line and its marker dot (the widget's CSS gives it a stroke). */
  cls: string;
}

/**
 * Line chart over N = 1..nMax with a log-scaled x axis, a percent y axis and a marker at N = marker
 * (used by the majority-vote and best-of-N widgets). The viewBox follows the drawn width, so the
 * labels stay readable from 320px phones to wide screens. Grid, tick and marker lines get the
 * classes chart-grid, chart-tick and chart-marker (styled in src/styles/widgets.css).
 */
export function drawLogChart(chart: SVGSVGElement, width: number, series: ChartSeries[], marker: number, nMax: number): void {
  const { width: W, height: H } = chartViewBox(width, 230, 0.5);
  const L = 50, R = 14, T = 14, B = 46;
  chart.setAttribute('viewBox', `0 0 ${W} ${H}`);
  const x = logScale(nMax, L, W - R);
  const y = (v: number) => T + (1 - v) * (H - T - B);
  clearChart(chart);
  const axes = svg('g', {}, chart);
  for (const v of [0, 0.25, 0.5, 0.75, 1]) {
    svg('line', { x1: L, x2: W - R, y1: y(v), y2: y(v), class: 'chart-grid' }, axes);
    svg('text', { x: L - 6, y: y(v) + 5, 'text-anchor': 'end' }, axes, `${v * 100}%`);
  }
  for (const n of logTicks(W, nMax)) {
    svg('line', { x1: x(n), x2: x(n), y1: H - B, y2: H - B + 5, class: 'chart-tick' }, axes);
    svg('text', { x: x(n), y: H - B + 20, 'text-anchor': 'middle' }, axes, String(n));
  }
  svg('text', { x: (L + W - R) / 2, y: H - 6, 'text-anchor': 'middle' }, axes, 'Samples N (log scale)');
  svg('line', { x1: x(marker), x2: x(marker), y1: T, y2: H - B, class: 'chart-marker' }, chart);
  for (const s of series) svg('path', { d: polylinePath(s.values, x, y), class: s.cls, fill: 'none' }, chart);
  for (const s of series) svg('circle', { cx: x(marker), cy: y(s.values[marker - 1]!), r: 4.5, class: s.cls }, chart);
}

/**
 * One row of a results table: a row header and numeric cells (class "num"), built with
 * textContent only. The row for the current input gets the class widget-current.
 */
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
