import { describe, expect, it } from 'vitest';
import { passAtK as passAtKValue } from '../../src/lib/pass-at-k';
import { defaultState } from '../../src/widgets/kit/schema';
import { axisTicks } from '../../src/widgets/pass-at-k/chart';
import { fitProblem, passAtK } from '../../src/widgets/pass-at-k/schema';
import { fourDecimals, passAtKView, tableKs } from '../../src/widgets/pass-at-k/view';

const defaults = defaultState(passAtK);

describe('pass@k view', () => {
  it('shows the defaults (n = 10, c = 3, k = 2) as the page has always shown them', () => {
    const view = passAtKView(defaults);
    expect(defaults).toEqual({ n: 10, c: 3, k: 2 });
    expect(view.value).toBeCloseTo(8 / 15, 14);
    expect(view.why).toBe('Chance that 2 samples picked from the 10 are all wrong: C(7, 2) / C(10, 2) = 0.4667.');
    expect(view.table.caption).toBe('pass@k for n = 10, c = 3');
    expect(view.table.rows.map((row) => row.cells[0])).toEqual(
      ['0.3000', '0.5333', '0.7083', '0.8333', '0.9167', '0.9667', '0.9917', '1.0000', '1.0000', '1.0000'],
    );
    expect(view.table.rows.filter((row) => row.current).map((row) => row.header)).toEqual(['2']);
    expect(view.sentence).toBe('pass@2 = 0.5333 for n = 10 samples with c = 3 right.');
    expect(view.chartDesc).toBe('pass@k grows from 0.3000 at k = 1 to 0.9167 at k = 5 and 1.0000 at k = 10.');
  });

  it('draws one bar per k, the chosen one highlighted, in a viewBox that follows the width', () => {
    const { chart } = passAtKView(defaults);
    const bars = chart.nodes.filter((node) => node.tag === 'rect');
    expect(bars).toHaveLength(10);
    expect(bars.map((bar) => bar.attrs.class)[1]).toBe('pass-at-k-bar pass-at-k-bar-current');
    expect(bars.filter((bar) => bar.attrs.class === 'pass-at-k-bar')).toHaveLength(9);
    expect(chart.viewBox).toBe('0 0 560 202');
    expect(passAtKView(defaults, 320).chart.viewBox).toBe('0 0 320 190');
    // The chosen k carries the scrub handle, a slider that says its value and range.
    const handle = chart.nodes.find((node) => node.attrs.role === 'slider')!;
    expect([handle.attrs['aria-valuenow'], handle.attrs['aria-valuemin'], handle.attrs['aria-valuemax']]).toEqual([2, 1, 10]);
  });

  it('draws large n as one filled path plus the chosen bar, and lists selected k', () => {
    const view = passAtKView({ n: 10000, c: 5000, k: 3 });
    expect(view.value).toBe(passAtKValue(10000, 5000, 3));
    expect(view.table.caption).toBe('pass@k for n = 10,000, c = 5,000 (selected k)');
    expect(view.table.rows.map((row) => row.header)).toEqual(
      ['1', '2', '3', '5', '10', '20', '50', '100', '200', '500', '1,000', '2,000', '5,000', '10,000'],
    );
    expect(view.chart.nodes.filter((node) => node.tag === 'path').map((node) => node.attrs.class)).toEqual(['pass-at-k-bar']);
    expect(view.chart.nodes.filter((node) => node.tag === 'rect').map((node) => node.attrs.class)).toEqual(['pass-at-k-bar-current']);
    expect(view.sentence).toBe('pass@3 = 0.8750 for n = 10,000 samples with c = 5,000 right.');
  });

  it('explains a certain pass when fewer than k samples are wrong', () => {
    expect(passAtKView({ n: 10, c: 8, k: 5 }).why).toBe(
      'Only 2 of the 10 samples are wrong, fewer than k = 5, so every choice of 5 samples includes a right one.',
    );
  });

  it('never rounds a value to a certainty it is not', () => {
    expect(fourDecimals(0.99996)).toBe('>0.9999');
    expect(fourDecimals(0.00004)).toBe('<0.0001');
    expect(fourDecimals(1)).toBe('1.0000');
    expect(fourDecimals(0)).toBe('0.0000');
  });

  it('picks table rows and axis ticks', () => {
    expect(tableKs(25, 7)).toEqual([1, 2, 3, 5, 7, 10, 20, 25]);
    expect(axisTicks(10, 10)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(axisTicks(64, 10)).toEqual([1, 10, 20, 30, 40, 50, 60]);
    expect(axisTicks(10000, 6)).toEqual([1, 2000, 4000, 6000, 8000, 10000]);
  });

  it('says which field does not fit n', () => {
    expect(fitProblem(defaults)).toBeNull();
    expect(fitProblem({ n: 10, c: 11, k: 2 })).toEqual({ field: 'c', message: 'c must be at most n (10)' });
    expect(fitProblem({ n: 5, c: 3, k: 6 })).toEqual({ field: 'k', message: 'k must be at most n (5)' });
  });
});
