/**
 * Turns a figure description (types.ts) into SVG nodes: one <svg> per layout, with its title, desc,
 * arrowhead markers and shapes. Pure data in, pure data out; SvgNode.astro writes the nodes as markup.
 */
import { curveD, isCircle, pathD, routePoints, withGaps, num, type EndShape, type Shape } from './geometry.ts';
import { fitsWithin } from './layout.ts';
import { BLOCK, placeBlock, spansOf, toLine } from './text.ts';
import {
  pick,
  variantsOf,
  type ArrowItem,
  type End,
  type FigureSpec,
  type Item,
  type Line,
  type MarkerStyle,
  type Point,
  type Rect,
  type Route,
  type Tone,
  type Variant,
} from './types.ts';

export type Attrs = Record<string, string | number | undefined>;
export interface SvgNode {
  tag: string;
  attrs: Attrs;
  children: (SvgNode | string)[];
}

const el = (tag: string, attrs: Attrs, children: (SvgNode | string)[] = []): SvgNode => ({ tag, attrs, children });
const cls = (...names: (string | false | undefined)[]) => names.filter(Boolean).join(' ') || undefined;

/** The default arrowhead: 7 stroke widths, tip one tenth past the line's end. */
export const DEFAULT_MARKER: MarkerStyle = { size: 7, units: 'strokeWidth', refX: 9 };

export function markerId(key: string, tone: Tone): string {
  return tone === 'muted' ? `${key}-arrow` : `${key}-arrow-${tone}`;
}

/** Ids of boxes and nodes visible from one group, in that group's coordinates. */
class Scope {
  private shapes = new Map<string, Shape>();
  constructor(
    private readonly parent: Scope | null,
    private readonly offset: Point,
  ) {}
  child(at: Point): Scope {
    return new Scope(this, { x: this.offset.x + at.x, y: this.offset.y + at.y });
  }
  add(id: string, shape: Shape): void {
    if (this.shapes.has(id)) throw new Error(`figure: two items with id "${id}"`);
    this.shapes.set(id, shape);
  }
  /** The shape named `id`, shifted into this scope's coordinates. */
  find(id: string): Shape {
    let scope: Scope | null = this;
    while (scope) {
      const s = scope.shapes.get(id);
      if (s) {
        const dx = scope.offset.x - this.offset.x;
        const dy = scope.offset.y - this.offset.y;
        if (isCircle(s)) return { ...s, cx: s.cx + dx, cy: s.cy + dy };
        return { ...s, x: s.x + dx, y: s.y + dy };
      }
      scope = scope.parent;
    }
    throw new Error(`figure: an arrow names "${id}", but no box or node has that id`);
  }
}

const shown = (item: Item, v: Variant) => !item.only || item.only === v;

function resolveEnd(end: End, scope: Scope): EndShape {
  if (typeof end === 'string') return { shape: scope.find(end) };
  if ('id' in end) return { shape: scope.find(end.id), side: end.side, offset: end.offset };
  return { shape: { x: end.x, y: end.y } };
}

/** The corner points of an arrow in one layout, gaps applied. */
function arrowPoints(arrow: ArrowItem, v: Variant, scope: Scope): Point[] {
  const from = resolveEnd(pick(arrow.from, v), scope);
  const to = resolveEnd(pick(arrow.to, v), scope);
  const gap = arrow.gap ?? [0, 4];
  const [g0, g1] = typeof gap === 'number' ? [0, gap] : gap;
  return withGaps(routePoints(from, to, pick(arrow.route ?? 'auto', v)), g0, g1);
}

const isCurve = (route: Route) => typeof route === 'object' && 'curve' in route;

function textLine(line: Line, x: number, y: number, anchor: string, extra: Attrs = {}): SvgNode {
  const spans = spansOf(line);
  const plain = spans.length === 1 && !spans[0]!.class && !spans[0]!.sub;
  const children = plain
    ? [spans[0]!.text]
    : spans.map((s) => el('tspan', { class: cls(s.class, s.sub && 'sub'), dy: s.dy || undefined }, [s.text]));
  return el('text', { x: num(x), y: num(y), class: line.class, 'text-anchor': anchor === 'start' ? undefined : anchor, ...extra }, children);
}

