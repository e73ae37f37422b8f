import { describe, expect, it } from 'vitest';
import {
  binomialPmf,
  majorityVoteAccuracy,
  majorityVoteCurve,
  MAX_SAMPLES,
  MAX_WRONG_ANSWERS,
  passAtN,
  simulateVote,
  tokenCostMultiple,
  winTable,
} from '../../src/lib/majority-vote';

/** Closed form for two answers and odd N: P(Binomial(N, p) > N/2). */
function binomialTail(p: number, n: number): number {
  let total = 0;
  for (let c = Math.ceil((n + 1) / 2); c <= n; c++) total += binomialPmf(n, p)[c]!;
  return total;
}

/** Seeded generator so the simulation test is repeatable. */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('majority vote: known values (two answers, k = 1)', () => {
  it('p = 0.6: N = 3 → 0.648, N = 5 → 0.68256', () => {
    expect(majorityVoteAccuracy(0.6, 3, 1)).toBeCloseTo(0.648, 12);
    expect(majorityVoteAccuracy(0.6, 5, 1)).toBeCloseTo(0.68256, 12);
  });

  it('p = 0.4: N = 5 → 0.31744 (voting hurts below 0.5)', () => {
    expect(majorityVoteAccuracy(0.4, 5, 1)).toBeCloseTo(0.31744, 12);
  });

  it('matches the fact sheet §8 values', () => {
    // Exact binomial tails. facts.md §8 prints 0.754 for N = 11; the exact value is
    // 0.75349813248, which rounds to 0.753 (0.754 comes from rounding 0.7535 a second time).
    expect(majorityVoteAccuracy(0.6, 11, 1)).toBeCloseTo(0.75349813248, 12);
    expect(majorityVoteAccuracy(0.6, 25, 1)).toBeCloseTo(0.846, 3);
    expect(majorityVoteAccuracy(0.6, 65, 1)).toBeCloseTo(0.949, 3);
    expect(majorityVoteAccuracy(0.6, 1, 1)).toBeCloseTo(0.6, 12);
    expect(majorityVoteAccuracy(0.7, 5, 1)).toBeCloseTo(0.837, 3);
    expect(majorityVoteAccuracy(0.7, 11, 1)).toBeCloseTo(0.922, 3);
    expect(majorityVoteAccuracy(0.7, 25, 1)).toBeCloseTo(0.983, 3);
    expect(majorityVoteAccuracy(0.4, 11, 1)).toBeCloseTo(0.247, 3);
    expect(majorityVoteAccuracy(0.4, 25, 1)).toBeCloseTo(0.154, 3);
  });

  it('equals the binomial tail for every odd N up to 201', () => {
    for (const p of [0.05, 0.3, 0.5, 0.6, 0.93]) {
      const curve = majorityVoteCurve(p, MAX_SAMPLES, 1);
      for (let n = 1; n <= MAX_SAMPLES; n += 2) expect(curve[n - 1]).toBeCloseTo(binomialTail(p, n), 12);
    }
  });

  it('even N with two answers: a tie is a coin flip', () => {
    // N = 2: both right (p²) or one each and the coin picks right (2p(1-p) / 2) → exactly p.
    for (const p of [0.1, 0.6, 0.85]) expect(majorityVoteAccuracy(p, 2, 1)).toBeCloseTo(p, 12);
    // N = 4, p = 0.6: P(≥3 right) + ½ P(2 right) = 0.4752 + ½ · 0.3456.
    expect(majorityVoteAccuracy(0.6, 4, 1)).toBeCloseTo(0.4752 + 0.3456 / 2, 12);
  });
});

