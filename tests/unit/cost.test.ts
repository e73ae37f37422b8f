import { describe, expect, it } from 'vitest';
import { estimateCosts, formatMoney, formatNumber, formatRatio, summarize, type CostInputs } from '../../src/lib/cost';
import { defaultState } from '../../src/widgets/kit/schema';
import { costEstimator } from '../../src/widgets/cost-estimator/schema';

/** The widget's default inputs (their values are checked in cost-estimator-view.test.ts). */
const defaultCostInputs: CostInputs = defaultState(costEstimator);

const byKey = (inp: CostInputs) => Object.fromEntries(estimateCosts(inp).map((s) => [s.key, s]));

describe('estimateCosts', () => {
  it('matches hand-computed values for the defaults', () => {
    // 300 answer tokens, 2,000 reasoning tokens, 5 samples, $2.19 per 1M output tokens for both rows
    // (deepseek-reasoner at launch), no prompt tokens.
    const s = byKey(defaultCostInputs);
    // plain: 1,000 × 300 × 2.19 / 1,000,000 = 0.657
    expect(s.plain!.cost).toBeCloseTo(0.657, 12);
    // reasoning: 1,000 × 2,300 × 2.19 / 1,000,000 = 5.037
    expect(s.reasoning!.cost).toBeCloseTo(5.037, 12);
    // voting: 5 × 5.037 = 25.185
    expect(s.voting!.cost).toBeCloseTo(25.185, 12);
    expect(s.reasoning!.outputTokens).toBe(2300);
    expect(s.voting!.outputTokens).toBe(11500);
    expect(s.reasoning!.ratio).toBeCloseTo(2300 / 300, 12);
    expect(s.voting!.ratio).toBeCloseTo((5 * 2300) / 300, 12);
    expect(s.plain!.formula).toBe('1,000 × (300 × $2.19) / 1,000,000 = $0.66');
    expect(s.reasoning!.formula).toBe('1,000 × ((2,000 + 300) × $2.19) / 1,000,000 = $5.04');
    expect(s.voting!.formula).toBe('1,000 × 5 × ((2,000 + 300) × $2.19) / 1,000,000 = $25.19');
  });

  it('matches hand-computed values with different prices and input tokens', () => {
    const inp: CostInputs = {
      answer: 500,
      reasoning: 4000,
      samples: 8,
      pricePlain: 2,
      priceReasoning: 8,
      inputTokens: 1000,
      priceInput: 1,
    };
    const s = byKey(inp);
    // plain: 1,000 × (500 × 2 + 1,000 × 1) / 1e6 = 2
    expect(s.plain!.cost).toBe(2);
    // reasoning: 1,000 × (4,500 × 8 + 1,000 × 1) / 1e6 = 37
    expect(s.reasoning!.cost).toBe(37);
    // voting: 8 samples, each its own request: 8 × 37 = 296
    expect(s.voting!.cost).toBe(296);
    expect(s.voting!.ratio).toBe(148);
    expect(s.voting!.inputTokens).toBe(8000);
    expect(s.plain!.formula).toBe('1,000 × (500 × $2 + 1,000 × $1) / 1,000,000 = $2.00');
    expect(s.voting!.formula).toBe('1,000 × 8 × ((4,000 + 500) × $8 + 1,000 × $1) / 1,000,000 = $296.00');
    expect(formatRatio(s.voting!.ratio)).toBe('148×');
  });

  it('handles decimal prices, zero prices and one sample', () => {
    const s = byKey({ ...defaultCostInputs, answer: 250, reasoning: 750, samples: 1, pricePlain: 0.6, priceReasoning: 2.4 });
    // 250 × 0.6 / 1,000 = 0.15; 1,000 × 2.4 / 1,000 = 2.4
    expect(s.plain!.cost).toBeCloseTo(0.15, 12);
    expect(s.reasoning!.cost).toBeCloseTo(2.4, 12);
    expect(s.voting!.cost).toBeCloseTo(2.4, 12);
    expect(formatMoney(s.plain!.cost)).toBe('$0.15');
    expect(s.plain!.formula).toBe('1,000 × (250 × $0.6) / 1,000,000 = $0.15');

    const free = byKey({ ...defaultCostInputs, pricePlain: 0 });
    expect(free.plain!.cost).toBe(0);
    expect(free.reasoning!.ratio).toBeNull();
    expect(formatRatio(null)).toBe('—');
  });

  it('summarizes in one sentence', () => {
    expect(summarize(estimateCosts(defaultCostInputs))).toBe(
      'Per 1,000 questions: plain model $0.66; reasoning model $5.04 (7.67× the plain model); ' +
        'reasoning model with a majority vote over 5 samples $25.19 (38.3× the plain model).',
    );
    expect(summarize(estimateCosts({ ...defaultCostInputs, samples: 1 }))).toMatch(/over 1 sample \$5\.04/);
  });
});

describe('formatting', () => {
  it('formats money, numbers and ratios', () => {
    expect(formatMoney(0)).toBe('$0.00');
    expect(formatMoney(1234.5)).toBe('$1,234.50');
    expect(formatMoney(0.0003)).toBe('$0.0003');
    expect(formatMoney(0.000001)).toBe('$0.000001');
    expect(formatMoney(1e-7)).toBe('< $0.000001');
    expect(formatMoney(2e13)).toBe('$20,000,000,000,000.00');
    expect(formatNumber(2000)).toBe('2,000');
    expect(formatNumber(0.15)).toBe('0.15');
    expect(formatNumber(1e-7)).toBe('1.00e-7');
    expect(formatRatio(23 / 3)).toBe('7.67×');
  });
});