/**
 * Register the boxes and nodes of `items` in `scope` before drawing, so an arrow may name a box drawn
 * after it. A group without a translation shares its parent's coordinates, hence its scope.
 */
function register(items: readonly Item[], v: Variant, scope: Scope): void {
  for (const item of items) {
    if (!shown(item, v)) continue;
    if (item.kind === 'box' && item.id) scope.add(item.id, pick(item.rect, v));
    if (item.kind === 'node' && item.id) scope.add(item.id, pick(item.circle, v));
    if (item.kind === 'group' && !item.at) register(item.items, v, scope);
  }
}

function renderItems(items: readonly Item[], v: Variant, scope: Scope, key: string): SvgNode[] {
  return items.filter((item) => shown(item, v)).flatMap((item) => renderItem(item, v, scope, key));
}

function renderItem(item: Item, v: Variant, scope: Scope, key: string): SvgNode[] {
  switch (item.kind) {
    case 'box': {
      const r = pick(item.rect, v);
      const rect = el('rect', { class: cls('fig-box', item.class), x: num(r.x), y: num(r.y), width: num(r.w), height: num(r.h), rx: pick(item.rx ?? 6, v) });
      if (!item.text) return [rect];
      const placed = placeBlock(pick(item.text, v), r);
      return [rect, ...placed.lines.map((p) => textLine(p.line, p.x, p.y, placed.anchor))];
    }
    case 'node': {
      const c = pick(item.circle, v);
      const circle = el('circle', { class: cls('fig-node', item.class), cx: num(c.cx), cy: num(c.cy), r: num(c.r) });
      if (item.label === undefined) return [circle];
      return [circle, textLine({ text: item.label, class: item.labelClass }, c.cx, c.cy + 5, 'middle')];
    }
    case 'arrow': {
      const tone = item.tone ?? 'muted';
      const head = item.head ?? 'end';
      const marker = `url(#${markerId(key, tone)})`;
      return [
        el('path', {
          class: cls('fig-arrow', tone !== 'muted' && `tone-${tone}`, item.dashed && 'is-dashed', item.class),
          d: isCurve(pick(item.route ?? 'auto', v)) ? curveD(arrowPoints(item, v, scope)) : pathD(arrowPoints(item, v, scope)),
          'marker-start': head === 'both' ? marker : undefined,
          'marker-end': head === 'none' ? undefined : marker,
        }),
      ];
    }
    case 'text': {
      const at = pick(item.at, v);
      const anchor = item.anchor ?? 'start';
      const lh = item.lineHeight ?? BLOCK.lineHeight;
      let y = at.y;
      return pick(item.lines, v).map((input, i) => {
        const line = toLine(input);
        if (i > 0) y += line.height ?? lh;
        const x = at.x + (line.indent ?? 0);
        const transform = item.rotate ? `rotate(${item.rotate} ${num(x)} ${num(y - (item.pivotDy ?? 0))})` : undefined;
        return textLine({ ...line, class: cls(item.class, line.class) }, x, y, anchor, { transform });
      });
    }
    case 'group': {
      if (!item.at) return [el('g', { class: item.class }, renderItems(item.items, v, scope, key))];
      const at = pick(item.at, v);
      const inner = scope.child(at);
      register(item.items, v, inner);
      const children = renderItems(item.items, v, inner, key);
      const transform = `translate(${num(at.x)} ${num(at.y)})`;
      return [el('g', { class: item.class, transform }, children)];
    }
    case 'shape': {
      const attrs = pick(item.attrs, v);
      return [el(item.tag, { class: item.class, ...attrs })];
    }
  }
}

function renderRoot(items: readonly Item[], v: Variant, key: string): SvgNode[] {
  const scope = new Scope(null, { x: 0, y: 0 });
  register(items, v, scope);
  return renderItems(items, v, scope, key);
}

