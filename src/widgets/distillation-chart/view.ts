/**
 * Everything the distillation chart shows for one benchmark and one reference model, computed from the
 * paper's tables (src/data/distillation-results.ts): the bar chart as SvgNodes (each bar with its gap to
 * the reference, which the reader picks by pressing or dragging on the chart), its title and text
 * alternative, the caption and the summary sentence. Used by DistillationChart.astro at build time and by
 * element.ts.
 */
import {
  benchmarks,
  resultTables,
  table6,
  type Benchmark,
  type BenchmarkId,
  type ResultRow,
  type RowKind,
} from '~/data/distillation-results';
import { linearScale, niceTicks, wrapText } from '../kit/chart';
import type { SvgNode } from '../kit/svg';
import { modelId, type DistillationChartState } from './schema';

/**
 * Default width of the chart's viewBox (the build-time chart). In the browser the chart is laid out
 * again at the width it is shown at, between these limits, so one viewBox unit is one CSS pixel.
 */
export const CHART_WIDTH = 640;
export const CHART_MIN_WIDTH = 300;
export const CHART_MAX_WIDTH = 760;
/** From this width on, labels sit beside their bars (one line per model); narrower, above them. */
export const BESIDE_MIN_WIDTH = 520;

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

/** A model shown on the chart: its id, label, kind and value on the benchmark (first row of it, in chart order). */
export interface ChartModel {
  id: string;
  row: ResultRow;
  value: number;
}

/** The models that have a value on `benchmark`, once each, in the order the chart shows them. */
export function chartModels(benchmark: BenchmarkId): ChartModel[] {
  const seen = new Set<string>();
  const models: ChartModel[] = [];
  for (const table of resultTables) {
    if (!table.benchmarks.includes(benchmark)) continue;
    for (const row of table.rows) {
      const id = modelId(row.model);
      const value = row.values[benchmark];
      if (value === undefined || seen.has(id)) continue;
      seen.add(id);
      models.push({ id, row, value });
    }
  }
  return models;
}

/**
 * The model the bars are measured against: the reader's choice when the benchmark reports it (Table 6's
 * RL-only model has no Codeforces rating), else the first model shown. The choice itself is kept, so it
 * comes back on a benchmark that reports it.
 */
export function referenceModel(state: DistillationChartState): ChartModel {
  const models = chartModels(benchmarkById(state.b).id);
  return models.find((m) => m.id === state.ref) ?? models[0]!;
}

/** A gap to the reference as the paper would print it: "+8.5", "−3.1" (a real minus), "±0". */
export function gapText(value: number, reference: number, benchmark: BenchmarkId): string {
  const gap = Number(formatValue(value - reference, benchmark));
  if (gap === 0) return '±0';
  return `${gap > 0 ? '+' : '−'}${formatValue(Math.abs(gap), benchmark)}`;
}

/** Parameters of a model from its name ("…-Qwen-7B" → 7), or undefined when the name does not say. */
function sizeOf(model: string): number | undefined {
  const match = /(\d+(?:\.\d+)?)B$/.exec(model);
  return match ? Number(match[1]) : undefined;
}

/**
 * What the reference shows: how many of the other models score higher and lower, and the smallest
 * distilled model ahead of it (the point of the chart: a small model fine-tuned on R1's outputs beats
 * much larger ones).
 */
