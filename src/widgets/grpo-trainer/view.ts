/**
 * Everything the GRPO trainer shows, computed from runs' metrics: the five small charts (with an optional
 * comparison run), the metric cards and the table of one sampled group. Pure: used by GrpoTrainer.astro at
 * build time (the recorded run) and by element.ts in the browser (the live run).
 */
import type { SampleGroup, StepMetrics } from '~/lib/trainer';
import { chartViewBox, niceTicks } from '../kit/chart';
import { percent } from '../kit/format';
import type { SvgNode } from '../kit/svg';
import type { TableView } from '../kit/table';

/** One run's curves, compact enough to embed in the page (the recorded run) or keep in memory (a pinned run). */
export interface RunCurves {
  label: string;
  /** Greedy accuracy on the pool before the first step. */
  startAccuracy: number;
  /** Per step, index 0 = step 1. */
  accuracy: number[];
  sampleAccuracy: number[];
  meanReward: number[];
  validShare: number[];
  meanLength: number[];
  kl: number[];
  /** [step, held-out accuracy] every few steps. */
  heldOut: [number, number][];
}

export function emptyCurves(label: string, startAccuracy: number): RunCurves {
  return { label, startAccuracy, accuracy: [], sampleAccuracy: [], meanReward: [], validShare: [], meanLength: [], kl: [], heldOut: [] };
}

/** Append one step's metrics (rounded to 4 decimals: plenty for a chart, and compact in the page). */
export function addStep(curves: RunCurves, m: StepMetrics): void {
  const r = (x: number): number => Math.round(x * 1e4) / 1e4;
  curves.accuracy.push(r(m.accuracy));
  curves.sampleAccuracy.push(r(m.sampleAccuracy));
  curves.meanReward.push(r(m.meanReward));
  curves.validShare.push(r(m.validShare));
  curves.meanLength.push(r(m.meanLength));
  curves.kl.push(r(m.kl));
  if (m.heldOutAccuracy !== null) curves.heldOut.push([m.step, r(m.heldOutAccuracy)]);
}

export function curvesFromMetrics(label: string, startAccuracy: number, metrics: readonly StepMetrics[]): RunCurves {
  const curves = emptyCurves(label, startAccuracy);
  for (const m of metrics) addStep(curves, m);
  return curves;
}

export type ChartKey = 'accuracy' | 'meanReward' | 'validShare' | 'meanLength' | 'kl';
/** Every per-step curve of a run (the charts' keys, and the share of sampled answers that are correct). */
type CurveKey = ChartKey | 'sampleAccuracy';

export interface ChartSpec {
  key: ChartKey;
  title: string;
  /** What the y axis measures: a share (0–100 %), a reward (0–1), tokens (0–8) or the KL estimate (0–nice max). */
  axis: 'share' | 'reward' | 'tokens' | 'kl';
}

export const CHARTS: readonly ChartSpec[] = [
  { key: 'accuracy', title: 'Accuracy on the training prompts', axis: 'share' },
  { key: 'meanReward', title: 'Mean reward of the sampled answers', axis: 'reward' },
  { key: 'validShare', title: 'Sampled answers that are valid equations', axis: 'share' },
  { key: 'meanLength', title: 'Mean answer length (tokens)', axis: 'tokens' },
  { key: 'kl', title: 'KL to the reference (per token)', axis: 'kl' },
];

export interface SvgChart {
  viewBox: string;
  nodes: SvgNode[];
}

const STEP_AXIS = [50, 100, 150, 200, 300, 400, 500, 750, 1000];

/** The step axis: the first of 50, 100, 150, 200, 300, … that holds the longest run. */
export function stepAxisMax(...runs: (RunCurves | null)[]): number {
  const longest = Math.max(...runs.map((r) => r?.accuracy.length ?? 0));
  return STEP_AXIS.find((max) => max >= longest) ?? longest;
}

