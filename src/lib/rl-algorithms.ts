/**
 * Three policy-gradient algorithms for the toy policy, each a real implementation on the same sampled
 * answers: GRPO, REINFORCE with a group-mean baseline, and PPO with a learned critic and GAE.
 *
 * GRPO follows the site's formulas: the per-token objective of DeepSeekMath [deepseekmath, eq. 3],
 * with the group-relative advantage of the R1 paper [deepseek-r1, eq. 3] and the KL estimator
 * ratio - log(ratio) - 1 to a frozen reference [deepseek-r1, eq. 2]. The group arithmetic (advantages and
 * the clipped term) is the site's own grpo.ts, the same code as the GRPO explorer; the KL estimator is
 * grpo.ts's formula too, rewritten without Math.log (tokenKl) so that runs are identical in every browser.
 *
 *   J(θ) = mean over groups of  (1/G) Σ_i (1/|o_i|) Σ_t [ min(ρ_it A_i, clip(ρ_it, 1-ε, 1+ε) A_i) - β D_it ]
 *   ρ_it = π_θ(o_it | q, o_i,<t) / π_old(o_it | q, o_i,<t)
 *   D_it = π_ref(o_it | …) / π_θ(o_it | …) - log(π_ref(o_it | …) / π_θ(o_it | …)) - 1
 *   A_i  = (r_i - mean(r)) / std(r)   (population or sample std; or, switched off, just r_i - mean(r))
 *
 * We minimise L = -J by gradient descent. Everything reduces to one number per sampled token, the
 * derivative of the loss with respect to that token's log-probability; the chain rule through the
 * softmax (d log π(a) / d logits = onehot(a) - π) and the network does the rest (policyGradientPass).
 *
 * PPO is what TinyZero's default script ran [tinyzero]: veRL's PPO with a critic and GAE (γ = 1, λ = 1),
 * a per-token KL penalty folded into the reward (coefficient 0.001), clip 0.2, value clip 0.5, advantages
 * whitened over the batch. Our toy keeps that structure with its own hyperparameters (see trainer.ts).
 * Left out on purpose: veRL's entropy bonus (0.001) and dual-clip; our critic is a separate small
 * network, as TinyZero's critic is a separate model.
 */

import { clippedTerm, groupAdvantages, mean, type StdConvention } from './grpo';
import { exp } from './portable-math';
import { endToken, type CountdownTask, type CountdownScore } from './countdown';
import { SparseMLP, TinyPolicy, featurize, logSumExp } from './tiny-policy';
import type { Rng } from './prng';

export type Algorithm = 'grpo' | 'reinforce' | 'ppo';
/** How GRPO scales advantages: by the population or sample std (grpo.ts), or not at all. */
export type StdMode = StdConvention | 'none';

/**
 * Log-ratios are clamped to ±20 before exp(), as a numerical guard against overflow (veRL clamps the
 * policy log-ratio to the same range). Default runs never come near it.
 */
export const LOG_RATIO_LIMIT = 20;
const clampLog = (x: number): number => Math.min(Math.max(x, -LOG_RATIO_LIMIT), LOG_RATIO_LIMIT);

// ===================================================================================================
// Per-token terms: the objective's value at one token and its derivative with respect to log π_θ

export interface TokenTerm {
  /** This token's contribution to the objective J (before averaging). */
  objective: number;
  /** d objective / d log π_θ(token). */
  dLogp: number;
  /** The clipped branch was taken (its gradient through ρ is zero). */
  clipped: boolean;
  /** The KL estimator's value at this token (0 when not used). */
  kl: number;
}

/**
 * The KL estimator r - log r - 1 (grpo.ts's klEstimator) at one token, from log-probabilities: with
 * d = log π_ref - log π_θ we have r = e^d and log r = d, so it is e^d - d - 1, no logarithm needed.
 * (exp is portable-math's, like every exp in the trainer: the same bits in every JavaScript engine.)
 */
export function tokenKl(logp: number, refLogp: number): number {
  const d = clampLog(refLogp - logp);
  return exp(d) - d - 1;
}

