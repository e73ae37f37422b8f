/**
 * Pure helpers for small SVG bar charts: "nice" axis ranges, a linear scale, and the layout of a
 * horizontal bar chart with grouped rows (label above each bar, so it stays readable at 360px).
 * No DOM: the same layout is rendered by Astro at build time and by the widget script in the browser.
 */
import type { SvgNode } from './svg';

export type { SvgNode } from './svg';

/** A "nice" step (1, 2, 2.5 or 5 × 10^k) so that [0, max] splits into about `count` intervals. */
export function niceStep(max: number, count = 5): number {
  if (!(max > 0) || !Number.isFinite(max)) return 1;
  const raw = max / Math.max(1, count);
  const power = 10 ** Math.floor(Math.log10(raw));
  const m = raw / power;
  const mult = m <= 1 ? 1 : m <= 2 ? 2 : m <= 2.5 ? 2.5 : m <= 5 ? 5 : 10;
  return mult * power;
}

/** Ticks from 0 to a nice maximum that is at least `max`. */
export function niceTicks(max: number, count = 5): number[] {
  const step = niceStep(max, count);
  const n = Math.max(1, Math.ceil(max / step - 1e-9));
  return Array.from({ length: n + 1 }, (_, i) => Math.round(i * step * 1e9) / 1e9);
}

/** Linear map from [0, domainMax] to [r0, r1], clamped to the range. */
export function linearScale(domainMax: number, r0: number, r1: number): (v: number) => number {
  const span = domainMax > 0 ? domainMax : 1;
  return (v: number) => {
    const t = Math.min(Math.max(v / span, 0), 1);
    return r0 + t * (r1 - r0);
  };
}

export interface BarDatum {
  label: string;
  /** null = not reported; drawn as a note instead of a bar. */
  value: number | null;
  valueLabel: string;
  /** Free-form class hook (e.g. "distilled"). */
  kind: string;
}

export interface BarGroup {
  title: string;
  bars: BarDatum[];
  /** Shown instead of bars when no bar in the group has a value. */
  emptyNote?: string;
}

export type ChartItem =
  | { type: 'group'; x: number; y: number; text: string; lines: string[]; lineHeight: number }
  | { type: 'note'; x: number; y: number; text: string }
  | {
      type: 'bar';
      labelX: number;
      labelY: number;
      barX: number;
      barY: number;
      barWidth: number;
      barHeight: number;
      valueX: number;
      valueY: number;
      datum: BarDatum;
    };

export interface ChartLayout {
  width: number;
  height: number;
  plotX0: number;
  plotX1: number;
  plotTop: number;
  axisY: number;
  ticks: { x: number; label: string }[];
  items: ChartItem[];
}

export interface LayoutOptions {
  width?: number;
  /** Largest value of the axis; by default a nice number above the largest bar. */
  domainMax?: number;
  /** Formats tick labels. */
  tickFormat?: (v: number) => string;
}

/**
 * Break text into lines of at most `maxChars` characters at spaces (a word longer than that gets
 * a line of its own). Chart text is our own data, so a character count is a good enough measure.
 */
export function wrapText(text: string, maxChars: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > maxChars) {
      lines.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) lines.push(line);
  return lines;
}

/** Geometry constants (viewBox units; the font sizes live in the component's CSS). */
export const CHART = {
  /** Average advance of a bold 15px group title, for wrapping. */
  groupCharWidth: 8.6,
  groupLineHeight: 19,
  pad: 8,
  valueSpace: 48,
  groupHeight: 30,
  labelHeight: 18,
  barHeight: 16,
  rowGap: 10,
  groupGap: 14,
  axisHeight: 30,
} as const;

/** Lay out grouped horizontal bars: group title, then per row a label line and a bar. */
export function layoutBarChart(groups: readonly BarGroup[], opts: LayoutOptions = {}): ChartLayout {
  const width = opts.width ?? 480;
  const { pad, valueSpace, groupHeight, labelHeight, barHeight, rowGap, groupGap, axisHeight } = CHART;
  const values = groups.flatMap((g) => g.bars.map((b) => b.value)).filter((v): v is number => v !== null);
  const dataMax = values.length ? Math.max(...values) : 1;
  const ticksRaw = opts.domainMax !== undefined ? niceTicks(opts.domainMax) : niceTicks(dataMax);
  const domainMax = opts.domainMax ?? ticksRaw[ticksRaw.length - 1]!;
  const plotX0 = pad;
  const plotX1 = width - pad - valueSpace;
  const x = linearScale(domainMax, plotX0, plotX1);
  const fmt = opts.tickFormat ?? ((v: number) => String(v));

  const items: ChartItem[] = [];
  let y = pad;
  const plotTop = y;
  const maxChars = Math.max(10, Math.floor((width - 2 * pad) / CHART.groupCharWidth));
  groups.forEach((group, gi) => {
    if (gi > 0) y += groupGap;
    const lines = wrapText(group.title, maxChars);
    y += groupHeight + (lines.length - 1) * CHART.groupLineHeight;
    const firstLineY = y - 10 - (lines.length - 1) * CHART.groupLineHeight;
    items.push({ type: 'group', x: plotX0, y: firstLineY, text: group.title, lines, lineHeight: CHART.groupLineHeight });
    const hasAny = group.bars.some((b) => b.value !== null);
    if (!hasAny && group.emptyNote) {
      y += labelHeight;
      items.push({ type: 'note', x: plotX0, y: y - 4, text: group.emptyNote });
      y += rowGap;
      return;
    }
    for (const datum of group.bars) {
      y += labelHeight;
      const labelY = y - 4;
      const barY = y;
      y += barHeight + rowGap;
      if (datum.value === null) {
        items.push({ type: 'note', x: plotX0, y: barY + barHeight - 3, text: `${datum.label}: not reported` });
        continue;
      }
      const barWidth = Math.max(0, x(datum.value) - plotX0);
      items.push({
        type: 'bar',
        labelX: plotX0,
        labelY,
        barX: plotX0,
        barY,
        barWidth,
        barHeight,
        valueX: plotX0 + barWidth + 6,
        valueY: barY + barHeight - 3,
        datum,
      });
    }
  });
  const axisY = y;
  const height = y + axisHeight;
  const ticks = ticksRaw.filter((t) => t <= domainMax + 1e-9).map((t) => ({ x: x(t), label: fmt(t) }));
  return { width, height, plotX0, plotX1, plotTop, axisY, ticks, items };
}

