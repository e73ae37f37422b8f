/**
 * Everything the GRPO trainer shows, computed from runs' metrics: the accuracy chart and the four small
 * charts (with an optional comparison run and a cursor at one step), the metric cards, the compact panel
 * of one sampled group and its full table. Pure: used by GrpoTrainer.astro at build time (the recorded
 * run) and by element.ts in the browser (the live run).
 */
import type { SampleGroup, StepMetrics } from '~/lib/trainer';
import { linearValueAt } from '../kit/drag';
import { niceTicks } from '../kit/chart';
import type { LogChartFrame } from '../kit/log-chart';
import { percent } from '../kit/format';
import { defaultState } from '../kit/schema';
import type { SvgNode } from '../kit/svg';
import type { TableView } from '../kit/table';
import { grpoTrainer, type GrpoTrainerState } from './schema';

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
  /** The small chart's caption, short enough to share its line with the value (the title names the chart). */
  short: string;
  /** What the y axis measures: a share (0–100 %), a reward (0–1), tokens (0–8) or the KL estimate (0–nice max). */
  axis: 'share' | 'reward' | 'tokens' | 'kl';
}

/** The accuracy chart (large, with the step cursor's handle) and then the four small ones. */
export const CHARTS: readonly ChartSpec[] = [
  { key: 'accuracy', title: 'Accuracy on the training prompts', short: 'Accuracy', axis: 'share' },
  { key: 'meanReward', title: 'Mean reward', short: 'Mean reward', axis: 'reward' },
  { key: 'validShare', title: 'Valid equations', short: 'Valid', axis: 'share' },
  { key: 'meanLength', title: 'Length in tokens', short: 'Length', axis: 'tokens' },
  { key: 'kl', title: 'KL to the reference', short: 'KL', axis: 'kl' },
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

/** A chart's viewBox and where its plot sits in it, as for the kit's log chart: the large accuracy chart, or a small multiple. */
export type ChartFrame = Omit<LogChartFrame, 'x' | 'y'>;

/**
 * The viewBox follows the drawn width (so 12 units are 12 CSS pixels and labels keep their size); the
 * large chart is a little under half as tall as wide, a small multiple a fixed 88 units.
 */
export function chartFrame(small: boolean, drawnWidth: number): ChartFrame {
  if (small) {
    const width = Math.round(Math.min(400, Math.max(120, drawnWidth || 150)));
    return { width, height: 88, left: 34, right: width - 8, top: 8, bottom: 88 - 16 };
  }
  const width = Math.round(Math.min(720, Math.max(280, drawnWidth || 480)));
  const height = Math.round(Math.min(200, Math.max(150, width * 0.42)));
  return { width, height, left: 44, right: width - 16, top: 10, bottom: height - 36 };
}

/** The step drawn nearest to `x` on a chart of this frame (the inverse of its step axis). */
export function stepAtX(frame: ChartFrame, xMax: number, x: number): number {
  return linearValueAt(x, frame.left, frame.right, { min: 0, max: xMax, step: 1 });
}

function yRange(spec: ChartSpec, runs: (RunCurves | null)[], small: boolean): { max: number; ticks: number[]; label: (v: number) => string } {
  switch (spec.axis) {
    case 'share':
      return { max: 1, ticks: small ? [0, 0.5, 1] : [0, 0.25, 0.5, 0.75, 1], label: (v) => `${Math.round(v * 100)}%` };
    case 'reward':
      return { max: 1, ticks: small ? [0, 0.5, 1] : [0, 0.25, 0.5, 0.75, 1], label: (v) => String(v) };
    case 'tokens':
      return { max: 8, ticks: small ? [0, 4, 8] : [0, 2, 4, 6, 8], label: (v) => String(v) };
    case 'kl': {
      // The KL estimate has rare spikes (one step of the recorded run reaches 10 where the rest stay under
      // 2.1): the axis holds 98 % of the values and a spike is drawn at the top edge.
      const values = runs.flatMap((r) => r?.kl ?? []).sort((a, b) => a - b);
      const top = Math.max(0.05, values[Math.ceil(0.98 * values.length) - 1] ?? 0);
      const ticks = niceTicks(top, small ? 2 : 4);
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

/** A run's value of one chart at `step` (accuracy has a value at step 0), or undefined past its end. */
export function valueAt(run: RunCurves | null, key: ChartKey, step: number): number | undefined {
  if (!run) return undefined;
  if (key === 'accuracy' && step === 0) return run.startAccuracy;
  return step >= 1 ? run[key][step - 1] : undefined;
}

/** A value as the charts' cursor labels and the small charts' captions show it: short. */
export function shortValue(spec: ChartSpec, v: number | undefined): string {
  if (v === undefined) return '–';
  if (spec.axis === 'share') return `${(v * 100).toFixed(1)}%`;
  return spec.axis === 'tokens' ? v.toFixed(2) : v.toFixed(3);
}

/** The longest of the runs shown, in steps: the cursor's range. */
export function lastStep(run: RunCurves | null, compare: RunCurves | null): number {
  return Math.max(run?.accuracy.length ?? 0, compare?.accuracy.length ?? 0);
}

export interface ChartOptions {
  /** A small multiple (compact axes) rather than the large accuracy chart. */
  small?: boolean;
  /** Draw the cursor at this step: a line, each run's value as a dot, and the values as a label. */
  cursor?: number | null;
  /** The large chart's draggable step handle (role="slider"): where it sits and what it says. */
  handle?: { step: number; max: number; valueText: string };
}

/**
 * One line chart: the live (or recorded) run as a solid line, the comparison run as a dashed one.
 * The accuracy chart also shows held-out accuracy as dots and the share of sampled answers that are
 * correct as a thin line. Nodes come in a fixed order of groups (axes, comparison, run, cursor, handle),
 * so a redraw during training patches a few attributes and appends the newest dot (kit/svg.ts).
 */
export function lineChart(spec: ChartSpec, width: number, run: RunCurves | null, compare: RunCurves | null, xMax: number, options: ChartOptions = {}): SvgChart {
  const small = options.small ?? false;
  const f = chartFrame(small, width);
  const x = (s: number): number => f.left + (Math.min(s, xMax) / xMax) * (f.right - f.left);
  const range = yRange(spec, [run, compare], small);
  const y = (v: number): number => f.top + (1 - Math.min(Math.max(v / range.max, 0), 1)) * (f.bottom - f.top);
  const axes: SvgNode[] = [];
  for (const v of range.ticks) {
    axes.push({ tag: 'line', attrs: { x1: f.left, x2: f.right, y1: y(v), y2: y(v), class: 'chart-grid' } });
    axes.push({ tag: 'text', attrs: { x: f.left - 5, y: y(v) + 4, 'text-anchor': 'end' }, text: range.label(v) });
  }
  if (small) {
    // Only the two ends of the step axis: the large chart above names it.
    axes.push({ tag: 'text', attrs: { x: f.left, y: f.height - 3, 'text-anchor': 'start' }, text: '0' });
    axes.push({ tag: 'text', attrs: { x: f.right, y: f.height - 3, 'text-anchor': 'end' }, text: `step ${xMax}` });
  } else {
    for (const s of niceTicks(xMax, f.width < 440 ? 3 : 5).filter((t) => t <= xMax)) {
      axes.push({ tag: 'line', attrs: { x1: x(s), x2: x(s), y1: f.bottom, y2: f.bottom + 5, class: 'chart-tick' } });
      axes.push({ tag: 'text', attrs: { x: x(s), y: f.bottom + 18, 'text-anchor': 'middle' }, text: String(s) });
    }
    axes.push({ tag: 'text', attrs: { x: (f.left + f.right) / 2, y: f.height - 4, 'text-anchor': 'middle' }, text: 'Training step' });
  }
  const line = (r: RunCurves, cls: string, key: CurveKey = spec.key): SvgNode[] => {
    const p = points(r, key);
    return p.length > 0 ? [{ tag: 'path', attrs: { d: path(p, x, y), class: cls, fill: 'none' } }] : [];
  };
  const dots = (r: RunCurves, radius: number, cls: string): SvgNode[] =>
    spec.key === 'accuracy' && !small ? r.heldOut.map(([s, v]) => ({ tag: 'circle', attrs: { cx: x(s).toFixed(1), cy: y(v).toFixed(1), r: radius, class: cls } })) : [];
  const comparison: SvgNode[] = compare ? [...line(compare, 'grpo-trainer-compare'), ...dots(compare, 2.5, 'grpo-trainer-compare-dot')] : [];
  // The held-out dots last, so that a redraw during training only appends the newest one.
  const live: SvgNode[] = run
    ? [...(spec.key === 'accuracy' ? line(run, 'grpo-trainer-sampled', 'sampleAccuracy') : []), ...line(run, 'grpo-trainer-run'), ...dots(run, 3, 'grpo-trainer-heldout')]
    : [];
  const nodes: SvgNode[] = [
    { tag: 'g', attrs: {}, children: axes },
    { tag: 'g', attrs: {}, children: comparison },
    { tag: 'g', attrs: {}, children: live },
    { tag: 'g', attrs: { class: 'grpo-trainer-cursor' }, children: options.cursor == null ? [] : cursorNodes(spec, f, x, y, options.cursor, run, compare, small) },
  ];
  if (options.handle) nodes.push(stepHandle(f, x(options.handle.step), options.handle));
  return { viewBox: `0 0 ${f.width} ${f.height}`, nodes };
}

/** The cursor at `step`: a vertical line, a dot on each run that has a value there, and the values in words. */
function cursorNodes(
  spec: ChartSpec,
  f: ChartFrame,
  x: (s: number) => number,
  y: (v: number) => number,
  step: number,
  run: RunCurves | null,
  compare: RunCurves | null,
  small: boolean,
): SvgNode[] {
  const cx = x(step);
  const nodes: SvgNode[] = [{ tag: 'line', attrs: { x1: cx.toFixed(1), x2: cx.toFixed(1), y1: f.top, y2: f.bottom, class: 'grpo-trainer-cursor-line' } }];
  const liveValue = valueAt(run, spec.key, step);
  const compareValue = valueAt(compare, spec.key, step);
  if (compareValue !== undefined) nodes.push({ tag: 'circle', attrs: { cx: cx.toFixed(1), cy: y(compareValue).toFixed(1), r: 3.5, class: 'grpo-trainer-cursor-compare' } });
  if (liveValue !== undefined) nodes.push({ tag: 'circle', attrs: { cx: cx.toFixed(1), cy: y(liveValue).toFixed(1), r: 4, class: 'grpo-trainer-cursor-dot' } });
  const parts = small
    ? [shortValue(spec, liveValue ?? compareValue)]
    : [`step ${step}`, ...(liveValue !== undefined ? [shortValue(spec, liveValue)] : []), ...(compareValue !== undefined ? [`dashed ${shortValue(spec, compareValue)}`] : [])];
  // The label sits on the side of the line with more room.
  const leftHalf = cx < (f.left + f.right) / 2;
  nodes.push({
    tag: 'text',
    attrs: { x: (leftHalf ? cx + 5 : cx - 5).toFixed(1), y: f.top + (small ? 9 : 12), 'text-anchor': leftHalf ? 'start' : 'end', class: 'grpo-trainer-cursor-label' },
    text: parts.join(' · '),
  });
  return nodes;
}

/** The focusable, draggable step handle on the large chart: a knob on the step axis and a tall hit area. */
function stepHandle(f: ChartFrame, hx: number, handle: { step: number; max: number; valueText: string }): SvgNode {
  return {
    tag: 'g',
    attrs: {
      class: 'chart-handle',
      tabindex: 0,
      role: 'slider',
      'data-handle': 'step',
      'aria-label': 'Step to inspect',
      'aria-valuemin': 0,
      'aria-valuemax': handle.max,
      'aria-valuenow': handle.step,
      'aria-valuetext': handle.valueText,
    },
    children: [
      { tag: 'rect', attrs: { class: 'chart-handle-hit', x: (hx - 12).toFixed(1), y: f.top, width: 24, height: f.bottom - f.top, fill: 'transparent' } },
      { tag: 'rect', attrs: { class: 'chart-handle-knob', x: (hx - 7).toFixed(1), y: f.bottom - 7, width: 14, height: 14, rx: 3 } },
    ],
  };
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

/**
 * What the step handle says to a screen reader: the step and every chart's value there, this run's and
 * the dashed run's.
 */
export function cursorText(step: number, run: RunCurves | null, compare: RunCurves | null): string {
  const at = (r: RunCurves | null, name: string): string | null => {
    if (!r || valueAt(r, 'accuracy', step) === undefined) return null;
    const values = CHARTS.map((spec) => `${spec.title.toLowerCase()} ${shortValue(spec, valueAt(r, spec.key, step))}`);
    return `${name}: ${values.join(', ')}`;
  };
  const parts = [at(run, 'this run'), at(compare, 'dashed run')].filter((p): p is string => p !== null);
  return `Step ${step}. ${parts.length ? parts.join('; ') : 'No run has reached it yet'}.`;
}

export interface Cards {
  step: string;
  accuracy: string;
  meanReward: string;
  validShare: string;
  meanLength: string;
  kl: string;
  heldOut: string;
  /** When held-out accuracy was last measured ('' before the first measurement). */
  heldOutStep: string;
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
    heldOut: heldOut ? percent(heldOut[1]) : '–',
    heldOutStep: heldOut ? `step ${heldOut[0]}` : '',
  };
}

const signed = (x: number): string => (x > 0 ? `+${x.toFixed(2)}` : x < 0 ? `−${(-x).toFixed(2)}` : '0.00');

/** The text the scorer read for one answer, as the group panel and table show it. */
function answerText(answer: string | null): string {
  return answer === null ? '(tag never closed)' : answer === '' ? '(empty)' : answer;
}

/** The table of one step's sampled group: tokens, the answer text the scorer read, reward, advantage. */
export function sampleTable(step: number, sample: SampleGroup | null, algorithm: string): TableView {
  const columns = [{ text: '#' }, { text: 'Tokens' }, { text: 'Answer' }, { text: 'Reward' }, { text: algorithm === 'ppo' ? 'Advantage (mean over tokens)' : 'Advantage' }];
  if (!sample) return { caption: 'No step yet: press Train.', columns, rows: [] };
  return {
    caption: `Step ${step}: all ${sample.answers.length} answers of the group`,
    columns,
    rows: sample.answers.map((a, i) => ({
      header: String(i + 1),
      cells: [a.tokens.join(' '), answerText(a.answer), String(a.reward), signed(a.advantage)],
      current: a.verdict === 'correct',
    })),
  };
}

/** One reward level of a group: how many answers got it, their advantage, and which answers they were. */
export interface GroupRow {
  kind: 'correct' | 'format' | 'none';
  count: number;
  /**
   * As shown: "reward 1", "3 answers", "advantage +1.73" (a range "−0.12 to +0.40" where the answers'
   * advantages differ, as PPO's per-token ones do), and the distinct answers, most frequent first,
   * e.g. "(3 + 5) * 2 ×3, 3 * 5 + 2".
   */
  cells: [reward: string, count: string, advantage: string, answers: string];
}

export interface GroupSummary {
  heading: string;
  rows: GroupRow[];
}

const REWARD_LEVELS: { kind: GroupRow['kind']; reward: string; has: (r: number) => boolean }[] = [
  { kind: 'correct', reward: '1', has: (r) => r >= 1 },
  { kind: 'format', reward: '0.1', has: (r) => r > 0 && r < 1 },
  { kind: 'none', reward: '0', has: (r) => r <= 0 },
];

/**
 * The compact group panel: one row per reward level (always all three, so the panel keeps its height
 * while training). In GRPO every answer of one reward gets the same advantage; that is the point shown.
 */
export function groupSummary(step: number, sample: SampleGroup | null): GroupSummary {
  const row = (kind: GroupRow['kind'], reward: string, count: number, advantage: string, answers: string): GroupRow => ({
    kind,
    count,
    cells: [`reward ${reward}`, `${count} answer${count === 1 ? '' : 's'}`, `advantage ${advantage}`, answers],
  });
  if (!sample) {
    return {
      heading: step > 0 ? `Step ${step}: this run has not got there yet.` : 'No step yet: press Train.',
      rows: REWARD_LEVELS.map(({ kind, reward }) => row(kind, reward, 0, '–', '')),
    };
  }
  const correct = sample.answers.filter((a) => a.verdict === 'correct').length;
  return {
    heading: `Step ${step}, one group: ${sample.numbers.join(', ')} → ${sample.target}. ${correct} of ${sample.answers.length} correct.`,
    rows: REWARD_LEVELS.map(({ kind, reward, has }) => {
      const answers = sample.answers.filter((a) => has(a.reward));
      const advantages = answers.map((a) => a.advantage);
      const lo = Math.min(...advantages);
      const hi = Math.max(...advantages);
      const counts = new Map<string, number>();
      for (const a of answers) counts.set(answerText(a.answer), (counts.get(answerText(a.answer)) ?? 0) + 1);
      const distinct = [...counts].sort((a, b) => b[1] - a[1]).map(([text, n]) => (n > 1 ? `${text} ×${n}` : text));
      const advantage = answers.length === 0 ? '–' : signed(lo) === signed(hi) ? signed(lo) : `${signed(lo)} to ${signed(hi)}`;
      return row(kind, reward, answers.length, advantage, distinct.join(', '));
    }),
  };
}

/** A label for a run: the algorithm and whatever differs from the default settings, e.g. "GRPO, β = 0". */
export function runLabel(s: GrpoTrainerState): string {
  const defaults = defaultState(grpoTrainer);
  const name = { grpo: 'GRPO', reinforce: 'REINFORCE', ppo: 'PPO' }[s.algorithm] ?? s.algorithm;
  const parts: string[] = [];
  if (s.g !== defaults.g) parts.push(`G = ${s.g}`);
  // REINFORCE has neither a KL term nor a clip; only GRPO divides by a standard deviation.
  if (s.algorithm !== 'reinforce' && s.beta !== defaults.beta) parts.push(`β = ${s.beta}`);
  if (s.algorithm !== 'reinforce' && s.eps !== defaults.eps) parts.push(`ε = ${s.eps}`);
  if (s.lr !== defaults.lr) parts.push(`lr = ${s.lr}`);
  if (s.algorithm === 'grpo' && s.std !== defaults.std) parts.push(s.std === 'none' ? 'no std normalization' : `${s.std} std`);
  if (s.seed !== defaults.seed) parts.push(`seed ${s.seed}`);
  if (s.base !== defaults.base) parts.push('random start');
  return [name, ...(parts.length ? parts : ['default settings'])].join(', ');
}
