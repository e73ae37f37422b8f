/** The reward playground's view: known completions in, the exact table cells, totals and notes out. */
import { describe, expect, it } from 'vitest';
import { REWARD_EXAMPLES } from '../../src/widgets/reward-playground/examples';
import { defaultState } from '../../src/widgets/kit/schema';
import { linkableState } from '../../src/widgets/kit/url-state';
import { LINK_LIMIT, rewardPlayground } from '../../src/widgets/reward-playground/schema';
import { describeScore, rewardPlaygroundView, SHOW_LIMIT, targetLanguage } from '../../src/widgets/reward-playground/view';

const example = (id: string) => REWARD_EXAMPLES.find((e) => e.id === id)!;

describe('reward-playground view', () => {
  it('scores the default (the first example) in full', () => {
    const { c, ref, lang } = Object.fromEntries(Object.entries(rewardPlayground.fields).map(([k, f]) => [k, f.default]));
    const view = rewardPlaygroundView(c!, ref!, targetLanguage(lang!));
    expect(view.cells).toEqual({
      format: '1',
      'format-why': 'one <think> block, then one <answer> block',
      accuracy: '1',
      'accuracy-why': 'equal as numbers',
      extracted: '\\frac{1}{2}',
      normalized: '\\frac{1}{2}',
      reference: '1/2',
      language: '1',
      'language-why': 'English words in the reasoning: 25 of 25',
      r1zero: '2',
      stage2: '2',
    });
    expect(view.totals).toEqual({ r1Zero: 2, stage2: 2 });
    expect(view.sentence).toBe('Format 1, accuracy 1, language consistency 1. R1-Zero total 2; R1 reasoning-RL total 2.');
  });

  it('counts words by target language and rounds to three decimals', () => {
    const mixing = example('mixing');
    expect(rewardPlaygroundView(mixing.completion, mixing.reference, 'en').cells).toMatchObject({
      language: '0.35',
      'language-why': 'English words in the reasoning: 7 of 20',
      stage2: '1.35',
    });
    expect(rewardPlaygroundView(mixing.completion, mixing.reference, 'zh').cells.language).toBe('0.65');
    expect(rewardPlaygroundView('<think>1 + 1</think><answer>2</answer>', '2', 'en').cells['language-why']).toBe(
      'no words in the reasoning (digits and symbols do not count), so the reward is 0',
    );
  });

  it('shows a missing answer as (none) and cuts long answers for display only', () => {
    const none = rewardPlaygroundView('no tags at all', '1/2', 'en');
    expect(none.cells.extracted).toBe('(none)');
    expect(none.cells.normalized).toBe('(none)');
    const long = 'x'.repeat(SHOW_LIMIT + 50);
    expect(rewardPlaygroundView(`<answer>${long}</answer>`, long, 'en').cells.reference).toBe(`${'x'.repeat(SHOW_LIMIT)}… (350 characters)`);
  });

  it('describes a score computed elsewhere (the worker) exactly as one computed here', async () => {
    const { scoreCompletion } = await import('../../src/lib/rewards');
    for (const e of REWARD_EXAMPLES) {
      for (const lang of ['en', 'zh'] as const) {
        // Through structuredClone, as the worker's reply arrives.
        expect(describeScore(structuredClone(scoreCompletion(e.completion, e.reference, lang)), lang)).toEqual(
          rewardPlaygroundView(e.completion, e.reference, lang),
        );
      }
    }
  });

  it('shows answers cut between graphemes, with bidirectional controls neutralized', () => {
    const thumbs = '👍🏽'.repeat(200); // 800 UTF-16 units
    const cells = rewardPlaygroundView(`<answer>${thumbs}</answer>`, '\u202Eabc', 'en').cells;
    expect(cells.extracted).toBe(`${'👍🏽'.repeat(SHOW_LIMIT / 4)}… (800 characters)`);
    expect(cells.reference).not.toMatch(/[\u202a-\u202e\u2066-\u2069]/);
  });

  it('keeps a shared link under 2 KB: long texts are left out with a note (the kit, from the schema)', () => {
    expect(rewardPlayground.fields.c).toMatchObject({ maxLength: 200_000, linkMaxLength: LINK_LIMIT, label: 'completion' });
    const state = { ...defaultState(rewardPlayground), c: '分'.repeat(LINK_LIMIT) };
    expect(linkableState('reward-playground', rewardPlayground.fields, state).dropped).toEqual(['c']);
  });

  it('rejects text over the scoring limit', () => {
    expect(() => rewardPlaygroundView('x'.repeat(200_001), '1', 'en')).toThrow('The completion has 200,001 characters; the limit is 200,000.');
  });
});
