import { describe, expect, it } from 'vitest';
import { scoreTokens, type CountdownTask } from '../../src/lib/countdown';
import { groupAdvantages, klEstimator } from '../../src/lib/grpo';
import { Rng } from '../../src/lib/prng';
import {
  RolloutBatch,
  algorithmLoss,
  computeAdvantages,
  gae,
  grpoAdvantages,
  grpoTokenTerm,
  ppoTokenTerm,
  reinforceAdvantages,
  reinforceTokenTerm,
  sampleBatch,
  tokenKl,
  valueGradientPass,
  valueLossTerm,
  whiten,
  type UpdateSettings,
} from '../../src/lib/rl-algorithms';
import { SparseMLP, TinyPolicy, type PolicySpec } from '../../src/lib/tiny-policy';

describe('GRPO per-token term', () => {
  it('inside the clip range: ρA - β·k3, derivative ρA - β(1 - r)', () => {
    // ρ = 0.55 / 0.5 = 1.1, A = 2; r = π_ref / π_θ = 0.44 / 0.55 = 0.8; β = 0.1
    const t = grpoTokenTerm(Math.log(0.55), Math.log(0.5), Math.log(0.44), 2, 0.2, 0.1);
    const k3 = 0.8 - Math.log(0.8) - 1; // 0.0231435513...
    expect(t.kl).toBeCloseTo(k3, 12);
    expect(t.kl).toBeCloseTo(0.0231435513, 9);
    expect(t.objective).toBeCloseTo(2.2 - 0.1 * k3, 12); // 2.19768564...
    expect(t.dLogp).toBeCloseTo(2.2 - 0.1 * 0.2, 12); // 2.18
    expect(t.clipped).toBe(false);
  });

  it('clipped: the surrogate is flat, only the KL term has a gradient', () => {
    const up = grpoTokenTerm(Math.log(0.75), Math.log(0.5), Math.log(0.75), 1, 0.2, 0.1); // ρ = 1.5 > 1.2, A > 0
    expect(up.clipped).toBe(true);
    expect(up.objective).toBeCloseTo(1.2, 12); // r = 1: k3 = 0
    expect(up.dLogp).toBeCloseTo(0, 12);
    const down = grpoTokenTerm(Math.log(0.25), Math.log(0.5), Math.log(0.25), -1, 0.2, 0); // ρ = 0.5 < 0.8, A < 0
    expect(down.objective).toBeCloseTo(-0.8, 12);
    expect(down.dLogp).toBe(0);
    // ρ = 0.5 with A > 0 is not clipped (the min keeps the smaller, unclipped value)
    const low = grpoTokenTerm(Math.log(0.25), Math.log(0.5), Math.log(0.25), 1, 0.2, 0);
    expect(low.clipped).toBe(false);
    expect(low.objective).toBeCloseTo(0.5, 12);
    expect(low.dLogp).toBeCloseTo(0.5, 12);
  });

  it('its derivative matches a finite difference in log π_θ', () => {
    for (const [logp, old, ref, a, beta] of [
      [-0.7, -0.8, -0.5, 1.3, 0.04],
      [-2.0, -1.9, -2.5, -0.6, 0.5],
      [-0.1, -0.3, -0.2, 0.9, 0.01],
    ] as const) {
      const h = 1e-6;
      const numeric = (grpoTokenTerm(logp + h, old, ref, a, 0.2, beta).objective - grpoTokenTerm(logp - h, old, ref, a, 0.2, beta).objective) / (2 * h);
      expect(grpoTokenTerm(logp, old, ref, a, 0.2, beta).dLogp).toBeCloseTo(numeric, 7);
    }
  });

  it("the KL metric is grpo.ts's estimator, computed without a logarithm", () => {
    for (const [logp, ref] of [[-0.7, -0.5], [-2, -2.3], [-0.01, -4], [-3, -3]] as const) {
      expect(tokenKl(logp, ref)).toBeCloseTo(klEstimator(Math.exp(ref - logp)), 14);
    }
    expect(tokenKl(-1, -1)).toBe(0);
  });

  it('PPO and REINFORCE terms', () => {
    expect(ppoTokenTerm(Math.log(0.55), Math.log(0.5), 2, 0.2)).toMatchObject({ objective: expect.closeTo(2.2, 12), kl: 0 });
    expect(reinforceTokenTerm(Math.log(0.5), -0.4)).toEqual({ objective: -0.4 * Math.log(0.5), dLogp: -0.4, clipped: false, kl: 0 });
  });
});

