/**
 * The figure description format. A figure is one `FigureSpec`: its words, its boxes, arrows and
 * texts, and the geometry of each layout. A figure drawn twice (a wide layout for desktops, a narrow
 * one for phones) is still ONE description: any geometric field may be `PerLayout`, i.e. either one
 * value for both layouts or `{ wide, narrow }`. `scene.ts` turns a description into SVG nodes, one
 * `<svg>` per layout; Diagram.astro renders them.
 */

export type Variant = 'wide' | 'narrow';

/** One value for every layout, or one per layout. */
export type PerLayout<T> = T | { readonly wide: T; readonly narrow: T };

export interface Point {
  x: number;
  y: number;
}
export interface Size {
  w: number;
  h: number;
}
export interface Rect extends Point, Size {}
export interface Circle {
  cx: number;
  cy: number;
  r: number;
}
export type Side = 'top' | 'right' | 'bottom' | 'left';

/** Colours of arrows and their heads; each maps to a site colour token in figures.css (tone-<name>). */
export type Tone = 'muted' | 'accent' | 'accent-2' | 'good' | 'bad';

// ---- text ----

/** A piece of a line: plain text, or text with its own class and/or set as a subscript. */
export interface Span {
  text: string;
  class?: string;
  sub?: boolean;
}
export interface Line {
  /** The words, as one string or as spans. */
  text: string | readonly (string | Span)[];
  /** Class of this line's <text> element. */
  class?: string;
  /** Vertical room this line takes (default: the block's lineHeight). */
  height?: number;
  /** Horizontal shift of this line from the block's x. */
  indent?: number;
}
export type LineInput = string | Line;

/** Lines of text placed inside a box. */
export interface TextBlock {
  lines: readonly LineInput[];
  /** Horizontal alignment inside the box (default middle). */
  align?: 'start' | 'middle' | 'end';
  /** middle: the block is centred vertically; top: it starts `pad` below the top edge. */
  valign?: 'middle' | 'top';
  /** Inner padding for start/end alignment and for valign top (default 12). */
  pad?: number;
  /** Default line height (default 19). */
  lineHeight?: number;
}

// ---- arrows ----

/** Where an arrow starts or ends: an item id, a point, or an item side (offset along it from its start). */
export type End = string | Point | { id: string; side?: Side; offset?: number };

/**
 * How an arrow runs. auto: straight when the two ends face each other, else one bend (horizontal
 * first); straight: one segment whatever the angle (from the named sides, else along the centres);
 * hv / vh: one bend; hvh / vhv: two bends, the middle segment at `at` (default halfway);
 * loop: out of the same side of both ends and `by` units beyond the outer one; curve: a cubic Bézier
 * from end to end through the two control points.
 */
export type Route =
  | 'auto'
  | 'straight'
  | 'hv'
  | 'vh'
  | { via: 'hvh' | 'vhv'; at?: number }
  | { loop: Side; by: number }
  | { curve: readonly [Point, Point] };

// ---- items ----

interface ItemBase {
  /** Classes of the item's root element. */
  class?: string;
  /** Draw this item in one layout only. */
  only?: Variant;
}
export interface BoxItem extends ItemBase {
  kind: 'box';
  /** Lets arrows name this box. */
  id?: string;
  rect: PerLayout<Rect>;
  /** Corner radius (default 6). */
  rx?: PerLayout<number>;
  text?: PerLayout<TextBlock>;
}
export interface NodeItem extends ItemBase {
  kind: 'node';
  id?: string;
  circle: PerLayout<Circle>;
  /** A short label centred in the circle. */
  label?: string;
  labelClass?: string;
}
export interface ArrowItem extends ItemBase {
  kind: 'arrow';
  from: PerLayout<End>;
  to: PerLayout<End>;
  route?: PerLayout<Route>;
  /** Space left free at [start, end] (default [0, 4]); a number sets the end only. */
  gap?: number | readonly [number, number];
  /** Arrowhead at the end (default), none (a plain connector), or at both ends. */
  head?: 'end' | 'none' | 'both';
  tone?: Tone;
  dashed?: boolean;
}
export interface TextItem extends ItemBase {
  kind: 'text';
  /** Baseline of the first line. */
  at: PerLayout<Point>;
  lines: PerLayout<readonly LineInput[]>;
  anchor?: 'start' | 'middle' | 'end';
  lineHeight?: number;
  /** Degrees, about `at` shifted up by `pivotDy` (default 0). */
  rotate?: number;
  pivotDy?: number;
}
export interface GroupItem extends ItemBase {
  kind: 'group';
  /** Translation of the group; ids inside resolve in the group's own coordinates. */
  at?: PerLayout<Point>;
  items: readonly Item[];
}
/** Any other SVG shape (bars, brackets, ticks), with its attributes as they are. */
export interface ShapeItem extends ItemBase {
  kind: 'shape';
  tag: 'rect' | 'circle' | 'line' | 'path';
  attrs: PerLayout<Readonly<Record<string, string | number>>>;
}
export type Item = BoxItem | NodeItem | ArrowItem | TextItem | GroupItem | ShapeItem;

// ---- the figure ----

/** When a two-layout figure shows its narrow layout: by viewport width, or by its own width. */
export type NarrowWhen = 'viewport-600' | 'container-520' | 'container-560';

export interface MarkerStyle {
  /** Size of the head; in stroke widths (default) or in user units. */
  size: number;
  units?: 'strokeWidth' | 'userSpaceOnUse';
  /** How far the tip sits past the end of the line, in tenths of the head (default 9 of 10). */
  refX?: number;
}

export interface FigureSpec {
  /** Prefix of the ids inside each <svg> (title, desc, markers). */
  key: PerLayout<string>;
  /** Class on every <svg> of the figure; the figure's own styles hang on it. */
  class: string;
  title: string;
  /** The text alternative; runs of white space are read as one space, so it may span lines. */
  desc: PerLayout<string>;
  /** The viewBox size; `{ wide, narrow }` makes a two-layout figure. */
  size: PerLayout<Size>;
  /** The figure's text size and stroke widths, where they differ from figures.css (14px, 1.5, 1.5). */
  defaults?: { font?: number; boxStroke?: number; arrowStroke?: number };
  /** Largest rendered width in CSS pixels (default: the Figure frame's 720, narrow 420). */
  maxWidth?: PerLayout<number>;
  narrowWhen?: NarrowWhen;
  marker?: MarkerStyle;
  items: readonly Item[];
}

export function isPerLayout<T>(value: PerLayout<T>): value is { readonly wide: T; readonly narrow: T } {
  return typeof value === 'object' && value !== null && 'wide' in value && 'narrow' in value;
}

/** The value for one layout. */
export function pick<T>(value: PerLayout<T>, variant: Variant): T {
  return isPerLayout(value) ? value[variant] : value;
}

/** A per-layout value computed by one function: `perLayout((v) => …)`. */
export function perLayout<T>(make: (variant: Variant) => T): { wide: T; narrow: T } {
  return { wide: make('wide'), narrow: make('narrow') };
}

/** The layouts a figure has: two when its size is per layout, else one (called wide). */
export function variantsOf(spec: Pick<FigureSpec, 'size'>): Variant[] {
  return isPerLayout(spec.size) ? ['wide', 'narrow'] : ['wide'];
}
