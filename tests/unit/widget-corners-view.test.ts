/**
 * The views of the number-driven widgets at the corners of their schema's ranges (each number field at its
 * min, its max and in between; every enum value): no exception, no NaN or Infinity in anything shown.
 */
import { describe, expect, it } from 'vitest';
import { bestOfN } from '../../src/widgets/best-of-n/schema';
import { bestOfNView } from '../../src/widgets/best-of-n/view';
import type { Fields, StateOf } from '../../src/widgets/kit/schema';
import { svgToString } from '../../src/widgets/kit/svg';
import type { ChartView } from '../../src/widgets/kit/chart-view';
import { majorityVote } from '../../src/widgets/majority-vote/schema';
import { majorityVoteView } from '../../src/widgets/majority-vote/view';
import { fitProblem, passAtK } from '../../src/widgets/pass-at-k/schema';
import { passAtKView } from '../../src/widgets/pass-at-k/view';

/** Every state made of each number field's min, max and a value in between, and each enum value. */
function corners<F extends Fields>(fields: F): StateOf<F>[] {
  let states: Record<string, number | string>[] = [{}];
  for (const [name, field] of Object.entries(fields)) {
    const values =
      field.kind === 'number'
        ? [field.min, field.max, field.integer ? Math.round((field.min + field.max) / 2) : (field.min + field.max) / 3]
        : field.kind === 'enum' ? [...field.values] : [field.default];
    states = states.flatMap((state) => values.map((value) => ({ ...state, [name]: value })));
  }
  return states as StateOf<F>[];
}

/** Everything a chart view shows, as one string. */
const shown = (view: Pick<ChartView, 'table' | 'chart' | 'chartDesc' | 'sentence'>, ...more: string[]) =>
  [view.chartDesc, view.sentence, view.table.caption, ...view.table.rows.flatMap((row) => row.cells), svgToString(view.chart.nodes), ...more].join('\n');

describe('widget views at the corners of their ranges', () => {
  it('majority vote', () => {
    for (const state of corners(majorityVote.fields)) {
      for (const width of [200, 560, 1400]) {
        const view = majorityVoteView(state, width);
        expect(shown(view), JSON.stringify(state)).not.toMatch(/NaN|Infinity|undefined/);
        for (const value of Object.values(view.cards)) expect(Number.isFinite(value)).toBe(true);
      }
    }
  });

  it('best-of-N', () => {
    for (const state of corners(bestOfN.fields)) {
      const view = bestOfNView(state);
      expect(shown(view, view.mu), JSON.stringify(state)).not.toMatch(/NaN|undefined/);
      for (const value of Object.values(view.cards)) expect(Number.isFinite(value)).toBe(true);
    }
  });

  it('pass@k (states that do not fit are refused by fitProblem, and the view throws for them)', () => {
    for (const state of corners(passAtK.fields)) {
      if (fitProblem(state)) {
        expect(() => passAtKView(state)).toThrow();
        continue;
      }
      const view = passAtKView(state, 320);
      expect(shown(view, view.why), JSON.stringify(state)).not.toMatch(/NaN|Infinity|undefined/);
      expect(view.value).toBeGreaterThanOrEqual(0);
      expect(view.value).toBeLessThanOrEqual(1);
    }
  });
});
