/**
 * Which of the four ways to build a reasoning model fit what a reader has: the decision logic of the
 * approach comparison, as a pure function of four answers. Each verdict comes with one reason sentence
 * (no figures: every figure sits in a cited example, evidence.ts) and the examples that back it.
 *
 * The rules restate the "when to use" sections of the four approach chapters and the budget page:
 *   - inference-time scaling needs no training, only answers that may take longer; voting and best-of-N
 *     need something that compares or checks answers, longer thinking alone does not;
 *   - pure RL needs rewards a rule can compute (R1-Zero avoided learned reward models on purpose) and
 *     training compute; below RL scale it works only on narrow tasks, and a teacher beats it there;
 *   - SFT + RL is DeepSeek-R1's full recipe: RL-scale compute and checkable answers; with a teacher and a
 *     mid-sized budget, distilling first and running RL on the student is the step DeepSeek pointed to;
 *   - distillation needs a teacher and one fine-tuning run; without a check the teacher's wrong answers
 *     cannot be filtered out.
 */
import type { EvidenceId } from './evidence';

export const BUDGETS = ['none', 'hundreds', 'thousands', 'millions'] as const;
export const CHECKS = ['rules', 'judge', 'none'] as const;
export const TEACHERS = ['yes', 'no'] as const;
export const LATENCIES = ['relaxed', 'tight'] as const;

export type Budget = (typeof BUDGETS)[number];
export type Check = (typeof CHECKS)[number];
export type Teacher = (typeof TEACHERS)[number];
export type Latency = (typeof LATENCIES)[number];

/** What the reader has. */
export interface Situation {
  /** Money for training compute: none (inference only), a few hundred dollars, thousands, millions. */
  budget: Budget;
  /** What can tell a right answer from a wrong one: a rule (reference answers, tests), a learned judge, nothing. */
  check: Check;
  /** Whether a strong reasoning model is available whose outputs may be trained on. */
  teacher: Teacher;
  /** Whether each answer may take many more tokens or samples than a plain answer. */
  latency: Latency;
}

export const APPROACHES = ['inference-time-scaling', 'pure-rl', 'sft-plus-rl', 'distillation'] as const;
export type ApproachId = (typeof APPROACHES)[number];

export type Verdict = 'fits' | 'partly' | 'no';
/** Best first, for sorting and for "the best verdict an answer allows". */
export const VERDICTS: readonly Verdict[] = ['fits', 'partly', 'no'];

export interface Fit {
  approach: ApproachId;
  verdict: Verdict;
  /** One sentence, derived from the situation, without figures. */
  reason: string;
  /** Cited examples (evidence.ts), most relevant first. */
  evidence: EvidenceId[];
}

function inferenceTimeScaling({ check, latency }: Situation): Omit<Fit, 'approach'> {
  if (latency === 'tight') {
    return {
      verdict: 'no',
      reason: 'It buys accuracy with more tokens or samples per answer, which your answers cannot afford.',
      evidence: ['self-consistency'],
    };
  }
  if (check === 'rules') {
    return {
      verdict: 'fits',
      reason: 'No training: sample several answers and keep the most common one, or one your rule accepts, paying per query instead.',
      evidence: ['self-consistency', 'deepseekmath-vote'],
    };
  }
  if (check === 'judge') {
    return {
      verdict: 'fits',
      reason: 'No training: your judge picks the best of several samples or steers a step-by-step search.',
      evidence: ['prm-best-of-n', 'compute-optimal'],
    };
  }
  return {
    verdict: 'partly',
    reason: 'Longer thinking helps without a check, but voting needs comparable answers and best-of-N a verifier.',
    evidence: ['zero-shot-cot', 'budget-forcing'],
  };
}

function pureRl({ budget, check, teacher }: Situation): Omit<Fit, 'approach'> {
  if (check === 'none') {
    return { verdict: 'no', reason: 'RL learns only from rewards, and nothing here can score an answer.', evidence: ['r1-zero'] };
  }
  if (check === 'judge') {
    return {
      verdict: 'no',
      reason: 'R1-Zero used only rules, because a policy trained at scale learns to fool a learned judge.',
      evidence: ['rules-only'],
    };
  }
  if (budget === 'none') {
    return { verdict: 'no', reason: 'RL trains the weights, and there is no budget for training.', evidence: ['tinyzero'] };
  }
  if (budget === 'millions') {
    return {
      verdict: 'fits',
      reason: 'Rule-based rewards and RL-scale compute are all R1-Zero needed, though its output was hard to read.',
      evidence: ['r1-zero'],
    };
  }
  return teacher === 'yes'
    ? {
        verdict: 'partly',
        reason: 'Small RL runs work on narrow checkable tasks, but with a teacher, distillation did far better on the same model.',
        evidence: ['rl-vs-distill-32b', 'tinyzero'],
      }
    : {
        verdict: 'partly',
        reason: 'Without a teacher this is the way to train, but at this budget only on narrow checkable tasks.',
        evidence: ['tinyzero'],
      };
}

