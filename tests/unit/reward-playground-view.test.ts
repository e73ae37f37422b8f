/** The reward playground's view: known completions in, the exact table cells, totals and notes out. */
import { describe, expect, it } from 'vitest';
import { REWARD_EXAMPLES } from '../../src/widgets/reward-playground/examples';
import { defaultState } from '../../src/widgets/kit/schema';
import { linkableState } from '../../src/widgets/kit/url-state';
import { LINK_LIMIT, rewardPlayground } from '../../src/widgets/reward-playground/schema';
import { barWidth, describeScore, rewardPlaygroundView, SHOW_LIMIT, targetLanguage } from '../../src/widgets/reward-playground/view';
import { CHINESE_SENTENCE, COMPLETION_PARTS, partsOf, togglePart } from '../../src/widgets/reward-playground/parts';
import { scoreCompletion } from '../../src/lib/rewards';

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

  it('draws each total as a bar of its two terms, each term a share of the largest total (2)', () => {
    expect(barWidth(1)).toBe(50);
    expect(barWidth(0)).toBe(0);
    expect(barWidth(0.35)).toBe(17.5);
    expect(barWidth(2 / 3)).toBe(33.3);
    const mixing = example('mixing');
    expect(rewardPlaygroundView(mixing.completion, mixing.reference, 'en').bars).toEqual({
      'r1zero-accuracy': 50,
      'r1zero-format': 50,
      'stage2-accuracy': 50,
      'stage2-language': 17.5,
    });
    expect(rewardPlaygroundView('no tags at all', '1/2', 'en').bars).toEqual({
      'r1zero-accuracy': 0,
      'r1zero-format': 0,
      'stage2-accuracy': 0,
      'stage2-language': 50,
    });
  });
});

describe('reward-playground parts (the Switch buttons)', () => {
  const correct = example('correct').completion;

  it('finds the parts of the examples', () => {
    expect(partsOf(correct)).toEqual({ 'think-close': true, 'answer-tags': true, chinese: false });
    expect(partsOf(example('format').completion)).toEqual({ 'think-close': false, 'answer-tags': true, chinese: false });
    expect(partsOf(togglePart(correct, 'chinese')).chinese).toBe(true);
  });

  it('gives the text back when a part is switched twice, for every example and part', () => {
    for (const e of REWARD_EXAMPLES) {
      for (const part of COMPLETION_PARTS) {
        const once = togglePart(e.completion, part);
        expect(partsOf(once)[part], `${e.id} ${part}`).toBe(!partsOf(e.completion)[part]);
        if (e.id !== 'format' || part !== 'think-close') expect(togglePart(once, part), `${e.id} ${part}`).toBe(e.completion);
      }
    }
  });

  it('moves one reward term at a time on the correct completion', () => {
    const score = (text: string) => scoreCompletion(text, '1/2', 'en');
    const base = score(correct);
    expect([base.format.reward, base.accuracy.reward, base.language.reward]).toEqual([1, 1, 1]);

    // Without </think>: the format fails; the boxed answer is still found and right.
    const noClose = togglePart(correct, 'think-close');
    expect(noClose).not.toContain('</think>');
    expect(score(noClose)).toMatchObject({ format: { reward: 0, reason: 'no closing </think>' }, accuracy: { reward: 1 } });

    // Without the answer tags: the format fails, the \boxed{} answer still counts.
    const noTags = togglePart(correct, 'answer-tags');
    expect(noTags.endsWith('</think>\n\\boxed{\\frac{1}{2}}')).toBe(true);
    expect(score(noTags)).toMatchObject({ format: { reward: 0 }, accuracy: { reward: 1 } });

    // A Chinese sentence at the end of the reasoning: nine Han characters among 25 English words.
    const mixed = togglePart(correct, 'chinese');
    expect(mixed).toContain(`gives 1/2. ${CHINESE_SENTENCE}\n</think>`);
    expect(score(mixed)).toMatchObject({ format: { reward: 1 }, accuracy: { reward: 1 }, language: { targetWords: 25, totalWords: 34 } });
  });

  it('repairs the broken-format example by closing its reasoning before the answer', () => {
    const fixed = togglePart(example('format').completion, 'think-close');
    expect(fixed).toContain('= 1/2.\n</think>\n<answer>0.5</answer>');
    expect(scoreCompletion(fixed, '1/2', 'en')).toMatchObject({ format: { reward: 1 }, accuracy: { reward: 1 } });
  });

  it('handles texts without the markers it anchors on', () => {
    expect(togglePart('', 'think-close')).toBe('</think>');
    expect(togglePart('reasoning', 'think-close')).toBe('reasoning\n</think>');
    expect(togglePart('', 'answer-tags')).toBe('<answer></answer>');
    expect(togglePart('line one\n 42 ', 'answer-tags')).toBe('line one\n <answer>42</answer> ');
    // An unclosed <answer> counts as the tags: switching them off removes it.
    expect(togglePart('<think>x</think><answer>1', 'answer-tags')).toBe('<think>x</think>1');
    expect(togglePart('plain', 'chinese')).toBe(`plain ${CHINESE_SENTENCE}`);
  });
});
