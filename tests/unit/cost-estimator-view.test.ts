/** The cost estimator's schema and view: known inputs give known rows, sentences, messages and URL state. */
import { describe, expect, it } from 'vitest';
import { defaultState, parseField } from '../../src/widgets/kit/schema';
import { readState, writeState } from '../../src/widgets/kit/url-state';
import { costEstimator, type CostEstimatorState, type CostField } from '../../src/widgets/cost-estimator/schema';
import {
  chartDescription,
  costChartFrame,
  costEstimatorView,
  fieldMessage,
  linkNote,
  R1_EVAL_MAX_TOKENS,
  rangeText,
  reasoningRange,
} from '../../src/widgets/cost-estimator/view';
import { matchingPreset, presetPrices, priceNote, pricePresets } from '../../src/widgets/cost-estimator/prices';
import { linearValueAt } from '../../src/widgets/kit/drag';
import { svgToString } from '../../src/widgets/kit/svg';

const defaults: CostEstimatorState = defaultState(costEstimator);
const { id, legacyPrefixes = [] } = costEstimator;

/** The page's worked example: $10 per 1M output tokens for both models, input not counted. */
const example: CostEstimatorState = { ...defaults, pricePlain: 10, priceReasoning: 10 };

describe('cost estimator schema', () => {
  it('starts from the page’s token counts at DeepSeek-R1’s launch prices', () => {
    // 300 answer tokens, 2,000 thinking tokens, 5 samples; deepseek-reasoner: $2.19 per 1M output, $0.55 per 1M input.
    expect(defaults).toEqual({
      answer: 300,
      reasoning: 2000,
      samples: 5,
      pricePlain: 2.19,
      priceReasoning: 2.19,
      inputTokens: 0,
      priceInput: 0.55,
    });
    expect(matchingPreset(defaults)?.id).toBe('r1');
  });
});

describe('price presets', () => {
  it('hold the cited launch prices and fill both output prices with the model’s own', () => {
    expect(pricePresets.map((p) => [p.id, p.input, p.inputCached, p.output, p.source])).toEqual([
      ['r1', 0.55, 0.14, 2.19, 'deepseek-api-pricing'],
      ['o1', 15, 7.5, 60, 'openai-api-pricing'],
    ]);
    expect(presetPrices(pricePresets[1]!)).toEqual({ pricePlain: 60, priceReasoning: 60, priceInput: 15 });
  });

  it('names the preset in the boxes, or says the prices are the reader’s own', () => {
    expect(matchingPreset({ pricePlain: 60, priceReasoning: 60, priceInput: 15 })?.id).toBe('o1');
    expect(matchingPreset({ pricePlain: 60, priceReasoning: 60, priceInput: 14 })).toBeUndefined();
    expect(priceNote(defaults)).toBe(
      'deepseek-reasoner at launch, 20 January 2025: $2.19 per 1M output tokens, thinking included; ' +
        '$0.55 per 1M input ($0.14 cached). Both rows use the output price.',
    );
    expect(priceNote({ pricePlain: 60, priceReasoning: 60, priceInput: 15 })).toBe(
      'o1 on the API, December 2024: $60 per 1M output tokens, thinking included; $15 per 1M input ($7.50 cached). Both rows use the output price.',
    );
    expect(priceNote(example)).toMatch(/^Your own prices/);
  });
});

