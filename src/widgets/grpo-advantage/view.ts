/**
 * Everything the GRPO group explorer shows, computed from its state: the group statistics, the bar
 * chart, the table of advantages under both std conventions, and the clipped term of one sample.
 * Used by GrpoAdvantage.astro at build time and by element.ts in the browser.
 */
import { clippedTerm, fmt, formatClippedTerm, type ClippedTerm, type StdConvention } from '~/lib/grpo';
import type { StateOf } from '../kit/schema';
import type { SvgNode } from '../kit/svg';
import { advantageChart, rewardAxisOf, rewardChart, type RewardAxis } from './chart';
import { NEGLIGIBLE_SPREAD, safeGroupAdvantages } from './group-stats';
import { grpoAdvantage, parseRewardList, REWARD_FIELD } from './schema';

export type GrpoAdvantageState = StateOf<typeof grpoAdvantage.fields>;

export interface GrpoCell {
  text: string;
  /** CSS classes of the cell (numbers, the chosen convention's column, the direction's colour). */
  cls: string;
}

export interface GrpoAdvantageView {
  /** The rewards of the group (G of them). */
  group: number[];
  stats: string;
  /** Why every advantage is 0, or '' when the rewards differ. */
  degenerate: string;
  chart: { viewBox: string; nodes: SvgNode[] };
  chartDesc: string;
  /** The reward bars the reader drags (each a role="slider"), on `rewardAxis`. */
  rewardChart: { viewBox: string; nodes: SvgNode[] };
  rewardAxis: RewardAxis;
  /** The convention drawn in the chart and highlighted in the table. */
  chosen: StdConvention;
  rows: { header: string; cells: GrpoCell[] }[];
  formula: string;
  clipWhy: string;
  sentence: string;
}

/** fmt(), for a difference that may overflow with rewards near the largest double (±1.8e308). */
const finite = (x: number) => (Number.isFinite(x) ? fmt(x) : x > 0 ? '> 1.8e308' : '< −1.8e308');

const direction = (a: number) => (a > 0 ? 'up' : a < 0 ? 'down' : 'neither');

/** The G rewards in use: the list in `r`, padded with 0 where it is shorter than G. */
export function groupOf(state: GrpoAdvantageState): number[] {
  const list = parseRewardList(state.r);
  if (!list.ok) throw new Error(list.error);
  return Array.from({ length: state.g }, (_, k) => list.rewards[k] ?? 0);
}

/**
 * `axis` holds the reward axis still while a bar is dragged (so the bar under the pointer does not rescale);
 * otherwise it follows the rewards.
 */
export function grpoAdvantageView(state: GrpoAdvantageState, axis?: RewardAxis): GrpoAdvantageView {
  const group = groupOf(state);
  const rewardAxis = axis ?? rewardAxisOf(group);
  const chosen: StdConvention = state.std === 'sample' ? 'sample' : 'population';
  const pop = safeGroupAdvantages(group, 'population');
  const sample = safeGroupAdvantages(group, 'sample');
  const stats = chosen === 'population' ? pop : sample;
  const i = state.i <= state.g ? state.i : 1;
  const term = clippedTerm(state.rho, stats.advantages[i - 1]!, state.eps);
  const advantages = stats.advantages.map((a) => fmt(a)).join(', ');
  const denominator = `${fmt(stats.denominator, 6)} (${chosen === 'population' ? 'population std' : 'sample std + 1e-6'})`;
  return {
    group,
    stats: `mean = ${fmt(stats.mean)}; population std = ${fmt(pop.std)}; sample std = ${fmt(sample.std)}. Denominator used: ${denominator}.`,
    degenerate: degenerateText(stats.degenerateKind, state.g, stats.std),
    chart: chartNodes(stats.advantages),
    rewardChart: rewardChartNodes(group, rewardAxis, stats.mean),
    rewardAxis,
    chartDesc:
      `Advantages ${advantages} for samples 1 to ${state.g} (${chosen} std). ` +
      'Bars above the line are pushed up, below it pushed down.',
    chosen,
    rows: group.map((r, k) => {
      const a = stats.advantages[k]!;
      return {
        header: String(k + 1),
        cells: [
          { text: fmt(r), cls: 'num' },
          { text: finite(r - pop.mean), cls: 'num grpo-advantage-dev' },
          { text: fmt(pop.advantages[k]!), cls: chosen === 'population' ? 'num grpo-advantage-chosen' : 'num' },
          { text: fmt(sample.advantages[k]!), cls: chosen === 'sample' ? 'num grpo-advantage-chosen' : 'num' },
          { text: direction(a), cls: a > 0 ? 'grpo-advantage-up-text' : a < 0 ? 'grpo-advantage-down-text' : '' },
        ],
      };
    }),
    formula: formatClippedTerm(term),
    clipWhy: clipWhy(term, i),
    sentence:
      `Mean ${fmt(stats.mean)}, std ${fmt(stats.std)}; advantages ${advantages}. ` +
      `Clipped term for sample ${i}: ${fmt(term.value)}${term.clipActive ? ', clipping active' : ''}.`,
  };
}

