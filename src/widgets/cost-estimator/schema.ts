/**
 * The cost estimator's parameters: the one place their defaults, ranges and URL keys live. The state is
 * the input of estimateCosts (src/lib/cost.ts, CostInputs); view.ts passes one as the other, so the compiler
 * checks that every input has a field.
 */
import { defineWidget, type StateOf } from '../kit/schema';

export const costEstimator = defineWidget({
  id: 'cost-estimator',
  // Links shared before the renovation used `ce.answer=…`.
  legacyPrefixes: ['ce'],
  // The prices start from DeepSeek-R1's API price list at its launch (prices.ts, cited there); readers enter their own.
  fields: {
    answer: { kind: 'number', default: 300, min: 0, max: 1_000_000 },
    reasoning: { kind: 'number', default: 2000, min: 0, max: 1_000_000 },
    samples: { kind: 'number', default: 5, min: 1, max: 1000, integer: true },
    pricePlain: { kind: 'number', default: 2.19, min: 0, max: 100_000 },
    priceReasoning: { kind: 'number', default: 2.19, min: 0, max: 100_000 },
    inputTokens: { kind: 'number', default: 0, min: 0, max: 10_000_000 },
    priceInput: { kind: 'number', default: 0.55, min: 0, max: 100_000 },
  },
});

export type CostEstimatorState = StateOf<typeof costEstimator.fields>;
export type CostField = keyof typeof costEstimator.fields;