describe('cost chart', () => {
  it('reaches past R1’s evaluation limit on a nice axis, further when asked', () => {
    expect(R1_EVAL_MAX_TOKENS).toBe(32_768);
    expect(costChartFrame(defaults, 560).xMax).toBe(40_000);
    expect(costChartFrame({ ...defaults, reasoning: 90_000 }, 560).xMax).toBe(100_000);
    // The y axis fits the vote at the right edge: 5 × (40,000 + 300) × $2.19 / 1,000 = $441.29.
    expect(costChartFrame(defaults, 560).yMax).toBeGreaterThanOrEqual(441.29);
  });

  it('inverts its own x scale for a drag, in steps of 100 tokens', () => {
    const f = costChartFrame(defaults, 600);
    const range = reasoningRange(defaults, 600);
    expect(range).toEqual({ min: 0, max: 40_000, step: 100 });
    for (const tokens of [0, 2000, 12_300, 40_000]) expect(linearValueAt(f.x(tokens), f.left, f.right, range)).toBe(tokens);
    expect(linearValueAt(f.left - 50, f.left, f.right, range)).toBe(0);
  });

  it('draws three lines and a slider handle at the reader’s thinking tokens', () => {
    const svg = svgToString(costEstimatorView(defaults, 600).chart.nodes);
    expect(svg.match(/<path /g)).toHaveLength(3);
    expect(svg).toContain('role="slider"');
    expect(svg).toContain('aria-valuenow="2000"');
    expect(svg).toContain('aria-valuetext="2,000 thinking tokens"');
    expect(svg).toContain('R1’s limit');
    expect(costEstimatorView(defaults, 600).chart.viewBox).toMatch(/^0 0 600 /);
  });

  it('describes the lines in words', () => {
    expect(chartDescription(example)).toBe(
      'Cost per 1,000 questions against thinking tokens per answer, 0 to 40,000. The plain model stays at $3.00; ' +
        'the reasoning model rises from $3.00 to $403.00; with a vote over 5 samples, from $15.00 to $2,015.00. ' +
        'At 2,000 thinking tokens: reasoning $23.00, vote $115.00.',
    );
  });
});

describe('costEstimatorView', () => {
  it('prices the defaults at R1’s launch price', () => {
    const view = costEstimatorView(defaults);
    // 300 × $2.19 / 1,000 = $0.657; 2,300 × $2.19 / 1,000 = $5.037; five times that, $25.185.
    expect(view.cards.map((c) => [c.name, c.cost])).toEqual([
      ['Plain', 0.657],
      ['Reasoning', 5.037],
      ['Vote of 5', 25.185],
    ].map(([n, c]) => [n, expect.closeTo(c as number, 9)]));
    expect(view.cards.map((c) => c.ratio)).toEqual(['the baseline', '7.67× plain', '38.3× plain']);
  });

  it('shows the hand-computed rows and summary for the worked example', () => {
    const view = costEstimatorView(example);
    expect(view.rows).toEqual([
      {
        key: 'plain',
        label: 'Plain model',
        tokens: '300',
        cost: '$3.00',
        ratio: '1×',
        // 3 / 115 of the longest bar.
        barWidth: `${(100 * 3) / 115}%`,
        formula: '1,000 × (300 × $10) / 1,000,000 = $3.00',
      },
      {
        key: 'reasoning',
        label: 'Reasoning model',
        tokens: '2,300',
        cost: '$23.00',
        ratio: '7.67×',
        barWidth: '20%',
        formula: '1,000 × ((2,000 + 300) × $10) / 1,000,000 = $23.00',
      },
      {
        key: 'voting',
        label: 'Reasoning model + majority vote',
        tokens: '11,500',
        cost: '$115.00',
        ratio: '38.3×',
        barWidth: '100%',
        formula: '1,000 × 5 × ((2,000 + 300) × $10) / 1,000,000 = $115.00',
      },
    ]);
    expect(view.summary).toBe(
      'Per 1,000 questions: plain model $3.00; reasoning model $23.00 (7.67× the plain model); ' +
        'reasoning model with a majority vote over 5 samples $115.00 (38.3× the plain model).',
    );
  });

  it('draws no bars and no ratios when everything is free', () => {
    const view = costEstimatorView({ ...example, pricePlain: 0, priceReasoning: 0 });
    expect(view.rows.map((r) => [r.cost, r.ratio, r.barWidth])).toEqual([
      ['$0.00', '—', '0%'],
      ['$0.00', '—', '0%'],
      ['$0.00', '—', '0%'],
    ]);
  });
});

