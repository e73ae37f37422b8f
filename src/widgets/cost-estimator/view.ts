/**
 * Everything the cost estimator shows, computed from its state: the result cards and rows (tokens, cost,
 * ratio, bar length, formula), the chart of cost against thinking tokens with its drag handle, the
 * summary sentence, and the words of its hints and messages. Used by CostEstimator.astro at build time
 * and by element.ts in the browser.
 */
import { estimateCosts, formatMoney, formatNumber, formatRatio, summarize, type Scenario } from '~/lib/cost';
import { chartViewBox, niceTicks } from '../kit/chart';
import type { ValueRange } from '../kit/drag';
import type { LogChartFrame } from '../kit/log-chart';
import { MAX_NUMBER_CHARS, parseField } from '../kit/schema';
import type { SvgNode } from '../kit/svg';
import { costEstimator, type CostEstimatorState, type CostField } from './schema';

export interface CostRowView {
  key: Scenario['key'];
  label: string;
  /** Output tokens per question, formatted. */
  tokens: string;
  cost: string;
  /** Cost relative to the plain model ("7.67×", or "—" when the plain model is free). */
  ratio: string;
  /** Bar length as a CSS width: this cost as a share of the largest. */
  barWidth: string;
  /** The formula with the reader's numbers plugged in. */
  formula: string;
}

export interface CostEstimatorView {
  rows: CostRowView[];
  /** The result cards: a short name, the cost and the ratio line under it. */
  cards: { key: Scenario['key']; name: string; cost: number; text: string; ratio: string }[];
  chart: { viewBox: string; nodes: SvgNode[] };
  chartDesc: string;
  summary: string;
}

export function costEstimatorView(state: CostEstimatorState, chartWidth = 560): CostEstimatorView {
  const scenarios = estimateCosts(state);
  const max = Math.max(...scenarios.map((s) => s.cost));
  return {
    rows: scenarios.map((s) => ({
      key: s.key,
      label: s.label,
      tokens: formatNumber(s.outputTokens),
      cost: formatMoney(s.cost),
      ratio: formatRatio(s.ratio),
      barWidth: `${max > 0 ? (100 * s.cost) / max : 0}%`,
      formula: s.formula,
    })),
    cards: scenarios.map((s) => ({
      key: s.key,
      name: cardName(s),
      cost: s.cost,
      text: formatMoney(s.cost),
      ratio: s.key === 'plain' ? 'the baseline' : s.ratio === null ? '' : `${formatRatio(s.ratio)} plain`,
    })),
    chart: costChart(state, chartWidth),
    chartDesc: chartDescription(state),
    summary: summarize(scenarios),
  };
}

/** A card's short name: "Plain", "Reasoning", "Vote of 5". */
function cardName(s: Scenario): string {
  if (s.key === 'plain') return 'Plain';
  if (s.key === 'reasoning') return 'Reasoning';
  return `Vote of ${formatNumber(s.samples)}`;
}

/*
 * The chart: cost per 1,000 questions (y) against thinking tokens per answer (x). Cost is linear in the
 * thinking tokens, so each setup is a straight line: flat for the plain model, rising for the reasoning
 * model, rising `samples` times as steeply with the vote. The marker at the reader's thinking tokens is a
 * handle to drag (or a slider for the keyboard).
 */

/** Thinking tokens move in steps of this many on the chart (the text box takes any number). */
export const TOKEN_STEP = 100;
/** DeepSeek's evaluations let R1 generate up to this many tokens (deepseek-r1, §3); the x axis reaches past it. */
export const R1_EVAL_MAX_TOKENS = 32_768;

/** The plot's box and scales, as for the kit's log charts (x: thinking tokens, y: dollars), and its axes. */
export interface CostChartFrame extends LogChartFrame {
  /** Largest thinking-token count on the x axis, and its ticks. */
  xMax: number;
  xTicks: number[];
  yMax: number;
  yTicks: number[];
}

/** "$25", "$2.5", "$1,000": an axis label. */
function moneyTick(v: number): string {
  return `$${v.toLocaleString('en-US', { maximumFractionDigits: 2 })}`;
}

