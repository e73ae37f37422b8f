/**
 * Everything the best-of-N widget shows, computed from its state: the score gap, card values, the results
 * table, the chart and the sentences. Used by BestOfN.astro at build time and by element.ts in the browser.
 */
import { bestOfNCurve, scoreGap } from '~/lib/best-of-n';
import { majorityVoteCurve, MAX_SAMPLES, passAtN } from '~/lib/majority-vote';
import type { StateOf } from '../kit/schema';
import { percent } from '../kit/format';
import { logChartNodes } from '../kit/log-chart';
import type { ChartView } from '../kit/chart-view';
import { bestOfN, TABLE_N } from './schema';

export type BestOfNState = StateOf<typeof bestOfN.fields>;

export interface BestOfNView extends ChartView {
  /** The score gap μ for the chosen q, as shown under the q field. */
  mu: string;
  /** Card values by their data-out name. */
  cards: { single: number; bon: number; vote: number; pass: number };
}

export function bestOfNView(state: BestOfNState, chartWidth = 560): BestOfNView {
  const { p, q, n, k } = state;
  const bon = bestOfNCurve(p, MAX_SAMPLES, q);
  const vote = majorityVoteCurve(p, MAX_SAMPLES, k);
  const pass = bon.map((_, i) => passAtN(p, i + 1));
  const mu = scoreGap(q);
  /** A curve's value at N = m (curves start at N = 1). */
  const at = (curve: readonly number[], m: number) => curve[m - 1]!;
  const rowsN = [...new Set<number>([...TABLE_N, n])].sort((a, b) => a - b);
  return {
    mu: Number.isFinite(mu) ? mu.toFixed(3) : '∞ (perfect verifier)',
    cards: { single: p, bon: at(bon, n), vote: at(vote, n), pass: at(pass, n) },
    table: {
      caption: `Chance that best-of-N and the majority vote are right, and pass@N, for p = ${p}, q = ${q}, k = ${k}`,
      columns: [
        { text: 'N', html: '<i>N</i>' },
        { text: 'Best-of-N', html: 'Best-of-<i>N</i>' },
        { text: 'Vote' },
        { text: 'pass@N', html: 'pass@<i>N</i>' },
      ],
      rows: rowsN.map((m) => ({ header: String(m), cells: [bon, vote, pass].map((curve) => percent(at(curve, m))), current: m === n })),
    },
    chart: logChartNodes(
      chartWidth,
      [
        { values: bon.map(() => p), cls: 'best-of-n-s-one' },
        { values: pass, cls: 'best-of-n-s-pass' },
        { values: vote, cls: 'best-of-n-s-vote' },
        { values: bon, cls: 'best-of-n-s-bon' },
      ],
      n,
      MAX_SAMPLES,
      { marker: { label: 'Number of samples N' }, level: { label: 'Chance one sample is right, p', value: p } },
    ),
    chartDesc:
      `At N = ${MAX_SAMPLES}: best-of-N ${percent(at(bon, MAX_SAMPLES))}, majority vote ${percent(at(vote, MAX_SAMPLES))}, ` +
      `pass@N ${percent(at(pass, MAX_SAMPLES))}. At the chosen N = ${n}: best-of-N ${percent(at(bon, n))}, majority vote ${percent(at(vote, n))}.`,
    sentence:
      `With p = ${p}, q = ${q} and N = ${n}: best-of-N is right ${percent(at(bon, n))} of the time and ` +
      `majority voting (k = ${k}) ${percent(at(vote, n))}, versus ${percent(p)} for one sample and ${percent(at(pass, n))} for pass@N.`,
  };
}
