import { describe, expect, it } from 'vitest';
import { postfixStatus, scoreTokens, type CountdownTask } from '../../src/lib/countdown';
import { Rng } from '../../src/lib/prng';
import {
  Adam,
  SparseMLP,
  TinyPolicy,
  clipGradientNorm,
  defaultPolicySpec,
  featureLayout,
  featurize,
  logSumExp,
  softmaxInPlace,
  syntaxExample,
  warmStart,
  type PolicySpec,
} from '../../src/lib/tiny-policy';

/** Central difference of f with respect to params[i]. */
function numericDerivative(params: Float64Array, i: number, f: () => number, h = 1e-6): number {
  const keep = params[i]!;
  params[i] = keep + h;
  const up = f();
  params[i] = keep - h;
  const down = f();
  params[i] = keep;
  return (up - down) / (2 * h);
}

/** Largest |analytic - numeric| / max(1, |numeric|) over the given parameter indices. */
function worstError(params: Float64Array, grad: Float64Array, indices: Iterable<number>, f: () => number): number {
  let worst = 0;
  for (const i of indices) {
    const numeric = numericDerivative(params, i, f);
    worst = Math.max(worst, Math.abs(grad[i]! - numeric) / Math.max(1, Math.abs(numeric)));
  }
  return worst;
}

const range = (from: number, to: number): number[] => Array.from({ length: to - from }, (_, i) => from + i);

describe('features', () => {
  const spec = defaultPolicySpec({ count: 3, maxNumber: 20, maxTarget: 100 });
  const layout = featureLayout(spec);

  it('has the documented size and parameter count', () => {
    expect(spec.maxLength).toBe(8);
    expect(layout.size).toBe(60 + 100 + 4 + 64 + 8 + 5 + 1 + 9);
    expect(new TinyPolicy(spec).net.parameterCount).toBe(251 * 128 + 128 + 128 * 8 + 8); // 33,288
  });

  it('encodes a state as sorted (index, value) pairs that describe it', () => {
    const task: CountdownTask = { numbers: [3, 5, 2], target: 16 };
    const idx = new Int32Array(layout.maxActive);
    const val = new Float64Array(layout.maxActive);
    const tokens = [0, 1, 3]; // N1 N2 +
    const n = featurize(layout, spec, task, tokens, 3, idx, val, 0);
    expect(n).toBeLessThanOrEqual(layout.maxActive);
    for (let k = 1; k < n; k++) expect(idx[k]!).toBeGreaterThan(idx[k - 1]!);
    const active = new Map(range(0, n).map((k) => [idx[k]!, val[k]!]));
    expect(active.get(layout.numberOneHot + 0 * 20 + 2)).toBe(1); // number 1 is 3
    expect(active.get(layout.numberOneHot + 1 * 20 + 4)).toBe(1); // number 2 is 5
    expect(active.get(layout.targetOneHot + 15)).toBe(1); // target 16
    expect(active.get(layout.scaled + 3)).toBeCloseTo(0.16, 15);
    expect(active.get(layout.tokenAt + 2 * layout.vocab + 3)).toBe(1); // position 2 holds "+"
    expect(active.get(layout.position + 3)).toBe(1);
    const status = postfixStatus(tokens, 3);
    expect(active.get(layout.depth + status.depth)).toBe(1);
    expect(active.has(layout.broken)).toBe(false);
    expect(active.get(layout.uses + 0 * 3 + 1)).toBe(1); // N1 used once
    expect(active.get(layout.uses + 2 * 3 + 0)).toBe(1); // N3 not yet
  });
});

