/**
 * Pure geometry of figure arrows: where an arrow between two boxes (or circles, or points) starts,
 * bends and ends, and the SVG path that draws it. No DOM; unit-tested in tests/unit/figure-kit.test.ts.
 */
import type { Circle, Point, Rect, Route, Side } from './types.ts';

/** Anything an arrow can start or end at. */
export type Shape = Rect | Circle | Point;

export function isCircle(s: Shape): s is Circle {
  return 'r' in s;
}
export function isRect(s: Shape): s is Rect {
  return 'w' in s;
}

/** The bounding box (a point is a box of size 0). */
export function bbox(s: Shape): Rect {
  if (isCircle(s)) return { x: s.cx - s.r, y: s.cy - s.r, w: 2 * s.r, h: 2 * s.r };
  if (isRect(s)) return s;
  return { x: s.x, y: s.y, w: 0, h: 0 };
}

export function center(s: Shape): Point {
  const b = bbox(s);
  return { x: b.x + b.w / 2, y: b.y + b.h / 2 };
}

const horizontal = (side: Side) => side === 'left' || side === 'right';

/**
 * The point on `side` of a shape. `offset` runs along the side from its start (left end of top and
 * bottom, top end of left and right); without it, the side's middle. A circle's sides are its poles,
 * whose offset shifts along the tangent.
 */
export function anchor(s: Shape, side: Side, offset?: number): Point {
  const b = bbox(s);
  if (horizontal(side)) {
    return { x: side === 'left' ? b.x : b.x + b.w, y: offset === undefined ? b.y + b.h / 2 : b.y + offset };
  }
  return { x: offset === undefined ? b.x + b.w / 2 : b.x + offset, y: side === 'top' ? b.y : b.y + b.h };
}

/** Where a line leaving from a shape's centre towards `toward` crosses its outline. */
export function boundaryToward(s: Shape, toward: Point): Point {
  const c = center(s);
  const dx = toward.x - c.x;
  const dy = toward.y - c.y;
  const len = Math.hypot(dx, dy);
  if (len === 0) return c;
  if (isCircle(s)) return { x: c.x + (dx / len) * s.r, y: c.y + (dy / len) * s.r };
  const b = bbox(s);
  // Scale the direction until it first meets a vertical or horizontal side.
  const tx = dx === 0 ? Infinity : b.w / 2 / Math.abs(dx);
  const ty = dy === 0 ? Infinity : b.h / 2 / Math.abs(dy);
  const t = Math.min(tx, ty);
  return { x: c.x + dx * t, y: c.y + dy * t };
}

/** An end of an arrow: a shape, optionally pinned to one side and an offset along it. */
export interface EndShape {
  shape: Shape;
  side?: Side;
  offset?: number;
}

/** The overlap of [a0, a1] and [b0, b1], or null. */
function overlap(a0: number, a1: number, b0: number, b1: number): [number, number] | null {
  const lo = Math.max(a0, b0);
  const hi = Math.min(a1, b1);
  return lo <= hi ? [lo, hi] : null;
}

/** Coordinate of an end along the axis its side runs on (x for top/bottom, y for left/right). */
function along(end: EndShape, side: Side): number {
  return horizontal(side) ? anchor(end.shape, side, end.offset).y : anchor(end.shape, side, end.offset).x;
}

/** Sides of `a` and `b` that face each other along one axis. */
function facing(a: Shape, b: Shape, axis: 'x' | 'y'): [Side, Side] {
  const ca = center(a);
  const cb = center(b);
  if (axis === 'x') return cb.x >= ca.x ? ['right', 'left'] : ['left', 'right'];
  return cb.y >= ca.y ? ['bottom', 'top'] : ['top', 'bottom'];
}

/**
 * The corner points of an arrow from `from` to `to` (before gaps), following `route`.
 * auto: a straight line when the two shapes overlap on one axis (two circles: along their centres),
 * otherwise one bend, horizontal first.
 */