/**
 * GRPO's per-token term  min(ρA, clip(ρ, 1-ε, 1+ε)A) - β (r - log r - 1)  with ρ = π_θ/π_old and
 * r = π_ref/π_θ, computed from log-probabilities.
 * Derivatives: dρ/dlogπ_θ = ρ, so the surrogate contributes ρA unless the clip is active (then 0);
 * d(r - log r - 1)/dlogπ_θ = -r + 1, so the KL term contributes -β(1 - r).
 */
export function grpoTokenTerm(logp: number, oldLogp: number, refLogp: number, advantage: number, epsilon: number, beta: number): TokenTerm {
  const rho = exp(clampLog(logp - oldLogp));
  const term = clippedTerm(rho, advantage, epsilon);
  const dSurrogate = term.clipActive ? 0 : rho * advantage;
  if (beta === 0) return { objective: term.value, dLogp: dSurrogate, clipped: term.clipActive, kl: 0 };
  const r = exp(clampLog(refLogp - logp));
  const kl = tokenKl(logp, refLogp);
  return { objective: term.value - beta * kl, dLogp: dSurrogate - beta * (1 - r), clipped: term.clipActive, kl };
}

/** PPO's per-token clipped surrogate (no KL term: PPO puts the KL penalty into the reward instead). */
export const ppoTokenTerm = (logp: number, oldLogp: number, advantage: number, epsilon: number): TokenTerm =>
  grpoTokenTerm(logp, oldLogp, 0, advantage, epsilon, 0);

/** REINFORCE's per-token term A · log π_θ(token); its derivative is A. */
export const reinforceTokenTerm = (logp: number, advantage: number): TokenTerm =>
  ({ objective: advantage * logp, dLogp: advantage, clipped: false, kl: 0 });

/**
 * PPO's value loss at one state, as in veRL: ½ max((V - R)², (V_clipped - R)²), where V_clipped keeps
 * the new value within ±clipRange of the value at sampling time. Returns the loss and dLoss/dV.
 */
export function valueLossTerm(value: number, oldValue: number, target: number, clipRange: number): { loss: number; dValue: number } {
  const clippedValue = Math.min(Math.max(value, oldValue - clipRange), oldValue + clipRange);
  const plain = (value - target) * (value - target);
  const clipped = (clippedValue - target) * (clippedValue - target);
  if (plain >= clipped) return { loss: 0.5 * plain, dValue: value - target };
  // The clipped branch is larger; it depends on V only while V is inside the clip range.
  const inside = value > oldValue - clipRange && value < oldValue + clipRange;
  return { loss: 0.5 * clipped, dValue: inside ? clippedValue - target : 0 };
}

// ===================================================================================================
// Advantages

/** GRPO: each group's rewards through grpo.ts (groups are consecutive runs of G episodes). */
export function grpoAdvantages(rewards: readonly number[], groupSize: number, std: StdMode): number[] {
  const out: number[] = [];
  for (let g = 0; g < rewards.length; g += groupSize) {
    const group = rewards.slice(g, g + groupSize);
    if (std === 'none') {
      const m = mean(group);
      out.push(...group.map((r) => r - m));
    } else {
      out.push(...groupAdvantages(group, std).advantages);
    }
  }
  return out;
}

/** REINFORCE's baseline: the mean reward of the answer's own group, no scaling. */
export const reinforceAdvantages = (rewards: readonly number[], groupSize: number): number[] =>
  grpoAdvantages(rewards, groupSize, 'none');

/**
 * PPO: per-token rewards and Generalized Advantage Estimation for one answer of T tokens.
 * reward_t = -klCoef · (log π_old - log π_ref) at every token, plus the score at the last token;
 * δ_t = reward_t + γ V_{t+1} - V_t (V_T = 0);  A_t = δ_t + γλ A_{t+1};  return_t = A_t + V_t.
 */
export function gae(
  score: number,
  values: ArrayLike<number>,
  oldLogp: ArrayLike<number>,
  refLogp: ArrayLike<number>,
  klCoef: number,
  gamma: number,
  lambda: number,
): { advantages: number[]; returns: number[] } {
  const T = values.length;
  const advantages = new Array<number>(T);
  const returns = new Array<number>(T);
  let next = 0; // A_{t+1}
  for (let t = T - 1; t >= 0; t--) {
    const reward = -klCoef * (oldLogp[t]! - refLogp[t]!) + (t === T - 1 ? score : 0);
    const nextValue = t === T - 1 ? 0 : values[t + 1]!;
    const delta = reward + gamma * nextValue - values[t]!;
    next = delta + gamma * lambda * next;
    advantages[t] = next;
    returns[t] = next + values[t]!;
  }
  return { advantages, returns };
}

