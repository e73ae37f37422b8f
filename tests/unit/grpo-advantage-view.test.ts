/** The GRPO explorer's view: known groups in, the exact texts, table cells and chart nodes out. */
import { describe, expect, it } from 'vitest';
import { defaultState } from '../../src/widgets/kit/schema';
import { svgToString, type SvgNode } from '../../src/widgets/kit/svg';
import { grpoAdvantage, parseRewardList } from '../../src/widgets/grpo-advantage/schema';
import { chartNodes, groupOf, grpoAdvantageView, rewardChartNodes, type GrpoAdvantageState } from '../../src/widgets/grpo-advantage/view';
import { rewardAxisOf, rewardChart } from '../../src/widgets/grpo-advantage/chart';
import { linearValueAt, slotAt } from '../../src/widgets/kit/drag';
import { NEGLIGIBLE_SPREAD, safeGroupAdvantages } from '../../src/widgets/grpo-advantage/group-stats';
import { groupAdvantages } from '../../src/lib/grpo';

const state = (changes: Partial<GrpoAdvantageState> = {}): GrpoAdvantageState => ({ ...defaultState(grpoAdvantage), ...changes });
const texts = (nodes: readonly SvgNode[]): string[] =>
  nodes.flatMap((node) => [...(node.text !== undefined ? [node.text] : []), ...texts(node.children ?? [])]);

