/**
 * Direct manipulation as pure maths: where a pointer is on a chart (in viewBox units) to the value a
 * widget field takes there, and the keys of a focusable chart handle (role="slider") to the next value.
 * No DOM: drag-dom.ts feeds these from pointer and key events; tests/unit/drag.test.ts checks them.
 */

export interface ValueRange {
  min: number;
  max: number;
  /** Values are multiples of step counted from min (the field's schema step). */
  step: number;
}

export function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}

/** The nearest allowed value (a multiple of step from min, inside the range), without float dust (0.1 + 0.2). */
export function snapToStep(value: number, { min, max, step }: ValueRange): number {
  const snapped = min + Math.round((clamp(value, min, max) - min) / step) * step;
  const decimals = Math.max(0, -Math.floor(Math.log10(step)) + 1);
  return clamp(Number(snapped.toFixed(decimals)), min, max);
}

/**
 * Inverse of a linear axis: the value at position `pos` on an axis that draws `range.min` at `from`
 * and `range.max` at `to` (from > to for a y axis drawn upwards), snapped to the step.
 */
export function linearValueAt(pos: number, from: number, to: number, range: ValueRange): number {
  const t = to === from ? 0 : (pos - from) / (to - from);
  return snapToStep(range.min + t * (range.max - range.min), range);
}

/**
 * Inverse of kit/chart's logScale(domainMax, from, to): the whole number N in 1..domainMax drawn nearest
 * to `pos` (nearest on screen, so each N owns the stretch of axis around its own tick).
 */
export function logValueAt(pos: number, from: number, to: number, domainMax: number): number {
  if (to === from || domainMax <= 1) return 1;
  const t = clamp((pos - from) / (to - from), 0, 1);
  const exact = Math.exp(t * Math.log(domainMax));
  const below = Math.max(1, Math.floor(exact));
  const above = Math.min(domainMax, below + 1);
  const x = (n: number) => Math.log(n) / Math.log(domainMax);
  return Math.abs(x(above) - t) < Math.abs(x(below) - t) ? above : below;
}

/** Which of `count` equal slots between `from` and `to` holds `pos` (clamped to the first and last). */
export function slotAt(pos: number, from: number, to: number, count: number): number {
  if (count <= 1 || to === from) return 0;
  return clamp(Math.floor(((pos - from) / (to - from)) * count), 0, count - 1);
}

/**
 * The value a slider key moves to, as native sliders do: arrows by one step, Page Up/Down by `page`
 * steps, Home/End to the ends. Undefined for any other key (the event is then left alone).
 */
export function valueAfterKey(key: string, value: number, range: ValueRange, page = 10): number | undefined {
  const moves: Record<string, number> = {
    ArrowUp: range.step,
    ArrowRight: range.step,
    ArrowDown: -range.step,
    ArrowLeft: -range.step,
    PageUp: page * range.step,
    PageDown: -page * range.step,
  };
  if (key === 'Home') return range.min;
  if (key === 'End') return range.max;
  const move = moves[key];
  return move === undefined ? undefined : snapToStep(value + move, range);
}