function yRange(spec: ChartSpec, runs: (RunCurves | null)[]): { max: number; ticks: number[]; label: (v: number) => string } {
  switch (spec.axis) {
    case 'share':
      return { max: 1, ticks: [0, 0.25, 0.5, 0.75, 1], label: (v) => `${Math.round(v * 100)}%` };
    case 'reward':
      return { max: 1, ticks: [0, 0.25, 0.5, 0.75, 1], label: (v) => String(v) };
    case 'tokens':
      return { max: 8, ticks: [0, 2, 4, 6, 8], label: (v) => String(v) };
    case 'kl': {
      const top = Math.max(0.05, ...runs.flatMap((r) => r?.kl ?? []));
      const ticks = niceTicks(top, 4);
      return { max: ticks.at(-1)!, ticks, label: (v) => String(v) };
    }
  }
}

/** SVG path through (step, value) pairs, coordinates to one decimal. */
function path(points: readonly [number, number][], x: (s: number) => number, y: (v: number) => number): string {
  return points.map(([s, v], i) => `${i ? 'L' : 'M'}${x(s).toFixed(1)} ${y(v).toFixed(1)}`).join('');
}

/** Points of a run for one chart; accuracy starts at step 0 (before training), the sampled metrics at step 1. */
function points(run: RunCurves, key: CurveKey): [number, number][] {
  const values = run[key];
  const out: [number, number][] = key === 'accuracy' ? [[0, run.startAccuracy]] : [];
  values.forEach((v, i) => out.push([i + 1, v]));
  return out;
}

/**
 * One small line chart: the live (or recorded) run as a solid line, the comparison run as a dashed one.
 * The accuracy chart also shows held-out accuracy as dots and the share of sampled answers that are
 * correct as a thin line.
 */
export function lineChart(spec: ChartSpec, width: number, run: RunCurves | null, compare: RunCurves | null, xMax: number): SvgChart {
  const { width: W, height: H } = chartViewBox(width, 170, 0.42);
  const L = 44, R = 10, T = 10, B = 36; // prettier-ignore
  const x = (s: number): number => L + (Math.min(s, xMax) / xMax) * (W - L - R);
  const range = yRange(spec, [run, compare]);
  const y = (v: number): number => T + (1 - Math.min(Math.max(v / range.max, 0), 1)) * (H - T - B);
  const axes: SvgNode[] = [];
  for (const v of range.ticks) {
    axes.push({ tag: 'line', attrs: { x1: L, x2: W - R, y1: y(v), y2: y(v), class: 'chart-grid' } });
    axes.push({ tag: 'text', attrs: { x: L - 6, y: y(v) + 4, 'text-anchor': 'end' }, text: range.label(v) });
  }
  for (const s of niceTicks(xMax, W < 440 ? 3 : 5).filter((t) => t <= xMax)) {
    axes.push({ tag: 'line', attrs: { x1: x(s), x2: x(s), y1: H - B, y2: H - B + 5, class: 'chart-tick' } });
    axes.push({ tag: 'text', attrs: { x: x(s), y: H - B + 18, 'text-anchor': 'middle' }, text: String(s) });
  }
  axes.push({ tag: 'text', attrs: { x: (L + W - R) / 2, y: H - 4, 'text-anchor': 'middle' }, text: 'Training step' });
  const nodes: SvgNode[] = [{ tag: 'g', attrs: {}, children: axes }];
  const line = (r: RunCurves, cls: string, key: CurveKey = spec.key): void => {
    const p = points(r, key);
    if (p.length > 0) nodes.push({ tag: 'path', attrs: { d: path(p, x, y), class: cls, fill: 'none' } });
  };
  if (compare) {
    line(compare, 'grpo-trainer-compare');
    if (spec.key === 'accuracy') for (const [s, v] of compare.heldOut) nodes.push({ tag: 'circle', attrs: { cx: x(s).toFixed(1), cy: y(v).toFixed(1), r: 2.5, class: 'grpo-trainer-compare-dot' } });
  }
  if (run) {
    if (spec.key === 'accuracy') line(run, 'grpo-trainer-sampled', 'sampleAccuracy');
    line(run, 'grpo-trainer-run');
    // Last, so that a redraw during training only appends the newest dot (see patchSvgNodes in kit/svg.ts).
    if (spec.key === 'accuracy') for (const [s, v] of run.heldOut) nodes.push({ tag: 'circle', attrs: { cx: x(s).toFixed(1), cy: y(v).toFixed(1), r: 3, class: 'grpo-trainer-heldout' } });
  }
  return { viewBox: `0 0 ${W} ${H}`, nodes };
}