describe('advantages', () => {
  it('GRPO uses grpo.ts per group; "none" only subtracts the mean', () => {
    const rewards = [1, 0.1, 0.1, 0, 0.1, 0.1, 0.1, 0.1];
    const pop = grpoAdvantages(rewards, 4, 'population');
    // group 1: mean 0.3, population std √0.165 = 0.40620...
    expect(pop[0]).toBeCloseTo(0.7 / Math.sqrt(0.165), 12); // 1.7233
    expect(pop[3]).toBeCloseTo(-0.3 / Math.sqrt(0.165), 12);
    expect(pop.slice(0, 4)).toEqual(groupAdvantages([1, 0.1, 0.1, 0], 'population').advantages);
    expect(pop.slice(4)).toEqual([0, 0, 0, 0]); // equal rewards: no signal
    expect(grpoAdvantages(rewards, 4, 'sample')[0]).toBeCloseTo(0.7 / (Math.sqrt(0.22) + 1e-6), 12);
    const none = grpoAdvantages(rewards, 4, 'none');
    [0.7, -0.2, -0.2, -0.3].forEach((a, i) => expect(none[i]).toBeCloseTo(a, 12));
    expect(reinforceAdvantages(rewards, 4)).toEqual(none);
  });

  it('GAE on a hand-computed answer of three tokens', () => {
    const values = [0.5, 0.6, 0.8];
    const oldLogp = [-1.0, -1.1, -0.5];
    const refLogp = [-1.2, -1.0, -0.8]; // old - ref = 0.2, -0.1, 0.3
    // rewards: -0.02, +0.01, -0.03 + 1 = 0.97
    // δ2 = 0.97 - 0.8 = 0.17;  δ1 = 0.01 + 0.8 - 0.6 = 0.21;  δ0 = -0.02 + 0.6 - 0.5 = 0.08
    const { advantages, returns } = gae(1, values, oldLogp, refLogp, 0.1, 1, 0.9);
    expect(advantages[2]).toBeCloseTo(0.17, 12);
    expect(advantages[1]).toBeCloseTo(0.21 + 0.9 * 0.17, 12); // 0.363
    expect(advantages[0]).toBeCloseTo(0.08 + 0.9 * 0.363, 12); // 0.4067
    [0.9067, 0.963, 0.97].forEach((r, t) => expect(returns[t]).toBeCloseTo(r, 12));
    // γ = λ = 1 (TinyZero's setting): A_t = (sum of the rewards from t on) - V_t
    const mc = gae(1, values, oldLogp, refLogp, 0.1, 1, 1);
    expect(mc.advantages[0]).toBeCloseTo(0.96 - 0.5, 12);
    expect(mc.returns[0]).toBeCloseTo(0.96, 12);
  });

  it('whitens to mean 0 and unbiased variance 1', () => {
    const x = Float64Array.from([1, 2, 3]);
    whiten(x);
    [-1, 0, 1].forEach((v, i) => expect(x[i]).toBeCloseTo(v / Math.sqrt(1 + 1e-8), 15));
  });

  it("PPO's clipped value loss", () => {
    expect(valueLossTerm(1.0, 0.2, 0.5, 0.5)).toEqual({ loss: expect.closeTo(0.125, 12), dValue: expect.closeTo(0.5, 12) });
    // the clipped value (0.7) is further from the target (1.2) and V = 1.0 is outside 0.2 ± 0.5: no gradient
    expect(valueLossTerm(1.0, 0.2, 1.2, 0.5)).toEqual({ loss: expect.closeTo(0.125, 12), dValue: 0 });
    expect(valueLossTerm(0.3, 0.2, 0.5, 0.5)).toEqual({ loss: expect.closeTo(0.02, 12), dValue: expect.closeTo(-0.2, 12) });
  });
});

