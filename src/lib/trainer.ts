/**
 * The training loop of the in-browser GRPO demo: a toy policy (tiny-policy.ts) learns Countdown
 * prompts (countdown.ts) from TinyZero's reward, with GRPO, REINFORCE or PPO (rl-algorithms.ts).
 *
 * Deterministic: a run is a pure function of its settings (seed included). All randomness comes from
 * seeded generators (prng.ts), all arithmetic is in float64 in a fixed order, and nothing depends on
 * time. Math.exp and Math.log are not used: their last bit differs between JavaScript engines (Node 24
 * and Chromium 156 disagree on about a quarter of inputs), so exp and log come from portable-math.ts,
 * which uses only correctly rounded arithmetic. A browser test checks that Chromium computes exactly
 * the curve Node computes.
 *
 * Made to be driven in small slices, e.g. from a Web Worker: `new Trainer(settings)` builds the task
 * pool and the warm-started base policy (a few hundred milliseconds), then every `trainer.step()` does
 * one sampling-and-update step (a few tens of milliseconds) and returns plain, cloneable metrics.
 */

import {
  countdownPrompt,
  generateTasks,
  renderTokens,
  scoreTokens,
  vocabulary,
  type CountdownScore,
  type CountdownTask,
  type TaskSpec,
} from './countdown';
import { Rng, deriveSeed } from './prng';
import {
  RolloutBatch,
  algorithmLoss,
  computeAdvantages,
  sampleBatch,
  tokenKl,
  valueGradientPass,
  type UpdateSettings,
} from './rl-algorithms';
import { DEFAULT_SETTINGS, type TrainerSettings } from './trainer-settings';
import { Adam, DEFAULT_WARM_START, SparseMLP, TinyPolicy, clipGradientNorm, defaultPolicySpec, warmStart, type PolicySpec } from './tiny-policy';

export { DEFAULT_SETTINGS, type TrainerSettings };

/** The default GRPO run (default seed) must pass 60 % training-pool accuracy within this many steps (a unit test checks it). */
export const DEFAULT_RUN_STEP_BUDGET = 150;

/** One sampled answer of the displayed group. */
export interface SampleAnswer {
  /** Token names, e.g. ["N1", "N2", "+", "N3", "*", "END"]. */
  tokens: string[];
  /** The text between the answer tags (null: the tag was never closed). */
  answer: string | null;
  reward: number;
  verdict: CountdownScore['verdict'];
  /** GRPO/REINFORCE: the answer's advantage. PPO: the mean of its tokens' (whitened) advantages. */
  advantage: number;
}

export interface SampleGroup {
  taskId: number;
  numbers: number[];
  target: number;
  /** The prompt text the scorer sees before the answer. */
  prompt: string;
  answers: SampleAnswer[];
}

export interface StepMetrics {
  /** Number of updates done, 1 after the first step. */
  step: number;
  /** Mean TinyZero score of this step's sampled answers (0, 0.1 or 1 each). */
  meanReward: number;
  /** Share of this step's sampled answers that are correct. */
  sampleAccuracy: number;
  /** Share of the training pool the policy solves with greedy decoding, after this step's update. */
  accuracy: number;
  /** Share of sampled answers the scorer could check: an equation with the right numbers that evaluates. */
  validShare: number;
  /** Share of sampled answers with a closed answer tag (score ≥ 0.1). */
  answerShare: number;
  /** Mean tokens per sampled answer, END included. */
  meanLength: number;
  /** Mean per-token KL estimate between the sampling policy and the reference, ratio - log ratio - 1. */
  kl: number;
  /** Greedy accuracy on the held-out prompts, every evalEvery steps; null in between. */
  heldOutAccuracy: number | null;
  /** The loss of the first inner epoch (GRPO/PPO/REINFORCE objective, negated). */
  loss: number;
  /** Share of tokens whose ratio was clipped in the last inner epoch (0 with one epoch: the ratio is then 1). */
  clipFraction: number;
  /** One group of this step: the prompt, its G answers, rewards and advantages. */
  sample: SampleGroup;
}

export function resolveSettings(settings: Partial<TrainerSettings> = {}): TrainerSettings {
  const s = { ...DEFAULT_SETTINGS, ...settings };
  const whole = (name: keyof TrainerSettings, lo: number, hi: number): void => {
    const v = s[name] as number;
    if (!Number.isInteger(v) || v < lo || v > hi) throw new RangeError(`${name} must be a whole number from ${lo} to ${hi}.`);
  };
  const real = (name: keyof TrainerSettings, lo: number, hi: number): void => {
    const v = s[name] as number;
    if (!Number.isFinite(v) || v < lo || v > hi) throw new RangeError(`${name} must be a number from ${lo} to ${hi}.`);
  };
  if (!['grpo', 'reinforce', 'ppo'].includes(s.algorithm)) throw new RangeError('algorithm must be grpo, reinforce or ppo.');
  if (!['population', 'sample', 'none'].includes(s.std)) throw new RangeError('std must be population, sample or none.');
  whole('seed', 0, 2 ** 32 - 1);
  whole('groupSize', 2, 64);
  whole('promptsPerStep', 1, 64);
  whole('innerEpochs', 1, 8);
  whole('count', 3, 4);
  whole('poolSize', 1, 4096);
  whole('heldOutSize', 0, 4096);
  whole('hidden', 4, 512);
  whole('criticHidden', 4, 512);
  whole('warmStartSteps', 0, 10_000);
  whole('evalEvery', 1, 10_000);
  real('learningRate', 1e-6, 1);
  real('criticLearningRate', 1e-6, 1);
  real('beta', 0, 10);
  real('epsilon', 0, 0.99);
  real('gradClip', 1e-6, 1e6);
  real('gamma', 0, 1);
  real('lambda', 0, 1);
  real('valueClip', 0, 1e6);
  return s;
}