const last = <T>(values: readonly T[]): T | undefined => values[values.length - 1];

/** The chart's <desc>: where the curves start and end, in words. */
export function chartDescription(spec: ChartSpec, run: RunCurves | null, compare: RunCurves | null): string {
  const fmt = (v: number): string => (spec.axis === 'share' ? percent(v) : spec.axis === 'tokens' ? v.toFixed(2) : v.toFixed(3));
  const describe = (r: RunCurves): string => {
    const values = r[spec.key];
    const end = last(values);
    if (end === undefined) return `${r.label}: not started`;
    const first = spec.key === 'accuracy' ? r.startAccuracy : values[0]!;
    return `${r.label}: ${fmt(first)} at the start, ${fmt(end)} after ${values.length} steps`;
  };
  return [run, compare].filter((r): r is RunCurves => r !== null).map(describe).join('; ') || 'No run yet.';
}

export interface Cards {
  step: string;
  accuracy: string;
  meanReward: string;
  validShare: string;
  meanLength: string;
  kl: string;
  heldOut: string;
}

/** The metric cards: a run's latest values (step 0 and the starting accuracy before its first step). */
export function cards(run: RunCurves): Cards {
  const n = run.accuracy.length;
  const heldOut = last(run.heldOut);
  const or = (v: number | undefined, f: (v: number) => string): string => (v === undefined ? '–' : f(v));
  return {
    step: String(n),
    accuracy: percent(n === 0 ? run.startAccuracy : run.accuracy[n - 1]!),
    meanReward: or(last(run.meanReward), (v) => v.toFixed(3)),
    validShare: or(last(run.validShare), percent),
    meanLength: or(last(run.meanLength), (v) => v.toFixed(2)),
    kl: or(last(run.kl), (v) => v.toFixed(3)),
    heldOut: heldOut ? `${percent(heldOut[1])} (step ${heldOut[0]})` : '–',
  };
}

const signed = (x: number): string => (x > 0 ? `+${x.toFixed(2)}` : x < 0 ? `−${(-x).toFixed(2)}` : '0.00');

/** The table of one step's sampled group: tokens, the answer text the scorer read, reward, advantage. */
export function sampleTable(step: number, sample: SampleGroup | null, algorithm: string): TableView {
  const columns = [{ text: '#' }, { text: 'Tokens' }, { text: 'Answer' }, { text: 'Reward' }, { text: algorithm === 'ppo' ? 'Advantage (mean over tokens)' : 'Advantage' }];
  if (!sample) return { caption: 'No step yet: press Train.', columns, rows: [] };
  const correct = sample.answers.filter((a) => a.verdict === 'correct').length;
  return {
    caption:
      `Step ${step}, one group: numbers ${sample.numbers.join(', ')}, target ${sample.target}. ` +
      `${correct} of ${sample.answers.length} answers correct.`,
    columns,
    rows: sample.answers.map((a, i) => ({
      header: String(i + 1),
      cells: [a.tokens.join(' '), a.answer === null ? '(tag never closed)' : a.answer === '' ? '(empty)' : a.answer, String(a.reward), signed(a.advantage)],
      current: a.verdict === 'correct',
    })),
  };
}

/** A short label for a run's settings, e.g. "GRPO, G = 16, β = 0.01, ε = 0.2, lr = 0.01, population std, seed 1". */
export function runLabel(s: { algorithm: string; g: number; beta: number; eps: number; lr: number; std: string; seed: number; base: string }): string {
  const name = { grpo: 'GRPO', reinforce: 'REINFORCE', ppo: 'PPO' }[s.algorithm] ?? s.algorithm;
  const parts = [name, `G = ${s.g}`];
  if (s.algorithm !== 'reinforce') parts.push(`β = ${s.beta}`, `ε = ${s.eps}`);
  parts.push(`lr = ${s.lr}`);
  if (s.algorithm === 'grpo') parts.push(s.std === 'none' ? 'no std normalization' : `${s.std} std`);
  parts.push(`seed ${s.seed}`);
  if (s.base === 'random') parts.push('random start');
  return parts.join(', ');
}