// A small policy and a batch of real samples, for the batch-level checks.
const spec: PolicySpec = { count: 3, maxNumber: 6, maxTarget: 20, maxLength: 8, hidden: 10 };
const tasks: CountdownTask[] = [
  { numbers: [2, 6, 3], target: 12 },
  { numbers: [1, 4, 5], target: 9 },
];

function setUp(algorithm: UpdateSettings['algorithm']) {
  const policy = new TinyPolicy(spec).initialize(new Rng(4));
  const reference = policy.clone();
  const critic = algorithm === 'ppo' ? new SparseMLP(policy.layout.size, 6, 1) : null;
  critic?.initialize(new Rng(6), policy.layout.maxActive, 1);
  const batch = new RolloutBatch(4, 8, spec.maxLength, policy.layout.maxActive, spec.hidden, policy.vocab);
  sampleBatch(batch, policy, reference, tasks.map((task, taskId) => ({ taskId, task })), new Rng(5),
    (id, tokens) => scoreTokens(tokens, tasks[id]!), critic);
  // Rewards of random answers are mostly 0.1; give the batch a spread so advantages are not all 0.
  batch.episodes.forEach((e, i) => (e.score = { ...e.score, score: [1, 0.1, 0, 0.1][i % 4]! }));
  const settings: UpdateSettings = { algorithm, epsilon: 0.2, beta: 0.05, std: 'population', gamma: 1, lambda: 0.95, valueClip: 0.5 };
  computeAdvantages(batch, settings);
  // Move the policy away from π_old (as after a first inner epoch), so ratios differ from 1 and some clip.
  const rng = new Rng(8);
  for (let i = 0; i < policy.net.params.length; i++) policy.net.params[i]! += rng.uniform(-0.15, 0.15);
  return { policy, reference, critic, batch, settings };
}

/** The loss written out directly from the formulas, using the policy's own next-token distribution. */
function directLoss(policy: TinyPolicy, batch: RolloutBatch, settings: UpdateSettings): number {
  const N = batch.episodes.length;
  let loss = 0;
  for (const e of batch.episodes) {
    let sum = 0;
    for (let t = 0; t < e.tokens.length; t++) {
      const k = e.start + t;
      const logp = Math.log(policy.distribution(e.task, e.tokens, t)[e.tokens[t]!]!);
      const ratio = Math.exp(logp - batch.oldLogp[k]!);
      const a = batch.advantage[k]!;
      if (settings.algorithm === 'reinforce') {
        sum += a * logp;
      } else {
        const surrogate = Math.min(ratio * a, Math.min(Math.max(ratio, 1 - settings.epsilon), 1 + settings.epsilon) * a);
        const r = Math.exp(batch.refLogp[k]! - logp);
        sum += surrogate - (settings.algorithm === 'grpo' ? settings.beta * (r - Math.log(r) - 1) : 0);
      }
    }
    loss -= (settings.algorithm === 'reinforce' ? sum : sum / e.tokens.length) / N;
  }
  return loss;
}

