/**
 * GRPO arithmetic for one group of sampled answers to the same question: group-relative advantages,
 * the clipped surrogate term for one sample, and the KL estimator used in the GRPO loss.
 *
 * Two std conventions are offered because they give different numbers:
 *  - 'population': divide by G, exactly as the advantage formula in the R1 paper reads (no epsilon);
 *  - 'sample': divide by G - 1 (torch.std's default) and add epsilon = 1e-6 to the denominator, as veRL does.
 * Rewards [1, 0, 1, 0] give advantages ±1 with the first and ±0.866 with the second.
 */

export type StdConvention = 'population' | 'sample';
export const STD_EPSILON = 1e-6;
export const MIN_GROUP = 2;
export const MAX_GROUP = 1024;

export interface GroupStats {
  mean: number;
  std: number;
  /** The denominator actually used: std (population) or std + 1e-6 (sample). */
  denominator: number;
  advantages: number[];
  /** True when every reward is the same: all advantages are 0 and the group gives no learning signal. */
  degenerate: boolean;
}

function checkRewards(rewards: readonly number[]): void {
  if (rewards.length < MIN_GROUP || rewards.length > MAX_GROUP) {
    throw new RangeError(`A group needs ${MIN_GROUP} to ${MAX_GROUP} rewards; got ${rewards.length}.`);
  }
  rewards.forEach((r, i) => {
    if (!Number.isFinite(r)) throw new RangeError(`Reward ${i + 1} is not a finite number.`);
  });
}

export function mean(values: readonly number[]): number {
  return values.reduce((sum, v) => sum + v, 0) / values.length;
}

/** Standard deviation; 'population' divides the squared deviations by G, 'sample' by G - 1. */
export function std(values: readonly number[], convention: StdConvention): number {
  const m = mean(values);
  const squares = values.reduce((sum, v) => sum + (v - m) ** 2, 0);
  return Math.sqrt(squares / (convention === 'population' ? values.length : values.length - 1));
}

/** A_i = (r_i - mean) / std for every sample of the group. */
export function groupAdvantages(rewards: readonly number[], convention: StdConvention): GroupStats {
  checkRewards(rewards);
  const m = mean(rewards);
  const s = std(rewards, convention);
  const denominator = convention === 'sample' ? s + STD_EPSILON : s;
  const degenerate = rewards.every((r) => r === rewards[0]);
  // Equal rewards: every numerator is exactly 0. With epsilon that is 0 / 1e-6 = 0; the paper's formula
  // would be 0 / 0, and we use the same limit, 0.
  const advantages = rewards.map((r) => (degenerate ? 0 : (r - m) / denominator));
  return { mean: m, std: s, denominator, advantages, degenerate };
}

export interface ClippedTerm {
  rho: number;
  advantage: number;
  epsilon: number;
  /** clip(rho, 1 - eps, 1 + eps) */
  clippedRatio: number;
  unclipped: number; // rho * A
  clipped: number; // clip(rho, 1 - eps, 1 + eps) * A
  value: number; // min of the two
  /** True when the min picks the clipped term and it differs: the gradient through rho is cut off. */
  clipActive: boolean;
}

/** The per-sample PPO/GRPO surrogate min(rho * A, clip(rho, 1 - eps, 1 + eps) * A). */
export function clippedTerm(rho: number, advantage: number, epsilon: number): ClippedTerm {
  if (!Number.isFinite(rho) || rho < 0) throw new RangeError('The probability ratio must be a number >= 0.');
  if (!Number.isFinite(advantage)) throw new RangeError('The advantage must be a finite number.');
  if (!Number.isFinite(epsilon) || epsilon < 0 || epsilon >= 1) {
    throw new RangeError('Epsilon must be a number in [0, 1).');
  }
  const clippedRatio = Math.min(Math.max(rho, 1 - epsilon), 1 + epsilon);
  const unclipped = rho * advantage;
  const clipped = clippedRatio * advantage;
  const value = Math.min(unclipped, clipped);
  return { rho, advantage, epsilon, clippedRatio, unclipped, clipped, value, clipActive: clipped < unclipped };
}

/** Round to at most `digits` decimals and drop trailing zeros: 1.200 -> "1.2", -0 -> "0". */
export function fmt(x: number, digits = 3): string {
  let s = x.toFixed(digits);
  if (s.includes('.')) s = s.replace(/0+$/, '').replace(/\.$/, '');
  return s === '-0' ? '0' : s.replace('-', '−');
}

/** The clipped term with its numbers plugged in, e.g. "min(1.35 × 0.87, clip(1.35, 0.8, 1.2) × 0.87) = ...". */
export function formatClippedTerm(t: ClippedTerm): string {
  const a = t.advantage < 0 ? `(${fmt(t.advantage)})` : fmt(t.advantage);
  return `min(${fmt(t.rho)} × ${a}, clip(${fmt(t.rho)}, ${fmt(1 - t.epsilon)}, ${fmt(1 + t.epsilon)}) × ${a}) ` +
    `= min(${fmt(t.unclipped)}, ${fmt(t.clipped)}) = ${fmt(t.value)}`;
}

/**
 * The KL estimator in the GRPO loss (R1 eq. 2, DeepSeekMath eq. 4), as a function of
 * ratio = pi_ref(o|q) / pi_theta(o|q):  k = ratio - log(ratio) - 1.  It is >= 0, and 0 only at ratio = 1.
 */
export function klEstimator(ratio: number): number {
  if (!Number.isFinite(ratio) || ratio <= 0) throw new RangeError('The ratio pi_ref / pi must be a number > 0.');
  return ratio - Math.log(ratio) - 1;
}
