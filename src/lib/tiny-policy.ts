/**
 * The toy policy: a small autoregressive model that writes a Countdown answer one postfix token at a
 * time (the tokens of countdown.ts: N1..Nn, + - * /, END).
 *
 * It is not a language model. At each step it sees the prompt and the tokens written so far, as a
 * sparse vector of "features" (which of a few hundred yes/no facts are true), and a two-layer network
 * turns that into a probability for each next token:
 *
 *     h = ReLU(W1ᵀ x + b1)          x: sparse input, about 20 of ~250 entries non-zero
 *     logits = W2 h + b2            one logit per token (8 with three numbers)
 *     π(token | prompt, prefix) = softmax(logits)
 *
 * With 128 hidden units that is about 33,000 parameters, small enough to train in seconds in one CPU
 * thread. Everything is written out by hand below: the forward pass, its backward pass (checked against
 * finite differences in the tests), Adam, gradient-norm clipping and the seeded initialisation.
 * Arithmetic is in Float64Array, so the finite-difference checks are precise; exp and log come from
 * portable-math.ts, so the same seed gives the same numbers in Node and in every browser.
 */

import {
  endToken,
  generateTask,
  randomPostfix,
  scoreTokens,
  type CountdownTask,
  type TaskSpec,
} from './countdown';
import { exp, log } from './portable-math';
import type { Rng } from './prng';
import { DEFAULT_WARM_START, type WarmStartOptions } from './trainer-settings';

// ===================================================================================================
// Features

export interface PolicySpec extends TaskSpec {
  /** Most tokens in one answer, END included; with n numbers a full answer needs 2n. */
  maxLength: number;
  /** Hidden units. */
  hidden: number;
}

export const defaultPolicySpec = (task: TaskSpec, hidden = 128): PolicySpec => ({
  ...task,
  maxLength: 2 * task.count + 2,
  hidden,
});

/** Where each group of features starts in the input vector. */
export interface FeatureLayout {
  numberOneHot: number; // count × maxNumber: "number i is v"
  targetOneHot: number; // maxTarget: "the target is v"
  scaled: number; // count + 1 real values: number_i / maxNumber, target / maxTarget
  tokenAt: number; // maxLength × vocab: "the token at position p is k"
  position: number; // maxLength: "we are writing token t"
  depth: number; // count + 2: stack depth so far (capped at count + 1)
  broken: number; // 1: an operator already lacked operands
  uses: number; // count × 3: number i used 0, 1, or 2+ times so far
  size: number;
  /** Upper bound on non-zero features in one state. */
  maxActive: number;
  vocab: number;
}

export function featureLayout(spec: PolicySpec): FeatureLayout {
  const n = spec.count;
  const vocab = n + 5;
  let at = 0;
  const take = (size: number): number => {
    const start = at;
    at += size;
    return start;
  };
  const layout = {
    numberOneHot: take(n * spec.maxNumber),
    targetOneHot: take(spec.maxTarget),
    scaled: take(n + 1),
    tokenAt: take(spec.maxLength * vocab),
    position: take(spec.maxLength),
    depth: take(n + 2),
    broken: take(1),
    uses: take(n * 3),
  };
  return { ...layout, size: at, maxActive: 3 * n + 5 + spec.maxLength, vocab };
}

/**
 * Write the features of the state "task, first t tokens written" as (index, value) pairs into idx/val
 * starting at `at`; returns the number written. Indices come out in increasing order.
 */
export function featurize(
  layout: FeatureLayout,
  spec: PolicySpec,
  task: CountdownTask,
  tokens: ArrayLike<number>,
  t: number,
  idx: Int32Array,
  val: Float64Array,
  at: number,
): number {
  const n = spec.count;
  let k = at;
  const put = (index: number, value: number): void => {
    idx[k] = index;
    val[k] = value;
    k++;
  };
  for (let i = 0; i < n; i++) put(layout.numberOneHot + i * spec.maxNumber + task.numbers[i]! - 1, 1);
  put(layout.targetOneHot + task.target - 1, 1);
  for (let i = 0; i < n; i++) put(layout.scaled + i, task.numbers[i]! / spec.maxNumber);
  put(layout.scaled + n, task.target / spec.maxTarget);
  // The prefix, and the stack machine's state after it (the same rules as postfixStatus in countdown.ts).
  let depth = 0;
  let broken = false;
  let uses0 = 0, uses1 = 0, uses2 = 0, uses3 = 0; // prettier-ignore
  for (let p = 0; p < t; p++) {
    const token = tokens[p]!;
    put(layout.tokenAt + p * layout.vocab + token, 1);
    if (token < n) {
      depth++;
      if (token === 0) uses0++;
      else if (token === 1) uses1++;
      else if (token === 2) uses2++;
      else uses3++;
    } else if (token < n + 4) {
      if (depth < 2) broken = true;
      depth = Math.max(depth - 1, 1);
    }
  }
  put(layout.position + t, 1);
  put(layout.depth + Math.min(depth, n + 1), 1);
  if (broken) put(layout.broken, 1);
  const uses = [uses0, uses1, uses2, uses3];
  for (let i = 0; i < n; i++) put(layout.uses + i * 3 + Math.min(uses[i]!, 2), 1);
  return k - at;
}

