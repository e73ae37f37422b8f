import { describe, expect, it } from 'vitest';
import {
  STD_EPSILON,
  clippedTerm,
  fmt,
  formatClippedTerm,
  groupAdvantages,
  klEstimator,
  mean,
  std,
} from '../../src/lib/grpo';
import { advantageChart } from '../../src/widgets/grpo-advantage/chart';

/** Small deterministic PRNG (mulberry32) so the property test is reproducible. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('mean and std', () => {
  it('gives the known values for [1, 0, 1, 0]', () => {
    expect(mean([1, 0, 1, 0])).toBe(0.5);
    expect(std([1, 0, 1, 0], 'population')).toBe(0.5);
    expect(std([1, 0, 1, 0], 'sample')).toBeCloseTo(Math.sqrt(1 / 3), 12); // 0.57735
  });

  it('gives the known values for [2, 4, 4, 4, 5, 5, 7, 9]', () => {
    expect(mean([2, 4, 4, 4, 5, 5, 7, 9])).toBe(5);
    expect(std([2, 4, 4, 4, 5, 5, 7, 9], 'population')).toBe(2);
    expect(std([2, 4, 4, 4, 5, 5, 7, 9], 'sample')).toBeCloseTo(Math.sqrt(32 / 7), 12);
  });
});

describe('group advantages', () => {
  it('[1, 0, 1, 0]: ±1 with population std, ±0.866 with sample std + 1e-6', () => {
    const pop = groupAdvantages([1, 0, 1, 0], 'population');
    expect(pop.advantages).toEqual([1, -1, 1, -1]);
    expect(pop.denominator).toBe(0.5);
    const sample = groupAdvantages([1, 0, 1, 0], 'sample');
    expect(sample.denominator).toBeCloseTo(Math.sqrt(1 / 3) + STD_EPSILON, 15);
    expect(sample.advantages[0]).toBeCloseTo(0.5 / (Math.sqrt(1 / 3) + 1e-6), 15);
    expect(fmt(sample.advantages[0])).toBe('0.866');
    expect(fmt(sample.advantages[1])).toBe('−0.866');
  });

  it('advantages sum to ~0 for random groups (property test)', () => {
    const next = rng(12345);
    for (let trial = 0; trial < 2000; trial++) {
      const g = 2 + Math.floor(next() * 15);
      const binary = next() < 0.5;
      const rewards = Array.from({ length: g }, () => (binary ? Math.round(next()) : (next() - 0.5) * 20));
      for (const convention of ['population', 'sample'] as const) {
        const { advantages, degenerate } = groupAdvantages(rewards, convention);
        const sum = advantages.reduce((s, a) => s + a, 0);
        expect(Math.abs(sum)).toBeLessThan(1e-9 * g);
        if (!degenerate && convention === 'population') {
          // population-normalized advantages have mean 0 and mean square 1
          const meanSquare = advantages.reduce((s, a) => s + a * a, 0) / g;
          expect(meanSquare).toBeCloseTo(1, 9);
        }
      }
    }
  });

  it('equal rewards: every advantage is 0 and the group is flagged', () => {
    for (const convention of ['population', 'sample'] as const) {
      for (const rewards of [[1, 1, 1, 1], [0, 0], [0.3, 0.3, 0.3]]) {
        const r = groupAdvantages(rewards, convention);
        expect(r.std).toBe(0);
        expect(r.degenerate).toBe(true);
        expect(r.advantages.every((a) => a === 0)).toBe(true);
      }
    }
    expect(groupAdvantages([1, 1], 'sample').denominator).toBe(STD_EPSILON);
  });

  it('orders advantages like the rewards', () => {
    const { advantages } = groupAdvantages([2, 0, 1], 'population');
    expect(advantages[0]).toBeGreaterThan(advantages[2]);
    expect(advantages[2]).toBeCloseTo(0, 12);
    expect(advantages[1]).toBeLessThan(0);
  });

  it('rejects invalid groups', () => {
    expect(() => groupAdvantages([], 'population')).toThrow(/2 to 1024 rewards; got 0/);
    expect(() => groupAdvantages([1], 'sample')).toThrow(RangeError);
    expect(() => groupAdvantages([1, Number.NaN], 'population')).toThrow(/Reward 2 is not a finite number/);
    expect(() => groupAdvantages([1, Infinity], 'population')).toThrow(RangeError);
    expect(() => groupAdvantages(new Array(1025).fill(0), 'population')).toThrow(RangeError);
  });
});

describe('clipped surrogate term', () => {
  it('A > 0 and rho > 1 + eps: clipped at (1 + eps) A', () => {
    const t = clippedTerm(1.35, 0.87, 0.2);
    expect(t.clippedRatio).toBe(1.2);
    expect(t.unclipped).toBeCloseTo(1.1745, 12);
    expect(t.clipped).toBeCloseTo(1.044, 12);
    expect(t.value).toBe(t.clipped);
    expect(t.clipActive).toBe(true);
    expect(formatClippedTerm(t)).toBe('min(1.35 × 0.87, clip(1.35, 0.8, 1.2) × 0.87) = min(1.175, 1.044) = 1.044');
  });

  it('A < 0 and rho < 1 - eps: clipped at (1 - eps) A', () => {
    const t = clippedTerm(0.5, -1, 0.2);
    expect(t.value).toBeCloseTo(-0.8, 12);
    expect(t.clipActive).toBe(true);
    expect(formatClippedTerm(t)).toBe('min(0.5 × (−1), clip(0.5, 0.8, 1.2) × (−1)) = min(−0.5, −0.8) = −0.8');
  });

  it('otherwise unclipped', () => {
    const cases: [number, number][] = [
      [1.1, 1], // inside the range
      [0.9, -1],
      [0.5, 1], // A > 0 but ratio below the range: min keeps rho * A
      [3, -1], // A < 0 but ratio above the range: min keeps rho * A (the pessimistic side)
      [1.2, 1], // exactly at the edge
      [4, 0], // A = 0
    ];
    for (const [rho, a] of cases) {
      const t = clippedTerm(rho, a, 0.2);
      expect(t.clipActive, `rho=${rho}, A=${a}`).toBe(false);
      expect(t.value).toBeCloseTo(rho * a, 12);
    }
    expect(clippedTerm(3, -1, 0.2).value).toBe(-3);
  });

  it('epsilon 0 clips everything to the ratio 1', () => {
    expect(clippedTerm(2, 1, 0).value).toBe(1);
    expect(clippedTerm(0, -1, 0).value).toBe(-1);
  });

  it('rejects invalid input', () => {
    expect(() => clippedTerm(-0.1, 1, 0.2)).toThrow(/ratio/);
    expect(() => clippedTerm(Number.NaN, 1, 0.2)).toThrow(RangeError);
    expect(() => clippedTerm(1, Infinity, 0.2)).toThrow(/advantage/);
    expect(() => clippedTerm(1, 1, 1)).toThrow(/Epsilon/);
    expect(() => clippedTerm(1, 1, -0.1)).toThrow(/Epsilon/);
  });
});

describe('KL estimator k(ratio) = ratio - log(ratio) - 1', () => {
  it('is 0 at ratio 1 and >= 0 everywhere', () => {
    expect(klEstimator(1)).toBe(0);
    for (let x = 0.001; x < 50; x *= 1.07) expect(klEstimator(x)).toBeGreaterThanOrEqual(0);
    expect(klEstimator(2)).toBeCloseTo(1 - Math.log(2), 12);
    expect(klEstimator(0.5)).toBeCloseTo(Math.log(2) - 0.5, 12);
  });

  it('rejects ratios <= 0', () => {
    expect(() => klEstimator(0)).toThrow(RangeError);
    expect(() => klEstimator(-1)).toThrow(RangeError);
  });
});

describe('fmt', () => {
  it('rounds and trims', () => {
    expect(fmt(1.2)).toBe('1.2');
    expect(fmt(100)).toBe('100');
    expect(fmt(-0.0001)).toBe('0');
    expect(fmt(-1.5)).toBe('−1.5');
    expect(fmt(2, 0)).toBe('2');
  });
});

describe('advantage chart layout', () => {
  it('draws positive bars above the zero line and negative ones below, scaled to the largest |A|', () => {
    const chart = advantageChart([2, -1, 0, 0.5]);
    expect(chart.scale).toBe(2);
    const [up, down, flat, small] = chart.bars;
    expect(up!.y + up!.height).toBeCloseTo(chart.zeroY, 9);
    expect(up!.height).toBeCloseTo(chart.reach, 9);
    expect(down!.y).toBe(chart.zeroY);
    expect(down!.height).toBeCloseTo(chart.reach / 2, 9);
    expect([up!.sign, down!.sign, flat!.sign, small!.sign]).toEqual([1, -1, 0, 1]);
    expect(flat!.height).toBe(0);
    // bars stay inside the plot and do not overlap
    chart.bars.forEach((b, i) => {
      expect(b.x).toBeGreaterThanOrEqual(chart.plotX0);
      expect(b.x + b.width).toBeLessThanOrEqual(chart.plotX1);
      if (i > 0) expect(b.x).toBeGreaterThan(chart.bars[i - 1]!.x + chart.bars[i - 1]!.width);
    });
    expect(advantageChart([0.2, -0.2]).scale).toBe(1); // small advantages are not blown up
  });
});
