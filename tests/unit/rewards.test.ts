import { describe, expect, it } from 'vitest';
import {
  MAX_INPUT_CHARS,
  accuracyReward,
  extractAnswer,
  extractReasoning,
  formatReward,
  languageReward,
  lastBoxed,
  normalizeAnswer,
  parseRational,
  sameValue,
  scoreCompletion,
} from '../../src/lib/rewards';
import { REWARD_EXAMPLES } from '../../src/widgets/reward-playground/examples';

const example = (id: string) => {
  const found = REWARD_EXAMPLES.find((e) => e.id === id);
  if (!found) throw new Error(`no example ${id}`);
  return found;
};
const score = (id: string, target: 'en' | 'zh' = example(id).target) =>
  scoreCompletion(example(id).completion, example(id).reference, target);
const ok = (completion: string) => formatReward(completion).reward;
const reason = (completion: string) => formatReward(completion).reason;
const acc = (completion: string, reference: string) => accuracyReward(completion, reference).reward;
const wrap = (answer: string) => `<think>x</think><answer>${answer}</answer>`;

describe('ready-made examples', () => {
  it('correct: every reward is 1', () => {
    const r = score('correct');
    expect(r.format).toEqual({ reward: 1, reason: expect.any(String) });
    expect(r.accuracy.reward).toBe(1);
    expect(r.accuracy.extracted).toBe('\\frac{1}{2}');
    expect(r.accuracy.reason).toBe('equal as numbers');
    expect(r.language.reward).toBe(1);
    expect(r.r1Zero).toBe(2);
    expect(r.r1Stage2).toBe(2);
  });

  it('wrong answer: format and language 1, accuracy 0', () => {
    const r = score('wrong');
    expect(r.format.reward).toBe(1);
    expect(r.accuracy).toMatchObject({ reward: 0, extracted: '\\frac{5}{7}', reason: 'different numbers' });
    expect(r.language.reward).toBe(1);
    expect(r.r1Zero).toBe(1);
    expect(r.r1Stage2).toBe(1);
  });

  it('broken format: no closing </think>, but 0.5 still matches 1/2', () => {
    const r = score('format');
    expect(r.format).toEqual({ reward: 0, reason: 'no closing </think>' });
    expect(r.accuracy).toMatchObject({ reward: 1, extracted: '0.5', normalized: '0.5' });
    // reasoning stops at <answer>: of, is, the, product, of, the, two, fractions
    expect(r.language).toEqual({ reward: 1, targetWords: 8, totalWords: 8 });
    expect(r.r1Zero).toBe(1);
    expect(r.r1Stage2).toBe(2);
  });

  it('language mixing: 7 English words and 13 Chinese characters', () => {
    const en = score('mixing', 'en');
    expect(en.format.reward).toBe(1);
    expect(en.accuracy.reward).toBe(1);
    expect(en.language).toEqual({ reward: 7 / 20, targetWords: 7, totalWords: 20 });
    expect(en.r1Zero).toBe(2);
    expect(en.r1Stage2).toBeCloseTo(1.35, 12);
    const zh = score('mixing', 'zh');
    expect(zh.language).toEqual({ reward: 13 / 20, targetWords: 13, totalWords: 20 });
    expect(zh.r1Stage2).toBeCloseTo(1.65, 12);
  });
});

describe('format reward', () => {
  it('accepts the template structure with surrounding whitespace', () => {
    expect(ok('<think>a</think><answer>b</answer>')).toBe(1);
    expect(ok('  \n<think>\na\n</think>\n\n<answer> b </answer>\n')).toBe(1);
  });

  it('names the problem', () => {
    expect(reason('')).toBe('empty completion');
    expect(reason('   \n')).toBe('empty completion');
    expect(reason('just an answer: 4')).toBe('no <think> tag');
    expect(reason('<think>a <answer>b</answer>')).toBe('no closing </think>');
    expect(reason('<answer>b</answer><think>a</think>')).toBe('answer before reasoning');
    expect(reason('<think>a <think>b</think> c</think><answer>d</answer>')).toBe('nested think tags');
    expect(reason('<think>a</think><think>b</think><answer>d</answer>')).toBe('more than one think block');
    expect(reason('</think><think>a</think><answer>d</answer>')).toBe('</think> comes before <think>');
    expect(reason('<think>a<answer>d</answer></think>')).toBe('<answer> inside the reasoning');
    expect(reason('<think>a</think> 4')).toBe('no <answer> block after </think>');
    expect(reason('<think>a</think><answer>4')).toBe('no closing </answer>');
    expect(reason('<think>a</think><answer>4</answer><answer>5</answer>')).toBe('more than one answer block');
    expect(reason('<think>a</think></answer>4<answer>')).toBe('</answer> comes before <answer>');
    expect(reason('Sure! <think>a</think><answer>4</answer>')).toBe('text before <think>');
    expect(reason('<think>a</think> so <answer>4</answer>')).toBe('text between </think> and <answer>');
    expect(reason('<think>a</think><answer>4</answer> done')).toBe('text after </answer>');
  });

  it('is case-sensitive about tags and ignores look-alikes', () => {
    expect(reason('<THINK>a</THINK><answer>4</answer>')).toBe('no <think> tag');
    expect(ok('<think>a < b and c > d</think><answer>4</answer>')).toBe(1);
  });
});