export function referenceSentence(state: DistillationChartState): string {
  const benchmark = benchmarkById(state.b);
  const ref = referenceModel(state);
  const others = chartModels(benchmark.id).filter((m) => m.id !== ref.id);
  const higher = others.filter((m) => m.value > ref.value).length;
  const lower = others.filter((m) => m.value < ref.value).length;
  const missing = state.ref !== ref.id ? `${benchmark.label} is not reported for the model you picked, so the reference is ` : 'Against ';
  const head = `${missing}${rowLabel(ref.row)} at ${formatValue(ref.value, benchmark.id)}: ${higher} of the other ${others.length} models score higher, ${lower} lower`;
  const smallest = others
    .filter((m) => m.row.kind === 'distilled' && m.value > ref.value && sizeOf(m.row.model) !== undefined)
    .sort((p, q) => sizeOf(p.row.model)! - sizeOf(q.row.model)!)[0];
  const refSize = sizeOf(ref.row.model);
  if (!smallest || (refSize !== undefined && sizeOf(smallest.row.model)! >= refSize)) return `${head}.`;
  return `${head}; the smallest distilled model ahead is ${smallest.row.model} (${formatValue(smallest.value, benchmark.id)}).`;
}

/** The sentence under the benchmark selector (and its live region): what the chart shows against the reference. */
export function summaryText(state: DistillationChartState): string {
  return referenceSentence(state);
}

/** The note shown when the link's benchmark was not usable (`problems` as the kit words them). */
export function linkNote(problems: readonly string[]): string {
  return `The benchmark in the link was not recognised and the default is shown: ${problems.join('; ')}.`;
}

/*
 * The chart: Table 6's group, then Table 5's, one row per model. Wide: label, bar, value and the gap to the
 * reference on one line; narrow (a phone): the label above its bar. The reference row is a focusable
 * slider (role="slider", its value the row's place), and a dashed line marks its value across every bar.
 */

/** Geometry in viewBox units (font sizes live in the component's CSS). */
const G = { pad: 6, groupH: 22, groupLineH: 17, groupCharW: 8.4, rowH: 20, barH: 13, labelH: 17, gapSpace: 52, valueSpace: 42, axisH: 28 };

export interface ChartRowLayout {
  model: string;
  label: string;
  kind: RowKind;
  value: number;
  valueLabel: string;
  gapLabel: string;
  /** Whether the row is the reference (or the same model shown again in the other table). */
  isRef: boolean;
  /** The row's band, top to bottom (pressing inside it picks this model). */
  top: number;
  bottom: number;
  labelX: number;
  labelY: number;
  barX: number;
  barY: number;
  barWidth: number;
}

export interface DistillationLayout {
  width: number;
  height: number;
  beside: boolean;
  plotX0: number;
  plotX1: number;
  axisY: number;
  ticks: { x: number; label: string }[];
  titles: { x: number; y: number; text: string }[];
  notes: { x: number; y: number; text: string }[];
  rows: ChartRowLayout[];
  ref: ChartModel;
  refX: number;
}

