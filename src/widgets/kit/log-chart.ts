/**
 * The log-scale line chart shared by the majority-vote and best-of-N widgets, as SvgNode data: a
 * widget's view.ts calls logChartNodes, Astro renders the result at build time and the element renders
 * it in the browser. Kept out of the kit's core so widgets without line charts do not download it.
 * The chart can carry drag handles (role="slider"): one on the N marker, one on the p line; the element
 * maps pointer positions back to values with logChartFrame and drag.ts.
 */
import { chartViewBox, logScale, logTicks, polylinePath } from './chart';
import { clamp } from './drag';
import type { SvgNode } from './svg';

export interface ChartSeries {
  /** values[i] is the value at N = i + 1, between 0 and 1. */
  values: number[];
  /** Class of the line and its marker dot (the widget's CSS gives it a stroke). */
  cls: string;
}

export interface LogChart {
  viewBox: string;
  nodes: SvgNode[];
}

/** Where the plot sits in the viewBox, and its two scales (x: N on a log axis, y: 0..1 upwards). */
export interface LogChartFrame {
  width: number;
  height: number;
  left: number;
  right: number;
  top: number;
  bottom: number;
  x: (n: number) => number;
  y: (v: number) => number;
}

/** Draggable handles on the chart: their accessible names (and, for the y handle, its value). */
export interface LogChartHandles {
  /** A slider on the marker, for N. */
  marker?: { label: string };
  /** A slider on a horizontal line at `value` (the one-sample line, p). */
  level?: { label: string; value: number };
}

/**
 * The viewBox follows the drawn width (560 when unknown, as at build time), so labels stay readable
 * from 320px phones to wide screens; the height is at most ~0.42 of the width, so a full-width chart
 * still leaves room for the controls on one screen.
 */
export function logChartFrame(width: number, nMax: number): LogChartFrame {
  const { width: W, height: H } = chartViewBox(width, 190, 0.42);
  const left = 50, right = W - 14, top = 14, bottom = H - 46;
  return { width: W, height: H, left, right, top, bottom, x: logScale(nMax, left, right), y: (v) => top + (1 - v) * (bottom - top) };
}

function handle(attrs: Record<string, string | number>, ring: SvgNode, hit: SvgNode): SvgNode {
  return { tag: 'g', attrs: { class: 'chart-handle', tabindex: 0, role: 'slider', ...attrs }, children: [hit, ring] };
}

/**
 * Line chart over N = 1..nMax with a log-scaled x axis, a percent y axis and a marker at N = marker.
 * Grid, tick and marker lines get the classes chart-grid, chart-tick and chart-marker (styled in
 * src/widgets/kit/widgets.css).
 */
export function logChartNodes(
  width: number,
  series: readonly ChartSeries[],
  marker: number,
  nMax: number,
  handles: LogChartHandles = {},
): LogChart {
  const f = logChartFrame(width, nMax);
  const { x, y } = f;
  const axes: SvgNode[] = [];
  for (const v of [0, 0.25, 0.5, 0.75, 1]) {
    axes.push({ tag: 'line', attrs: { x1: f.left, x2: f.right, y1: y(v), y2: y(v), class: 'chart-grid' } });
    axes.push({ tag: 'text', attrs: { x: f.left - 6, y: y(v) + 5, 'text-anchor': 'end' }, text: `${v * 100}%` });
  }
  for (const n of logTicks(f.width, nMax)) {
    axes.push({ tag: 'line', attrs: { x1: x(n), x2: x(n), y1: f.bottom, y2: f.bottom + 5, class: 'chart-tick' } });
    axes.push({ tag: 'text', attrs: { x: x(n), y: f.bottom + 20, 'text-anchor': 'middle' }, text: String(n) });
  }
  axes.push({ tag: 'text', attrs: { x: (f.left + f.right) / 2, y: f.height - 6, 'text-anchor': 'middle' }, text: 'Samples N (log scale)' });
  const nodes: SvgNode[] = [
    { tag: 'g', attrs: {}, children: axes },
    { tag: 'line', attrs: { x1: x(marker), x2: x(marker), y1: f.top, y2: f.bottom, class: 'chart-marker' } },
    ...series.map((s): SvgNode => ({ tag: 'path', attrs: { d: polylinePath(s.values, x, y), class: s.cls, fill: 'none' } })),
    ...series.map((s): SvgNode => ({ tag: 'circle', attrs: { cx: x(marker), cy: y(s.values[marker - 1]!), r: 4.5, class: s.cls } })),
  ];
  if (handles.level) {
    const { label, value } = handles.level;
    const cy = y(clamp(value, 0, 1));
    nodes.push(
      handle(
        { 'data-handle': 'level', 'aria-label': label, 'aria-valuemin': 0, 'aria-valuemax': 1, 'aria-valuenow': value },
        { tag: 'circle', attrs: { class: 'chart-handle-ring chart-handle-knob', cx: f.left, cy, r: 7 } },
        { tag: 'rect', attrs: { class: 'chart-handle-hit', x: f.left - 10, y: cy - 10, width: f.right - f.left + 10, height: 20, fill: 'transparent' } },
      ),
    );
  }
  if (handles.marker) {
    const mx = x(marker);
    nodes.push(
      handle(
        { 'data-handle': 'marker', 'aria-label': handles.marker.label, 'aria-valuemin': 1, 'aria-valuemax': nMax, 'aria-valuenow': marker },
        { tag: 'rect', attrs: { class: 'chart-handle-ring chart-handle-knob', x: mx - 7, y: f.bottom - 7, width: 14, height: 14, rx: 3 } },
        { tag: 'rect', attrs: { class: 'chart-handle-hit', x: mx - 12, y: f.top, width: 24, height: f.bottom - f.top, fill: 'transparent' } },
      ),
    );
  }
  return { viewBox: `0 0 ${f.width} ${f.height}`, nodes };
}
