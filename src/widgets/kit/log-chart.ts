/**
 * The log-scale line chart shared by the majority-vote and best-of-N widgets, as SvgNode data: a
 * widget's view.ts calls logChartNodes, Astro renders the result at build time and the element renders
 * it in the browser. Kept out of the kit's core so widgets without line charts do not download it.
 */
import { chartViewBox, logScale, logTicks, polylinePath } from './chart';
import { renderSvgNodes, type SvgNode } from './svg';

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

/**
 * Line chart over N = 1..nMax with a log-scaled x axis, a percent y axis and a marker at N = marker.
 * The viewBox follows the drawn width (560 when unknown, as at build time), so labels stay readable
 * from 320px phones to wide screens. Grid, tick and marker lines get the classes chart-grid, chart-tick
 * and chart-marker (styled in src/widgets/kit/widgets.css).
 */
export function logChartNodes(width: number, series: readonly ChartSeries[], marker: number, nMax: number): LogChart {
  const { width: W, height: H } = chartViewBox(width, 230, 0.5);
  const L = 50, R = 14, T = 14, B = 46;
  const x = logScale(nMax, L, W - R);
  const y = (v: number) => T + (1 - v) * (H - T - B);
  const axes: SvgNode[] = [];
  for (const v of [0, 0.25, 0.5, 0.75, 1]) {
    axes.push({ tag: 'line', attrs: { x1: L, x2: W - R, y1: y(v), y2: y(v), class: 'chart-grid' } });
    axes.push({ tag: 'text', attrs: { x: L - 6, y: y(v) + 5, 'text-anchor': 'end' }, text: `${v * 100}%` });
  }
  for (const n of logTicks(W, nMax)) {
    axes.push({ tag: 'line', attrs: { x1: x(n), x2: x(n), y1: H - B, y2: H - B + 5, class: 'chart-tick' } });
    axes.push({ tag: 'text', attrs: { x: x(n), y: H - B + 20, 'text-anchor': 'middle' }, text: String(n) });
  }
  axes.push({ tag: 'text', attrs: { x: (L + W - R) / 2, y: H - 6, 'text-anchor': 'middle' }, text: 'Samples N (log scale)' });
  const nodes: SvgNode[] = [
    { tag: 'g', attrs: {}, children: axes },
    { tag: 'line', attrs: { x1: x(marker), x2: x(marker), y1: T, y2: H - B, class: 'chart-marker' } },
    ...series.map((s): SvgNode => ({ tag: 'path', attrs: { d: polylinePath(s.values, x, y), class: s.cls, fill: 'none' } })),
    ...series.map((s): SvgNode => ({ tag: 'circle', attrs: { cx: x(marker), cy: y(s.values[marker - 1]!), r: 4.5, class: s.cls } })),
  ];
  return { viewBox: `0 0 ${W} ${H}`, nodes };
}

/** Draw a log chart into an <svg> (keeps its <title> and <desc>). */
export function drawLogChart(chart: SVGSVGElement, width: number, series: ChartSeries[], marker: number, nMax: number): void {
  const { viewBox, nodes } = logChartNodes(width, series, marker, nMax);
  chart.setAttribute('viewBox', viewBox);
  renderSvgNodes(chart, nodes);
}