/** Shift and scale to mean 0, variance 1 (unbiased variance + 1e-8, as veRL's masked_whiten). */
export function whiten(values: Float64Array): void {
  const n = values.length;
  if (n < 2) return;
  let m = 0;
  for (let i = 0; i < n; i++) m += values[i]!;
  m /= n;
  let sq = 0;
  for (let i = 0; i < n; i++) sq += (values[i]! - m) * (values[i]! - m);
  const scale = 1 / Math.sqrt(sq / (n - 1) + 1e-8);
  for (let i = 0; i < n; i++) values[i] = (values[i]! - m) * scale;
}

// ===================================================================================================
// A batch of sampled answers

export interface EpisodeInfo {
  /** Index of the task in the caller's list (e.g. the training pool). */
  taskId: number;
  task: CountdownTask;
  tokens: number[];
  /** The episode's tokens are start..end-1 in the batch's token arrays. */
  start: number;
  end: number;
  score: CountdownScore;
}

/** Sampled answers for B prompts × G samples, with everything the updates need, token by token. */
export class RolloutBatch {
  readonly groupSize: number;
  readonly episodes: EpisodeInfo[] = [];
  tokenCount = 0;
  featureCount = 0;
  // per token
  readonly featStart: Int32Array;
  readonly action: Int32Array;
  readonly oldLogp: Float64Array;
  readonly refLogp: Float64Array;
  readonly oldValue: Float64Array;
  readonly advantage: Float64Array;
  readonly valueTarget: Float64Array;
  /** 1 / |o_i| for the token's answer. */
  readonly lengthWeight: Float64Array;
  /** The policy's hidden activations and next-token probabilities at sampling time (hidden × tokens, vocab × tokens). */
  readonly hidden: Float64Array;
  readonly probs: Float64Array;
  readonly hiddenSize: number;
  readonly vocab: number;
  // per feature
  readonly featIdx: Int32Array;
  readonly featVal: Float64Array;

  constructor(groupSize: number, maxEpisodes: number, maxLength: number, maxActive: number, hiddenSize: number, vocab: number) {
    this.groupSize = groupSize;
    this.hiddenSize = hiddenSize;
    this.vocab = vocab;
    const tokens = maxEpisodes * maxLength;
    this.featStart = new Int32Array(tokens + 1);
    this.action = new Int32Array(tokens);
    this.oldLogp = new Float64Array(tokens);
    this.refLogp = new Float64Array(tokens);
    this.oldValue = new Float64Array(tokens);
    this.advantage = new Float64Array(tokens);
    this.valueTarget = new Float64Array(tokens);
    this.lengthWeight = new Float64Array(tokens);
    this.hidden = new Float64Array(tokens * hiddenSize);
    this.probs = new Float64Array(tokens * vocab);
    this.featIdx = new Int32Array(tokens * maxActive);
    this.featVal = new Float64Array(tokens * maxActive);
  }

  get rewards(): number[] {
    return this.episodes.map((e) => e.score.score);
  }
}

/**
 * Sample G answers for each task with the current policy (which is π_old for this batch), recording
 * each token's features, log π_old, log π_ref and (for PPO) the critic's value, and score each answer.
 */