describe('gradient checks against finite differences', () => {
  it('SparseMLP: every parameter of both layers', () => {
    const rng = new Rng(11);
    const net = new SparseMLP(12, 7, 5);
    net.initialize(rng, 4, 1);
    for (let i = net.b1; i < net.w2; i++) net.params[i] = rng.uniform(-0.3, 0.3); // non-zero biases too
    for (let i = net.b2; i < net.params.length; i++) net.params[i] = rng.uniform(-0.3, 0.3);
    const idx = Int32Array.from([1, 4, 5, 9]);
    const val = Float64Array.from([1, 0.5, -0.7, 1]);
    const coeff = Float64Array.from([0.3, -1.2, 0.8, 0.1, -0.5]);
    const hidden = new Float64Array(7);
    const out = new Float64Array(5);
    const f = (): number => {
      net.forward(idx, val, 0, 4, hidden, out);
      return out.reduce((s, o, k) => s + coeff[k]! * o, 0);
    };
    f();
    // Stay away from the ReLU kink, where the derivative is not defined.
    const pre = new Float64Array(7);
    for (let j = 0; j < 7; j++) {
      pre[j] = net.params[net.b1 + j]! + [...idx].reduce((s, row, k) => s + val[k]! * net.params[row * 7 + j]!, 0);
      expect(Math.abs(pre[j]!)).toBeGreaterThan(1e-3);
    }
    expect(pre.some((z) => z < 0) && pre.some((z) => z > 0)).toBe(true); // both ReLU branches are exercised
    const grad = new Float64Array(net.parameterCount);
    net.backward(idx, val, 0, 4, hidden, coeff, grad);
    expect(worstError(net.params, grad, range(net.w1, net.b1), f)).toBeLessThan(1e-8); // W1 (inactive rows: 0)
    expect(worstError(net.params, grad, range(net.b1, net.w2), f)).toBeLessThan(1e-8); // b1
    expect(worstError(net.params, grad, range(net.w2, net.b2), f)).toBeLessThan(1e-8); // W2
    expect(worstError(net.params, grad, range(net.b2, net.params.length), f)).toBeLessThan(1e-8); // b2
    for (const row of [0, 2, 3, 6, 7, 8, 10, 11]) {
      for (let j = 0; j < 7; j++) expect(grad[row * 7 + j]).toBe(0);
    }
  });

  it('the policy: -log π of a whole answer through features, network and softmax', () => {
    const spec: PolicySpec = { count: 3, maxNumber: 6, maxTarget: 12, maxLength: 8, hidden: 6 };
    const policy = new TinyPolicy(spec).initialize(new Rng(3));
    const { net, layout } = policy;
    for (let i = net.w2; i < net.params.length; i++) net.params[i]! *= 10; // a less uniform policy
    const task: CountdownTask = { numbers: [2, 6, 3], target: 12 };
    const tokens = [0, 1, 5, 2, 3, 7]; // N1 N2 * N3 + END
    const idx = new Int32Array(layout.maxActive);
    const val = new Float64Array(layout.maxActive);
    const hidden = new Float64Array(spec.hidden);
    const out = new Float64Array(policy.vocab);
    const loss = (grad: Float64Array | null): number => {
      let total = 0;
      for (let t = 0; t < tokens.length; t++) {
        const n = featurize(layout, spec, task, tokens, t, idx, val, 0);
        net.forward(idx, val, 0, n, hidden, out);
        const a = tokens[t]!;
        total -= out[a]! - logSumExp(out);
        if (grad) {
          softmaxInPlace(out);
          for (let k = 0; k < policy.vocab; k++) out[k] = out[k]! - (k === a ? 1 : 0);
          net.backward(idx, val, 0, n, hidden, out, grad);
        }
      }
      return total;
    };
    const grad = new Float64Array(net.parameterCount);
    loss(grad);
    const touched = range(0, net.parameterCount).filter((i) => grad[i] !== 0 || i >= net.b1);
    expect(touched.length).toBeGreaterThan(100);
    expect(worstError(net.params, grad, touched, () => loss(null))).toBeLessThan(1e-7);
  });
});