export function chartLayout(state: DistillationChartState, width: number = CHART_WIDTH): DistillationLayout {
  const benchmark = benchmarkById(state.b);
  const w = Math.round(Math.min(Math.max(width, CHART_MIN_WIDTH), CHART_MAX_WIDTH));
  const beside = w >= BESIDE_MIN_WIDTH;
  const ref = referenceModel(state);
  const tickValues = benchmark.unit === 'percent' ? niceTicks(100) : niceTicks(Math.max(...chartModels(benchmark.id).map((m) => m.value)));
  const domainMax = tickValues[tickValues.length - 1]!;
  const labelW = beside ? Math.min(Math.round(w * 0.45), 290) : 0;
  const plotX0 = G.pad + labelW;
  const plotX1 = w - G.pad - G.gapSpace - G.valueSpace;
  const x = linearScale(domainMax, plotX0, plotX1);
  const titles: DistillationLayout['titles'] = [];
  const notes: DistillationLayout['notes'] = [];
  const rows: ChartRowLayout[] = [];
  let y = G.pad;
  for (const table of resultTables) {
    for (const line of wrapText(`${table.source.loc}: ${table.title}`, Math.floor((w - 2 * G.pad) / G.groupCharW))) {
      y += G.groupLineH;
      titles.push({ x: G.pad, y, text: line });
    }
    y += G.groupH - G.groupLineH;
    if (!table.benchmarks.includes(benchmark.id)) {
      y += G.rowH;
      notes.push({ x: G.pad, y: y - 6, text: `${benchmark.label} is not reported in ${table.source.loc}.` });
      y += G.pad;
      continue;
    }
    for (const row of table.rows) {
      const value = row.values[benchmark.id]!;
      const top = y;
      const barY = beside ? y + (G.rowH - G.barH) / 2 : y + G.labelH;
      y += beside ? G.rowH : G.labelH + G.barH + 8;
      rows.push({
        model: modelId(row.model),
        label: rowLabel(row),
        kind: row.kind,
        value,
        valueLabel: formatValue(value, benchmark.id),
        gapLabel: modelId(row.model) === ref.id ? 'ref' : gapText(value, ref.value, benchmark.id),
        isRef: modelId(row.model) === ref.id,
        top,
        bottom: y,
        labelX: beside ? plotX0 - 8 : G.pad,
        labelY: beside ? barY + G.barH - 2 : y - G.barH - 12,
        barX: plotX0,
        barY,
        barWidth: Math.max(0, x(value) - plotX0),
      });
    }
    y += G.pad;
  }
  const axisY = y;
  return {
    width: w,
    height: axisY + G.axisH,
    beside,
    plotX0,
    plotX1,
    axisY,
    ticks: tickValues.map((t) => ({ x: x(t), label: String(t) })),
    titles,
    notes,
    rows,
    ref,
    refX: x(ref.value),
  };
}

/** The model whose row band holds `y` (nearest row when between bands or outside them). */
export function modelAtY(layout: DistillationLayout, y: number): string {
  let best = layout.rows[0]!;
  for (const row of layout.rows) {
    const d = y < row.top ? row.top - y : y > row.bottom ? y - row.bottom : 0;
    const bestD = y < best.top ? best.top - y : y > best.bottom ? y - best.bottom : 0;
    if (d < bestD) best = row;
  }
  return best.model;
}

/** The model a slider key moves the reference to: down/right the next one shown, up/left the one before, Home/End the ends. */
export function modelAfterKey(state: DistillationChartState, key: string): string | undefined {
  const ids = chartModels(benchmarkById(state.b).id).map((m) => m.id);
  const at = ids.indexOf(referenceModel(state).id);
  const moves: Record<string, number> = { ArrowDown: 1, ArrowRight: 1, ArrowUp: -1, ArrowLeft: -1, PageDown: 3, PageUp: -3 };
  if (key === 'Home') return ids[0];
  if (key === 'End') return ids[ids.length - 1];
  const move = moves[key];
  return move === undefined ? undefined : ids[Math.min(ids.length - 1, Math.max(0, at + move))];
}

const r2 = (v: number) => Math.round(v * 100) / 100;