export function sampleBatch(
  batch: RolloutBatch,
  policy: TinyPolicy,
  reference: TinyPolicy,
  tasks: readonly { taskId: number; task: CountdownTask }[],
  rng: Rng,
  score: (taskId: number, tokens: number[]) => CountdownScore,
  critic: SparseMLP | null = null,
): void {
  const { spec, layout, net, vocab } = policy;
  const H = spec.hidden;
  const end = endToken(spec.count);
  const logits = new Float64Array(vocab);
  const refHidden = new Float64Array(reference.spec.hidden);
  const refLogits = new Float64Array(policy.vocab);
  const valueHidden = critic ? new Float64Array(critic.hiddenSize) : null;
  const valueOut = new Float64Array(1);
  batch.episodes.length = 0;
  batch.tokenCount = 0;
  batch.featureCount = 0;
  let k = 0; // token index
  let f = 0; // feature index
  for (const { taskId, task } of tasks) {
    for (let g = 0; g < batch.groupSize; g++) {
      const tokens: number[] = [];
      const start = k;
      while (tokens.length < spec.maxLength) {
        const n = featurize(layout, spec, task, tokens, tokens.length, batch.featIdx, batch.featVal, f);
        batch.featStart[k] = f;
        // The activations and probabilities are kept: the first inner epoch reuses them.
        net.forward(batch.featIdx, batch.featVal, f, f + n, batch.hidden.subarray(k * H, (k + 1) * H), logits);
        const lse = logSumExp(logits);
        const probs = batch.probs.subarray(k * vocab, (k + 1) * vocab);
        for (let j = 0; j < vocab; j++) probs[j] = exp(logits[j]! - lse);
        const token = rng.categorical(probs, 1);
        batch.oldLogp[k] = logits[token]! - lse; // log π_old(token)
        reference.net.forward(batch.featIdx, batch.featVal, f, f + n, refHidden, refLogits);
        batch.refLogp[k] = refLogits[token]! - logSumExp(refLogits); // log π_ref(token)
        if (critic && valueHidden) {
          critic.forward(batch.featIdx, batch.featVal, f, f + n, valueHidden, valueOut);
          batch.oldValue[k] = valueOut[0]!;
        }
        batch.action[k] = token;
        f += n;
        k++;
        tokens.push(token);
        if (token === end) break;
      }
      for (let t = start; t < k; t++) batch.lengthWeight[t] = 1 / (k - start);
      batch.episodes.push({ taskId, task, tokens, start, end: k, score: score(taskId, tokens) });
    }
  }
  batch.featStart[k] = f;
  batch.tokenCount = k;
  batch.featureCount = f;
}

// ===================================================================================================
// Loss and gradient over a batch

/**
 * For every token of the batch: run the policy, take log π_θ(token), ask `term` for the objective and
 * its derivative, and add weight · (-dObjective) · (onehot(token) - π) into `grad` through the network
 * (skip the backward pass by passing grad = null). Returns the loss -Σ weight · objective, and counts
 * the tokens whose clip was active into stats.clipped when stats is given.
 * With `atSamplingPolicy` (first inner epoch, parameters unchanged since sampling) the forward pass is
 * not repeated: the activations and probabilities stored at sampling time are the same numbers.
 */
export function policyGradientPass(
  policy: TinyPolicy,
  batch: RolloutBatch,
  weight: (token: number) => number,
  term: (token: number, logp: number) => TokenTerm,
  grad: Float64Array | null,
  atSamplingPolicy = false,
  stats: { clipped: number } | null = null,
): number {
  const { net, vocab } = policy;
  const H = policy.spec.hidden;
  const scratchHidden = new Float64Array(H);
  const scratchProbs = new Float64Array(vocab);
  const dLogits = new Float64Array(vocab);
  let loss = 0;
  for (let k = 0; k < batch.tokenCount; k++) {
    const from = batch.featStart[k]!;
    const to = batch.featStart[k + 1]!;
    const a = batch.action[k]!;
    let hidden: Float64Array = scratchHidden;
    let probs: Float64Array = scratchProbs;
    let logp: number;
    if (atSamplingPolicy) {
      hidden = batch.hidden.subarray(k * H, (k + 1) * H);
      probs = batch.probs.subarray(k * vocab, (k + 1) * vocab);
      logp = batch.oldLogp[k]!;
    } else {
      net.forward(batch.featIdx, batch.featVal, from, to, hidden, probs);
      const lse = logSumExp(probs);
      logp = probs[a]! - lse; // log π_θ(a), computed exactly as at sampling time
      for (let j = 0; j < vocab; j++) probs[j] = exp(probs[j]! - lse);
    }
    const w = weight(k);
    const { objective, dLogp, clipped } = term(k, logp);
    loss -= w * objective;
    if (clipped && stats) stats.clipped++;
    if (grad) {
      const c = -w * dLogp; // dLoss / dlog π(a)
      for (let j = 0; j < vocab; j++) dLogits[j] = c * ((j === a ? 1 : 0) - probs[j]!);
      net.backward(batch.featIdx, batch.featVal, from, to, hidden, dLogits, grad);
    }
  }
  return loss;
}

