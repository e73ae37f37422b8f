/** The reward playground's parameters: the one place their defaults, limits and URL keys live. */
import { MAX_INPUT_CHARS } from '~/lib/rewards';
import { defineWidget } from '../kit/schema';
import { REWARD_EXAMPLES } from './examples';

const first = REWARD_EXAMPLES[0]!;

/**
 * Longest completion or reference answer a shared link keeps (the boxes take up to MAX_INPUT_CHARS); the
 * kit also keeps the widget's part of a link under 2 KB (MAX_LINK_BYTES), so non-Latin text keeps less.
 */
export const LINK_LIMIT = 2000;

export const rewardPlayground = defineWidget({
  id: 'reward-playground',
  // Links shared before the renovation used `rp.c=…`.
  legacyPrefixes: ['rp'],
  fields: {
    /** The model completion to score. */
    c: { kind: 'text', default: first.completion, maxLength: MAX_INPUT_CHARS, linkMaxLength: LINK_LIMIT, label: 'completion' },
    /** The reference answer. */
    ref: { kind: 'text', default: first.reference, maxLength: MAX_INPUT_CHARS, linkMaxLength: LINK_LIMIT, label: 'reference answer' },
    /** The language the reasoning should be in. */
    lang: { kind: 'enum', default: first.target, values: ['en', 'zh'] },
  },
});
