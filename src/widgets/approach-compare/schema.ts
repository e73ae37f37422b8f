/** The approach comparison's four questions: the one place their answers, defaults and URL keys live. */
import { defineWidget } from '../kit/schema';
import { BUDGETS, CHECKS, LATENCIES, TEACHERS } from './fit';

export const approachCompare = defineWidget({
  id: 'approach-compare',
  fields: {
    /** Money for training compute. */
    budget: { kind: 'enum', default: 'hundreds', values: BUDGETS },
    /** What can tell a right answer from a wrong one. */
    check: { kind: 'enum', default: 'rules', values: CHECKS },
    /** A strong teacher model whose outputs may be trained on. */
    teacher: { kind: 'enum', default: 'yes', values: TEACHERS },
    /** Whether answers may take many more tokens or samples. */
    latency: { kind: 'enum', default: 'relaxed', values: LATENCIES },
  },
});

/** The words for each answer, used by the controls, the scenario sentence and the decision table. */
export const ANSWER_LABELS = {
  budget: { none: 'None', hundreds: 'Hundreds of $', thousands: 'Thousands of $', millions: 'Millions of $' },
  check: { rules: 'A rule', judge: 'A learned judge', none: 'Nothing' },
  teacher: { yes: 'Yes', no: 'No' },
  latency: { relaxed: 'Yes, more tokens or samples', tight: 'No, keep it fast' },
} as const;

export const QUESTIONS = {
  budget: 'Training budget',
  check: 'Answer check',
  teacher: 'A strong teacher?',
  latency: 'Longer answers OK?',
} as const;