describe('hints and messages', () => {
  it('states each field’s range from the schema', () => {
    expect(rangeText('answer')).toBe('number from 0 to 1,000,000');
    expect(rangeText('samples')).toBe('whole number from 1 to 1,000');
    expect(rangeText('inputTokens')).toBe('number from 0 to 10,000,000');
  });

  it('words each kind of bad input and says what to enter', () => {
    expect(fieldMessage('answer', '500')).toBe('');
    expect(fieldMessage('answer', ' 2.5e2 ')).toBe('');
    expect(fieldMessage('answer', '')).toBe('Empty. Enter a number from 0 to 1,000,000.');
    expect(fieldMessage('answer', '   ')).toBe('Empty. Enter a number from 0 to 1,000,000.');
    expect(fieldMessage('answer', '9'.repeat(1_000_000))).toBe(
      'Too long: at most 40 characters. Enter a number from 0 to 1,000,000.',
    );
    expect(fieldMessage('answer', 'abc')).toBe('"abc" is not a number. Enter a number from 0 to 1,000,000.');
    expect(fieldMessage('answer', '1e999')).toBe('"1e999" is not a finite number. Enter a number from 0 to 1,000,000.');
    expect(fieldMessage('answer', '-5')).toBe('-5 is outside 0–1000000. Enter a number from 0 to 1,000,000.');
    expect(fieldMessage('samples', '2.5')).toBe('2.5 is not a whole number. Enter a whole number from 1 to 1,000.');
  });

  it('calls a box invalid exactly when the kit rejects its text', () => {
    const texts = ['0', '7', '1e3', '0x10', 'NaN', 'Infinity', '', ' ', '-0', '+4', '.5', '5.', '1'.repeat(41), '1'.repeat(40)];
    for (const field of Object.keys(costEstimator.fields) as CostField[]) {
      for (const text of texts) {
        const kitAccepts = parseField(costEstimator.fields[field], text).ok;
        expect(fieldMessage(field, text) === '', `${field} = ${JSON.stringify(text)}`).toBe(kitAccepts);
      }
    }
  });

  it('words the note about a link’s ignored values', () => {
    expect(linkNote(['cost-estimator.answer: "abc" is not a number', 'ce.samples: 0 is outside 1–1000'])).toBe(
      'Some values in the link were ignored and replaced by defaults: cost-estimator.answer: "abc" is not a number; ' +
        'ce.samples: 0 is outside 1–1000.',
    );
  });
});

describe('URL state', () => {
  it('reads valid values and rejects hostile ones', () => {
    const ok = readState(id, costEstimator.fields, '?cost-estimator.answer=500&cost-estimator.samples=8&cost-estimator.priceReasoning=2.5');
    expect(ok.problems).toEqual([]);
    expect(ok.state).toMatchObject({ answer: 500, samples: 8, priceReasoning: 2.5 });

    const bad = readState(
      id,
      costEstimator.fields,
      '?cost-estimator.answer=abc&cost-estimator.reasoning=-5&cost-estimator.samples=2.5' +
        '&cost-estimator.pricePlain=1e999&cost-estimator.priceReasoning=%3Cscript%3E',
    );
    expect(bad.state).toEqual(defaults);
    expect(bad.problems).toHaveLength(5);
    expect(bad.problems.join('\n')).toMatch(/not a number/);
    expect(bad.problems.join('\n')).toMatch(/outside/);
    expect(bad.problems.join('\n')).toMatch(/not a whole number/);
    expect(bad.problems.join('\n')).toMatch(/not a finite number/);
  });

  it('round-trips and keeps defaults out of the URL', () => {
    const q = writeState(id, costEstimator.fields, { ...defaults, samples: 16 }, '?majority-vote.p=0.4');
    expect(q).toBe('?majority-vote.p=0.4&cost-estimator.samples=16');
    expect(readState(id, costEstimator.fields, q).state.samples).toBe(16);
  });

  it('reads links made before the rename (ce.answer=…) and drops their keys when writing', () => {
    expect(legacyPrefixes).toEqual(['ce']);
    const old = readState(id, costEstimator.fields, '?ce.answer=500&ce.samples=8', legacyPrefixes);
    expect(old.problems).toEqual([]);
    expect(old.state).toEqual({ ...defaults, answer: 500, samples: 8 });
    expect(writeState(id, costEstimator.fields, old.state, '?ce.answer=500&ce.samples=8', legacyPrefixes)).toBe(
      '?cost-estimator.answer=500&cost-estimator.samples=8',
    );
  });
});