// ===================================================================================================
// The network: sparse input -> ReLU hidden layer -> dense output

export class SparseMLP {
  readonly inputSize: number;
  readonly hiddenSize: number;
  readonly outputSize: number;
  /** All parameters in one array: W1 (input × hidden, one row per input feature), b1, W2 (output × hidden), b2. */
  readonly params: Float64Array;
  readonly w1 = 0;
  readonly b1: number;
  readonly w2: number;
  readonly b2: number;
  private readonly dHidden: Float64Array;

  constructor(inputSize: number, hiddenSize: number, outputSize: number) {
    this.inputSize = inputSize;
    this.hiddenSize = hiddenSize;
    this.outputSize = outputSize;
    this.b1 = inputSize * hiddenSize;
    this.w2 = this.b1 + hiddenSize;
    this.b2 = this.w2 + outputSize * hiddenSize;
    this.params = new Float64Array(this.b2 + outputSize);
    this.dHidden = new Float64Array(hiddenSize);
  }

  get parameterCount(): number {
    return this.params.length;
  }

  /**
   * Seeded uniform initialisation, biases 0. A state has about `activeInputs` non-zero inputs of size
   * ≤ 1, so W1 entries with variance 1 / activeInputs give hidden pre-activations of variance about 1.
   * The output layer starts small (outputScale), so the first policy is close to uniform.
   */
  initialize(rng: Rng, activeInputs: number, outputScale = 0.1): void {
    const p = this.params;
    p.fill(0);
    const a1 = Math.sqrt(3 / activeInputs); // U(-a, a) has variance a² / 3
    for (let i = this.w1; i < this.b1; i++) p[i] = rng.uniform(-a1, a1);
    const a2 = outputScale * Math.sqrt(3 / this.hiddenSize);
    for (let i = this.w2; i < this.b2; i++) p[i] = rng.uniform(-a2, a2);
  }

  /** Forward pass for the sparse input idx/val[from..to); writes the ReLU activations and the outputs. */
  forward(idx: Int32Array, val: Float64Array, from: number, to: number, hidden: Float64Array, out: Float64Array): void {
    const p = this.params;
    const H = this.hiddenSize;
    for (let j = 0; j < H; j++) hidden[j] = p[this.b1 + j]!;
    for (let k = from; k < to; k++) {
      const row = this.w1 + idx[k]! * H;
      const v = val[k]!;
      for (let j = 0; j < H; j++) hidden[j]! += v * p[row + j]!;
    }
    for (let j = 0; j < H; j++) if (hidden[j]! < 0) hidden[j] = 0;
    for (let o = 0; o < this.outputSize; o++) {
      const row = this.w2 + o * H;
      let s = p[this.b2 + o]!;
      for (let j = 0; j < H; j++) s += p[row + j]! * hidden[j]!;
      out[o] = s;
    }
  }

  /**
   * Backward pass: given dLoss/dOutput for the input of the last forward call (and its activations
   * `hidden`), add dLoss/dParameters into `grad`.
   */
  backward(idx: Int32Array, val: Float64Array, from: number, to: number, hidden: Float64Array, dOut: ArrayLike<number>, grad: Float64Array): void {
    const p = this.params;
    const H = this.hiddenSize;
    const dh = this.dHidden;
    dh.fill(0);
    for (let o = 0; o < this.outputSize; o++) {
      const d = dOut[o]!;
      if (d === 0) continue;
      grad[this.b2 + o]! += d;
      const row = this.w2 + o * H;
      for (let j = 0; j < H; j++) {
        grad[row + j]! += d * hidden[j]!; // ∂out_o/∂W2[o, j] = h_j
        dh[j]! += d * p[row + j]!; // ∂out_o/∂h_j = W2[o, j]
      }
    }
    // ReLU passes the gradient where the unit was active (h > 0) and blocks it elsewhere.
    for (let j = 0; j < H; j++) if (hidden[j]! <= 0) dh[j] = 0;
    for (let j = 0; j < H; j++) grad[this.b1 + j]! += dh[j]!;
    for (let k = from; k < to; k++) {
      const row = this.w1 + idx[k]! * H;
      const v = val[k]!;
      for (let j = 0; j < H; j++) grad[row + j]! += v * dh[j]!; // only rows of active inputs get a gradient
    }
  }
}