/** Cap on the score cache; it is cleared when full (scores are cheap to recompute). */
const SCORE_CACHE_LIMIT = 200_000;

export class Trainer {
  readonly settings: TrainerSettings;
  readonly taskSpec: TaskSpec;
  readonly policySpec: PolicySpec;
  /** Training prompts and held-out prompts (disjoint). */
  readonly pool: CountdownTask[];
  readonly heldOut: CountdownTask[];
  readonly policy: TinyPolicy;
  /** The frozen reference: a copy of the base policy. */
  readonly reference: TinyPolicy;
  readonly critic: SparseMLP | null;
  /** Mean cross-entropy of each warm-start step. */
  readonly warmStartLosses: number[];

  private readonly sampleRng: Rng;
  private readonly orderRng: Rng;
  private order: number[] = [];
  private readonly batch: RolloutBatch;
  private readonly adam: Adam;
  private readonly grad: Float64Array;
  private readonly criticAdam: Adam | null;
  private readonly criticGrad: Float64Array | null;
  private readonly scoreCache = new Map<string, CountdownScore>();
  private steps = 0;

  constructor(settings: Partial<TrainerSettings> = {}) {
    const s = (this.settings = resolveSettings(settings));
    this.taskSpec = { count: s.count, maxNumber: s.maxNumber, maxTarget: s.maxTarget };
    this.policySpec = defaultPolicySpec(this.taskSpec, s.hidden);

    // Separate random streams, so that changing one thing (say G) does not change the pool or the base policy.
    const seen = new Set<string>();
    this.pool = generateTasks(new Rng(deriveSeed(s.seed, 'pool')), s.poolSize, this.taskSpec, seen);
    this.heldOut = generateTasks(new Rng(deriveSeed(s.seed, 'held-out')), s.heldOutSize, this.taskSpec, seen);
    this.policy = new TinyPolicy(this.policySpec).initialize(new Rng(deriveSeed(s.seed, 'init')));
    this.warmStartLosses = warmStart(this.policy, new Rng(deriveSeed(s.seed, 'warm-start')), { ...DEFAULT_WARM_START, steps: s.warmStartSteps });
    this.reference = this.policy.clone();
    this.sampleRng = new Rng(deriveSeed(s.seed, 'sample'));
    this.orderRng = new Rng(deriveSeed(s.seed, 'order'));

    const layout = this.policy.layout;
    this.batch = new RolloutBatch(s.groupSize, s.promptsPerStep * s.groupSize, this.policySpec.maxLength, layout.maxActive, s.hidden, this.policy.vocab);
    this.adam = new Adam(this.policy.net.parameterCount, s.learningRate);
    this.grad = new Float64Array(this.policy.net.parameterCount);
    if (s.algorithm === 'ppo') {
      this.critic = new SparseMLP(layout.size, s.criticHidden, 1);
      this.critic.initialize(new Rng(deriveSeed(s.seed, 'critic')), layout.maxActive);
      this.criticAdam = new Adam(this.critic.parameterCount, s.criticLearningRate);
      this.criticGrad = new Float64Array(this.critic.parameterCount);
    } else {
      this.critic = this.criticAdam = this.criticGrad = null;
    }
  }

  /** Updates done so far. */
  get stepCount(): number {
    return this.steps;
  }

  /** Parameters of the policy (and of the critic, for PPO). */
  get parameterCount(): { policy: number; critic: number } {
    return { policy: this.policy.net.parameterCount, critic: this.critic?.parameterCount ?? 0 };
  }

  /** TinyZero's score of a token sequence for a task (cached: the same answers recur constantly). */
  private score(task: CountdownTask, tokens: number[]): CountdownScore {
    const key = `${task.numbers.join(' ')}=${task.target}:${tokens.join(',')}`;
    let result = this.scoreCache.get(key);
    if (result === undefined) {
      if (this.scoreCache.size >= SCORE_CACHE_LIMIT) this.scoreCache.clear();
      result = scoreTokens(tokens, task);
      this.scoreCache.set(key, result);
    }
    return result;
  }

