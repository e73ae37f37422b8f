/** The GRPO trainer's parameters: the one place their defaults, ranges and URL keys live. */
import { DEFAULT_SETTINGS, type TrainerSettings } from '~/lib/trainer-settings';
import { defineWidget, type StateOf } from '../kit/schema';

export const grpoTrainer = defineWidget({
  id: 'grpo-trainer',
  fields: {
    /** The policy-gradient algorithm. */
    algorithm: { kind: 'enum', default: DEFAULT_SETTINGS.algorithm, values: ['grpo', 'reinforce', 'ppo'] },
    /** G: answers sampled per prompt (the group). */
    g: { kind: 'number', default: DEFAULT_SETTINGS.groupSize, min: 2, max: 32, step: 1, integer: true },
    /** β: weight of the KL term (GRPO) or of the KL penalty in the reward (PPO). */
    beta: { kind: 'number', default: DEFAULT_SETTINGS.beta, min: 0, max: 0.2, step: 0.001, expect: 'a number from 0 to 0.2' },
    /** ε: clip range of the probability ratio. */
    eps: { kind: 'number', default: DEFAULT_SETTINGS.epsilon, min: 0.01, max: 0.5, step: 0.01, expect: 'a number from 0.01 to 0.5' },
    /** Adam's learning rate. */
    lr: { kind: 'number', default: DEFAULT_SETTINGS.learningRate, min: 0.0005, max: 0.05, step: 0.0005, expect: 'a number from 0.0005 to 0.05' },
    /** How GRPO scales advantages. */
    std: { kind: 'enum', default: DEFAULT_SETTINGS.std, values: ['population', 'sample', 'none'] },
    /** Seed of the run: tasks, base policy and samples. */
    seed: { kind: 'number', default: DEFAULT_SETTINGS.seed, min: 1, max: 99999, step: 1, integer: true },
    /** The starting policy: warm-started on syntax, or random weights. */
    base: { kind: 'enum', default: 'warm', values: ['warm', 'random'] },
  },
});

export type GrpoTrainerState = StateOf<typeof grpoTrainer.fields>;

/** A live run stops by itself after this many steps (the recorded run on the page has RECORDED_STEPS). */
export const MAX_STEPS = 500;
/** Length of the run recorded at build time with the default settings. */
export const RECORDED_STEPS = 100;

/** The trainer settings a widget state stands for. */
export function trainerSettings(state: GrpoTrainerState): Partial<TrainerSettings> {
  return {
    algorithm: state.algorithm as TrainerSettings['algorithm'],
    groupSize: state.g,
    beta: state.beta,
    epsilon: state.eps,
    learningRate: state.lr,
    std: state.std as TrainerSettings['std'],
    seed: state.seed,
    warmStartSteps: state.base === 'random' ? 0 : DEFAULT_SETTINGS.warmStartSteps,
  };
}