describe('majority vote: wrong answers spread over k alternatives', () => {
  it('matches brute-force enumeration of every vote count (exact fractions, computed separately)', () => {
    // Reference values: enumerate every (right, wrong_1..wrong_k) count vector with its
    // multinomial probability in exact rational arithmetic (Python fractions), tie → 1/(t+1).
    const cases: Array<[number, number, number, number]> = [
      [0.3, 7, 3, 0.35012933333333335],
      [0.35, 12, 4, 0.6087343194233364],
      [0.2, 9, 5, 0.23878650445824],
      [0.45, 10, 2, 0.618638646106247],
      [0.5, 6, 3, 0.7083333333333334],
      [0.4, 8, 1, 0.289792],
      [0.25, 11, 6, 0.42539654299616814],
      [0.6, 4, 2, 0.7344],
    ];
    for (const [p, n, k, expected] of cases) expect(majorityVoteAccuracy(p, n, k)).toBeCloseTo(expected, 12);
  });

  it('matches a separate bin-by-bin dynamic program for large N (computed separately)', () => {
    // Reference: a Python DP that deals the wrong votes to one wrong answer at a time,
    // tracking how many answers tie with the right one.
    const cases: Array<[number, number, number, number]> = [
      [0.25, 60, 7, 0.8793463773684062],
      [0.2, 101, 20, 0.9973193150702347],
      [0.3, 100, 3, 0.6466646840993243],
      [0.15, 81, 12, 0.7092649673737113],
      [0.1, 201, 20, 0.8485650632325961],
      [0.08, 200, 20, 0.5526504606336857],
      [0.45, 201, 1, 0.0773566644272741],
      [0.12, 150, 13, 0.6730179508491128],
    ];
    for (const [p, n, k, expected] of cases) expect(majorityVoteAccuracy(p, n, k)).toBeCloseTo(expected, 11);
  });

  it('handles the largest case, N = 201 with k = 20', () => {
    const value = majorityVoteAccuracy(0.1, 201, MAX_WRONG_ANSWERS);
    expect(value).toBeGreaterThan(0);
    expect(value).toBeLessThan(1);
    expect(majorityVoteCurve(0.1, 201, 20)[200]).toBeCloseTo(value, 14);
  });

  it('plurality can win with p < 0.5 when mistakes disagree', () => {
    // p = 0.3 with 20 different wrong answers (3.5% each): more samples help.
    const curve = majorityVoteCurve(0.3, 101, 20);
    expect(curve[100]!).toBeGreaterThan(0.99);
    expect(curve[100]!).toBeGreaterThan(curve[0]!);
  });
});

describe('majority vote: properties', () => {
  const ps = [0, 0.01, 0.1, 0.25, 0.33, 0.45, 0.5, 0.55, 0.7, 0.9, 0.999, 1];

  it('is a probability for every p, N, k', () => {
    for (const p of ps) {
      for (const k of [1, 2, 5, 13, 20]) {
        for (const value of majorityVoteCurve(p, MAX_SAMPLES, k)) {
          expect(value).toBeGreaterThanOrEqual(0);
          expect(value).toBeLessThanOrEqual(1);
        }
      }
    }
  });

  it('N = 1 gives p for every k', () => {
    for (const p of ps) for (const k of [1, 3, 20]) expect(majorityVoteAccuracy(p, 1, k)).toBeCloseTo(p, 14);
  });

  it('k = 1, p > 0.5: never decreases over odd N', () => {
    for (const p of [0.51, 0.6, 0.8, 0.99]) {
      const curve = majorityVoteCurve(p, MAX_SAMPLES, 1);
      for (let n = 3; n <= MAX_SAMPLES; n += 2) expect(curve[n - 1]!).toBeGreaterThanOrEqual(curve[n - 3]! - 1e-12);
    }
  });

  it('k = 1, p < 0.5: never increases over odd N', () => {
    for (const p of [0.01, 0.2, 0.4, 0.49]) {
      const curve = majorityVoteCurve(p, MAX_SAMPLES, 1);
      for (let n = 3; n <= MAX_SAMPLES; n += 2) expect(curve[n - 1]!).toBeLessThanOrEqual(curve[n - 3]! + 1e-12);
    }
  });

  it('spreading the wrong answers over more alternatives never lowers accuracy', () => {
    // One assertion over all 26,733 comparisons (an expect() per comparison took seconds on a busy machine).
    const violations: string[] = [];
    for (const p of [0.05, 0.2, 0.33, 0.4, 0.5, 0.6, 0.8]) {
      let previous = majorityVoteCurve(p, MAX_SAMPLES, 1);
      for (let k = 2; k <= MAX_WRONG_ANSWERS; k++) {
        const current = majorityVoteCurve(p, MAX_SAMPLES, k);
        for (let n = 0; n < MAX_SAMPLES; n++) {
          if (!(current[n]! >= previous[n]! - 1e-12)) violations.push(`p=${p} k=${k} N=${n + 1}`);
        }
        previous = current;
      }
    }
    expect(violations).toEqual([]);
  }, 30_000);

  it('p = 0 never wins and p = 1 always wins', () => {
    for (const k of [1, 4]) {
      expect(majorityVoteCurve(0, 50, k).every((v) => v === 0)).toBe(true);
      expect(majorityVoteCurve(1, 50, k).every((v) => Math.abs(v - 1) < 1e-14)).toBe(true);
    }
  });

  it('never beats pass@N (the vote needs at least one right sample)', () => {
    for (const p of [0.1, 0.4, 0.7]) {
      const curve = majorityVoteCurve(p, MAX_SAMPLES, 20);
      curve.forEach((value, i) => expect(value).toBeLessThanOrEqual(passAtN(p, i + 1) + 1e-12));
    }
  });

  it('win(c, m) is 1 when the right answer has more votes than all wrong ones together', () => {
    const table = winTable(4, 30);
    expect(table.win(10, 9)).toBe(1);
    expect(table.win(0, 5)).toBe(0);
    // k = 1, equal votes: coin flip.
    expect(winTable(1, 30).win(7, 7)).toBe(0.5);
  });
});