describe('batch losses and their gradients', () => {
  for (const algorithm of ['grpo', 'ppo', 'reinforce'] as const) {
    it(`${algorithm}: the loss equals the formula, and its gradient matches finite differences`, () => {
      const { policy, batch, settings } = setUp(algorithm);
      expect(batch.episodes).toHaveLength(8);
      if (algorithm !== 'reinforce') {
        // The example exercises both branches of the clipped surrogate.
        let clipped = 0;
        for (const e of batch.episodes) {
          for (let t = 0; t < e.tokens.length; t++) {
            const k = e.start + t;
            const logp = Math.log(policy.distribution(e.task, e.tokens, t)[e.tokens[t]!]!);
            if (ppoTokenTerm(logp, batch.oldLogp[k]!, batch.advantage[k]!, settings.epsilon).clipped) clipped++;
          }
        }
        expect(clipped).toBeGreaterThan(0);
        expect(clipped).toBeLessThan(batch.tokenCount);
      }
      const params = policy.net.params;
      const loss = algorithmLoss(policy, batch, settings, null);
      expect(loss).toBeCloseTo(directLoss(policy, batch, settings), 12);
      const grad = new Float64Array(params.length);
      expect(algorithmLoss(policy, batch, settings, grad)).toBe(loss);
      const rng = new Rng(12);
      let worst = 0;
      let checked = 0;
      for (let trial = 0; trial < 400 && checked < 120; trial++) {
        const i = rng.int(params.length);
        if (grad[i] === 0 && rng.next() < 0.9) continue; // mostly check parameters that get a gradient
        const keep = params[i]!;
        const h = 1e-6;
        params[i] = keep + h;
        const up = algorithmLoss(policy, batch, settings, null);
        params[i] = keep - h;
        const down = algorithmLoss(policy, batch, settings, null);
        params[i] = keep;
        const numeric = (up - down) / (2 * h);
        worst = Math.max(worst, Math.abs(numeric - grad[i]!) / Math.max(1e-3, Math.abs(numeric)));
        checked++;
      }
      expect(checked).toBeGreaterThan(60);
      expect(worst).toBeLessThan(1e-5);
    });
  }

  it('GRPO: in the first epoch (π_θ = π_old) every ratio is exactly 1', () => {
    const policy = new TinyPolicy(spec).initialize(new Rng(4));
    const batch = new RolloutBatch(4, 8, spec.maxLength, policy.layout.maxActive, spec.hidden, policy.vocab);
    sampleBatch(batch, policy, policy.clone(), tasks.map((task, taskId) => ({ taskId, task })), new Rng(5), (id, t) => scoreTokens(t, tasks[id]!));
    let ratioOne = true;
    const settings: UpdateSettings = { algorithm: 'grpo', epsilon: 0.2, beta: 0, std: 'population', gamma: 1, lambda: 1, valueClip: 0.5 };
    computeAdvantages(batch, settings);
    for (const e of batch.episodes) {
      for (let t = 0; t < e.tokens.length; t++) {
        const logp = Math.log(policy.distribution(e.task, e.tokens, t)[e.tokens[t]!]!);
        if (Math.abs(logp - batch.oldLogp[e.start + t]!) > 1e-12) ratioOne = false;
      }
    }
    expect(ratioOne).toBe(true);
    // ... so the first epoch may reuse the activations stored at sampling time: same loss, same gradient, bit for bit.
    const fresh = new Float64Array(policy.net.parameterCount);
    const reused = new Float64Array(policy.net.parameterCount);
    const settingsKl = { ...settings, beta: 0.04 };
    expect(algorithmLoss(policy, batch, settingsKl, reused, true)).toBe(algorithmLoss(policy, batch, settingsKl, fresh, false));
    expect([...reused]).toEqual([...fresh]);
  });

  it("PPO: the critic's value loss gradient matches finite differences", () => {
    const { critic, batch, settings } = setUp('ppo');
    const net = critic!;
    // Move the critic so that some values are clipped.
    const rng = new Rng(3);
    for (let i = 0; i < net.params.length; i++) net.params[i]! += rng.uniform(-0.3, 0.3);
    const grad = new Float64Array(net.parameterCount);
    valueGradientPass(net, batch, settings.valueClip, grad);
    let worst = 0;
    for (let i = 0; i < net.params.length; i++) {
      const keep = net.params[i]!;
      net.params[i] = keep + 1e-6;
      const up = valueGradientPass(net, batch, settings.valueClip, null);
      net.params[i] = keep - 1e-6;
      const down = valueGradientPass(net, batch, settings.valueClip, null);
      net.params[i] = keep;
      const numeric = (up - down) / 2e-6;
      worst = Math.max(worst, Math.abs(numeric - grad[i]!) / Math.max(1e-3, Math.abs(numeric)));
    }
    expect(worst).toBeLessThan(1e-5);
  });
});
