/**
 * The unbiased pass@k estimator (Chen et al., 2021, the Codex / HumanEval paper).
 *
 * pass@k asks: if we drew k samples for a problem, how likely is at least one to be right?
 * Drawing exactly k samples and checking them gives a noisy 0/1 answer. Instead, draw n >= k
 * samples, count the c right ones, and average over every way of choosing k of the n:
 * the chance that a random k-subset contains no right sample is C(n - c, k) / C(n, k), so
 *
 *   pass@k = 1 - C(n - c, k) / C(n, k).
 *
 * Averaged over problems this is an unbiased estimate of the true pass@k.
 */

/** Largest n the calculator accepts. */
export const MAX_N = 10_000;

/** Throw a RangeError with a message a reader can act on unless n, c, k are valid. */
export function validatePassAtK(n: number, c: number, k: number): void {
  const whole = (name: string, value: number) => {
    if (typeof value !== 'number' || !Number.isFinite(value)) throw new RangeError(`${name} must be a number`);
    if (!Number.isInteger(value)) throw new RangeError(`${name} must be a whole number`);
  };
  whole('n', n);
  whole('c', c);
  whole('k', k);
  if (n < 1) throw new RangeError('n must be at least 1');
  if (n > MAX_N) throw new RangeError(`n must be at most ${MAX_N}`);
  if (c < 0) throw new RangeError('c must be at least 0');
  if (c > n) throw new RangeError(`c must be at most n (${n})`);
  if (k < 1) throw new RangeError('k must be at least 1');
  if (k > n) throw new RangeError(`k must be at most n (${n})`);
}

/**
 * pass@k in the numerically stable product form (the form OpenAI's human-eval code uses).
 *
 * C(n - c, k) / C(n, k) = prod over i = n-c+1 .. n of (1 - k / i):
 * writing both binomials as factorials, everything cancels except c factors (i - k) / i.
 * Each factor lies in [0, 1], so the product never overflows, even for n = 10 000, where
 * C(n, k) itself would have thousands of digits.
 */
export function passAtK(n: number, c: number, k: number): number {
  validatePassAtK(n, c, k);
  // Fewer than k wrong samples: every k-subset must contain a right one.
  if (n - c < k) return 1;
  let allWrong = 1;
  for (let i = n - c + 1; i <= n; i++) allWrong *= 1 - k / i;
  return 1 - allWrong;
}

/**
 * The textbook form 1 - C(n - c, k) / C(n, k), computed exactly with big integers and only
 * then turned into a float. Slow for large n; it exists to check the product form.
 */
export function passAtKFromBinomials(n: number, c: number, k: number): number {
  validatePassAtK(n, c, k);
  const allWrong = binomial(n - c, k); // k-subsets made only of wrong samples (0 if n - c < k)
  const all = binomial(n, k);
  // 1 - allWrong/all = (all - allWrong)/all, as a float with about 17 significant digits.
  return ratioToNumber(all - allWrong, all);
}

/** C(n, k) as an exact big integer (0 when k > n). */
function binomial(n: number, k: number): bigint {
  if (k < 0 || k > n) return 0n;
  const small = Math.min(k, n - k);
  let result = 1n;
  // After step i the value is C(n - small + i, i), always a whole number, so the division is exact.
  for (let i = 1; i <= small; i++) result = (result * BigInt(n - small + i)) / BigInt(i);
  return result;
}

/** num / den for big integers 0 <= num <= den, as the nearest-ish float. */
function ratioToNumber(num: bigint, den: bigint): number {
  if (num === 0n) return 0;
  // Scale so the integer quotient carries ~60 significant bits, then divide out the scale.
  let shift = Math.max(0, den.toString(2).length - num.toString(2).length + 64);
  let value = Number((num << BigInt(shift)) / den);
  // Divide by 2^shift in steps small enough that 2^step stays a finite float.
  while (shift > 0) {
    const step = Math.min(shift, 1000);
    value /= 2 ** step;
    shift -= step;
  }
  return value;
}

/**
 * pass@k for every k = 1..n (entry k - 1), in O(n) steps.
 * The all-wrong ratio C(n - c, k) / C(n, k) changes from k to k + 1 by the factor
 * (n - c - k) / (n - k), so each value follows from the previous one.
 */
export function passAtKAll(n: number, c: number): number[] {
  validatePassAtK(n, c, 1);
  const out: number[] = [];
  let allWrong = 1; // C(n - c, 0) / C(n, 0)
  for (let k = 1; k <= n; k++) {
    // From k - 1 to k: multiply by (n - c - (k - 1)) / (n - (k - 1)); it reaches 0 once k > n - c.
    allWrong *= Math.max(0, n - c - (k - 1)) / (n - (k - 1));
    out.push(1 - allWrong);
  }
  return out;
}
