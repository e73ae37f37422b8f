/**
 * What a figure component imports: the description types, small builders that fill in `kind`, and
 * the layout helpers. See types.ts for the format and Diagram.astro for the rendering.
 */
import type {
  ArrowItem,
  BoxItem,
  Circle,
  End,
  GroupItem,
  Item,
  LineInput,
  NodeItem,
  PerLayout,
  Point,
  Rect,
  ShapeItem,
  TextItem,
} from './types.ts';

export type * from './types.ts';
import { isPerLayout, perLayout, pick } from './types.ts';
export { perLayout, pick };
export { arrowsAlong, bounds, chain, fitsWithin, track, type ChainSpec } from './layout.ts';
import { measure } from './text.ts';
export { measure, wrap } from './text.ts';

type Options<T> = Omit<T, 'kind'>;

export const box = (rect: PerLayout<Rect>, options: Omit<Options<BoxItem>, 'rect'> = {}): BoxItem => ({
  kind: 'box',
  rect,
  ...options,
});
export const node = (circle: PerLayout<Circle>, options: Omit<Options<NodeItem>, 'circle'> = {}): NodeItem => ({
  kind: 'node',
  circle,
  ...options,
});
export const arrow = (
  from: PerLayout<End>,
  to: PerLayout<End>,
  options: Omit<Options<ArrowItem>, 'from' | 'to'> = {},
): ArrowItem => ({ kind: 'arrow', from, to, ...options });
export const text = (
  at: PerLayout<Point>,
  lines: PerLayout<readonly LineInput[]>,
  options: Omit<Options<TextItem>, 'at' | 'lines'> = {},
): TextItem => ({ kind: 'text', at, lines, ...options });
export const group = (items: readonly Item[], options: Omit<Options<GroupItem>, 'items'> = {}): GroupItem => ({
  kind: 'group',
  items,
  ...options,
});
export const shape = (
  tag: ShapeItem['tag'],
  attrs: ShapeItem['attrs'],
  options: Omit<Options<ShapeItem>, 'tag' | 'attrs'> = {},
): ShapeItem => ({ kind: 'shape', tag, attrs, ...options });

/** A line of text with a class (and optionally its own line height). */
export const line = (text: string, cls?: string, height?: number): LineInput => ({ text, class: cls, height });

/** A legend entry: a short arrow drawn like the ones it explains (head none for a plain line), then its meaning. */
export function legend(
  at: PerLayout<Point>,
  length: PerLayout<number>,
  label: string | readonly string[],
  { textClass = 'fig-muted', ...options }: Omit<Options<ArrowItem>, 'from' | 'to'> & { textClass?: string } = {},
): Item[] {
  const end = perLayout((v) => ({ x: pick(at, v).x + pick(length, v), y: pick(at, v).y }));
  return [
    arrow(at, end, { gap: 0, ...options }),
    text(perLayout((v) => ({ x: end[v].x + 8, y: end[v].y + 5 })), typeof label === 'string' ? [label] : label, {
      class: textClass,
      lineHeight: 20,
      only: options.only,
    }),
  ];
}

/**
 * A label that sits on a line (e.g. an arrow's "some data"): its lines over a page-coloured box just
 * as wide as the words, by `measure`, so the line stops at the words and not further.
 */
export function labelOnLine(
  center: PerLayout<Point>,
  lines: readonly string[],
  { font, bold = false, lineHeight = 17, class: cls }: { font: number; bold?: boolean; lineHeight?: number; class?: string },
): BoxItem {
  const w = Math.ceil(Math.max(...lines.map((l) => measure(l, font, { bold }))));
  const h = lines.length * lineHeight + 4;
  const around = (c: Point): Rect => ({ x: c.x - w / 2, y: c.y - h / 2, w, h });
  return box(
    isPerLayout(center) ? { wide: around(center.wide), narrow: around(center.narrow) } : around(center),
    { class: 'fig-label-bg', rx: 0, text: { lines: lines.map((text) => ({ text, class: cls })), lineHeight } },
  );
}
