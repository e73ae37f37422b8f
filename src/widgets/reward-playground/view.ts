/**
 * Everything the reward playground shows for one completion: the reward table's cells, the two totals
 * and the sentence read to screen readers. Used by RewardPlayground.astro at build time (the first
 * example) and by element.ts in the browser.
 */
import { scoreCompletion, type TargetLanguage } from '~/lib/rewards';
import { LINK_LIMIT } from './schema';

/** Longest answer text shown in the table (the full text is still scored). */
export const SHOW_LIMIT = 300;

const LANGUAGE_NAMES: Record<TargetLanguage, string> = { en: 'English', zh: 'Chinese' };

/** The cells of the reward table, by the name of their [data-out] slot. */
export type RewardCells = Record<
  'format' | 'format-why' | 'accuracy' | 'accuracy-why' | 'extracted' | 'normalized' | 'reference' | 'language' | 'language-why' | 'r1zero' | 'stage2',
  string
>;

export interface RewardPlaygroundView {
  cells: RewardCells;
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
const clip = (s: string) => (s.length > SHOW_LIMIT ? `${s.slice(0, SHOW_LIMIT)}… (${count(s.length)} characters)` : s);

/** Score a completion (throws on text over MAX_INPUT_CHARS, see checkLength) and describe the result. */
export function rewardPlaygroundView(completion: string, reference: string, lang: TargetLanguage): RewardPlaygroundView {
  const r = scoreCompletion(completion, reference, lang);
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
    totals: { r1Zero: r.r1Zero, stage2: r.r1Stage2 },
    sentence:
      `Format ${r.format.reward}, accuracy ${r.accuracy.reward}, language consistency ${n3(r.language.reward)}. ` +
      `R1-Zero total ${r.r1Zero}; R1 reasoning-RL total ${n3(r.r1Stage2)}.`,
  };
}

/** What a shared link keeps of a text: the text itself, or `fallback` (the default) when it is too long. */
export function linkable(text: string, fallback: string): string {
  return text.length > LINK_LIMIT ? fallback : text;
}

/** The note shown when a text is too long for the link ('' when both fit). */
export function linkNote(completion: string, reference: string): string {
  if (completion.length <= LINK_LIMIT && reference.length <= LINK_LIMIT) return '';
  const which = completion.length > LINK_LIMIT ? 'completion' : 'reference answer';
  return (
    `The ${which} is too long to share in the link (over ${count(LINK_LIMIT)} characters), ` +
    'so a shared link opens the default example text instead.'
  );
}