// ===================================================================================================
// Softmax

/** log Σ_k exp(x_k), computed stably (shifted by the maximum). */
export function logSumExp(x: ArrayLike<number>, size = x.length): number {
  let max = -Infinity;
  for (let k = 0; k < size; k++) if (x[k]! > max) max = x[k]!;
  let sum = 0;
  for (let k = 0; k < size; k++) sum += exp(x[k]! - max);
  return max + log(sum);
}

/** Turn logits into probabilities in place; returns log Σ exp(logits), so log π(k) = logit_k - lse. */
export function softmaxInPlace(logits: Float64Array, size = logits.length): number {
  const lse = logSumExp(logits, size);
  for (let k = 0; k < size; k++) logits[k] = exp(logits[k]! - lse);
  return lse;
}

// ===================================================================================================
// The policy

export class TinyPolicy {
  readonly spec: PolicySpec;
  readonly layout: FeatureLayout;
  readonly net: SparseMLP;
  readonly vocab: number;
  // scratch space for single-state calls
  private readonly idx: Int32Array;
  private readonly val: Float64Array;
  readonly hidden: Float64Array;
  readonly probs: Float64Array;

  constructor(spec: PolicySpec) {
    this.spec = spec;
    this.layout = featureLayout(spec);
    this.vocab = this.layout.vocab;
    this.net = new SparseMLP(this.layout.size, spec.hidden, this.vocab);
    this.idx = new Int32Array(this.layout.maxActive);
    this.val = new Float64Array(this.layout.maxActive);
    this.hidden = new Float64Array(spec.hidden);
    this.probs = new Float64Array(this.vocab);
  }

  initialize(rng: Rng): this {
    this.net.initialize(rng, this.layout.maxActive);
    return this;
  }

  /** A policy with a copy of these weights (used for the frozen reference). */
  clone(): TinyPolicy {
    const copy = new TinyPolicy(this.spec);
    copy.net.params.set(this.net.params);
    return copy;
  }

  /** Next-token probabilities after the first t tokens (written into this.probs). */
  distribution(task: CountdownTask, tokens: ArrayLike<number>, t: number): Float64Array {
    const n = featurize(this.layout, this.spec, task, tokens, t, this.idx, this.val, 0);
    this.net.forward(this.idx, this.val, 0, n, this.hidden, this.probs);
    softmaxInPlace(this.probs);
    return this.probs;
  }

  /** Greedy decoding: the most likely token at each step, until END or the length limit. */
  greedy(task: CountdownTask): number[] {
    const tokens: number[] = [];
    const end = endToken(this.spec.count);
    while (tokens.length < this.spec.maxLength) {
      const p = this.distribution(task, tokens, tokens.length);
      let best = 0;
      for (let k = 1; k < this.vocab; k++) if (p[k]! > p[best]!) best = k;
      tokens.push(best);
      if (best === end) break;
    }
    return tokens;
  }

  /** One sampled answer. */
  sample(task: CountdownTask, rng: Rng): number[] {
    const tokens: number[] = [];
    const end = endToken(this.spec.count);
    while (tokens.length < this.spec.maxLength) {
      const token = rng.categorical(this.distribution(task, tokens, tokens.length), 1);
      tokens.push(token);
      if (token === end) break;
    }
    return tokens;
  }
}

// ===================================================================================================
// Optimisation

/** Scale `grad` so that its Euclidean norm is at most maxNorm; returns the norm before clipping. */
export function clipGradientNorm(grad: Float64Array, maxNorm: number): number {
  let sq = 0;
  for (let i = 0; i < grad.length; i++) sq += grad[i]! * grad[i]!;
  const norm = Math.sqrt(sq);
  if (norm > maxNorm) {
    const scale = maxNorm / norm;
    for (let i = 0; i < grad.length; i++) grad[i]! *= scale;
  }
  return norm;
}

