/** The pass@k calculator's parameters: the one place their defaults, ranges and URL keys live. */
import { MAX_N, validatePassAtK } from '~/lib/pass-at-k';
import { defineWidget, type StateOf } from '../kit/schema';

export const passAtK = defineWidget({
  id: 'pass-at-k',
  // Links shared before the renovation used `pk.n=…`.
  legacyPrefixes: ['pk'],
  fields: {
    /** Samples drawn for one problem. */
    n: { kind: 'number', default: 10, min: 1, max: MAX_N, step: 1, integer: true },
    /** How many of them are right (at most n). */
    c: { kind: 'number', default: 3, min: 0, max: MAX_N, step: 1, integer: true },
    /** Budget: samples one would draw (at most n). */
    k: { kind: 'number', default: 2, min: 1, max: MAX_N, step: 1, integer: true },
  },
});

export type PassAtKField = keyof typeof passAtK.fields;
export type PassAtKState = StateOf<typeof passAtK.fields>;

/**
 * KIT CANDIDATE (a cross-field `check` on WidgetSpec, applied to the URL and to the boxes by the base class):
 * the rule no single field can check, that c and k fit n. Returns why the values do not fit and the field
 * the message names (messages start with it, e.g. "c must be at most n (10)"), or null when they fit.
 */
export function fitProblem(state: PassAtKState): { field: PassAtKField | undefined; message: string } | null {
  try {
    validatePassAtK(state.n, state.c, state.k);
    return null;
  } catch (error) {
    const message = (error as Error).message;
    const field = (Object.keys(passAtK.fields) as PassAtKField[]).find((name) => message.startsWith(`${name} `));
    return { field, message };
  }
}
