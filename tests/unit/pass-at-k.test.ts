import { describe, expect, it } from 'vitest';
import { MAX_N, passAtK, passAtKAll, passAtKFromBinomials, validatePassAtK } from '../../src/lib/pass-at-k';

describe('pass@k: known values (n = 10, c = 3)', () => {
  it('pass@1 = 0.3, pass@2 = 8/15, pass@5 = 11/12, pass@10 = 1', () => {
    expect(passAtK(10, 3, 1)).toBeCloseTo(0.3, 14);
    expect(passAtK(10, 3, 2)).toBeCloseTo(8 / 15, 14); // 0.5333…
    expect(passAtK(10, 3, 5)).toBeCloseTo(11 / 12, 14); // 0.91666…
    expect(passAtK(10, 3, 10)).toBe(1);
    expect(passAtKFromBinomials(10, 3, 2)).toBeCloseTo(8 / 15, 15);
  });

  it('pass@1 is just the fraction right, c / n', () => {
    for (const [n, c] of [[1, 0], [1, 1], [64, 17], [10000, 1], [10000, 9999]] as const) {
      expect(passAtK(n, c, 1)).toBeCloseTo(c / n, 12);
    }
  });

  it('is 1 as soon as fewer than k samples are wrong, and 0 with no right samples', () => {
    expect(passAtK(10, 8, 3)).toBe(1);
    expect(passAtK(10, 0, 10)).toBe(0);
    expect(passAtK(10000, 0, 5000)).toBe(0);
  });
});

describe('pass@k: the two forms agree', () => {
  it('for every (n, c, k) with n ≤ 30', () => {
    for (let n = 1; n <= 30; n++) {
      for (let c = 0; c <= n; c++) {
        for (let k = 1; k <= n; k++) expect(passAtK(n, c, k)).toBeCloseTo(passAtKFromBinomials(n, c, k), 13);
      }
    }
  });

  it('for large n, up to 10 000, without overflow', () => {
    const cases = [
      [10000, 1, 1],
      [10000, 3, 7000],
      [10000, 5000, 5000],
      [10000, 17, 100],
      [10000, 9999, 1],
      [9973, 400, 12],
      [MAX_N, 2500, 3],
    ] as const;
    for (const [n, c, k] of cases) {
      const product = passAtK(n, c, k);
      expect(Number.isFinite(product)).toBe(true);
      expect(product).toBeCloseTo(passAtKFromBinomials(n, c, k), 11);
    }
  });

  it('the all-k table matches the product form', () => {
    for (const [n, c] of [[10, 3], [200, 0], [200, 200], [10000, 37]] as const) {
      const all = passAtKAll(n, c);
      expect(all).toHaveLength(n);
      for (let k = 1; k <= n; k += Math.max(1, Math.floor(n / 150))) expect(all[k - 1]).toBeCloseTo(passAtK(n, c, k), 12);
    }
  });
});

describe('pass@k: properties', () => {
  it('is a probability that grows with k and with c', () => {
    const n = 50;
    for (let c = 0; c <= n; c++) {
      const all = passAtKAll(n, c);
      all.forEach((value, i) => {
        expect(value).toBeGreaterThanOrEqual(0);
        expect(value).toBeLessThanOrEqual(1);
        if (i > 0) expect(value).toBeGreaterThanOrEqual(all[i - 1]! - 1e-15);
        if (c > 0) expect(value).toBeGreaterThanOrEqual(passAtKAll(n, c - 1)[i]! - 1e-15);
      });
    }
  });
});

describe('pass@k: validation', () => {
  it('gives clear messages', () => {
    expect(() => passAtK(10, 11, 1)).toThrow('c must be at most n (10)');
    expect(() => passAtK(10, 3, 11)).toThrow('k must be at most n (10)');
    expect(() => passAtK(10, 3, 0)).toThrow('k must be at least 1');
    expect(() => passAtK(10, -3, 1)).toThrow('c must be at least 0');
    expect(() => passAtK(0, 0, 1)).toThrow('n must be at least 1');
    expect(() => passAtK(10001, 3, 1)).toThrow('n must be at most 10000');
    expect(() => passAtK(10.5, 3, 1)).toThrow('n must be a whole number');
    expect(() => passAtK(Number.NaN, 3, 1)).toThrow('n must be a number');
    expect(() => passAtK(Infinity, 3, 1)).toThrow(RangeError);
    expect(() => passAtKAll(10, 12)).toThrow('c must be at most n (10)');
    expect(() => validatePassAtK(10, 3, 2)).not.toThrow();
  });
});