describe('grpo-advantage view', () => {
  it('shows ±1 for rewards 1, 0, 1, 0 under the population std, and the clipped term of sample 1', () => {
    const view = grpoAdvantageView(state());
    expect(view.group).toEqual([1, 0, 1, 0]);
    expect(view.stats).toBe('mean = 0.5; population std = 0.5; sample std = 0.577. Denominator used: 0.5 (population std).');
    expect(view.degenerate).toBe('');
    expect(view.rows.map((row) => [row.header, ...row.cells.map((cell) => cell.text)])).toEqual([
      ['1', '1', '0.5', '1', '0.866', 'up'],
      ['2', '0', '−0.5', '−1', '−0.866', 'down'],
      ['3', '1', '0.5', '1', '0.866', 'up'],
      ['4', '0', '−0.5', '−1', '−0.866', 'down'],
    ]);
    expect(view.rows[0]!.cells.map((cell) => cell.cls)).toEqual(['num', 'num grpo-advantage-dev', 'num grpo-advantage-chosen', 'num', 'grpo-advantage-up-text']);
    expect(view.formula).toBe('min(1.35 × 1, clip(1.35, 0.8, 1.2) × 1) = min(1.35, 1.2) = 1.2');
    expect(view.clipWhy).toMatch(/^Clipping is active: A > 0 and ρ = 1.35 is above 1 \+ ε = 1.2, so the term is capped at 1.2;/);
    expect(view.sentence).toBe('Mean 0.5, std 0.5; advantages 1, −1, 1, −1. Clipped term for sample 1: 1.2, clipping active.');
    expect(view.chartDesc).toBe(
      'Advantages 1, −1, 1, −1 for samples 1 to 4 (population std). Bars above the line are pushed up, below it pushed down.',
    );
  });

  it('switches the chosen column, the denominator and the formula to the sample std', () => {
    const view = grpoAdvantageView(state({ std: 'sample' }));
    expect(view.chosen).toBe('sample');
    expect(view.stats).toContain('Denominator used: 0.577351 (sample std + 1e-6).');
    expect(view.rows[1]!.cells[3]).toEqual({ text: '−0.866', cls: 'num grpo-advantage-chosen' });
    expect(view.formula).toBe('min(1.35 × 0.866, clip(1.35, 0.8, 1.2) × 0.866) = min(1.169, 1.039) = 1.039');
  });

  it('explains a group with equal rewards and clipping from below', () => {
    expect(grpoAdvantageView(state({ r: '1,1,1,1' })).degenerate).toMatch(/^All 4 rewards are equal, .* only the KL term acts\.$/);
    const low = grpoAdvantageView(state({ i: 2, rho: 0.5 }));
    expect(low.formula).toBe('min(0.5 × (−1), clip(0.5, 0.8, 1.2) × (−1)) = min(−0.5, −0.8) = −0.8');
    expect(low.clipWhy).toMatch(/^Clipping is active: A < 0 and ρ = 0.5 is below 1 − ε = 0.8/);
    expect(grpoAdvantageView(state({ eps: 0.5 })).clipWhy).toBe(
      'Clipping is not active: the minimum is the unclipped ρ × A = 1.35, so the gradient flows through ρ.',
    );
  });

  it('pads a short reward list with 0 and rejects a list with a bad entry', () => {
    expect(groupOf(state({ g: 6 }))).toEqual([1, 0, 1, 0, 0, 0]);
    expect(parseRewardList('1,<img>,2')).toEqual({ ok: false, error: 'reward 2: "<img>" is not a number' });
    expect(parseRewardList('1,2.5,-3')).toEqual({ ok: true, rewards: [1, 2.5, -3] });
    expect(() => grpoAdvantageView(state({ r: '1,x' }))).toThrow('reward 2');
  });

  it('draws one bar per sample, labelled while they fit', () => {
    const four = chartNodes([1, -1, 1, -1]);
    expect(four.viewBox).toBe('0 0 360 230');
    expect(texts(four.nodes)).toEqual([
      '1', '0', '−1',
      'A > 0: pushed up',
      'A < 0: pushed down · sample numbers under the bars',
      '1', '1', '−1', '2', '1', '3', '−1', '4',
    ]);
    expect(svgToString(four.nodes)).toContain('<rect class="grpo-advantage-up" x="');
    // Twelve bars: no values, and only every other sample number.
    const twelve = chartNodes(Array.from({ length: 12 }, (_, k) => (k % 2 ? -1 : 1)));
    expect(texts(twelve.nodes[3]!.children!)).toEqual(['1', '3', '5', '7', '9', '11']);
  });

  it('draws the rewards as draggable bars: one slider per sample, on an axis that holds 0 and 1', () => {
    const view = grpoAdvantageView(state({}));
    const sliders = view.rewardChart.nodes.flatMap((node) => node.children ?? []).filter((node) => node.attrs.role === 'slider');
    expect(sliders.map((node) => [node.attrs['aria-label'], node.attrs['aria-valuenow']])).toEqual([
      ['Reward bar of sample 1', 1], ['Reward bar of sample 2', 0], ['Reward bar of sample 3', 1], ['Reward bar of sample 4', 0],
    ]);
    expect(view.rewardAxis).toEqual({ lo: 0, hi: 1 });
    expect(rewardAxisOf([-2.5, 3.2])).toEqual({ lo: -3, hi: 4 });
    // The mean (0.5) is the dashed line halfway up.
    const chart = rewardChart([1, 0, 1, 0], view.rewardAxis);
    const mean = view.rewardChart.nodes.find((node) => node.attrs.class === 'grpo-advantage-mean')!;
    expect(mean.attrs.y1).toBe((chart.yLo + chart.yHi) / 2);
    // A drag at a bar's column and height reads back that sample and that reward (the element's mapping).
    const column = chart.bars[2]!.centerX;
    expect(slotAt(column, chart.plotX0, chart.plotX1, 4)).toBe(2);
    expect(linearValueAt(chart.y(0.75), chart.yLo, chart.yHi, { min: 0, max: 1, step: 0.05 })).toBe(0.75);
    // A held axis (during a drag) is used as given.
    expect(grpoAdvantageView(state({ r: '3,0,1,0' }), { lo: 0, hi: 1 }).rewardAxis).toEqual({ lo: 0, hi: 1 });
    // Rewards near the largest double still give finite drawing positions.
    for (const group of [[1.7e308, -1.7e308, 0, 0], [Number.MAX_VALUE, -Number.MAX_VALUE]]) {
      expect(svgToString(rewardChartNodes(group, rewardAxisOf(group), 0).nodes)).not.toMatch(/NaN|Infinity/);
    }
  });

  /** Everything the view shows, as one string (texts, cells, chart labels and attributes). */
  const everything = (view: ReturnType<typeof grpoAdvantageView>) =>
    [view.stats, view.degenerate, view.chartDesc, view.formula, view.clipWhy, view.sentence, svgToString(view.chart.nodes), svgToString(view.rewardChart.nodes),
      ...view.rows.flatMap((row) => row.cells.map((cell) => cell.text))].join('\n');

  it('treats a group whose spread is rounding noise as degenerate, and says why', () => {
    // 1 and the next double after 1: the lib divides two rounding errors and reports advantages 0 and 1.41.
    const noise = [1, 1 + 2 ** -52, 1, 1];
    expect(groupAdvantages(noise, 'population').advantages.map(Math.abs)).not.toEqual([0, 0, 0, 0]);
    const stats = safeGroupAdvantages(noise, 'population');
    expect(stats).toMatchObject({ degenerate: true, degenerateKind: 'negligible', advantages: [0, 0, 0, 0] });
    const view = grpoAdvantageView(state({ r: noise.join(',') }));
    expect(view.degenerate).toMatch(/^The rewards differ by less than 1e-10 of their size \(std = \d\.\d\de-1[67]\), below what double-precision/);
    expect(view.degenerate).toContain('only the KL term acts.');
    expect(view.rows.map((row) => row.cells[2]!.text)).toEqual(['0', '0', '0', '0']);
    // 1 and 1 + 1e-17 are the same double: equal rewards.
    expect(grpoAdvantageView(state({ r: '1,1.00000000000000001,1,1' })).degenerate).toMatch(/^All 4 rewards are equal/);
    expect(NEGLIGIBLE_SPREAD).toBe(1e-10);
  });

  it('keeps rewards at the edges of double precision finite: no NaN, no Infinity, no exception', () => {
    // The reward boxes and links take −1e6 to 1e6; inside that, the tiny and the nearly equal.
    const groups = [
      [5e-324, 0, 0, 0],
      [1e-320, 2e-320, 0, 1e-320],
      [1e-300, -1e-300, 0, 0],
      [1e6, 1e6 - 1e-9, 1e6, 1e6],
      [-1e6, 1e6, -1e6, 1e6],
      [0, -0, 0, 0],
    ];
    for (const group of groups) {
      for (const std of ['population', 'sample']) {
        const view = grpoAdvantageView(state({ r: group.join(','), std }));
        expect(everything(view), `${group} ${std}`).not.toMatch(/NaN|Infinity|undefined/);
      }
    }
    // The statistics and the chart hold for any finite rewards, up to the largest double.
    for (const group of [[1e308, -1e308, 1e308, -1e308], [1.7e308, -1.7e308, -1.7e308, 1.7e308], [Number.MAX_VALUE, -Number.MAX_VALUE, 0, 0]]) {
      for (const convention of ['population', 'sample'] as const) {
        const stats = safeGroupAdvantages(group, convention);
        for (const x of [stats.mean, stats.std, stats.denominator, ...stats.advantages]) expect(Number.isFinite(x), `${group}`).toBe(true);
        expect(svgToString(chartNodes(stats.advantages).nodes)).not.toMatch(/NaN|Infinity/);
      }
    }
    // Scale does not change advantages: 1e308 × (1, −1, 1, −1) gives ±1 like (1, −1, 1, −1).
    expect(safeGroupAdvantages([1e308, -1e308, 1e308, -1e308], 'population').advantages).toEqual([1, -1, 1, -1]);
    expect(safeGroupAdvantages([5e-324, 0], 'population').advantages).toEqual([1, -1]);
  });

  it('equals src/lib/grpo.ts bit for bit on ordinary groups', () => {
    let seed = 7;
    const random = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
    for (let t = 0; t < 500; t++) {
      const g = 2 + Math.floor(random() * 15);
      const scale = 10 ** Math.floor(random() * 12 - 6);
      const rewards = Array.from({ length: g }, () => (random() < 0.3 ? Math.round(random() * 3) : (random() - 0.5) * scale));
      for (const convention of ['population', 'sample'] as const) {
        const lib = groupAdvantages(rewards, convention);
        const safe = safeGroupAdvantages(rewards, convention);
        if (safe.degenerateKind === 'negligible') continue;
        expect(safe.advantages).toEqual(lib.advantages);
        expect(safe.mean).toBe(lib.mean);
        expect(safe.std).toBe(lib.std);
        expect(safe.denominator).toBe(lib.denominator);
      }
    }
  });
});
