/**
 * DeepSeek-R1 paper, Table 5 (distilled models and baselines) and Table 6 (RL vs distillation on
 * the same Qwen-32B base), copied exactly from /work/shared/reference/facts.md §6. The values are
 * pass@1 in percent except AIME 2024 cons@64 (majority vote over 64 samples, percent) and the
 * Codeforces rating. Table 6 has no Codeforces column.
 */
import { barChartNodes, layoutBarChart, type BarGroup, type ChartLayout, type SvgNode } from '../widgets/kit/chart';

export type BenchmarkId = 'aime-pass1' | 'aime-cons64' | 'math500' | 'gpqa' | 'lcb' | 'cf';

export interface Benchmark {
  id: BenchmarkId;
  /** Full label for the selector and table header. */
  label: string;
  /** Unit for axis and summaries. */
  unit: 'percent' | 'rating';
}

export const benchmarks: readonly Benchmark[] = [
  { id: 'aime-pass1', label: 'AIME 2024 pass@1', unit: 'percent' },
  { id: 'aime-cons64', label: 'AIME 2024 cons@64', unit: 'percent' },
  { id: 'math500', label: 'MATH-500 pass@1', unit: 'percent' },
  { id: 'gpqa', label: 'GPQA Diamond pass@1', unit: 'percent' },
  { id: 'lcb', label: 'LiveCodeBench pass@1', unit: 'percent' },
  { id: 'cf', label: 'Codeforces rating', unit: 'rating' },
];

export const benchmarkIds: readonly BenchmarkId[] = benchmarks.map((b) => b.id);

export const DEFAULT_BENCHMARK: BenchmarkId = 'aime-pass1';

/** How a row is drawn: DeepSeek's distilled models, the RL-only model, or a baseline. */
export type RowKind = 'distilled' | 'rl' | 'baseline';

export interface ResultRow {
  model: string;
  kind: RowKind;
  /** Short remark shown after the name, e.g. "RL only". */
  note?: string;
  values: Partial<Record<BenchmarkId, number>>;
}

export interface ResultTable {
  key: 'table6' | 'table5';
  /** Heading of the group in the chart and caption of the HTML table. */
  title: string;
  source: { id: string; loc: string };
  benchmarks: readonly BenchmarkId[];
  rows: ResultRow[];
}

const r = (
  model: string,
  kind: RowKind,
  [aime, cons, math, gpqa, lcb, cf]: readonly [number, number, number, number, number, number?],
  note?: string,
): ResultRow => {
  const values: Partial<Record<BenchmarkId, number>> = {
    'aime-pass1': aime,
    'aime-cons64': cons,
    math500: math,
    gpqa,
    lcb,
  };
  if (cf !== undefined) values.cf = cf;
  return note === undefined ? { model, kind, values } : { model, kind, note, values };
};

/** Table 6: the same Qwen-32B base, trained with large-scale RL or distilled (SFT on R1 data). */
export const table6: ResultTable = {
  key: 'table6',
  title: 'Same 32B base: RL vs distillation',
  source: { id: 'deepseek-r1', loc: 'Table 6' },
  benchmarks: ['aime-pass1', 'aime-cons64', 'math500', 'gpqa', 'lcb'],
  rows: [
    r('QwQ-32B-Preview', 'baseline', [50.0, 60.0, 90.6, 54.5, 41.9]),
    r('DeepSeek-R1-Zero-Qwen-32B', 'rl', [47.0, 60.0, 91.6, 55.0, 40.2], 'RL only'),
    r('DeepSeek-R1-Distill-Qwen-32B', 'distilled', [72.6, 83.3, 94.3, 62.1, 57.2], 'SFT only'),
  ],
};