describe('softmax', () => {
  it('is stable for large logits', () => {
    const x = Float64Array.from([1000, 1001, 999]);
    expect(logSumExp(x)).toBeCloseTo(1001 + Math.log(1 + Math.exp(-1) + Math.exp(-2)), 9);
    softmaxInPlace(x);
    expect(x.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
    expect(x[1]!).toBeGreaterThan(x[0]!);
  });
});

describe('optimisation', () => {
  it('Adam: the first step moves each parameter by lr · g / (|g| + eps)', () => {
    const params = Float64Array.from([1, 2, 3]);
    const grad = Float64Array.from([0.5, -2, 0]);
    new Adam(3, 0.1).step(params, grad);
    expect(params[0]).toBeCloseTo(1 - 0.1 * (0.5 / (0.5 + 1e-8)), 12);
    expect(params[1]).toBeCloseTo(2 + 0.1 * (2 / (2 + 1e-8)), 12);
    expect(params[2]).toBe(3);
  });

  it('Adam: hand-computed second step', () => {
    const params = Float64Array.from([0]);
    const adam = new Adam(1, 0.01);
    adam.step(params, Float64Array.from([1]));
    adam.step(params, Float64Array.from([3]));
    // m = 0.9·0.1 + 0.1·3 = 0.39, m̂ = 0.39 / 0.19; v = 0.999·0.001 + 0.001·9 = 0.009999, v̂ = v / (1 - 0.999²)
    const second = (0.01 * (0.39 / 0.19)) / (Math.sqrt(0.009999 / (1 - 0.999 ** 2)) + 1e-8);
    expect(params[0]).toBeCloseTo(-0.01 / (1 + 1e-8) - second, 12);
  });

  it('clips the gradient norm', () => {
    const g = Float64Array.from([3, 4]);
    expect(clipGradientNorm(g, 1)).toBe(5);
    expect([...g]).toEqual([0.6, 0.8].map((x) => expect.closeTo(x, 15)));
    const small = Float64Array.from([0.3, 0.4]);
    clipGradientNorm(small, 1);
    expect([...small]).toEqual([0.3, 0.4]);
  });
});

describe('warm start (the base policy)', () => {
  it('trains on well-formed answers that are never solutions', () => {
    const rng = new Rng(9);
    const spec = { count: 3, maxNumber: 20, maxTarget: 100 };
    for (let i = 0; i < 500; i++) {
      const { task, tokens } = syntaxExample(rng, spec);
      const verdict = scoreTokens(tokens, task).verdict;
      expect(verdict === 'wrong-result' || verdict === 'not-evaluable').toBe(true); // not-evaluable: division by zero
      expect(postfixStatus(tokens, 3)).toMatchObject({ depth: 1, broken: false, uses: [1, 1, 1] });
    }
  });

  it('is deterministic and teaches the syntax', () => {
    const spec = defaultPolicySpec({ count: 3, maxNumber: 20, maxTarget: 100 }, 32);
    const make = (): TinyPolicy => new TinyPolicy(spec).initialize(new Rng(1));
    const a = make();
    const b = make();
    const wellFormedShare = (p: TinyPolicy): number => {
      const rng = new Rng(77);
      let ok = 0;
      for (let i = 0; i < 200; i++) {
        const task = syntaxExample(rng, spec).task;
        const s = scoreTokens(p.sample(task, rng), task);
        if (s.verdict === 'correct' || s.verdict === 'wrong-result') ok++;
      }
      return ok / 200;
    };
    const before = wellFormedShare(a);
    const lossA = warmStart(a, new Rng(2), { steps: 60, batchSize: 16, learningRate: 3e-3 });
    const lossB = warmStart(b, new Rng(2), { steps: 60, batchSize: 16, learningRate: 3e-3 });
    expect(lossA).toEqual(lossB);
    expect([...a.net.params]).toEqual([...b.net.params]);
    expect(lossA.at(-1)!).toBeLessThan(lossA[0]! * 0.7);
    expect(wellFormedShare(a)).toBeGreaterThan(before + 0.2);
  }, 30_000);
});
