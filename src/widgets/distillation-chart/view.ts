/**
 * Everything the distillation chart shows for one benchmark, computed from the paper's tables
 * (src/data/distillation-results.ts): the bar chart as SvgNodes, its title and text alternative, the
 * caption and the summary sentence. Used by DistillationChart.astro at build time and by element.ts.
 */
import {
  benchmarks,
  resultTables,
  table5,
  table6,
  type Benchmark,
  type BenchmarkId,
  type ResultRow,
  type RowKind,
} from '~/data/distillation-results';
import { barChartNodes, layoutBarChart, type BarGroup, type ChartLayout } from '../kit/chart';
import type { SvgNode } from '../kit/svg';
import type { DistillationChartState } from './schema';

/**
 * Default width of the chart's viewBox (the build-time chart). In the browser the chart is laid out
 * again at the width it is shown at, between these limits, so one viewBox unit is one CSS pixel.
 */
export const CHART_WIDTH = 480;
export const CHART_MIN_WIDTH = 300;
export const CHART_MAX_WIDTH = 560;

export function benchmarkById(id: string): Benchmark {
  const b = benchmarks.find((x) => x.id === id);
  if (!b) throw new Error(`unknown benchmark "${id}"`);
  return b;
}

/** A value as the paper prints it: one decimal for percentages, whole numbers for ratings. */
export function formatValue(value: number, benchmark: BenchmarkId): string {
  return benchmarkById(benchmark).unit === 'rating' ? String(Math.round(value)) : value.toFixed(1);
}

/** Row label with its note: "DeepSeek-R1-Zero-Qwen-32B (RL only)". */
export function rowLabel(row: ResultRow): string {
  return row.note ? `${row.model} (${row.note})` : row.model;
}

/** " (percent)" after a percentage benchmark's name, nothing after a rating. */
export function unitText(benchmark: BenchmarkId): string {
  return benchmarkById(benchmark).unit === 'percent' ? ' (percent)' : '';
}

/**
 * The headline of the selected benchmark for the Table-6 comparison, or null when Table 6 has no
 * such column: "On the same 32B base, distillation scores 72.6 and RL alone 47.0 (25.6 points apart)."
 */
export function comparisonSentence(benchmark: BenchmarkId): string | null {
  const rl = table6.rows.find((x) => x.kind === 'rl')?.values[benchmark];
  const distilled = table6.rows.find((x) => x.kind === 'distilled')?.values[benchmark];
  if (rl === undefined || distilled === undefined) return null;
  const gap = Math.round((distilled - rl) * 10) / 10;
  const apart =
    gap === 0 ? 'the same score' : `${Math.abs(gap).toFixed(1)} points ${gap > 0 ? 'in favor of distillation' : 'in favor of RL'}`;
  return `On the same Qwen-32B base, the distilled model scores ${formatValue(distilled, benchmark)} and the RL-only model ${formatValue(rl, benchmark)} (${apart}).`;
}

/** A complete text alternative for the chart of one benchmark. */
export function describeChart(benchmark: BenchmarkId): string {
  const b = benchmarkById(benchmark);
  const parts: string[] = [`Bar chart of ${b.label}${unitText(benchmark)}.`];
  for (const table of resultTables) {
    if (!table.benchmarks.includes(benchmark)) {
      parts.push(`${table.title} (${table.source.loc}): not reported for this benchmark.`);
      continue;
    }
    const items = table.rows.map((row) => `${rowLabel(row)} ${formatValue(row.values[benchmark]!, benchmark)}`);
    parts.push(`${table.title} (${table.source.loc}): ${items.join('; ')}.`);
  }
  const sentence = comparisonSentence(benchmark);
  if (sentence) parts.push(sentence);
  return parts.join(' ');
}

/** One sentence for the live region under the chart. */
export function summaryText(benchmark: BenchmarkId): string {
  const b = benchmarkById(benchmark);
  const first =
    comparisonSentence(benchmark) ?? `Table 6 does not report ${b.label}, so only the Table 5 models are shown.`;
  const best = (kind: RowKind) =>
    table5.rows
      .filter((x) => x.kind === kind)
      .reduce((p, q) => ((q.values[benchmark] ?? -Infinity) > (p.values[benchmark] ?? -Infinity) ? q : p));
  const d = best('distilled');
  const base = best('baseline');
  return (
    `${first} In Table 5 the best distilled model is ${d.model} (${formatValue(d.values[benchmark]!, benchmark)}); ` +
    `the best baseline is ${base.model} (${formatValue(base.values[benchmark]!, benchmark)}).`
  );
}

/** The note shown when the link's benchmark was not usable (`problems` as the kit words them). */
export function linkNote(problems: readonly string[]): string {
  return `The benchmark in the link was not recognised and the default is shown: ${problems.join('; ')}.`;
}

/** Layout of the bar chart for one benchmark: the Table 6 group, then the Table 5 group. */
export function chartLayout(benchmark: BenchmarkId, width: number = CHART_WIDTH): ChartLayout {
  const label = benchmarkById(benchmark).label;
  const groups: BarGroup[] = resultTables.map((table) => ({
    title: `${table.title} (${table.source.loc})`,
    emptyNote: `${label} is not reported in ${table.source.loc}.`,
    bars: table.benchmarks.includes(benchmark)
      ? table.rows.map((row) => ({
          label: rowLabel(row),
          value: row.values[benchmark] ?? null,
          valueLabel: row.values[benchmark] === undefined ? '' : formatValue(row.values[benchmark]!, benchmark),
          kind: row.kind,
        }))
      : [],
  }));
  const w = Math.round(Math.min(Math.max(width, CHART_MIN_WIDTH), CHART_MAX_WIDTH));
  return layoutBarChart(groups, {
    width: w,
    ...(benchmarkById(benchmark).unit === 'percent' ? { domainMax: 100 } : {}),
  });
}

export interface DistillationChartView {
  benchmark: Benchmark;
  /** The chart's accessible name. */
  title: string;
  /** The chart's text alternative: every value shown. */
  desc: string;
  chart: { viewBox: string; nodes: SvgNode[] };
  /** Benchmark name and unit for the figure caption. */
  caption: { label: string; unit: string };
  summary: string;
}

/** The view for a state, with the chart laid out `width` viewBox units wide (clamped to 300–560). */
export function distillationChartView(state: DistillationChartState, width: number = CHART_WIDTH): DistillationChartView {
  const benchmark = benchmarkById(state.b);
  const layout = chartLayout(benchmark.id, width);
  return {
    benchmark,
    title: `${benchmark.label}: RL vs distillation, and the distilled model family`,
    desc: describeChart(benchmark.id),
    chart: { viewBox: `0 0 ${layout.width} ${layout.height}`, nodes: barChartNodes(layout) },
    caption: { label: benchmark.label, unit: unitText(benchmark.id) },
    summary: summaryText(benchmark.id),
  };
}
