import { describe, expect, it } from 'vitest';
import {
  bestOfNAccuracy,
  bestOfNAccuracyBySplit,
  bestOfNCurve,
  normalCdf,
  normalQuantileUpper,
  pickRightGivenSplit,
  scoreGap,
} from '../../src/lib/best-of-n';
import { MAX_SAMPLES, passAtN } from '../../src/lib/majority-vote';

describe('normal distribution helpers', () => {
  it('Phi matches high-precision values, including far tails', () => {
    // Reference values from mpmath at 30 digits.
    const cases: Array<[number, number]> = [
      [-10, 7.619853024160525e-24],
      [-8, 6.220960574271784e-16],
      [-5, 2.866515718791939e-7],
      [-3.1, 0.0009676032132183566],
      [-1, 0.15865525393145705],
      [0, 0.5],
      [0.5, 0.6914624612740131],
      [2.99, 0.9986051127645077],
      [3.01, 0.9986937615512306],
    ];
    for (const [x, expected] of cases) expect(Math.abs(normalCdf(x) / expected - 1)).toBeLessThan(1e-12);
  });

  it('PhiInverse undoes Phi and recovers known quantiles', () => {
    expect(normalQuantileUpper(0.5)).toBe(0);
    expect(normalQuantileUpper(0.975)).toBeCloseTo(1.959963984540054, 12);
    expect(normalQuantileUpper(0.8413447460685429)).toBeCloseTo(1, 12);
    expect(normalQuantileUpper(1)).toBe(Infinity);
    for (const q of [0.55, 0.7, 0.9, 0.999, 1 - 1e-9]) expect(normalCdf(normalQuantileUpper(q))).toBeCloseTo(q, 14);
  });

  it('the score gap gives P(right outscores wrong) = q', () => {
    // Right − wrong ~ Normal(mu, 2), so P(difference > 0) = Phi(mu / sqrt 2).
    for (const q of [0.5, 0.6, 0.8, 0.95, 0.9999]) expect(normalCdf(scoreGap(q) / Math.SQRT2)).toBeCloseTo(q, 13);
  });
});

describe('best-of-N: closed forms', () => {
  const ps = [0, 0.05, 0.3, 0.5, 0.77, 1];
  const qs = [0.5, 0.6, 0.75, 0.9, 0.99, 0.999999];

  it('N = 1 gives p (nothing to choose from)', () => {
    for (const p of ps) for (const q of qs) expect(bestOfNAccuracy(p, 1, q)).toBeCloseTo(p, 12);
  });

  it('q = 0.5 gives p for every N (the verifier picks at random)', () => {
    for (const p of ps) {
      bestOfNCurve(p, MAX_SAMPLES, 0.5).forEach((value) => expect(value).toBeCloseTo(p, 12));
    }
  });

  it('q = 1 gives pass@N (a perfect verifier finds any right sample)', () => {
    for (const p of ps) {
      bestOfNCurve(p, MAX_SAMPLES, 1).forEach((value, i) => expect(value).toBeCloseTo(passAtN(p, i + 1), 14));
    }
  });

  it('q → 1 approaches pass@N continuously', () => {
    for (const p of [0.1, 0.4]) {
      for (const n of [2, 10, 201]) {
        expect(Math.abs(bestOfNAccuracy(p, n, 1 - 1e-12) - passAtN(p, n))).toBeLessThan(1e-6);
      }
    }
  });

  it('one right and one wrong sample: the verifier picks right with probability q', () => {
    for (const q of qs) expect(pickRightGivenSplit(1, 1, q)).toBeCloseTo(q, 12);
    expect(pickRightGivenSplit(1, 1, 1)).toBe(1);
  });

  it('N = 2: p² + 2p(1 - p)q', () => {
    for (const p of [0.2, 0.5, 0.9]) {
      for (const q of qs) expect(bestOfNAccuracy(p, 2, q)).toBeCloseTo(p * p + 2 * p * (1 - p) * q, 12);
    }
  });

  it('with q = 0.5 the best of c right vs m wrong is a random pick: c / (c + m)', () => {
    for (const [c, m] of [[1, 4], [3, 7], [10, 190], [50, 50]] as const) {
      expect(pickRightGivenSplit(c, m, 0.5)).toBeCloseTo(c / (c + m), 12);
    }
  });

  it('the single-integral form equals the sum over right/wrong splits', () => {
    for (const [p, n, q] of [[0.3, 5, 0.8], [0.6, 11, 0.7], [0.1, 40, 0.95], [0.5, 64, 0.6]] as const) {
      expect(bestOfNAccuracy(p, n, q)).toBeCloseTo(bestOfNAccuracyBySplit(p, n, q), 12);
    }
  });

  it('matches independent high-precision quadrature (mpmath, 30 digits)', () => {
    const cases: Array<[number, number, number, number]> = [
      [0.3, 5, 0.8, 0.5950467946526061],
      [0.6, 11, 0.7, 0.8378260001474885],
      [0.2, 201, 0.9, 0.9795026495023336],
      [0.05, 201, 0.99, 0.9962774192833694],
      [0.5, 64, 0.6, 0.7000269572955826],
      [0.9, 3, 0.95, 0.9936670833862902],
      [0.1, 50, 0.999999, 0.9948449042151517],
    ];
    for (const [p, n, q, expected] of cases) expect(bestOfNAccuracy(p, n, q)).toBeCloseTo(expected, 12);
  });
});

describe('best-of-N: properties', () => {
  it('stays between one-sample accuracy and pass@N, and grows with q', () => {
    for (const p of [0.05, 0.3, 0.7]) {
      let previous = bestOfNCurve(p, 101, 0.5);
      for (const q of [0.6, 0.7, 0.8, 0.9, 0.99]) {
        const current = bestOfNCurve(p, 101, q);
        current.forEach((value, i) => {
          expect(value).toBeGreaterThanOrEqual(p - 1e-12);
          expect(value).toBeLessThanOrEqual(passAtN(p, i + 1) + 1e-12);
          expect(value).toBeGreaterThanOrEqual(previous[i]! - 1e-12);
        });
        previous = current;
      }
    }
  });

  it('a decent verifier keeps improving with N', () => {
    const curve = bestOfNCurve(0.2, 201, 0.9);
    for (let i = 1; i < curve.length; i++) expect(curve[i]!).toBeGreaterThanOrEqual(curve[i - 1]! - 1e-12);
  });
});

describe('best-of-N: validation', () => {
  it('rejects bad input with RangeError', () => {
    expect(() => bestOfNAccuracy(0.5, 5, 0.4)).toThrow('q must be between 0.5 and 1');
    expect(() => bestOfNAccuracy(-0.1, 5, 0.8)).toThrow('p must be between 0 and 1');
    expect(() => bestOfNAccuracy(0.5, 0, 0.8)).toThrow('N must be between 1 and 201');
    expect(() => bestOfNAccuracy(0.5, 3.5, 0.8)).toThrow('N must be a whole number');
    expect(() => bestOfNAccuracy(0.5, 5, Number.NaN)).toThrow(RangeError);
    expect(() => pickRightGivenSplit(-1, 2, 0.8)).toThrow(RangeError);
  });
});