  /** The next B pool prompts: a fresh shuffle of the pool each time it runs out. */
  private nextPrompts(): { taskId: number; task: CountdownTask }[] {
    const out: { taskId: number; task: CountdownTask }[] = [];
    while (out.length < this.settings.promptsPerStep) {
      if (this.order.length === 0) this.order = this.orderRng.shuffle(this.pool.map((_, i) => i));
      const taskId = this.order.pop()!;
      out.push({ taskId, task: this.pool[taskId]! });
    }
    return out;
  }

  /** Share of `tasks` that greedy decoding solves. */
  accuracyOn(tasks: readonly CountdownTask[]): number {
    if (tasks.length === 0) return 0;
    let solved = 0;
    for (const task of tasks) if (this.score(task, this.policy.greedy(task)).verdict === 'correct') solved++;
    return solved / tasks.length;
  }

  /** Greedy accuracy on the pool and on the held-out prompts, e.g. for the starting point of a chart. */
  evaluate(): { accuracy: number; heldOutAccuracy: number } {
    return { accuracy: this.accuracyOn(this.pool), heldOutAccuracy: this.accuracyOn(this.heldOut) };
  }

  /** One step: sample B × G answers, score them, compute advantages, update (inner epochs), measure. */
  step(): StepMetrics {
    const s = this.settings;
    const batch = this.batch;
    sampleBatch(batch, this.policy, this.reference, this.nextPrompts(), this.sampleRng, (id, tokens) => this.score(this.pool[id]!, tokens), this.critic);
    const update: UpdateSettings = {
      algorithm: s.algorithm,
      epsilon: s.epsilon,
      beta: s.beta,
      std: s.std,
      gamma: s.gamma,
      lambda: s.lambda,
      valueClip: s.valueClip,
    };
    const advantages = computeAdvantages(batch, update);

    // Metrics of the sampled answers, before the update changes the policy.
    const episodes = batch.episodes;
    let reward = 0, correct = 0, valid = 0, answered = 0, length = 0, kl = 0; // prettier-ignore
    for (const e of episodes) {
      reward += e.score.score;
      if (e.score.verdict === 'correct') correct++;
      if (e.score.verdict === 'correct' || e.score.verdict === 'wrong-result') valid++;
      if (e.score.score > 0) answered++;
      length += e.tokens.length;
    }
    for (let k = 0; k < batch.tokenCount; k++) kl += tokenKl(batch.oldLogp[k]!, batch.refLogp[k]!);

    const epochs = s.algorithm === 'reinforce' ? 1 : s.innerEpochs;
    let firstLoss = 0;
    const clipStats = { clipped: 0 };
    for (let epoch = 0; epoch < epochs; epoch++) {
      this.grad.fill(0);
      const last = epoch === epochs - 1;
      const loss = algorithmLoss(this.policy, batch, update, this.grad, epoch === 0, last ? clipStats : null);
      if (epoch === 0) firstLoss = loss;
      clipGradientNorm(this.grad, s.gradClip);
      this.adam.step(this.policy.net.params, this.grad);
      if (this.critic && this.criticAdam && this.criticGrad) {
        this.criticGrad.fill(0);
        valueGradientPass(this.critic, batch, s.valueClip, this.criticGrad);
        clipGradientNorm(this.criticGrad, s.gradClip);
        this.criticAdam.step(this.critic.params, this.criticGrad);
      }
    }
    this.steps++;

    const n = episodes.length;
    const names = vocabulary(s.count);
    const shown = episodes.slice(0, s.groupSize);
    const first = shown[0]!;
    return {
      step: this.steps,
      meanReward: reward / n,
      sampleAccuracy: correct / n,
      accuracy: this.accuracyOn(this.pool),
      validShare: valid / n,
      answerShare: answered / n,
      meanLength: length / n,
      kl: kl / batch.tokenCount,
      heldOutAccuracy: this.steps % s.evalEvery === 0 ? this.accuracyOn(this.heldOut) : null,
      loss: firstLoss,
      clipFraction: clipStats.clipped / batch.tokenCount,
      sample: {
        taskId: first.taskId,
        numbers: [...first.task.numbers],
        target: first.task.target,
        prompt: countdownPrompt(first.task),
        answers: shown.map((e, i) => ({
          tokens: e.tokens.map((t) => names[t]!),
          answer: renderTokens(e.tokens, e.task.numbers).answer,
          reward: e.score.score,
          verdict: e.score.verdict,
          advantage: advantages[i]!,
        })),
      },
    };
  }
}

/** Run `steps` steps and return every step's metrics (for tests, the benchmark and the recorded build-time run). */
export function runTraining(settings: Partial<TrainerSettings>, steps: number, onStep?: (m: StepMetrics) => void): StepMetrics[] {
  const trainer = new Trainer(settings);
  const out: StepMetrics[] = [];
  for (let i = 0; i < steps; i++) {
    const m = trainer.step();
    onStep?.(m);
    out.push(m);
  }
  return out;
}