function sftPlusRl({ budget, check, teacher }: Situation): Omit<Fit, 'approach'> {
  if (check === 'none') {
    return { verdict: 'no', reason: 'Its RL stages need answers that can be scored, and nothing here scores them.', evidence: ['r1-vs-o1'] };
  }
  if (budget === 'none' || budget === 'hundreds') {
    return {
      verdict: 'no',
      reason: 'Two supervised and two RL stages on a large base model are far beyond this budget.',
      evidence: ['v3-compute'],
    };
  }
  if (budget === 'thousands') {
    if (teacher === 'yes' && check === 'rules') {
      return {
        verdict: 'partly',
        reason: 'A small version fits: distil the teacher into a student, then run RL on it, a step DeepSeek suggested but did not report.',
        evidence: ['distill-then-rl'],
      };
    }
    return {
      verdict: 'no',
      reason:
        teacher === 'no'
          ? 'At this budget the supervised start would have to come from a teacher, and there is none.'
          : 'At this budget the RL part would rest on a learned judge, which R1 used only in its later stages.',
      evidence: ['v3-compute'],
    };
  }
  if (check === 'judge') {
    return {
      verdict: 'partly',
      reason: 'R1 used learned judges only in its later stages; its reasoning RL relied on answers a rule can check.',
      evidence: ['r1-vs-o1'],
    };
  }
  return {
    verdict: 'fits',
    reason:
      teacher === 'yes'
        ? 'This is DeepSeek-R1’s recipe, and your teacher can write the cold-start examples it begins with.'
        : 'This is DeepSeek-R1’s recipe; its cold-start examples came partly from a pure-RL model, cleaned up by people.',
    evidence: ['r1-vs-o1', 'cold-start'],
  };
}

function distillation({ budget, check, teacher }: Situation): Omit<Fit, 'approach'> {
  if (teacher === 'no') {
    return { verdict: 'no', reason: 'It copies a stronger model’s reasoning, and there is no teacher to copy.', evidence: ['distill-32b'] };
  }
  if (budget === 'none') {
    return {
      verdict: 'no',
      reason: 'Even one fine-tuning run needs compute; the published distilled models can be downloaded instead.',
      evidence: ['distill-family'],
    };
  }
  if (check === 'none') {
    return {
      verdict: 'partly',
      reason: 'The teacher’s traces can be copied, but without a check its wrong answers cannot be filtered out.',
      evidence: ['filter-correct'],
    };
  }
  return budget === 'hundreds'
    ? {
        verdict: 'fits',
        reason: 'One fine-tuning run on thousands of checked teacher traces fits this budget.',
        evidence: ['sky-t1', 's1-data'],
      }
    : {
        verdict: 'fits',
        reason: 'You can afford more traces and several students; they get close to the teacher but stay below it.',
        evidence: ['distill-32b', 'distill-small'],
      };
}

const RULES: Record<ApproachId, (situation: Situation) => Omit<Fit, 'approach'>> = {
  'inference-time-scaling': inferenceTimeScaling,
  'pure-rl': pureRl,
  'sft-plus-rl': sftPlusRl,
  distillation,
};

/** The verdict, reason and examples of one approach for a situation. */
export function fitOf(approach: ApproachId, situation: Situation): Fit {
  return { approach, ...RULES[approach](situation) };
}

/** All four approaches, in the site's order (the order of the chapters). */
export function fitAll(situation: Situation): Fit[] {
  return APPROACHES.map((approach) => fitOf(approach, situation));
}

/** Every situation there is (4 × 3 × 2 × 2 = 48). */
export function allSituations(): Situation[] {
  return BUDGETS.flatMap((budget) =>
    CHECKS.flatMap((check) => TEACHERS.flatMap((teacher) => LATENCIES.map((latency) => ({ budget, check, teacher, latency })))),
  );
}

/** The better of two verdicts. */
export function better(a: Verdict, b: Verdict): Verdict {
  return VERDICTS.indexOf(a) <= VERDICTS.indexOf(b) ? a : b;
}

/**
 * The decision table: for one approach and one answer to one question, the best verdict that answer still
 * allows (the other answers chosen as favourably as possible). Made by trying every situation, so it
 * cannot drift from the rules above.
 */
export function bestVerdictWith<K extends keyof Situation>(approach: ApproachId, field: K, value: Situation[K]): Verdict {
  return allSituations()
    .filter((situation) => situation[field] === value)
    .map((situation) => fitOf(approach, situation).verdict)
    .reduce(better, 'no');
}
