/**
 * DeepSeek-R1 paper (source `deepseek-r1`), Table 5 (distilled models and baselines) and Table 6 (RL vs
 * distillation on the same Qwen-32B base), copied exactly. The values are pass@1 in percent except
 * AIME 2024 cons@64 (majority vote over 64 samples, percent) and the Codeforces rating. Table 6 has no
 * Codeforces column. Inert data: how it is charted and worded is src/widgets/distillation-chart/view.ts.
 */
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