/** Table 5: the six distilled models and four baselines. */
export const table5: ResultTable = {
  key: 'table5',
  title: 'Distilled models and baselines',
  source: { id: 'deepseek-r1', loc: 'Table 5' },
  benchmarks: ['aime-pass1', 'aime-cons64', 'math500', 'gpqa', 'lcb', 'cf'],
  rows: [
    r('GPT-4o-0513', 'baseline', [9.3, 13.4, 74.6, 49.9, 32.9, 759]),
    r('Claude-3.5-Sonnet-1022', 'baseline', [16.0, 26.7, 78.3, 65.0, 38.9, 717]),
    r('o1-mini', 'baseline', [63.6, 80.0, 90.0, 60.0, 53.8, 1820]),
    r('QwQ-32B-Preview', 'baseline', [50.0, 60.0, 90.6, 54.5, 41.9, 1316]),
    r('DeepSeek-R1-Distill-Qwen-1.5B', 'distilled', [28.9, 52.7, 83.9, 33.8, 16.9, 954]),
    r('DeepSeek-R1-Distill-Qwen-7B', 'distilled', [55.5, 83.3, 92.8, 49.1, 37.6, 1189]),
    r('DeepSeek-R1-Distill-Qwen-14B', 'distilled', [69.7, 80.0, 93.9, 59.1, 53.1, 1481]),
    r('DeepSeek-R1-Distill-Qwen-32B', 'distilled', [72.6, 83.3, 94.3, 62.1, 57.2, 1691]),
    r('DeepSeek-R1-Distill-Llama-8B', 'distilled', [50.4, 80.0, 89.1, 49.0, 39.6, 1205]),
    r('DeepSeek-R1-Distill-Llama-70B', 'distilled', [70.0, 86.7, 94.5, 65.2, 57.5, 1633]),
  ],
};

/** Both tables in the order the widget shows them. */
export const resultTables: readonly ResultTable[] = [table6, table5];

export function benchmarkById(id: BenchmarkId): Benchmark {
  const b = benchmarks.find((x) => x.id === id);
  if (!b) throw new Error(`unknown benchmark "${id}"`);
  return b;
}

export function isBenchmarkId(x: string): x is BenchmarkId {
  return (benchmarkIds as readonly string[]).includes(x);
}

/** A value as the paper prints it: one decimal for percentages, whole numbers for ratings. */
export function formatValue(value: number, benchmark: BenchmarkId): string {
  return benchmarkById(benchmark).unit === 'rating' ? String(Math.round(value)) : value.toFixed(1);
}

/** Row label with its note: "DeepSeek-R1-Zero-Qwen-32B (RL only)". */
export function rowLabel(row: ResultRow): string {
  return row.note ? `${row.model} (${row.note})` : row.model;
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
  const unit = b.unit === 'percent' ? ' (percent)' : '';
  const parts: string[] = [`Bar chart of ${b.label}${unit}.`];
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

/**
 * Default width of the chart's viewBox (the build-time chart). In the browser the chart is laid out
 * again at the width it is shown at, between these limits, so one viewBox unit is one CSS pixel.
 */
export const CHART_WIDTH = 480;
export const CHART_MIN_WIDTH = 300;
export const CHART_MAX_WIDTH = 560;

/** Layout of the bar chart for one benchmark: the Table 6 group, then the Table 5 group. */
export function chartLayout(benchmark: BenchmarkId, width: number = CHART_WIDTH): ChartLayout {
  const groups: BarGroup[] = resultTables.map((table) => ({
    title: `${table.title} (${table.source.loc})`,
    emptyNote: `${benchmarkById(benchmark).label} is not reported in ${table.source.loc}.`,
    bars: table.benchmarks.includes(benchmark)
      ? table.rows.map((row) => ({
          label: rowLabel(row),
          value: row.values[benchmark] ?? null,
          valueLabel: row.values[benchmark] === undefined ? '' : formatValue(row.values[benchmark]!, benchmark),
          kind: row.kind,
        }))
      : [],
  }));
  const unit = benchmarkById(benchmark).unit;
  const w = Math.round(Math.min(Math.max(width, CHART_MIN_WIDTH), CHART_MAX_WIDTH));
  return layoutBarChart(groups, {
    width: w,
    ...(unit === 'percent' ? { domainMax: 100 } : {}),
  });
}

/** The SVG content (without the outer <svg>) for one benchmark. */
export function chartNodes(benchmark: BenchmarkId, width?: number): { layout: ChartLayout; nodes: SvgNode[] } {
  const layout = chartLayout(benchmark, width);
  return { layout, nodes: barChartNodes(layout) };
}
