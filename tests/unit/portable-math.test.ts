import { describe, expect, it } from 'vitest';
import { exp, log } from '../../src/lib/portable-math';
import { Rng } from '../../src/lib/prng';

/** Distance in units in the last place between two doubles of the same sign. */
function ulps(a: number, b: number): number {
  if (Object.is(a, b)) return 0;
  const view = new DataView(new ArrayBuffer(16));
  view.setFloat64(0, a);
  view.setFloat64(8, b);
  return Number(view.getBigInt64(0) - view.getBigInt64(8)) * (a < 0 ? -1 : 1);
}

describe('portable exp and log', () => {
  it('agree with Math.exp to within 2 units in the last place', () => {
    const rng = new Rng(1);
    let worst = 0;
    for (let i = 0; i < 20000; i++) {
      const x = i < 10000 ? rng.uniform(-30, 30) : rng.uniform(-740, 709);
      worst = Math.max(worst, Math.abs(ulps(exp(x), Math.exp(x))));
    }
    expect(worst).toBeLessThanOrEqual(2);
    expect(exp(0)).toBe(1);
    expect(Math.abs(ulps(exp(1), Math.E))).toBeLessThanOrEqual(1);
    expect(exp(710)).toBe(Infinity);
    expect(exp(-746)).toBe(0);
    expect(Math.abs(ulps(exp(-740), Math.exp(-740)))).toBeLessThanOrEqual(2); // subnormal
    expect(exp(Number.NaN)).toBeNaN();
  });

  it('agree with Math.log to within 2 units in the last place', () => {
    const rng = new Rng(2);
    let worst = 0;
    for (let i = 0; i < 20000; i++) {
      const x = i % 3 === 0 ? rng.uniform(0.5, 2) : i % 3 === 1 ? rng.uniform(0, 1) : Math.exp(rng.uniform(-700, 700));
      if (x === 0) continue;
      worst = Math.max(worst, Math.abs(ulps(log(x), Math.log(x))));
    }
    expect(worst).toBeLessThanOrEqual(2);
    expect(log(1)).toBe(0);
    expect(log(Math.E)).toBeCloseTo(1, 15);
    expect(log(2)).toBe(Math.LN2);
    expect(log(5e-324)).toBeCloseTo(Math.log(5e-324), 12);
    expect(log(0)).toBe(-Infinity);
    expect(log(-1)).toBeNaN();
    expect(log(Infinity)).toBe(Infinity);
  });

  it('are inverse to each other on the values the trainer meets', () => {
    for (let x = -20; x <= 0; x += 0.37) expect(log(exp(x))).toBeCloseTo(x, 13);
  });
});
