/**
 * Everything the majority-vote explorer shows, computed from its state: card values, the results table,
 * the chart and the sentences. Used by MajorityVote.astro at build time and by element.ts in the browser.
 */
import { majorityVoteCurve, MAX_SAMPLES, passAtN, tokenCostMultiple } from '~/lib/majority-vote';
import type { StateOf } from '../kit/schema';
import { percent } from '../kit/format';
import { logChartNodes, type LogChart } from '../kit/log-chart';
import type { TableView } from '../kit/table';
import { majorityVote, TABLE_N } from './schema';

export type MajorityVoteState = StateOf<typeof majorityVote.fields>;

export interface MajorityVoteView {
  cards: { single: number; vote: number; pass: number; cost: number };
  table: TableView;
  chart: LogChart;
  chartDesc: string;
  sentence: string;
}

export function majorityVoteView(state: MajorityVoteState, chartWidth = 560): MajorityVoteView {
  const { p, n } = state;
  const spread = state.w === 'spread';
  const k = spread ? state.k : 1;
  const curve = majorityVoteCurve(p, MAX_SAMPLES, k);
  const pass = (m: number) => passAtN(p, m);
  const vote = curve[n - 1]!;
  const cost = tokenCostMultiple(n);
  const wrongText = spread
    ? `wrong samples spread evenly over ${k} wrong answer${k === 1 ? '' : 's'}`
    : 'all wrong samples giving the same wrong answer';
  const rowsN = [...new Set<number>([...TABLE_N, n])].sort((a, b) => a - b);
  return {
    cards: { single: p, vote, pass: pass(n), cost },
    table: {
      caption: `Chance that the vote is right, and pass@N, for p = ${p}, ${wrongText}; tokens as a multiple of one sample`,
      columns: [{ text: 'N', html: '<i>N</i>' }, { text: 'Vote right' }, { text: 'pass@N', html: 'pass@<i>N</i>' }, { text: 'Tokens' }],
      rows: rowsN.map((m) => ({ header: String(m), cells: [percent(curve[m - 1]!), percent(pass(m)), `${m}×`], current: m === n })),
    },
    chart: logChartNodes(
      chartWidth,
      [
        { values: curve.map(() => p), cls: 'majority-vote-s-one' },
        { values: curve.map((_, i) => pass(i + 1)), cls: 'majority-vote-s-pass' },
        { values: curve, cls: 'majority-vote-s-vote' },
      ],
      n,
      MAX_SAMPLES,
      { marker: { label: 'Number of samples N' }, level: { label: 'Chance one sample is right, p', value: p } },
    ),
    chartDesc:
      `Majority-vote accuracy rises from ${percent(curve[0]!)} at N = 1 to ${percent(curve[MAX_SAMPLES - 1]!)} at N = ${MAX_SAMPLES}; ` +
      `pass@N reaches ${percent(pass(MAX_SAMPLES))}. At the chosen N = ${n} the vote is right ${percent(vote)} of the time.`,
    sentence:
      `With p = ${p} and N = ${n} (${wrongText}), the majority vote is right ${percent(vote)} of the time, ` +
      `versus ${percent(p)} for one sample; some sample is right ${percent(pass(n))} of the time; cost ${cost}× one sample.`,
  };
}