export function routePoints(from: EndShape, to: EndShape, route: Route = 'auto'): Point[] {
  const a = from.shape;
  const b = to.shape;
  if (route === 'auto') {
    if (isCircle(a) && isCircle(b) && !from.side && !to.side) return routePoints(from, to, 'straight');
    const A = bbox(a);
    const B = bbox(b);
    const xs = overlap(A.x, A.x + A.w, B.x, B.x + B.w);
    const ys = overlap(A.y, A.y + A.h, B.y, B.y + B.h);
    // One above the other, sharing some x: a vertical line through the middle of what they share.
    if (xs && (A.y + A.h <= B.y || B.y + B.h <= A.y)) {
      const [sa, sb] = facing(a, b, 'y');
      const x = from.offset !== undefined ? A.x + from.offset : to.offset !== undefined ? B.x + to.offset : (xs[0] + xs[1]) / 2;
      return [anchor(a, sa, x - A.x), anchor(b, sb, x - B.x)];
    }
    // Side by side, sharing some y: a horizontal line.
    if (ys && (A.x + A.w <= B.x || B.x + B.w <= A.x)) {
      const [sa, sb] = facing(a, b, 'x');
      const y = from.offset !== undefined ? A.y + from.offset : to.offset !== undefined ? B.y + to.offset : (ys[0] + ys[1]) / 2;
      return [anchor(a, sa, y - A.y), anchor(b, sb, y - B.y)];
    }
    return routePoints(from, to, 'hv');
  }
  if (route === 'straight') {
    const p0 = from.side ? anchor(a, from.side, from.offset) : null;
    const p1 = to.side ? anchor(b, to.side, to.offset) : null;
    return [p0 ?? boundaryToward(a, p1 ?? center(b)), p1 ?? boundaryToward(b, p0 ?? center(a))];
  }
  if (route === 'hv' || route === 'vh') {
    const first: Side = from.side ?? facing(a, b, route === 'hv' ? 'x' : 'y')[0];
    const last: Side = to.side ?? facing(a, b, route === 'hv' ? 'y' : 'x')[1];
    const p0 = anchor(a, first, from.offset);
    const p2 = anchor(b, last, to.offset);
    const corner = route === 'hv' ? { x: along(to, last), y: p0.y } : { x: p0.x, y: along(to, last) };
    return [p0, corner, p2];
  }
  if ('curve' in route) {
    const [c1, c2] = route.curve;
    return [anchor(a, from.side ?? 'top', from.offset), c1, c2, anchor(b, to.side ?? 'top', to.offset)];
  }
  if ('via' in route) {
    const axis = route.via === 'hvh' ? 'x' : 'y';
    const [sa, sb] = facing(a, b, axis);
    const p0 = anchor(a, from.side ?? sa, from.offset);
    const p3 = anchor(b, to.side ?? sb, to.offset);
    if (axis === 'x') {
      const mid = route.at ?? (p0.x + p3.x) / 2;
      return [p0, { x: mid, y: p0.y }, { x: mid, y: p3.y }, p3];
    }
    const mid = route.at ?? (p0.y + p3.y) / 2;
    return [p0, { x: p0.x, y: mid }, { x: p3.x, y: mid }, p3];
  }
  // A loop out of one side of both shapes, around the outer one.
  const side = route.loop;
  const p0 = anchor(a, side, from.offset);
  const p3 = anchor(b, side, to.offset);
  if (horizontal(side)) {
    const x = side === 'left' ? Math.min(p0.x, p3.x) - route.by : Math.max(p0.x, p3.x) + route.by;
    return [p0, { x, y: p0.y }, { x, y: p3.y }, p3];
  }
  const y = side === 'top' ? Math.min(p0.y, p3.y) - route.by : Math.max(p0.y, p3.y) + route.by;
  return [p0, { x: p0.x, y }, { x: p3.x, y }, p3];
}

/** Move `p` by `d` towards `q` (never past it). */
function toward(p: Point, q: Point, d: number): Point {
  const len = Math.hypot(q.x - p.x, q.y - p.y);
  if (len === 0 || d === 0) return p;
  const t = Math.min(d, len) / len;
  return { x: p.x + (q.x - p.x) * t, y: p.y + (q.y - p.y) * t };
}

/** Leave `start` units free before the first point and `end` units before the last (room for the head). */
export function withGaps(points: readonly Point[], start: number, end: number): Point[] {
  const out = points.slice();
  const n = out.length;
  if (n < 2) return out;
  out[0] = toward(out[0]!, out[1]!, start);
  out[n - 1] = toward(out[n - 1]!, out[n - 2]!, end);
  return out;
}

/** A number as SVG writes it: at most two decimals, no trailing zeros. */
export function num(v: number): string {
  const r = Math.round(v * 100) / 100;
  return String(Object.is(r, -0) ? 0 : r);
}

/** A cubic Bézier path from the first to the last of four points (the middle two steer it). */
export function curveD([p0, c1, c2, p3]: readonly Point[]): string {
  if (!p0 || !c1 || !c2 || !p3) throw new Error('a curve needs four points');
  return `M${num(p0.x)} ${num(p0.y)} C${num(c1.x)} ${num(c1.y)}, ${num(c2.x)} ${num(c2.y)}, ${num(p3.x)} ${num(p3.y)}`;
}

/** The path through `points`, using H and V for axis-parallel segments. */
export function pathD(points: readonly Point[]): string {
  const [first, ...rest] = points;
  if (!first) return '';
  let d = `M${num(first.x)} ${num(first.y)}`;
  let prev = first;
  for (const p of rest) {
    if (num(p.y) === num(prev.y)) d += ` H${num(p.x)}`;
    else if (num(p.x) === num(prev.x)) d += ` V${num(p.y)}`;
    else d += ` L${num(p.x)} ${num(p.y)}`;
    prev = p;
  }
  return d;
}