/** Arrow tones drawn in one layout (each needs a marker). */
function tonesIn(items: readonly Item[], v: Variant, into = new Set<Tone>()): Set<Tone> {
  for (const item of items) {
    if (!shown(item, v)) continue;
    if (item.kind === 'arrow' && item.head !== 'none') into.add(item.tone ?? 'muted');
    if (item.kind === 'group') tonesIn(item.items, v, into);
  }
  return into;
}

function marker(id: string, tone: Tone, style: MarkerStyle): SvgNode {
  return el(
    'marker',
    {
      id,
      viewBox: '0 0 10 10',
      refX: style.refX ?? 9,
      refY: 5,
      markerWidth: style.size,
      markerHeight: style.size,
      markerUnits: style.units === 'userSpaceOnUse' ? 'userSpaceOnUse' : undefined,
      orient: 'auto-start-reverse',
    },
    [el('path', { d: 'M0 0 L10 5 L0 10 z', class: cls('arrowhead', tone !== 'muted' && `tone-${tone}`) })],
  );
}

/** The <svg> of one layout. Throws when a box would be cut off by the viewBox. */
export function renderLayout(spec: FigureSpec, v: Variant): SvgNode {
  const two = variantsOf(spec).length === 2;
  const key = pick(spec.key, v);
  const size = pick(spec.size, v);
  const outside = boxesOf(spec, v).find((b) => !fitsWithin([b.rect], size));
  if (outside) throw new Error(`figure ${key}: box ${outside.id ?? JSON.stringify(outside.rect)} lies outside its ${size.w}×${size.h} viewBox`);
  const maxWidth = spec.maxWidth === undefined ? undefined : pick(spec.maxWidth, v);
  const style = [
    maxWidth !== undefined && `max-width: ${maxWidth}px`,
    spec.defaults?.font !== undefined && `--fig-font: ${spec.defaults.font}px`,
    spec.defaults?.boxStroke !== undefined && `--fig-box-width: ${spec.defaults.boxStroke}`,
    spec.defaults?.arrowStroke !== undefined && `--fig-arrow-width: ${spec.defaults.arrowStroke}`,
  ].filter(Boolean);
  const tones = [...tonesIn(spec.items, v)];
  const defs = tones.length
    ? [el('defs', {}, tones.map((t) => marker(markerId(key, t), t, spec.marker ?? DEFAULT_MARKER)))]
    : [];
  return el(
    'svg',
    {
      class: cls('diagram', spec.class, two && `layout-${v}`),
      viewBox: `0 0 ${size.w} ${size.h}`,
      role: 'img',
      'aria-labelledby': `${key}-title ${key}-desc`,
      // The narrow copy repeats the wide one's words: index them once.
      'data-pagefind-ignore': v === 'narrow' ? '' : undefined,
      style: style.length ? style.join('; ') : undefined,
    },
    [
      el('title', { id: `${key}-title` }, [spec.title]),
      el('desc', { id: `${key}-desc` }, [pick(spec.desc, v).replace(/\s+/g, ' ').trim()]),
      ...defs,
      ...renderRoot(spec.items, v, key),
    ],
  );
}

/** Every layout of a figure, wide first. */
export function renderFigure(spec: FigureSpec): SvgNode[] {
  return variantsOf(spec).map((v) => renderLayout(spec, v));
}

/** All boxes of one layout in svg coordinates (groups' translations applied). */
export function boxesOf(spec: FigureSpec, v: Variant): { id?: string; rect: Rect }[] {
  const out: { id?: string; rect: Rect }[] = [];
  const walk = (items: readonly Item[], dx: number, dy: number) => {
    for (const item of items) {
      if (!shown(item, v)) continue;
      if (item.kind === 'box') {
        const r = pick(item.rect, v);
        out.push({ id: item.id, rect: { ...r, x: r.x + dx, y: r.y + dy } });
      } else if (item.kind === 'group') {
        const at = item.at ? pick(item.at, v) : { x: 0, y: 0 };
        walk(item.items, dx + at.x, dy + at.y);
      }
    }
  };
  walk(spec.items, 0, 0);
  return out;
}