const NO_SIGNAL = 'This question carries no learning signal in this step: the policy-gradient term vanishes and only the KL term acts.';

/** Why every advantage is 0 ('' when the group is not degenerate). */
export function degenerateText(kind: 'equal' | 'negligible' | null, g: number, std: number): string {
  if (kind === 'equal') {
    return (
      `All ${g} rewards are equal, so std = 0 and every advantage is 0: each numerator r_i − mean is exactly 0 ` +
      '(with veRL’s epsilon it is 0 / 1e-6 = 0; the paper’s formula would read 0 / 0, taken as 0). ' + NO_SIGNAL
    );
  }
  if (kind === 'negligible') {
    return (
      `The rewards differ by less than ${NEGLIGIBLE_SPREAD} of their size (std = ${std.toPrecision(3)}), below what ` +
      'double-precision arithmetic resolves: r_i − mean would be rounding noise, and dividing it by a std just as ' +
      'small would turn that noise into large advantages. The group is treated as if every reward were equal, so every advantage is 0. ' +
      NO_SIGNAL
    );
  }
  return '';
}

/** Why the clipped term has the value it has, in one or two sentences. */
export function clipWhy(t: ClippedTerm, sample: number): string {
  const lo = fmt(1 - t.epsilon);
  const hi = fmt(1 + t.epsilon);
  const rho = fmt(t.rho);
  if (t.advantage === 0) return `A = 0 for sample ${sample}, so the term is 0 whatever ρ is.`;
  if (t.clipActive && t.advantage > 0) {
    return (
      `Clipping is active: A > 0 and ρ = ${rho} is above 1 + ε = ${hi}, so the term is capped at ${fmt(t.value)}; ` +
      'raising this sample’s probability further earns nothing more in this update (no gradient through ρ).'
    );
  }
  if (t.clipActive) {
    return (
      `Clipping is active: A < 0 and ρ = ${rho} is below 1 − ε = ${lo}, so the term is held at ${fmt(t.value)}; ` +
      'lowering this sample’s probability further earns nothing more in this update (no gradient through ρ).'
    );
  }
  const outside = t.rho < 1 - t.epsilon || t.rho > 1 + t.epsilon;
  return (
    `Clipping is not active: the minimum is the unclipped ρ × A = ${fmt(t.unclipped)}, so the gradient flows through ρ` +
    (outside ? ' (ρ is outside the range, but on the side where min keeps the smaller, unclipped value).' : '.')
  );
}

/** The bar chart as SVG nodes: zero line and scale, the two direction labels, one bar per sample. */
export function chartNodes(advantages: readonly number[]): { viewBox: string; nodes: SvgNode[] } {
  const chart = advantageChart(advantages);
  const count = advantages.length;
  // Values above the bars while they fit; sample numbers under every bar up to 10, then every other one.
  const showValues = count <= 8;
  const showIndex = (k: number) => count <= 10 || k % 2 === 0;
  const text = (cls: string, x: number, y: number, content: string, anchor?: string): SvgNode => ({
    tag: 'text',
    attrs: anchor ? { class: cls, x, y, 'text-anchor': anchor } : { class: cls, x, y },
    text: content,
  });
  const axis: SvgNode = {
    tag: 'g',
    attrs: {},
    children: [
      { tag: 'line', attrs: { class: 'grpo-advantage-zero', x1: chart.plotX0, x2: chart.plotX1, y1: chart.zeroY, y2: chart.zeroY } },
      ...[1, 0, -1].map((t) => text('grpo-advantage-axis', chart.plotX0 - 6, chart.zeroY - t * chart.reach + 5, fmt(t * chart.scale, 2), 'end')),
    ],
  };
  const bars: SvgNode = {
    tag: 'g',
    attrs: {},
    children: chart.bars.map((b, k) => {
      const cls = b.sign > 0 ? 'grpo-advantage-up' : b.sign < 0 ? 'grpo-advantage-down' : 'grpo-advantage-flat';
      const children: SvgNode[] = [{ tag: 'rect', attrs: { class: cls, x: b.x, y: b.y, width: b.width, height: Math.max(b.height, 1) } }];
      if (showValues) children.push(text('grpo-advantage-value', b.centerX, b.valueY, fmt(advantages[k]!, 2), 'middle'));
      if (showIndex(k)) children.push(text('grpo-advantage-index', b.centerX, chart.height - 22, String(k + 1), 'middle'));
      return { tag: 'g', attrs: {}, children };
    }),
  };
  return {
    viewBox: `0 0 ${chart.width} ${chart.height}`,
    nodes: [
      axis,
      text('grpo-advantage-axis', 4, 16, 'A > 0: pushed up'),
      text('grpo-advantage-axis', 4, chart.height - 4, 'A < 0: pushed down · sample numbers under the bars'),
      bars,
    ],
  };
}

