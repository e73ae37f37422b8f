/** The best-of-N widget's parameters: the one place their defaults, ranges and URL keys live. */
import { MAX_SAMPLES, MAX_WRONG_ANSWERS } from '~/lib/majority-vote';
import { defineWidget } from '../kit/schema';

export const bestOfN = defineWidget({
  id: 'best-of-n',
  // Links shared before the renovation used `bon.p=…`.
  legacyPrefixes: ['bon'],
  fields: {
    /** Chance that one sample is right. */
    p: { kind: 'number', default: 0.6, min: 0, max: 1, step: 0.01 },
    /** Verifier quality: chance that a right answer outscores a wrong one. */
    q: { kind: 'number', default: 0.7, min: 0.5, max: 1, step: 0.01 },
    /** Number of samples. */
    n: { kind: 'number', default: 25, min: 1, max: MAX_SAMPLES, step: 1, integer: true },
    /** Number of distinct wrong answers, for the majority vote it is compared with. */
    k: { kind: 'number', default: 1, min: 1, max: MAX_WRONG_ANSWERS, step: 1, integer: true },
  },
});

/** Values of N listed in the results table (the chosen N is added); the majority-vote table lists the same. */
export const TABLE_N = [1, 3, 5, 11, 25, 65, 201] as const;
