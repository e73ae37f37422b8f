/**
 * Everything the pass@k calculator shows, computed from its state: the value, the sentence that explains
 * it, the table, the chart and the announcement. Used by PassAtK.astro at build time and by element.ts.
 */
import { passAtK as passAtKValue, passAtKAll } from '~/lib/pass-at-k';
import type { ChartView } from '../kit/chart-view';
import { passAtKChart } from './chart';
import type { PassAtKState } from './schema';

export interface PassAtKView extends ChartView {
  value: number;
  /** Why the value is what it is, in one sentence. */
  why: string;
}

/** Four decimals, without rounding a value below 1 up to "1.0000" or a positive one down to "0.0000". */
export function fourDecimals(x: number): string {
  return x < 1 && x >= 0.99995 ? '>0.9999' : x > 0 && x < 0.00005 ? '<0.0001' : x.toFixed(4);
}

/** A whole number with thousands separators (10,000). */
const count = (x: number): string => x.toLocaleString('en-US');

/** k values for the table: all of them for small n, otherwise a readable selection (with the chosen k and n). */
export function tableKs(n: number, k: number): number[] {
  if (n <= 20) return Array.from({ length: n }, (_, i) => i + 1);
  const picks = [1, 2, 3, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000, 10000].filter((v) => v <= n);
  return [...new Set([...picks, k, n])].sort((a, b) => a - b);
}

/** Throws (from src/lib/pass-at-k.ts) unless c and k fit n. */
export function passAtKView(state: PassAtKState, chartWidth = 560): PassAtKView {
  const { n, c, k } = state;
  const value = passAtKValue(n, c, k);
  const all = passAtKAll(n, c);
  const half = Math.max(1, Math.ceil(n / 2));
  return {
    value,
    why:
      n - c < k
        ? `Only ${count(n - c)} of the ${count(n)} samples are wrong, fewer than k = ${count(k)}, so every choice of ${count(k)} samples includes a right one.`
        : `Chance that ${count(k)} samples picked from the ${count(n)} are all wrong: C(${count(n - c)}, ${count(k)}) / C(${count(n)}, ${count(k)}) = ${fourDecimals(1 - value)}.`,
    table: {
      caption: n <= 20 ? `pass@k for n = ${n}, c = ${c}` : `pass@k for n = ${count(n)}, c = ${count(c)} (selected k)`,
      columns: [{ text: 'k', html: '<i>k</i>' }, { text: 'pass@k', html: 'pass@<i>k</i>' }],
      rows: tableKs(n, k).map((rowK) => ({ header: count(rowK), cells: [fourDecimals(all[rowK - 1]!)], current: rowK === k })),
    },
    chart: passAtKChart(chartWidth, all, k),
    chartDesc: `pass@k grows from ${fourDecimals(all[0]!)} at k = 1 to ${fourDecimals(all[half - 1]!)} at k = ${count(half)} and ${fourDecimals(all[n - 1]!)} at k = ${count(n)}.`,
    sentence: `pass@${k} = ${fourDecimals(value)} for n = ${count(n)} samples with c = ${count(c)} right.`,
  };
}
