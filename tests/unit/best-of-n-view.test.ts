import { describe, expect, it } from 'vitest';
import { bestOfN } from '../../src/widgets/best-of-n/schema';
import { bestOfNView } from '../../src/widgets/best-of-n/view';
import { defaultState } from '../../src/widgets/kit/schema';
import type { SvgNode } from '../../src/widgets/kit/svg';

const defaults = defaultState(bestOfN);
const byClass = (nodes: SvgNode[], tag: SvgNode['tag']) => nodes.filter((node) => node.tag === tag).map((node) => node.attrs.class);

describe('best-of-N view', () => {
  it('shows the defaults (p = 0.6, q = 0.7, N = 25, k = 1) as the page has always shown them', () => {
    const view = bestOfNView(defaults);
    expect(defaults).toEqual({ p: 0.6, q: 0.7, n: 25, k: 1 });
    // μ = √2 · Φ⁻¹(0.7) = 0.7416…
    expect(view.mu).toBe('0.742');
    expect(view.cards.single).toBe(0.6);
    expect(view.cards.bon).toBeCloseTo(0.875, 3);
    expect(view.cards.vote).toBeCloseTo(0.8462, 4);
    expect(view.cards.pass).toBeCloseTo(1 - 0.4 ** 25, 15);
    expect(view.table.caption).toBe('Chance that best-of-N and the majority vote are right, and pass@N, for p = 0.6, q = 0.7, k = 1');
    expect(view.table.columns.map((column) => column.text)).toEqual(['N', 'Best-of-N', 'Vote', 'pass@N']);
    expect(view.table.rows.map((row) => row.header)).toEqual(['1', '3', '5', '11', '25', '65', '201']);
    expect(view.table.rows[0]!.cells).toEqual(['60.00%', '60.00%', '60.00%']);
    expect(view.table.rows[4]).toEqual({ header: '25', cells: ['87.50%', '84.62%', '>99.99%'], current: true });
    expect(view.table.rows[6]!.cells).toEqual(['92.87%', '99.79%', '100.00%']);
    expect(view.sentence).toBe(
      'With p = 0.6, q = 0.7 and N = 25: best-of-N is right 87.50% of the time and majority voting (k = 1) 84.62%, ' +
        'versus 60.00% for one sample and >99.99% for pass@N.',
    );
    expect(view.chartDesc).toBe(
      'At N = 201: best-of-N 92.87%, majority vote 99.79%, pass@N 100.00%. At the chosen N = 25: best-of-N 87.50%, majority vote 84.62%.',
    );
  });

  it('gives the closed form for N = 2: p² + 2p(1 − p)q', () => {
    const view = bestOfNView({ p: 0.3, q: 0.75, n: 2, k: 1 });
    expect(view.cards.bon).toBeCloseTo(0.09 + 2 * 0.3 * 0.7 * 0.75, 10);
    // The chosen N joins the table's rows in order and is the current row. A vote of two breaks a 1–1 tie
    // at random, so it is right with chance p² + p(1 − p) = p; pass@2 = 1 − 0.7² = 0.51.
    expect(view.table.rows.map((row) => row.header)).toEqual(['1', '2', '3', '5', '11', '25', '65', '201']);
    expect(view.table.rows[1]).toEqual({ header: '2', cells: ['40.50%', '30.00%', '51.00%'], current: true });
  });

  it('is a random pick at q = 0.5 and pass@N at q = 1 (μ shown as infinite)', () => {
    const guess = bestOfNView({ p: 0.3, q: 0.5, n: 64, k: 1 });
    expect(guess.mu).toBe('0.000');
    expect(guess.cards.bon).toBeCloseTo(0.3, 10);
    const perfect = bestOfNView({ p: 0.3, q: 1, n: 64, k: 3 });
    expect(perfect.mu).toBe('∞ (perfect verifier)');
    expect(perfect.cards.bon).toBeCloseTo(perfect.cards.pass, 12);
  });

  it('draws four curves with their dots at the chosen N, in a viewBox that follows the width', () => {
    const view = bestOfNView(defaults);
    const nodes = view.chart.nodes;
    const series = ['best-of-n-s-one', 'best-of-n-s-pass', 'best-of-n-s-vote', 'best-of-n-s-bon'];
    expect(byClass(nodes, 'path')).toEqual(series);
    expect(byClass(nodes, 'circle')).toEqual(series);
    // At most ~0.42 of the width high, so a full-width chart leaves the controls room on one screen.
    expect(view.chart.viewBox).toBe('0 0 560 235');
    expect(bestOfNView(defaults, 320).chart.viewBox).toBe('0 0 320 190');
    // Two drag handles, sliders for N and p, saying their current values.
    const handles = nodes.filter((node) => node.attrs.role === 'slider');
    expect(handles.map((node) => [node.attrs['data-handle'], node.attrs['aria-valuenow']])).toEqual([
      ['level', defaults.p],
      ['marker', defaults.n],
    ]);
  });
});