const r2 = (v: number) => Math.round(v * 100) / 100;

/** The SVG nodes of a laid-out bar chart. Classes: `bar bar-<kind>`, `label`, `value`, `group`, `note`, `grid`, `axis`, `tick`. */
export function barChartNodes(layout: ChartLayout): SvgNode[] {
  // Grid lines are drawn only across the bar rows, so they never cross a label.
  const rows = layout.items.filter((i): i is Extract<ChartItem, { type: 'bar' }> => i.type === 'bar');
  const grid: SvgNode[] = [
    ...rows.flatMap((row) =>
      layout.ticks.map(
        (t): SvgNode => ({
          tag: 'line',
          attrs: { class: 'grid', x1: r2(t.x), x2: r2(t.x), y1: r2(row.barY - 2), y2: r2(row.barY + row.barHeight + 2) },
        }),
      ),
    ),
    {
      tag: 'line',
      attrs: { class: 'axis', x1: layout.plotX0, x2: r2(layout.plotX1), y1: r2(layout.axisY), y2: r2(layout.axisY) },
    },
    ...layout.ticks.map(
      (t): SvgNode => ({
        tag: 'text',
        attrs: { class: 'tick', x: r2(t.x), y: r2(layout.axisY + 18), 'text-anchor': 'middle' },
        text: t.label,
      }),
    ),
  ];
  const items: SvgNode[] = layout.items.flatMap((item): SvgNode[] => {
    if (item.type === 'group') {
      return item.lines.map(
        (line, li): SvgNode => ({
          tag: 'text',
          attrs: { class: 'group', x: item.x, y: r2(item.y + li * item.lineHeight) },
          text: line,
        }),
      );
    }
    if (item.type === 'note') return [{ tag: 'text', attrs: { class: 'note', x: item.x, y: r2(item.y) }, text: item.text }];
    return [
      { tag: 'text', attrs: { class: 'label', x: item.labelX, y: r2(item.labelY) }, text: item.datum.label },
      {
        tag: 'rect',
        attrs: {
          class: `bar bar-${item.datum.kind}`,
          x: item.barX,
          y: r2(item.barY),
          width: r2(item.barWidth),
          height: item.barHeight,
          rx: 2,
        },
      },
      { tag: 'text', attrs: { class: 'value', x: r2(item.valueX), y: r2(item.valueY) }, text: item.datum.valueLabel },
    ];
  });
  return [
    { tag: 'g', attrs: { class: 'grid-layer' }, children: grid },
    { tag: 'g', attrs: { class: 'bars-layer' }, children: items },
  ];
}

/*
 * Line and bar charts whose viewBox follows the drawn width (the widget scripts draw them in the
 * browser): the pure geometry lives here so it can be unit-tested; src/widgets/kit/dom.ts draws.
 */

/**
 * viewBox size for a chart drawn `width` CSS pixels wide: the width clamped to 300–640 (560 when
 * unknown), the height `aspect` × width but at least `minHeight`. Text in viewBox units then stays
 * about the same size on a phone and on a wide screen.
 */
export function chartViewBox(width: number, minHeight: number, aspect: number): { width: number; height: number } {
  const w = Math.round(Math.min(640, Math.max(300, width || 560)));
  return { width: w, height: Math.round(Math.max(minHeight, w * aspect)) };
}

/** Log-scale map from [1, domainMax] to [r0, r1] (1 → r0, domainMax → r1); not clamped. */
export function logScale(domainMax: number, r0: number, r1: number): (v: number) => number {
  return (v: number) => r0 + (Math.log(v) / Math.log(domainMax)) * (r1 - r0);
}

/** Tick values for a log axis from 1 to domainMax: fewer on a narrow chart (viewBox width < 440). */
export function logTicks(width: number, domainMax: number): number[] {
  const ticks = width < 440 ? [1, 5, 10, 50, 200] : [1, 2, 5, 10, 20, 50, 100, 200];
  return ticks.filter((t) => t <= domainMax);
}

/** SVG path data through (x(i + 1), y(values[i])), coordinates to one decimal. */
export function polylinePath(values: readonly number[], x: (n: number) => number, y: (v: number) => number): string {
  return values.map((v, i) => `${i ? 'L' : 'M'}${x(i + 1).toFixed(1)} ${y(v).toFixed(1)}`).join('');
}
