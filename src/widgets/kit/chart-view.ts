/**
 * What a widget with a chart, a results table and an announcement shows,
 * and the one way to draw its chart into the <svg data-out="chart"> the .astro rendered. Used by best-of-n
 * and pass-at-k and majority-vote.
 */
import { patchSvgNodes, type SvgNode } from './svg';
import type { TableView } from './table';

/** A chart as data; kit/log-chart's LogChart has this shape. */
export interface SvgChart {
  viewBox: string;
  nodes: SvgNode[];
}

export interface ChartView {
  table: TableView;
  chart: SvgChart;
  /** The chart's <desc>: what it shows, in words. */
  chartDesc: string;
  /** Announced politely once input pauses. */
  sentence: string;
}

/**
 * Draw a view's chart into its <svg>, keeping the <title> and updating the <desc>. Patched in place, so a
 * drag handle the reader has focused stays focused while its arrow keys redraw the chart.
 */
export function drawChart(svg: Element, view: Pick<ChartView, 'chart' | 'chartDesc'>): void {
  svg.setAttribute('viewBox', view.chart.viewBox);
  patchSvgNodes(svg, view.chart.nodes);
  svg.querySelector('desc')!.textContent = view.chartDesc;
}