describe('majority vote: helpers and validation', () => {
  it('pass@N and token cost', () => {
    expect(passAtN(0.6, 3)).toBeCloseTo(1 - 0.4 ** 3, 14);
    expect(passAtN(0, 10)).toBe(0);
    expect(tokenCostMultiple(64)).toBe(64);
  });

  it('binomial pmf sums to 1', () => {
    const pmf = binomialPmf(201, 0.37);
    expect(pmf.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
  });

  it('rejects bad input with RangeError and a clear message', () => {
    expect(() => majorityVoteAccuracy(1.5, 5)).toThrow(RangeError);
    expect(() => majorityVoteAccuracy(1.5, 5)).toThrow('p must be between 0 and 1');
    expect(() => majorityVoteAccuracy(Number.NaN, 5)).toThrow('p must be a finite number');
    expect(() => majorityVoteAccuracy(0.5, 0)).toThrow('N must be between 1 and 201');
    expect(() => majorityVoteAccuracy(0.5, 2.5)).toThrow('N must be a whole number');
    expect(() => majorityVoteAccuracy(0.5, 202)).toThrow(RangeError);
    expect(() => majorityVoteAccuracy(0.5, 5, 0)).toThrow('k must be between 1 and 20');
    expect(() => majorityVoteAccuracy(0.5, 5, 21)).toThrow(RangeError);
    expect(() => majorityVoteAccuracy(0.5, Infinity)).toThrow(RangeError);
    expect(() => winTable(3, 10).win(11, 0)).toThrow(RangeError);
  });
});

describe('simulateVote', () => {
  it('counts the samples and picks a plurality winner', () => {
    const random = mulberry32(42);
    for (let i = 0; i < 200; i++) {
      const { samples, counts, winner, tiedWith } = simulateVote(0.4, 9, 3, random);
      expect(samples).toHaveLength(9);
      expect(counts.reduce((a, b) => a + b, 0)).toBe(9);
      expect(tiedWith).toContain(winner);
      expect(counts[winner]).toBe(Math.max(...counts));
    }
  });

  it('its win rate agrees with the exact value (loose Monte Carlo check)', () => {
    const random = mulberry32(7);
    let wins = 0;
    const trials = 20000;
    for (let i = 0; i < trials; i++) if (simulateVote(0.35, 12, 4, random).winner === 0) wins++;
    // Exact 0.6087; 5 standard errors ≈ 0.017.
    expect(Math.abs(wins / trials - majorityVoteAccuracy(0.35, 12, 4))).toBeLessThan(0.017);
  });
});