/**
 * The reward bars as SVG nodes: an axis from lo to hi, the group mean as a dashed line (the advantages
 * measure each reward's distance from it), and per sample a focusable slider group holding its bar, a
 * knob at the bar's end and a transparent hit area covering the whole column.
 */
export function rewardChartNodes(group: readonly number[], axis: RewardAxis, groupMean: number): { viewBox: string; nodes: SvgNode[] } {
  const chart = rewardChart(group, axis);
  const count = group.length;
  const showValues = count <= 8;
  const text = (cls: string, x: number, y: number, content: string, anchor?: string): SvgNode => ({
    tag: 'text',
    attrs: anchor ? { class: cls, x, y, 'text-anchor': anchor } : { class: cls, x, y },
    text: content,
  });
  const ticks = [...new Set([axis.lo, 0, axis.hi])];
  const meanY = chart.y(groupMean);
  const slot = (chart.plotX1 - chart.plotX0) / Math.max(1, count);
  return {
    viewBox: `0 0 ${chart.width} ${chart.height}`,
    nodes: [
      {
        tag: 'g',
        attrs: {},
        children: ticks.flatMap((t): SvgNode[] => [
          { tag: 'line', attrs: { class: 'chart-grid', x1: chart.plotX0, x2: chart.plotX1, y1: chart.y(t), y2: chart.y(t) } },
          text('grpo-advantage-axis', chart.plotX0 - 6, chart.y(t) + 5, fmt(t, 2), 'end'),
        ]),
      },
      text('grpo-advantage-axis', 4, 16, 'Rewards (drag a bar up or down)'),
      {
        tag: 'g',
        attrs: {},
        children: chart.bars.map((b, k): SvgNode => {
          const children: SvgNode[] = [
            { tag: 'rect', attrs: { class: 'chart-handle-hit', x: chart.plotX0 + k * slot, y: chart.yHi - 10, width: slot, height: chart.yLo - chart.yHi + 20, fill: 'transparent' } },
            { tag: 'rect', attrs: { class: 'grpo-advantage-reward-bar', x: b.x, y: b.top, width: b.width, height: Math.max(b.bottom - b.top, 1) } },
            { tag: 'rect', attrs: { class: 'chart-handle-knob', x: b.x - 2, y: chart.y(group[k]!) - 4, width: b.width + 4, height: 8, rx: 3 } },
          ];
          if (showValues) children.push(text('grpo-advantage-value', b.centerX, b.top - 9, fmt(group[k]!, 2), 'middle'));
          if (count <= 10 || k % 2 === 0) children.push(text('grpo-advantage-index', b.centerX, chart.height - 22, String(k + 1), 'middle'));
          return {
            tag: 'g',
            attrs: {
              class: 'chart-handle', tabindex: 0, role: 'slider', 'data-sample': k + 1, 'aria-label': `Reward bar of sample ${k + 1}`,
              'aria-valuemin': REWARD_FIELD.min, 'aria-valuemax': REWARD_FIELD.max, 'aria-valuenow': group[k]!,
            },
            children,
          };
        }),
      },
      { tag: 'line', attrs: { class: 'grpo-advantage-mean', x1: chart.plotX0, x2: chart.plotX1, y1: meanY, y2: meanY } },
      text('grpo-advantage-axis', chart.plotX1, chart.height - 4, `mean ${fmt(groupMean, 3)} (dashed)`, 'end'),
    ],
  };
}
