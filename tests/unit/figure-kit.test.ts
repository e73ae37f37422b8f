import { describe, expect, it } from 'vitest';
import { anchor, boundaryToward, pathD, routePoints, withGaps } from '../../src/figures/kit/geometry';
import { arrowsAlong, bounds, chain, fitsWithin, track } from '../../src/figures/kit/layout';
import { boxesOf, renderFigure, type SvgNode } from '../../src/figures/kit/scene';
import { measure, placeBlock, spansOf, wrap } from '../../src/figures/kit/text';
import { arrow, box, group, labelOnLine, legend, text } from '../../src/figures/kit/index';
import type { FigureSpec, Rect } from '../../src/figures/kit/types';

const left: Rect = { x: 10, y: 20, w: 100, h: 60 };
const right: Rect = { x: 150, y: 30, w: 80, h: 60 };
const below: Rect = { x: 40, y: 140, w: 120, h: 40 };

const onLeftEdge = (p: { x: number; y: number }, r: Rect) => p.x === r.x && p.y >= r.y && p.y <= r.y + r.h;
const onRightEdge = (p: { x: number; y: number }, r: Rect) => p.x === r.x + r.w && p.y >= r.y && p.y <= r.y + r.h;
const onTopEdge = (p: { x: number; y: number }, r: Rect) => p.y === r.y && p.x >= r.x && p.x <= r.x + r.w;
const onBottomEdge = (p: { x: number; y: number }, r: Rect) => p.y === r.y + r.h && p.x >= r.x && p.x <= r.x + r.w;

describe('arrows between boxes', () => {
  it('side by side: a straight line from the right edge of one to the left edge of the other, mid-overlap', () => {
    const [start, end, ...rest] = routePoints({ shape: left }, { shape: right });
    expect(rest).toEqual([]);
    expect(onRightEdge(start!, left)).toBe(true);
    expect(onLeftEdge(end!, right)).toBe(true);
    // The two boxes share y 30..80; the arrow runs through its middle.
    expect(start!.y).toBe(55);
    expect(end!.y).toBe(55);
  });

  it('stacked: from the bottom edge to the top edge; an offset pins the x', () => {
    const [start, end] = routePoints({ shape: left }, { shape: below });
    expect(onBottomEdge(start!, left)).toBe(true);
    expect(onTopEdge(end!, below)).toBe(true);
    expect(start!.x).toBe(end!.x);
    const pinned = routePoints({ shape: left, offset: 30 }, { shape: below });
    expect(pinned.map((p) => p.x)).toEqual([40, 40]);
  });

  it('a gap leaves room for the head at the end and none at the start', () => {
    const [start, end] = withGaps(routePoints({ shape: left }, { shape: right }), 0, 4);
    expect(onRightEdge(start!, left)).toBe(true);
    expect(end).toEqual({ x: right.x - 4, y: 55 });
  });

  it('boxes that do not face each other get one bend: out of a side, into the top', () => {
    const far: Rect = { x: 300, y: 200, w: 60, h: 40 };
    const [start, corner, end] = routePoints({ shape: left }, { shape: far });
    expect(onRightEdge(start!, left)).toBe(true);
    expect(onTopEdge(end!, far)).toBe(true);
    expect(corner).toEqual({ x: end!.x, y: start!.y });
  });

  it('a loop leaves both boxes on the same side and passes `by` beyond the outer one', () => {
    const points = routePoints({ shape: left }, { shape: below }, { loop: 'left', by: 18 });
    expect(points).toHaveLength(4);
    expect(onLeftEdge(points[0]!, left)).toBe(true);
    expect(onLeftEdge(points[3]!, below)).toBe(true);
    expect(points[1]!.x).toBe(Math.min(left.x, below.x) - 18);
    expect(points[2]!.x).toBe(points[1]!.x);
  });

  it('two bends (hvh) put the middle segment halfway unless told', () => {
    const low: Rect = { x: 200, y: 150, w: 50, h: 30 };
    const [p0, p1, p2, p3] = routePoints({ shape: left }, { shape: low }, { via: 'hvh' });
    expect(onRightEdge(p0!, left)).toBe(true);
    expect(onLeftEdge(p3!, low)).toBe(true);
    expect(p1!.x).toBe((p0!.x + p3!.x) / 2);
    expect(p2!.x).toBe(p1!.x);
    expect(routePoints({ shape: left }, { shape: low }, { via: 'hvh', at: 130 })[1]!.x).toBe(130);
  });

  it('between circles: along the line of centres, starting and ending on the circles', () => {
    const a = { cx: 0, cy: 0, r: 10 };
    const b = { cx: 30, cy: 40, r: 15 };
    const [start, end] = routePoints({ shape: a }, { shape: b });
    expect(Math.hypot(start!.x - a.cx, start!.y - a.cy)).toBeCloseTo(10, 9);
    expect(Math.hypot(end!.x - b.cx, end!.y - b.cy)).toBeCloseTo(15, 9);
    expect(start).toEqual({ x: 6, y: 8 });
  });

  it('from a point beside a box: straight into the facing edge', () => {
    const [start, end] = routePoints({ shape: { x: 0, y: 50 } }, { shape: left });
    expect(start).toEqual({ x: 0, y: 50 });
    expect(end).toEqual({ x: 10, y: 50 });
  });

  it('anchors and the outline towards a point', () => {
    expect(anchor(left, 'top')).toEqual({ x: 60, y: 20 });
    expect(anchor(left, 'right', 10)).toEqual({ x: 110, y: 30 });
    expect(boundaryToward(left, { x: 60, y: 500 })).toEqual({ x: 60, y: 80 });
  });

  it('writes paths with H and V where it can, and at most two decimals', () => {
    expect(pathD([{ x: 0, y: 0 }, { x: 10, y: 0 }, { x: 10, y: 5 }, { x: 12.3456, y: 9 }])).toBe('M0 0 H10 V5 L12.35 9');
  });
});

