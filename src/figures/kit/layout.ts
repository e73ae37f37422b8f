/**
 * Layout helpers: place a sequence of boxes along a row or a column (a "chain"), and do it once per
 * layout from one list, so a row of stages on a desktop becomes a column on a phone. No DOM.
 */
import type { ArrowItem, Point, Rect, Size } from './types.ts';

export interface ChainSpec {
  direction: 'row' | 'column';
  /** Top-left corner of the first box. */
  origin: Point;
  /** Size across the chain: a row's height, a column's width. */
  cross: number;
  /** Default size along the chain: a row box's width, a column box's height. */
  main: number;
  /** Space between neighbours; a list gives each gap in turn (the last one repeats). */
  gap: number | readonly number[];
  /** Size along the chain of particular boxes. */
  sizes?: Readonly<Record<string, number>>;
  /** Boxes that take the room of n default boxes and the n-1 gaps between them. */
  spans?: Readonly<Record<string, number>>;
}

function gapAfter(gap: ChainSpec['gap'], i: number): number {
  if (typeof gap === 'number') return gap;
  return gap[Math.min(i, gap.length - 1)] ?? 0;
}

/** The boxes of a chain, by id. */
export function chain(ids: readonly string[], spec: ChainSpec): Record<string, Rect> {
  const rects: Record<string, Rect> = {};
  const unitGap = gapAfter(spec.gap, 0);
  let pos = spec.direction === 'row' ? spec.origin.x : spec.origin.y;
  ids.forEach((id, i) => {
    const span = spec.spans?.[id] ?? 1;
    const main = spec.sizes?.[id] ?? span * spec.main + (span - 1) * unitGap;
    rects[id] =
      spec.direction === 'row'
        ? { x: pos, y: spec.origin.y, w: main, h: spec.cross }
        : { x: spec.origin.x, y: pos, w: spec.cross, h: main };
    pos += main + gapAfter(spec.gap, i);
  });
  return rects;
}

/** A chain laid out per layout from one list of ids: each id gets `{ wide, narrow }` boxes. */
export function track(
  ids: readonly string[],
  spec: { wide: ChainSpec; narrow: ChainSpec },
): Record<string, { wide: Rect; narrow: Rect }> {
  const wide = chain(ids, spec.wide);
  const narrow = chain(ids, spec.narrow);
  return Object.fromEntries(ids.map((id) => [id, { wide: wide[id]!, narrow: narrow[id]! }]));
}

/** Arrows from each box of a chain to the next; `extra` adds options (or makes them per pair). */
export function arrowsAlong(
  ids: readonly string[],
  extra: Partial<ArrowItem> | ((from: string, to: string) => Partial<ArrowItem>) = {},
): ArrowItem[] {
  return ids.slice(1).map((to, i) => {
    const from = ids[i]!;
    return { kind: 'arrow', from, to, ...(typeof extra === 'function' ? extra(from, to) : extra) };
  });
}

/** The smallest box holding all `rects`. */
export function bounds(rects: readonly Rect[]): Rect {
  if (rects.length === 0) return { x: 0, y: 0, w: 0, h: 0 };
  const x0 = Math.min(...rects.map((r) => r.x));
  const y0 = Math.min(...rects.map((r) => r.y));
  const x1 = Math.max(...rects.map((r) => r.x + r.w));
  const y1 = Math.max(...rects.map((r) => r.y + r.h));
  return { x: x0, y: y0, w: x1 - x0, h: y1 - y0 };
}

/** True when every rect lies inside a viewBox of `size` (origin 0 0). */
export function fitsWithin(rects: readonly Rect[], size: Size): boolean {
  return rects.every((r) => r.x >= 0 && r.y >= 0 && r.x + r.w <= size.w && r.y + r.h <= size.h);
}
