/** The majority-vote explorer's parameters: the one place their defaults, ranges and URL keys live. */
import { MAX_SAMPLES, MAX_WRONG_ANSWERS } from '~/lib/majority-vote';
import { defineWidget } from '../kit/schema';

export const majorityVote = defineWidget({
  id: 'majority-vote',
  // Links shared before the renovation used `mv.p=…`.
  legacyPrefixes: ['mv'],
  fields: {
    /** Chance that one sample is right. */
    p: { kind: 'number', default: 0.6, min: 0, max: 1, step: 0.01 },
    /** Number of samples that vote. */
    n: { kind: 'number', default: 5, min: 1, max: MAX_SAMPLES, step: 1, integer: true },
    /** Wrong samples: all the same wrong answer, or spread over k wrong answers. */
    w: { kind: 'enum', default: 'one', values: ['one', 'spread'] },
    /** Number of distinct wrong answers when spread. */
    k: { kind: 'number', default: 4, min: 1, max: MAX_WRONG_ANSWERS, step: 1, integer: true },
  },
});

/** Values of N listed in the results table (the chosen N is added). */
export const TABLE_N = [1, 3, 5, 11, 25, 65, 201] as const;