describe('layouts from one description', () => {
  const ids = ['a', 'b', 'c', 'd'];
  const stages = track(ids, {
    wide: { direction: 'row', origin: { x: 0, y: 0 }, cross: 80, main: 160, gap: 20 },
    narrow: { direction: 'column', origin: { x: 20, y: 10 }, cross: 320, main: 60, gap: 16 },
  });

  it('a row of four boxes on desktops: same top, left to right, gaps between', () => {
    const wide = ids.map((id) => stages[id]!.wide);
    expect(new Set(wide.map((r) => r.y)).size).toBe(1);
    wide.slice(1).forEach((r, i) => expect(r.x).toBe(wide[i]!.x + wide[i]!.w + 20));
  });

  it('becomes a column within the phone width, in the same order and without overlaps', () => {
    const narrow = ids.map((id) => stages[id]!.narrow);
    expect(fitsWithin(narrow, { w: 360, h: 400 })).toBe(true);
    expect(new Set(narrow.map((r) => r.x)).size).toBe(1);
    narrow.slice(1).forEach((r, i) => expect(r.y).toBeGreaterThanOrEqual(narrow[i]!.y + narrow[i]!.h));
    expect(bounds(narrow)).toEqual({ x: 20, y: 10, w: 320, h: 4 * 60 + 3 * 16 });
  });

  it('arrows along the chain run down the column on phones and along the row on desktops', () => {
    const spec: FigureSpec = {
      key: { wide: 'w', narrow: 'n' },
      class: 't',
      title: 't',
      desc: 'd',
      size: { wide: { w: 740, h: 80 }, narrow: { w: 360, h: 300 } },
      items: [...ids.map((id) => box(stages[id]!, { id })), ...arrowsAlong(ids)],
    };
    const [wideSvg, narrowSvg] = renderFigure(spec);
    const paths = (svg: SvgNode) => findAll(svg, 'path').filter((n) => n.attrs.class === 'fig-arrow').map((n) => n.attrs.d);
    expect(paths(wideSvg!)).toEqual(['M160 40 H176', 'M340 40 H356', 'M520 40 H536']);
    expect(paths(narrowSvg!)).toEqual(['M180 70 V82', 'M180 146 V158', 'M180 222 V234']);
  });

  it('a span takes the room of n boxes and the gaps between them; sizes override', () => {
    const r = chain(['x', 'y', 'z'], { direction: 'row', origin: { x: 0, y: 0 }, cross: 10, main: 100, gap: [10, 30], spans: { y: 2 }, sizes: { z: 50 } });
    expect(r.y).toEqual({ x: 110, y: 0, w: 210, h: 10 });
    expect(r.z).toEqual({ x: 350, y: 0, w: 50, h: 10 });
  });
});

