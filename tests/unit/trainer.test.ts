import { describe, expect, it } from 'vitest';
import { taskKey } from '../../src/lib/countdown';
import { DEFAULT_SETTINGS, DEFAULT_RUN_STEP_BUDGET, Trainer, resolveSettings, runTraining } from '../../src/lib/trainer';

/** Settings for quick runs: a smaller batch and model. */
const quick = { promptsPerStep: 4, groupSize: 4, poolSize: 8, heldOutSize: 8, hidden: 16, warmStartSteps: 20, evalEvery: 3 };

describe('settings', () => {
  it('fills in defaults and rejects out-of-range values', () => {
    expect(resolveSettings({})).toEqual(DEFAULT_SETTINGS);
    expect(resolveSettings({ beta: 0 }).beta).toBe(0);
    expect(() => resolveSettings({ groupSize: 1 })).toThrow(/groupSize/);
    expect(() => resolveSettings({ epsilon: 1 })).toThrow(/epsilon/);
    expect(() => resolveSettings({ count: 5 })).toThrow(/count/);
    expect(() => resolveSettings({ algorithm: 'dpo' as never })).toThrow(/algorithm/);
    expect(() => resolveSettings({ learningRate: Number.NaN })).toThrow(/learningRate/);
  });
});

describe('a run', () => {
  it('is deterministic: the same settings give the same metrics, step for step', () => {
    for (const algorithm of ['grpo', 'reinforce', 'ppo'] as const) {
      const a = runTraining({ ...quick, algorithm }, 6);
      const b = runTraining({ ...quick, algorithm }, 6);
      expect(a).toEqual(b);
    }
    const other = runTraining({ ...quick, seed: 2 }, 6);
    expect(other).not.toEqual(runTraining(quick, 6));
  }, 60_000); // a second or two on an idle machine; the shared test machine can be many times slower

  it('has a pool and a held-out set that do not overlap', () => {
    const t = new Trainer({ ...quick, poolSize: 64, heldOutSize: 256, warmStartSteps: 0 });
    expect(t.pool).toHaveLength(64);
    expect(t.heldOut).toHaveLength(256);
    const keys = new Set(t.pool.map(taskKey));
    expect(t.heldOut.some((task) => keys.has(taskKey(task)))).toBe(false);
    // Changing a training setting keeps the same tasks and the same base policy.
    const u = new Trainer({ ...quick, poolSize: 64, heldOutSize: 256, warmStartSteps: 0, groupSize: 8, learningRate: 0.1 });
    expect(u.pool).toEqual(t.pool);
    expect([...u.reference.net.params]).toEqual([...t.reference.net.params]);
  });

  it('reports sensible metrics and one sample group', () => {
    const t = new Trainer({ ...quick, std: 'sample' });
    for (let i = 1; i <= 3; i++) {
      const m = t.step();
      expect(m.step).toBe(i);
      for (const share of [m.meanReward, m.sampleAccuracy, m.accuracy, m.validShare, m.answerShare]) {
        expect(share).toBeGreaterThanOrEqual(0);
        expect(share).toBeLessThanOrEqual(1);
      }
      expect(m.validShare).toBeLessThanOrEqual(m.answerShare);
      expect(m.meanLength).toBeGreaterThanOrEqual(1);
      expect(m.meanLength).toBeLessThanOrEqual(8);
      expect(m.kl).toBeGreaterThanOrEqual(0);
      expect(m.heldOutAccuracy === null).toBe(i % 3 !== 0);
      const { sample } = m;
      expect(sample.answers).toHaveLength(4);
      expect(t.pool.some((task) => task.target === sample.target)).toBe(true);
      expect(sample.prompt).toContain(`equals ${sample.target}`);
      for (const a of sample.answers) {
        expect([0, 0.1, 1]).toContain(a.reward);
        expect(a.tokens.length).toBeGreaterThan(0);
      }
      // GRPO advantages of a group sum to 0
      expect(sample.answers.reduce((s, a) => s + a.advantage, 0)).toBeCloseTo(0, 9);
    }
    expect(t.stepCount).toBe(3);
  }, 30_000);

  it('starts with KL 0: the first batch is sampled from the reference itself', () => {
    const [first] = runTraining(quick, 1);
    expect(first!.kl).toBe(0);
  });
});

describe('the default run', () => {
  it(`GRPO with the default settings passes 60 % training-pool accuracy within ${DEFAULT_RUN_STEP_BUDGET} steps, from under 10 %`, () => {
    const trainer = new Trainer();
    expect(trainer.evaluate().accuracy).toBeLessThan(0.1);
    let reached: number | null = null;
    while (trainer.stepCount < DEFAULT_RUN_STEP_BUDGET) {
      const m = trainer.step();
      if (m.accuracy >= 0.6) {
        reached = m.step;
        break;
      }
    }
    expect(reached).not.toBeNull();
  }, 120_000);
});