/**
 * Adam (Kingma & Ba, 2015) with bias correction: the update is lr · m̂ / (√v̂ + eps). The powers β1^t and
 * β2^t are kept as running products rather than computed with **, so only basic arithmetic is involved.
 */
export class Adam {
  private readonly m: Float64Array;
  private readonly v: Float64Array;
  private beta1Power = 1;
  private beta2Power = 1;
  learningRate: number;
  readonly beta1: number;
  readonly beta2: number;
  readonly eps: number;

  constructor(size: number, learningRate: number, beta1 = 0.9, beta2 = 0.999, eps = 1e-8) {
    this.learningRate = learningRate;
    this.beta1 = beta1;
    this.beta2 = beta2;
    this.eps = eps;
    this.m = new Float64Array(size);
    this.v = new Float64Array(size);
  }

  /** One step of gradient descent on `params` (minimising the loss whose gradient is `grad`). */
  step(params: Float64Array, grad: Float64Array): void {
    const { beta1, beta2, eps, m, v } = this;
    this.beta1Power *= beta1;
    this.beta2Power *= beta2;
    const c1 = 1 - this.beta1Power;
    const c2 = 1 - this.beta2Power;
    const lr = this.learningRate;
    for (let i = 0; i < params.length; i++) {
      const g = grad[i]!;
      m[i] = beta1 * m[i]! + (1 - beta1) * g;
      v[i] = beta2 * v[i]! + (1 - beta2) * g * g;
      params[i]! -= (lr * (m[i]! / c1)) / (Math.sqrt(v[i]! / c2) + eps);
    }
  }
}

// ===================================================================================================
// Warm start: the "base" policy

// The warm start's defaults live with the trainer's settings (trainer-settings.ts), which the widget's
// schema imports without this module's code.
export { DEFAULT_WARM_START, type WarmStartOptions };

export interface SyntaxExample {
  task: CountdownTask;
  tokens: number[];
}

/**
 * One warm-start example: a fresh random task and a random well-formed answer that uses each number
 * once (randomPostfix), drawn again whenever the scorer would call it correct. Never a solution.
 */
export function syntaxExample(rng: Rng, spec: TaskSpec): SyntaxExample {
  const task = generateTask(rng, spec);
  let tokens = randomPostfix(rng, spec.count);
  while (scoreTokens(tokens, task).verdict === 'correct') tokens = randomPostfix(rng, spec.count);
  return { task, tokens };
}

/**
 * Make the "base" policy: from random weights, a short supervised pre-training on syntax only.
 * Each example is a syntaxExample: a fresh random task from the generator, on its own random stream
 * (not taken from the training pool or the held-out set, though a task can coincide with one by
 * chance), with a random well-formed answer that is not a solution. So the base policy learns to write
 * equations, never to solve one. Loss: the mean cross-entropy of the example's tokens (teacher forcing), Adam, clip 1.
 * Returns the mean loss of each step.
 */
export function warmStart(policy: TinyPolicy, rng: Rng, options: WarmStartOptions = DEFAULT_WARM_START): number[] {
  const { spec, net, layout } = policy;
  const adam = new Adam(net.parameterCount, options.learningRate);
  const grad = new Float64Array(net.parameterCount);
  const idx = new Int32Array(layout.maxActive);
  const val = new Float64Array(layout.maxActive);
  const hidden = new Float64Array(spec.hidden);
  const out = new Float64Array(policy.vocab);
  const losses: number[] = [];
  for (let step = 0; step < options.steps; step++) {
    grad.fill(0);
    let loss = 0;
    let count = 0;
    const examples: SyntaxExample[] = [];
    for (let b = 0; b < options.batchSize; b++) {
      const example = syntaxExample(rng, spec);
      examples.push(example);
      count += example.tokens.length;
    }
    for (const { task, tokens } of examples) {
      for (let t = 0; t < tokens.length; t++) {
        const n = featurize(layout, spec, task, tokens, t, idx, val, 0);
        net.forward(idx, val, 0, n, hidden, out);
        softmaxInPlace(out);
        const target = tokens[t]!;
        // out now holds probabilities, and d(-log π(target)) / d logits = π - onehot(target).
        loss -= log(out[target]!);
        for (let k = 0; k < policy.vocab; k++) out[k] = (out[k]! - (k === target ? 1 : 0)) / count;
        net.backward(idx, val, 0, n, hidden, out, grad);
      }
    }
    clipGradientNorm(grad, 1);
    adam.step(net.params, grad);
    losses.push(loss / count);
  }
  return losses;
}
