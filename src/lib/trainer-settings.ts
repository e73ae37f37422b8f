/**
 * The in-browser trainer's settings and their defaults, in a module with no code of its own: the
 * widget's schema (src/widgets/grpo-trainer/schema.ts) reads its defaults from here without bundling the
 * trainer. trainer.ts and tiny-policy.ts re-export what they used to define.
 */
import type { Algorithm, StdMode } from './rl-algorithms';

/** The supervised syntax pre-training that makes the "base" policy (tiny-policy.ts warmStart). */
export interface WarmStartOptions {
  steps: number;
  /** Answers per supervised step. */
  batchSize: number;
  learningRate: number;
}

export const DEFAULT_WARM_START: WarmStartOptions = { steps: 150, batchSize: 32, learningRate: 1e-3 };

export interface TrainerSettings {
  algorithm: Algorithm;
  seed: number;
  /** G: answers sampled per prompt. */
  groupSize: number;
  /** B: prompts per step. */
  promptsPerStep: number;
  learningRate: number;
  /** GRPO: weight of the KL term in the loss. PPO: weight of the per-token KL penalty in the reward. REINFORCE: unused. */
  beta: number;
  /** Clip range of the probability ratio (GRPO, PPO). */
  epsilon: number;
  /** Gradient steps per sampled batch (GRPO, PPO); REINFORCE is on-policy and always takes one. */
  innerEpochs: number;
  /** GRPO's advantage scaling: population std (the R1 formula), sample std (veRL), or none. */
  std: StdMode;
  /** Task shape: numbers per task (3 or 4), their range, the target range. */
  count: number;
  maxNumber: number;
  maxTarget: number;
  /** Training prompts (the pool every step samples from) and held-out prompts (never trained on). */
  poolSize: number;
  heldOutSize: number;
  /** Hidden units of the policy. */
  hidden: number;
  /** Supervised syntax steps that make the base policy (0: start from random weights). */
  warmStartSteps: number;
  /** Evaluate held-out accuracy every this many steps. */
  evalEvery: number;
  gradClip: number;
  /** PPO only: discount, GAE λ, critic learning rate and hidden units, value clip range. */
  gamma: number;
  lambda: number;
  criticLearningRate: number;
  criticHidden: number;
  valueClip: number;
}

/**
 * Defaults, chosen so that GRPO passes 60 % training-pool accuracy within a few seconds of one CPU
 * thread. TinyZero's own PPO run used other numbers (actor lr 1e-6, critic lr 1e-5, KL coefficient
 * 0.001, γ = λ = 1, on a 3B model); the toy keeps γ = λ = 1 and its own learning rates and β.
 */
export const DEFAULT_SETTINGS: TrainerSettings = {
  algorithm: 'grpo',
  seed: 1,
  groupSize: 16,
  promptsPerStep: 16,
  learningRate: 1e-2,
  beta: 0.01,
  epsilon: 0.2,
  innerEpochs: 2,
  std: 'population',
  count: 3,
  maxNumber: 20,
  maxTarget: 100,
  poolSize: 64,
  heldOutSize: 256,
  hidden: 64,
  warmStartSteps: DEFAULT_WARM_START.steps,
  evalEvery: 10,
  gradClip: 1,
  gamma: 1,
  lambda: 1,
  criticLearningRate: 1e-2,
  criticHidden: 64,
  valueClip: 0.5,
};