describe('answer extraction', () => {
  it('takes the last balanced \\boxed{} and keeps nested braces', () => {
    expect(lastBoxed('\\boxed{\\frac{1}{2}}')).toBe('\\frac{1}{2}');
    expect(lastBoxed('first \\boxed{3}, then \\boxed{4}')).toBe('4');
    expect(lastBoxed('\\boxed{3} and an unbalanced \\boxed{4')).toBe('3');
    expect(lastBoxed('\\boxed{\\{1,2\\}}')).toBe('\\{1,2\\}');
    expect(lastBoxed('\\boxed{\\boxed{7}}')).toBe('7');
    expect(lastBoxed('no box here')).toBeNull();
    expect(lastBoxed('}}}{{{')).toBeNull();
  });

  it('prefers the <answer> block, then \\boxed inside it', () => {
    expect(extractAnswer('<answer> 42 </answer>')).toBe(' 42 ');
    expect(extractAnswer('<think>\\boxed{1}</think><answer>\\boxed{2} or \\boxed{3}</answer>')).toBe('3');
    expect(extractAnswer('<think>\\boxed{1}</think><answer>7</answer>')).toBe('7');
    expect(extractAnswer('so the answer is \\boxed{9}.')).toBe('9');
    expect(extractAnswer('the answer is 9')).toBeNull();
    expect(extractAnswer('<answer>unclosed 5')).toBe('unclosed 5');
  });

  it('finds the reasoning between the tags', () => {
    expect(extractReasoning('<think>abc</think><answer>1</answer>')).toBe('abc');
    expect(extractReasoning('<think>abc<answer>1</answer>')).toBe('abc');
    expect(extractReasoning('plain text <answer>1</answer>')).toBe('plain text ');
    expect(extractReasoning('')).toBe('');
  });
});

describe('normalization and comparison', () => {
  it('normalizes common LaTeX and number spellings', () => {
    expect(normalizeAnswer(' $\\dfrac{1}{2}$ ')).toBe('\\frac{1}{2}');
    expect(normalizeAnswer('\\left( 1, 2 \\right)')).toBe('(1,2)');
    expect(normalizeAnswer('1,000')).toBe('1000');
    expect(normalizeAnswer('12\\text{ cm}')).toBe('12cm');
    expect(normalizeAnswer('50\\%')).toBe('50');
    expect(normalizeAnswer('7.')).toBe('7');
    expect(normalizeAnswer('\\text{unbalanced {')).toBe('\\text{unbalanced{');
  });

  it('parses exact fractions', () => {
    const v = (s: string) => parseRational(normalizeAnswer(s));
    expect(sameValue(v('0.5')!, v('1/2')!)).toBe(true);
    expect(sameValue(v('\\frac{1}{2}')!, v('\\frac12')!)).toBe(true);
    expect(sameValue(v('-\\frac{3}{6}')!, v('1/-2')!)).toBe(true);
    expect(sameValue(v('2.0')!, v('2')!)).toBe(true);
    expect(v('1/0')).toBeNull();
    expect(v('x/2')).toBeNull();
    expect(v('.')).toBeNull();
    expect(v('(1,2)')).toBeNull();
  });

  it('compares as numbers when both sides parse', () => {
    expect(acc(wrap(' 1/2 '), '0.5')).toBe(1);
    expect(acc(wrap('\\boxed{\\dfrac{1}{2}}'), '0.50')).toBe(1);
    expect(acc(wrap('1,000'), '1000')).toBe(1);
    expect(acc(wrap('1000.0'), '1,000')).toBe(1);
    expect(acc(wrap('-0'), '0')).toBe(1);
    expect(acc(wrap('$12$'), '12.')).toBe(1);
    expect(acc(wrap('0.333'), '1/3')).toBe(0); // exact, no rounding
    expect(acc(wrap('2/4'), '1/2')).toBe(1);
  });

  it('compares huge numbers exactly, without floating-point rounding', () => {
    const big = '123456789012345678901234567890';
    expect(acc(wrap(big), big)).toBe(1);
    expect(acc(wrap(big), '123456789012345678901234567891')).toBe(0);
    expect(Number(big) === Number('123456789012345678901234567891')).toBe(true); // why floats would fail
    const huge = '9'.repeat(5000); // over the numeric limit: compared as text
    expect(acc(wrap(huge), huge)).toBe(1);
    expect(acc(wrap(huge), `${huge}9`)).toBe(0);
  });

  it('falls back to text comparison', () => {
    expect(accuracyReward(wrap('x = 3'), 'x=3')).toMatchObject({ reward: 1, reason: 'equal as text' });
    expect(accuracyReward(wrap('(1, 2)'), '(1,2)').reward).toBe(1);
    expect(accuracyReward(wrap('(1, 2)'), '(2,1)').reward).toBe(0);
  });

  it('handles empty inputs', () => {
    expect(accuracyReward('', '1/2')).toMatchObject({ reward: 0, extracted: null });
    expect(accuracyReward(wrap(''), '1/2')).toMatchObject({ reward: 0, reason: 'the final answer is empty' });
    expect(accuracyReward(wrap('3'), '')).toMatchObject({ reward: 0, reason: 'the reference answer is empty' });
    const empty = scoreCompletion('', '', 'en');
    expect([empty.format.reward, empty.accuracy.reward, empty.language.reward]).toEqual([0, 0, 0]);
  });

  it('treats HTML in the text as plain characters', () => {
    const html = '<think><img src=x onerror=alert(1)></think><answer><b>5</b></answer>';
    expect(formatReward(html).reward).toBe(1);
    expect(accuracyReward(html, '<b>5</b>')).toMatchObject({ reward: 1, extracted: '<b>5</b>' });
    expect(accuracyReward(html, '5').reward).toBe(0);
  });
});

