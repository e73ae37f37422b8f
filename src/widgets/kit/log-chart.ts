/**
 * The log-scale line chart shared by the majority-vote and best-of-N widgets. Kept out of
 * widget-kit.ts so that widgets without line charts do not download it.
 */
import { chartViewBox, logScale, logTicks, polylinePath } from './chart';
import { clearChart, svg } from './dom';

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
 * classes chart-grid, chart-tick and chart-marker (styled in src/widgets/kit/widgets.css).
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