describe('text', () => {
  it('measures wider for more, bolder and wider letters; monospace is 0.6em a character', () => {
    expect(measure('mmm', 14)).toBeGreaterThan(measure('iii', 14));
    expect(measure('Reasoning', 14, { bold: true })).toBeGreaterThan(measure('Reasoning', 14));
    expect(measure('<think>', 10, { mono: true })).toBeCloseTo(42, 9);
    expect(measure('abc', 28)).toBeCloseTo(2 * measure('abc', 14), 9);
  });

  it('wraps greedily: every line fits, no word is lost or split, and lines are as full as they can be', () => {
    const words = 'Rule-based rewards score each sampled answer for accuracy and format before the update';
    const lines = wrap(words, 160, 13);
    expect(lines.join(' ')).toBe(words);
    for (const l of lines) expect(measure(l, 13)).toBeLessThanOrEqual(160);
    lines.slice(0, -1).forEach((l, i) => {
      const next = lines[i + 1]!.split(' ')[0]!;
      expect(measure(`${l} ${next}`, 13)).toBeGreaterThan(160);
    });
    expect(wrap('supercalifragilistic', 20, 13)).toEqual(['supercalifragilistic']);
  });

  it('centres a block of lines in its box, or starts it a padding below the top', () => {
    const boxRect: Rect = { x: 0, y: 100, w: 200, h: 100 };
    const middle = placeBlock({ lines: ['one', 'two'], lineHeight: 20 }, boxRect);
    expect(middle.anchor).toBe('middle');
    // Two 20-unit lines fill y 130..170; baselines sit 5 above each line's bottom.
    expect(middle.lines.map((l) => [l.x, l.y])).toEqual([
      [100, 145],
      [100, 165],
    ]);
    const top = placeBlock({ lines: ['one', { text: 'two', height: 30 }], lineHeight: 20, valign: 'top', align: 'start', pad: 8 }, boxRect);
    expect(top.lines.map((l) => [l.x, l.y])).toEqual([
      [8, 123],
      [8, 153],
    ]);
  });

  it('drops into a subscript and comes back up after it', () => {
    const spans = spansOf({ text: ['A', { text: 'i', sub: true }, ' = r', { text: 'i', sub: true }] });
    expect(spans.map((s) => s.dy)).toEqual([0, 4, -4, 4]);
  });
});

function findAll(node: SvgNode, tag: string): SvgNode[] {
  const own = node.tag === tag ? [node] : [];
  return own.concat(...node.children.filter((c): c is SvgNode => typeof c !== 'string').map((c) => findAll(c, tag)));
}
const textOf = (node: SvgNode): string =>
  node.children.map((c) => (typeof c === 'string' ? c : textOf(c))).join('');

