/**
 * Everything the reward playground shows for one completion: the reward table's cells, the two totals
 * and the sentence read to screen readers. Used by RewardPlayground.astro at build time (the first
 * example) and by element.ts in the browser.
 */
import { scoreCompletion, type RewardReport, type TargetLanguage } from '~/lib/rewards';
import { shorten } from '../kit/schema';

/** Longest answer text shown in the table (the full text is still scored). */
export const SHOW_LIMIT = 300;

const LANGUAGE_NAMES: Record<TargetLanguage, string> = { en: 'English', zh: 'Chinese' };

/** The cells of the reward table, by the name of their [data-out] slot. */
export type RewardCells = Record<
  'format' | 'format-why' | 'accuracy' | 'accuracy-why' | 'extracted' | 'normalized' | 'reference' | 'language' | 'language-why' | 'r1zero' | 'stage2',
  string
>;

/** The segments of the two total bars, by the name of their [data-bar] slot: widths in % of the largest total, 2. */
export type RewardBars = Record<'r1zero-accuracy' | 'r1zero-format' | 'stage2-accuracy' | 'stage2-language', number>;

export interface RewardPlaygroundView {
  cells: RewardCells;
  bars: RewardBars;
  /** The exact totals, which the GRPO explorer on the same page can take as a sample's reward. */
  totals: { r1Zero: number; stage2: number };
  sentence: string;
}

/** The schema's `lang` value as the maths' type. */
export function targetLanguage(value: string): TargetLanguage {
  return value === 'zh' ? 'zh' : 'en';
}

const n3 = (x: number) => String(Math.round(x * 1000) / 1000);
const count = (n: number) => n.toLocaleString('en-US');
/** Text from the reader shown in a cell: cut between graphemes, bidirectional controls neutralized. */
const clip = (s: string) => (s.length > SHOW_LIMIT ? `${shorten(s, SHOW_LIMIT)} (${count(s.length)} characters)` : shorten(s, SHOW_LIMIT));

/** Each term is at most 1 and each total at most 2: a term's share of a full bar, in %, to 0.1. */
export const barWidth = (term: number): number => Math.round(term * 500) / 10;

/** Score a completion (throws on text over MAX_INPUT_CHARS, see checkLength) and describe the result. */
export function rewardPlaygroundView(completion: string, reference: string, lang: TargetLanguage): RewardPlaygroundView {
  return describeScore(scoreCompletion(completion, reference, lang), lang);
}

/** Describe a score (computed here, or by the element's worker for long texts). */
export function describeScore(r: RewardReport, lang: TargetLanguage): RewardPlaygroundView {
  return {
    cells: {
      format: String(r.format.reward),
      'format-why': r.format.reason,
      accuracy: String(r.accuracy.reward),
      'accuracy-why': r.accuracy.reason,
      extracted: r.accuracy.extracted === null ? '(none)' : clip(r.accuracy.extracted),
      normalized: r.accuracy.normalized === null ? '(none)' : clip(r.accuracy.normalized),
      reference: clip(r.accuracy.reference),
      language: n3(r.language.reward),
      'language-why':
        r.language.totalWords === 0
          ? 'no words in the reasoning (digits and symbols do not count), so the reward is 0'
          : `${LANGUAGE_NAMES[lang]} words in the reasoning: ${count(r.language.targetWords)} of ${count(r.language.totalWords)}`,
      r1zero: String(r.r1Zero),
      stage2: n3(r.r1Stage2),
    },
    bars: {
      'r1zero-accuracy': barWidth(r.accuracy.reward),
      'r1zero-format': barWidth(r.format.reward),
      'stage2-accuracy': barWidth(r.accuracy.reward),
      'stage2-language': barWidth(r.language.reward),
    },
    totals: { r1Zero: r.r1Zero, stage2: r.r1Stage2 },
    sentence:
      `Format ${r.format.reward}, accuracy ${r.accuracy.reward}, language consistency ${n3(r.language.reward)}. ` +
      `R1-Zero total ${r.r1Zero}; R1 reasoning-RL total ${n3(r.r1Stage2)}.`,
  };
}