/** The chart's SvgNodes: grid and axis; the reference (a slider) and its line; titles, notes and bars. */
export function chartNodes(layout: DistillationLayout, benchmark: BenchmarkId): SvgNode[] {
  const { rows, ticks } = layout;
  const firstTop = rows[0]?.top ?? layout.axisY;
  const grid: SvgNode[] = [
    ...ticks.map((t): SvgNode => ({ tag: 'line', attrs: { class: 'grid', x1: r2(t.x), x2: r2(t.x), y1: r2(firstTop), y2: r2(layout.axisY) } })),
    { tag: 'line', attrs: { class: 'axis', x1: layout.plotX0, x2: r2(layout.plotX1), y1: r2(layout.axisY), y2: r2(layout.axisY) } },
    ...ticks.map((t): SvgNode => ({ tag: 'text', attrs: { class: 'tick', x: r2(t.x), y: r2(layout.axisY + 18), 'text-anchor': 'middle' }, text: t.label })),
  ];
  const refRows = rows.filter((r) => r.isRef);
  const ids = chartModels(benchmark).map((m) => m.id);
  const refLabel = rowLabel(layout.ref.row);
  const handle: SvgNode = {
    tag: 'g',
    attrs: {
      class: 'chart-handle distillation-chart-ref',
      tabindex: 0,
      role: 'slider',
      'data-handle': 'ref',
      'aria-label': 'Reference model (every bar shows its gap to it)',
      'aria-orientation': 'vertical',
      'aria-valuemin': 1,
      'aria-valuemax': ids.length,
      'aria-valuenow': ids.indexOf(layout.ref.id) + 1,
      'aria-valuetext': `${refLabel}, ${formatValue(layout.ref.value, benchmark)}`,
    },
    children: refRows.map(
      (r): SvgNode => ({
        tag: 'rect',
        attrs: { class: 'distillation-chart-ref-row', x: 2, y: r2(r.top), width: layout.width - 4, height: r2(r.bottom - r.top), rx: 4 },
      }),
    ),
  };
  const refLine: SvgNode = {
    tag: 'line',
    attrs: { class: 'distillation-chart-ref-line', x1: r2(layout.refX), x2: r2(layout.refX), y1: r2(firstTop), y2: r2(layout.axisY) },
  };
  const gapX = layout.width - G.pad;
  const items: SvgNode[] = [
    ...layout.titles.map((t): SvgNode => ({ tag: 'text', attrs: { class: 'group', x: t.x, y: r2(t.y) }, text: t.text })),
    ...layout.notes.map((n): SvgNode => ({ tag: 'text', attrs: { class: 'note', x: n.x, y: r2(n.y) }, text: n.text })),
    ...rows.flatMap((r): SvgNode[] => {
      const gap = r.gapLabel.startsWith('+') ? 'gap-up' : r.gapLabel.startsWith('−') ? 'gap-down' : 'gap-same';
      return [
        {
          tag: 'text',
          attrs: { class: 'label', x: r2(r.labelX), y: r2(r.labelY), ...(layout.beside ? { 'text-anchor': 'end' } : {}) },
          text: r.label,
        },
        { tag: 'rect', attrs: { class: `bar bar-${r.kind}`, x: r.barX, y: r2(r.barY), width: r2(r.barWidth), height: G.barH, rx: 2 } },
        { tag: 'text', attrs: { class: 'value', x: r2(r.barX + r.barWidth + 5), y: r2(r.barY + G.barH - 2) }, text: r.valueLabel },
        { tag: 'text', attrs: { class: `gap ${gap}`, x: gapX, y: r2(r.barY + G.barH - 2), 'text-anchor': 'end' }, text: r.gapLabel },
      ];
    }),
  ];
  return [
    { tag: 'g', attrs: { class: 'grid-layer' }, children: grid },
    handle,
    refLine,
    { tag: 'g', attrs: { class: 'bars-layer' }, children: items },
  ];
}

export interface DistillationChartView {
  benchmark: Benchmark;
  ref: ChartModel;
  /** The chart's accessible name. */
  title: string;
  /** The chart's text alternative: every value shown. */
  desc: string;
  chart: { viewBox: string; nodes: SvgNode[] };
  /** Benchmark name and unit for the figure caption. */
  caption: { label: string; unit: string };
  summary: string;
}

/** The view for a state, with the chart laid out `width` viewBox units wide (clamped to 300–760). */
export function distillationChartView(state: DistillationChartState, width: number = CHART_WIDTH): DistillationChartView {
  const benchmark = benchmarkById(state.b);
  const layout = chartLayout(state, width);
  return {
    benchmark,
    ref: layout.ref,
    title: `${benchmark.label}: RL vs distillation, and the distilled model family`,
    desc: describeChart(benchmark.id),
    chart: { viewBox: `0 0 ${layout.width} ${layout.height}`, nodes: chartNodes(layout, benchmark.id) },
    caption: { label: benchmark.label, unit: unitText(benchmark.id) },
    summary: summaryText(state),
  };
}