/** "10k", "500": an axis label for tokens. */
function tokenTick(v: number): string {
  return v >= 1000 ? `${v / 1000}k` : String(v);
}

/** Costs of the three setups at `reasoning` thinking tokens, other inputs as in `state`. */
function costsAt(state: CostEstimatorState, reasoning: number): number[] {
  return estimateCosts({ ...state, reasoning }).map((s) => s.cost);
}

/**
 * Where the plot sits in a viewBox `width` wide (the drawn width, 560 at build time), and its scales. The
 * x axis always reaches past R1's 32,768-token limit (further when the reader asks for more), so dragging
 * never rescales it; the y axis fits the vote's cost at the right edge.
 */
export function costChartFrame(state: CostEstimatorState, width: number): CostChartFrame {
  const { width: W, height: H } = chartViewBox(width, 200, 0.36);
  const xTicks = niceTicks(Math.max(R1_EVAL_MAX_TOKENS, state.reasoning), W < 440 ? 3 : 5);
  const xMax = xTicks[xTicks.length - 1]!;
  const yTicks = niceTicks(Math.max(...costsAt(state, xMax)), 4);
  const yMax = yTicks[yTicks.length - 1]!;
  const longest = Math.max(...yTicks.map((t) => moneyTick(t).length));
  const left = 14 + 8 * longest;
  const right = W - 18;
  const top = 26;
  const bottom = H - 40;
  return {
    width: W,
    height: H,
    left,
    right,
    top,
    bottom,
    xMax,
    xTicks,
    yMax,
    yTicks,
    x: (t) => left + (Math.min(Math.max(t, 0), xMax) / xMax) * (right - left),
    y: (c) => bottom - (yMax > 0 ? Math.min(Math.max(c, 0), yMax) / yMax : 0) * (bottom - top),
  };
}

/** The thinking tokens the chart's handle can set: 0 to the axis end, in steps of TOKEN_STEP. */
export function reasoningRange(state: CostEstimatorState, width: number): ValueRange {
  return { min: 0, max: costChartFrame(state, width).xMax, step: TOKEN_STEP };
}

const SERIES = ['plain', 'reasoning', 'voting'] as const;
const r1 = (v: number) => Math.round(v * 10) / 10;

export function costChart(state: CostEstimatorState, width: number): { viewBox: string; nodes: SvgNode[] } {
  const f = costChartFrame(state, width);
  const axes: SvgNode[] = [];
  for (const t of f.yTicks) {
    axes.push({ tag: 'line', attrs: { class: 'chart-grid', x1: f.left, x2: f.right, y1: r1(f.y(t)), y2: r1(f.y(t)) } });
    axes.push({ tag: 'text', attrs: { x: f.left - 6, y: r1(f.y(t) + 5), 'text-anchor': 'end' }, text: moneyTick(t) });
  }
  for (const t of f.xTicks) {
    axes.push({ tag: 'line', attrs: { class: 'chart-tick', x1: r1(f.x(t)), x2: r1(f.x(t)), y1: f.bottom, y2: f.bottom + 5 } });
    axes.push({ tag: 'text', attrs: { x: r1(f.x(t)), y: f.bottom + 19, 'text-anchor': 'middle' }, text: tokenTick(t) });
  }
  axes.push({
    tag: 'text',
    attrs: { x: r1((f.left + f.right) / 2), y: f.height - 4, 'text-anchor': 'middle' },
    text: 'Thinking tokens per answer',
  });
  axes.push({ tag: 'text', attrs: { x: 4, y: 12 }, text: 'Cost per 1,000 questions' });
  const limitX = r1(f.x(R1_EVAL_MAX_TOKENS));
  const limit: SvgNode[] = [
    { tag: 'line', attrs: { class: 'cost-estimator-limit', x1: limitX, x2: limitX, y1: f.top, y2: f.bottom } },
    { tag: 'text', attrs: { class: 'cost-estimator-limit-label', x: limitX - 5, y: f.top + 12, 'text-anchor': 'end' }, text: 'R1’s limit' },
  ];
  const start = costsAt(state, 0);
  const end = costsAt(state, f.xMax);
  const now = costsAt(state, state.reasoning);
  const lines = SERIES.map(
    (key, i): SvgNode => ({
      tag: 'path',
      attrs: {
        class: `cost-estimator-s-${key}`,
        d: `M${r1(f.x(0))} ${r1(f.y(start[i]!))}L${r1(f.x(f.xMax))} ${r1(f.y(end[i]!))}`,
        fill: 'none',
      },
    }),
  );
  const mx = r1(f.x(state.reasoning));
  const dots = SERIES.map(
    (key, i): SvgNode => ({ tag: 'circle', attrs: { class: `cost-estimator-s-${key}`, cx: mx, cy: r1(f.y(now[i]!)), r: 4.5 } }),
  );
  const handle: SvgNode = {
    tag: 'g',
    attrs: {
      class: 'chart-handle',
      tabindex: 0,
      role: 'slider',
      'data-handle': 'reasoning',
      'aria-label': 'Thinking tokens per answer',
      'aria-valuemin': 0,
      'aria-valuemax': f.xMax,
      'aria-valuenow': state.reasoning,
      'aria-valuetext': `${formatNumber(state.reasoning)} thinking tokens`,
    },
    children: [
      { tag: 'rect', attrs: { class: 'chart-handle-hit', x: mx - 12, y: f.top, width: 24, height: f.bottom - f.top, fill: 'transparent' } },
      { tag: 'rect', attrs: { class: 'chart-handle-knob', x: mx - 7, y: f.bottom - 7, width: 14, height: 14, rx: 3 } },
    ],
  };
  return {
    viewBox: `0 0 ${f.width} ${f.height}`,
    nodes: [
      { tag: 'g', attrs: {}, children: axes },
      ...(R1_EVAL_MAX_TOKENS <= f.xMax ? limit : []),
      { tag: 'line', attrs: { class: 'chart-marker', x1: mx, x2: mx, y1: f.top, y2: f.bottom } },
      ...lines,
      ...dots,
      handle,
    ],
  };
}