describe('rendering a description', () => {
  const spec: FigureSpec = {
    key: { wide: 'demo-wide', narrow: 'demo-narrow' },
    class: 'demo',
    title: 'A demo',
    desc: { wide: 'Left to right.', narrow: 'Top to bottom.' },
    size: { wide: { w: 400, h: 100 }, narrow: { w: 200, h: 300 } },
    maxWidth: { wide: 600, narrow: 360 },
    items: [
      box({ wide: left, narrow: { x: 10, y: 10, w: 180, h: 60 } }, { id: 'a', text: { lines: ['Alpha'] } }),
      box({ wide: right, narrow: { x: 10, y: 200, w: 180, h: 60 } }, { id: 'b', class: 'tone-accent' }),
      arrow('a', 'b', { tone: 'accent-2', dashed: true }),
      text({ x: 5, y: 95 }, ['only wide'], { only: 'wide' }),
      ...legend({ x: 0, y: 290 }, 20, 'a legend', { only: 'narrow' }),
    ],
  };
  const [wide, narrow] = renderFigure(spec);

  it('draws one <svg> per layout, each named by its own title and desc', () => {
    expect(wide!.attrs.class).toBe('diagram demo layout-wide');
    expect(narrow!.attrs.class).toBe('diagram demo layout-narrow');
    expect(wide!.attrs['aria-labelledby']).toBe('demo-wide-title demo-wide-desc');
    expect(wide!.attrs.role).toBe('img');
    expect(textOf(findAll(narrow!, 'title')[0]!)).toBe('A demo');
    expect(findAll(narrow!, 'desc')[0]!.attrs.id).toBe('demo-narrow-desc');
    expect(textOf(findAll(narrow!, 'desc')[0]!)).toBe('Top to bottom.');
    expect(narrow!.attrs['data-pagefind-ignore']).toBe('');
    expect(wide!.attrs['data-pagefind-ignore']).toBeUndefined();
    expect(narrow!.attrs.style).toBe('max-width: 360px');
  });

  it('routes the same arrow per layout and gives its tone a marker', () => {
    const d = (svg: SvgNode) => findAll(svg, 'path').find((n) => String(n.attrs.class).includes('fig-arrow'))!;
    expect(d(wide!).attrs.d).toBe('M110 55 H146');
    expect(d(narrow!).attrs.d).toBe('M100 70 V196');
    expect(d(wide!).attrs.class).toBe('fig-arrow tone-accent-2 is-dashed');
    expect(d(wide!).attrs['marker-end']).toBe('url(#demo-wide-arrow-accent-2)');
    expect(findAll(wide!, 'marker').map((m) => m.attrs.id)).toEqual(['demo-wide-arrow-accent-2']);
  });

  it('draws layout-only items in their layout alone', () => {
    const texts = (svg: SvgNode) => findAll(svg, 'text').map(textOf);
    expect(texts(wide!)).toEqual(['Alpha', 'only wide']);
    expect(texts(narrow!)).toEqual(['Alpha', 'a legend']);
  });

  it('a one-layout figure has no layout class; ids inside a moved group are the group’s own', () => {
    const [svg, ...more] = renderFigure({
      key: 'one',
      class: 'one',
      title: 't',
      desc: 'd',
      size: { w: 100, h: 100 },
      items: [0, 50].map((x) =>
        group([box({ x: 0, y: 0, w: 40, h: 20 }, { id: 'p' }), box({ x: 0, y: 60, w: 40, h: 20 }, { id: 'q' }), arrow('p', 'q')], {
          at: { x, y: 0 },
        }),
      ),
    });
    expect(more).toEqual([]);
    expect(svg!.attrs.class).toBe('diagram one');
    expect(findAll(svg!, 'g').map((g) => g.attrs.transform)).toEqual(['translate(0 0)', 'translate(50 0)']);
    expect(findAll(svg!, 'path').filter((p) => p.attrs.class === 'fig-arrow').map((p) => p.attrs.d)).toEqual(['M20 20 V56', 'M20 20 V56']);
  });

  it('lists every box in svg coordinates, so a test can check that a layout fits its viewBox', () => {
    for (const v of ['wide', 'narrow'] as const) {
      const size = spec.size as { wide: { w: number; h: number }; narrow: { w: number; h: number } };
      expect(fitsWithin(boxesOf(spec, v).map((b) => b.rect), size[v])).toBe(true);
    }
    const moved: FigureSpec = { ...spec, size: { w: 100, h: 100 }, items: [group([box({ x: 0, y: 0, w: 10, h: 10 })], { at: { x: 95, y: 0 } })] };
    expect(boxesOf(moved, 'wide')[0]!.rect).toEqual({ x: 95, y: 0, w: 10, h: 10 });
    expect(fitsWithin(boxesOf(moved, 'wide').map((b) => b.rect), { w: 100, h: 100 })).toBe(false);
  });

  it('names a missing box in its error', () => {
    expect(() =>
      renderFigure({ key: 'x', class: 'x', title: 't', desc: 'd', size: { w: 10, h: 10 }, items: [arrow('nowhere', { x: 0, y: 0 })] }),
    ).toThrow(/"nowhere"/);
  });
});

describe('a label on a line', () => {
  it('gets a background just as wide as its widest line, centred where asked', () => {
    const item = labelOnLine({ x: 100, y: 50 }, ['some', 'data'], { font: 13, bold: true });
    const r = item.rect as Rect;
    expect(r.w).toBe(Math.ceil(Math.max(measure('some', 13, { bold: true }), measure('data', 13, { bold: true }))));
    expect(r.x + r.w / 2).toBe(100);
    expect(r.y + r.h / 2).toBe(50);
    expect(r.h).toBe(2 * 17 + 4);
  });
});

describe('guards', () => {
  it('refuses a layout whose box would be cut off by the viewBox', () => {
    expect(() =>
      renderFigure({ key: 'cut', class: 'c', title: 't', desc: 'd', size: { w: 100, h: 50 }, items: [box({ x: 60, y: 0, w: 50, h: 20 }, { id: 'wide-box' })] }),
    ).toThrow(/cut: box wide-box lies outside its 100×50 viewBox/);
  });
});