/** PPO's critic: value loss over all tokens (mean over each answer, then over answers) and its gradient. */
export function valueGradientPass(critic: SparseMLP, batch: RolloutBatch, clipRange: number, grad: Float64Array | null): number {
  const hidden = new Float64Array(critic.hiddenSize);
  const out = new Float64Array(1);
  const dOut = new Float64Array(1);
  const episodes = batch.episodes.length;
  let loss = 0;
  for (let k = 0; k < batch.tokenCount; k++) {
    const from = batch.featStart[k]!;
    const to = batch.featStart[k + 1]!;
    critic.forward(batch.featIdx, batch.featVal, from, to, hidden, out);
    const w = batch.lengthWeight[k]! / episodes;
    const term = valueLossTerm(out[0]!, batch.oldValue[k]!, batch.valueTarget[k]!, clipRange);
    loss += w * term.loss;
    if (grad) {
      dOut[0] = w * term.dValue;
      critic.backward(batch.featIdx, batch.featVal, from, to, hidden, dOut, grad);
    }
  }
  return loss;
}

export interface UpdateSettings {
  algorithm: Algorithm;
  epsilon: number;
  beta: number;
  std: StdMode;
  /** PPO's discount and GAE parameter. */
  gamma: number;
  lambda: number;
  valueClip: number;
}

/** Fill batch.advantage (per token) and, for PPO, batch.valueTarget. Returns one advantage per answer for display. */
export function computeAdvantages(batch: RolloutBatch, settings: UpdateSettings): number[] {
  const rewards = batch.rewards;
  const G = batch.groupSize;
  if (settings.algorithm === 'ppo') {
    const perEpisode: number[] = [];
    for (const e of batch.episodes) {
      const slice = (a: Float64Array): Float64Array => a.subarray(e.start, e.end);
      const { advantages, returns } = gae(e.score.score, slice(batch.oldValue), slice(batch.oldLogp), slice(batch.refLogp), settings.beta, settings.gamma, settings.lambda);
      batch.advantage.set(advantages, e.start);
      batch.valueTarget.set(returns, e.start);
    }
    whiten(batch.advantage.subarray(0, batch.tokenCount));
    for (const e of batch.episodes) perEpisode.push(mean(Array.from(batch.advantage.subarray(e.start, e.end))));
    return perEpisode;
  }
  const perEpisode = settings.algorithm === 'grpo' ? grpoAdvantages(rewards, G, settings.std) : reinforceAdvantages(rewards, G);
  batch.episodes.forEach((e, i) => batch.advantage.fill(perEpisode[i]!, e.start, e.end));
  return perEpisode;
}

/**
 * The loss of one algorithm on a batch (advantages already computed), with its gradient added into
 * `grad` unless grad is null. Weights: GRPO and PPO average over each answer's tokens, then over the
 * answers (the 1/G Σ_i 1/|o_i| Σ_t of the formulas); REINFORCE sums log-probabilities over the answer,
 * then averages over answers (the classic form, Σ_t ∇log π = ∇log π(whole answer)).
 */
export function algorithmLoss(
  policy: TinyPolicy,
  batch: RolloutBatch,
  settings: UpdateSettings,
  grad: Float64Array | null,
  atSamplingPolicy = false,
  stats: { clipped: number } | null = null,
): number {
  const episodes = batch.episodes.length;
  const { epsilon, beta } = settings;
  const perAnswerMean = (k: number): number => batch.lengthWeight[k]! / episodes;
  switch (settings.algorithm) {
    case 'grpo':
      return policyGradientPass(policy, batch, perAnswerMean,
        (k, logp) => grpoTokenTerm(logp, batch.oldLogp[k]!, batch.refLogp[k]!, batch.advantage[k]!, epsilon, beta), grad, atSamplingPolicy, stats);
    case 'ppo':
      return policyGradientPass(policy, batch, perAnswerMean,
        (k, logp) => ppoTokenTerm(logp, batch.oldLogp[k]!, batch.advantage[k]!, epsilon), grad, atSamplingPolicy, stats);
    case 'reinforce':
      return policyGradientPass(policy, batch, () => 1 / episodes,
        (k, logp) => reinforceTokenTerm(logp, batch.advantage[k]!), grad, atSamplingPolicy, stats);
  }
}