/** The chart's text alternative: the three lines from end to end, and where the reader's value sits. */
export function chartDescription(state: CostEstimatorState): string {
  const f = costChartFrame(state, 560);
  const [p0, r0, v0] = costsAt(state, 0).map(formatMoney);
  const [, rEnd, vEnd] = costsAt(state, f.xMax).map(formatMoney);
  const [, rNow, vNow] = costsAt(state, state.reasoning).map(formatMoney);
  return (
    `Cost per 1,000 questions against thinking tokens per answer, 0 to ${formatNumber(f.xMax)}. ` +
    `The plain model stays at ${p0}; the reasoning model rises from ${r0} to ${rEnd}; ` +
    `with a vote over ${formatNumber(state.samples)} samples, from ${v0} to ${vEnd}. ` +
    `At ${formatNumber(state.reasoning)} thinking tokens: reasoning ${rNow}, vote ${vNow}.`
  );
}

/** What a field accepts: "number from 0 to 1,000,000", "whole number from 1 to 1,000". */
export function rangeText(field: CostField): string {
  const spec = costEstimator.fields[field];
  const integer = 'integer' in spec && spec.integer;
  return `${integer ? 'whole number' : 'number'} from ${formatNumber(spec.min)} to ${formatNumber(spec.max)}`;
}

/**
 * The message under a box for the text in it, '' when the text is valid. Valid exactly when the kit's
 * parseField accepts it (so the message and the kit's aria-invalid always agree); the words are this
 * widget's own: what is wrong, then what to enter.
 */
export function fieldMessage(field: CostField, raw: string): string {
  const enter = `Enter a ${rangeText(field)}.`;
  if (raw.length > MAX_NUMBER_CHARS) return `Too long: at most ${MAX_NUMBER_CHARS} characters. ${enter}`;
  if (raw.trim() === '') return `Empty. ${enter}`;
  const parsed = parseField(costEstimator.fields[field], raw);
  if (parsed.ok) return '';
  return `${parsed.error.charAt(0).toUpperCase()}${parsed.error.slice(1)}. ${enter}`;
}

/** The note shown when a shared link held values the widget ignored (`problems` as the kit words them). */
export function linkNote(problems: readonly string[]): string {
  return `Some values in the link were ignored and replaced by defaults: ${problems.join('; ')}.`;
}