describe('language consistency', () => {
  it('counts Latin runs and single Han characters as words, skips digits, symbols and LaTeX commands', () => {
    expect(languageReward('Hello world 123 + 4 = 127', 'en')).toEqual({ reward: 1, targetWords: 2, totalWords: 2 });
    expect(languageReward('所以 x = 2', 'zh')).toEqual({ reward: 2 / 3, targetWords: 2, totalWords: 3 });
    expect(languageReward('\\frac{1}{2} is half', 'en')).toEqual({ reward: 1, targetWords: 2, totalWords: 2 });
    expect(languageReward('Привет world', 'en')).toEqual({ reward: 0.5, targetWords: 1, totalWords: 2 });
    expect(languageReward('1 + 2 = 3', 'en')).toEqual({ reward: 0, targetWords: 0, totalWords: 0 });
    expect(languageReward('𠀀 x', 'zh').totalWords).toBe(2); // a Han character outside the BMP is one word
  });
});

describe('hostile input', () => {
  it('rejects input over the cap with a clear message', () => {
    const long = 'a'.repeat(MAX_INPUT_CHARS + 1);
    expect(() => scoreCompletion(long, '1', 'en')).toThrow(/completion has 200,001 characters; the limit is 200,000/);
    expect(() => scoreCompletion('a', long, 'en')).toThrow(/reference answer/);
    expect(() => scoreCompletion('a'.repeat(MAX_INPUT_CHARS), '1', 'en')).not.toThrow();
  });

  it('handles "<think>" repeated until the cap', () => {
    const s = '<think>'.repeat(Math.floor(MAX_INPUT_CHARS / 7));
    const r = scoreCompletion(s, '1', 'en');
    expect(r.format.reason).toBe('no closing </think>');
    expect(r.accuracy.reward).toBe(0);
    expect(r.language.totalWords).toBe(Math.floor(MAX_INPUT_CHARS / 7) - 1);
  });

  it('handles "\\boxed{" repeated 28 000 times (the cap) and many unbalanced \\text{', () => {
    const s = '\\boxed{'.repeat(Math.floor(MAX_INPUT_CHARS / 7));
    expect(lastBoxed(s)).toBeNull();
    expect(scoreCompletion(s, '1', 'en').accuracy.extracted).toBeNull();
    const t = `<answer>${'\\text{'.repeat(30_000)}</answer>`;
    expect(scoreCompletion(t, '1', 'en').accuracy.reward).toBe(0);
    const u = `<answer>${'\\boxed{'.repeat(20_000)}1${'}'.repeat(20_000)}</answer>`;
    expect(scoreCompletion(u, '1', 'en').accuracy.reward).toBe(1);
  });

  it('handles "\\boxed{" ×50 000 and a 1 MB string directly (below the public cap check)', () => {
    expect(lastBoxed('\\boxed{'.repeat(50_000))).toBeNull();
    const mb = 'x'.repeat(1 << 20);
    expect(() => scoreCompletion(mb, '1', 'en')).toThrow(RangeError);
    expect(formatReward(mb).reason).toBe('no <think> tag');
    expect(languageReward(mb, 'en').totalWords).toBe(1);
    expect(normalizeAnswer(`${'1,'.repeat(100_000)}x`).length).toBe(200_001);
    expect(parseRational('1'.repeat(1 << 20))).toBeNull();
  });

  it('does not backtrack on long digit strings that almost parse', () => {
    const s = `${'1'.repeat(999)}x`;
    expect(parseRational(s)).toBeNull();
    expect(acc(wrap(`${'1,000'.repeat(30_000)}`), '1')).toBe(0);
  });
});
