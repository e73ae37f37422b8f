/**
 * Majority voting (self-consistency): sample N answers, return the most common one.
 *
 * Model. Each sample is right with probability p, independently. A wrong sample picks one of
 * k wrong answers, each equally likely, so each wrong answer gets probability (1 - p) / k.
 * k = 1 is the hardest case for voting (every mistake agrees with every other mistake);
 * larger k spreads the mistakes so they outvote the right answer less often.
 * The vote returns the answer with the most votes; a tie for first place is broken uniformly
 * at random, so if the right answer ties with t wrong answers it wins with probability 1/(t+1).
 *
 * Everything here is exact (up to floating-point rounding): no simulation.
 */

/** Largest N the site's widgets use; the cost of the exact computation grows roughly as N³·k. */
export const MAX_SAMPLES = 201;
/** Largest number of distinct wrong answers the model accepts. */
export const MAX_WRONG_ANSWERS = 20;

/** Throw a RangeError unless `value` is a finite number in [min, max] (and whole, if asked). */
export function requireInRange(name: string, value: number, min: number, max: number, integer = false): void {
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    throw new RangeError(`${name} must be a finite number`);
  }
  if (integer && !Number.isInteger(value)) throw new RangeError(`${name} must be a whole number`);
  if (value < min || value > max) throw new RangeError(`${name} must be between ${min} and ${max}`);
}

/**
 * Pascal's triangle as floating-point numbers: choose[n][j] = C(n, j).
 * Up to n = 201 the largest entry is about 10^59, far below the float limit (~10^308).
 */
function pascal(nMax: number): Float64Array[] {
  const rows: Float64Array[] = [];
  for (let n = 0; n <= nMax; n++) {
    const row = new Float64Array(n + 1);
    row[0] = row[n] = 1;
    for (let j = 1; j < n; j++) row[j] = rows[n - 1]![j - 1]! + rows[n - 1]![j]!;
    rows.push(row);
  }
  return rows;
}

const choose = pascal(MAX_SAMPLES);

/** P(X = c) for X ~ Binomial(n, p), for c = 0..n. */
export function binomialPmf(n: number, p: number): Float64Array {
  requireInRange('N', n, 0, MAX_SAMPLES, true);
  requireInRange('p', p, 0, 1);
  const pmf = new Float64Array(n + 1);
  // Math.pow(0, 0) is 1, so p = 0 and p = 1 come out right without special cases.
  for (let c = 0; c <= n; c++) pmf[c] = choose[n]![c]! * p ** c * (1 - p) ** (n - c);
  return pmf;
}

/** pass@N for one problem: the chance that at least one of N samples is right. */
export function passAtN(p: number, n: number): number {
  requireInRange('p', p, 0, 1);
  requireInRange('N', n, 1, Number.MAX_SAFE_INTEGER, true);
  return 1 - (1 - p) ** n;
}

/**
 * The part of the vote that does not depend on p.
 * win(c, m) = probability that the right answer wins the plurality vote, given that it got
 * c votes and the other m votes are spread at random over the k wrong answers.
 */
export interface WinTable {
  k: number;
  nMax: number;
  win(c: number, m: number): number;
}

const tableCache = new Map<string, WinTable>();

/**
 * Build win(c, m) for every c + m <= nMax.
 *
 * The right answer, with c votes, wins outright if every wrong answer has fewer than c votes.
 * It ties if t wrong answers have exactly c votes and the others fewer; the tie-break then
 * picks it with probability 1/(t + 1). Both cases are counted with
 *
 *   below[s][n] = probability that n wrong votes (each landing on one of the k wrong answers,
 *                 chance 1/k each) all land on a given set of s wrong answers, with fewer than
 *                 c votes on each of them.
 *
 * Then, with m wrong votes in total,
 *
 *   win(c, m) = sum over t of  C(k, t) / (t + 1)           which t answers tie, and the tie-break
 *                            * exactly(m, t, c)            those t answers get exactly c votes each
 *                            * below[k - t][m - tc]        the other k - t answers stay below c
 *
 * where exactly(m, t, c) = m! / ((c!)^t (m - tc)!) * (1/k)^(tc) is the multinomial chance that
 * t given answers receive exactly c of the m votes each.
 *
 * The same split moves the table from cap c to cap c + 1: "at most c votes each" means
 * "below c, except for r answers that have exactly c":
 *
 *   below_{c+1}[s][n] = sum over r of C(s, r) * exactly(n, r, c) * below_c[s - r][n - rc].
 *
 * Every term is a probability in [0, 1], so nothing overflows (we never form 200!), and the
 * whole table for N = 201, k = 20 takes about a million multiply-adds.
 */
export function winTable(k: number, nMax: number): WinTable {
  requireInRange('k', k, 1, MAX_WRONG_ANSWERS, true);
  requireInRange('N', nMax, 1, MAX_SAMPLES, true);
  const key = `${k}:${nMax}`;
  const cached = tableCache.get(key);
  if (cached) return cached;

  const size = nMax + 1;
  // table[c * size + m]; with c = 0 the right answer has no votes and loses, so zeros are right
  // (c = m = 0 cannot happen because N >= 1).
  const table = new Float64Array(size * size);

  // Cap c = 1 ("fewer than 1 vote each"): only n = 0 votes fit, with certainty.
  let below: Float64Array[] = [];
  for (let s = 0; s <= k; s++) {
    below.push(new Float64Array(nMax));
    below[s]![0] = 1;
  }

  for (let c = 1; c <= nMax; c++) {
    const mMax = nMax - c;
    const kToMinusC = k ** -c;
    // With m < c every wrong answer has fewer votes than the right one: a sure win.
    for (let m = 0; m <= Math.min(mMax, c - 1); m++) table[c * size + m] = 1;
    for (let m = c; m <= mMax; m++) {
      let win = 0;
      let exactly = 1; // exactly(m, t, c), extended by one answer per step: times C(m - tc, c) (1/k)^c
      for (let t = 0; t <= k && t * c <= m; t++) {
        win += (choose[k]![t]! / (t + 1)) * exactly * below[k - t]![m - t * c]!;
        if ((t + 1) * c <= m) exactly *= choose[m - t * c]![c]! * kToMinusC;
      }
      table[c * size + m] = win;
    }
    if (mMax - 1 < c + 1) {
      // From here on every m < c: all remaining entries are sure wins.
      for (let c2 = c + 1; c2 <= nMax; c2++) {
        for (let m = 0; m <= nMax - c2; m++) table[c2 * size + m] = 1;
      }
      break;
    }

    // Raise the cap from c to c + 1 (only n <= nMax - (c + 1) is needed from now on).
    const next: Float64Array[] = [];
    for (let s = 0; s <= k; s++) {
      const row = new Float64Array(nMax);
      for (let n = 0; n <= Math.min(mMax - 1, s * c); n++) {
        let sum = 0;
        let exactly = 1; // exactly(n, r, c), extended one answer at a time as above
        for (let r = 0; r <= s && r * c <= n; r++) {
          sum += choose[s]![r]! * exactly * below[s - r]![n - r * c]!;
          if ((r + 1) * c <= n) exactly *= choose[n - r * c]![c]! * kToMinusC;
        }
        row[n] = sum;
      }
      next.push(row);
    }
    below = next;
  }

  const result: WinTable = {
    k,
    nMax,
    win(c: number, m: number): number {
      if (!Number.isInteger(c) || !Number.isInteger(m) || c < 0 || m < 0 || c + m > nMax || c + m === 0) {
        throw new RangeError(`win(c, m) needs whole numbers with 1 <= c + m <= ${nMax}`);
      }
      return table[c * size + m]!;
    },
  };
  // Keep a few tables: the widget recomputes only when k changes, not when p or N change.
  if (tableCache.size >= 8) tableCache.delete(tableCache.keys().next().value!);
  tableCache.set(key, result);
  return result;
}

/**
 * Probability that the plurality vote over N samples is right:
 *   sum over c of P(c of the N samples are right) * win(c, N - c).
 */
export function majorityVoteAccuracy(p: number, n: number, k = 1): number {
  requireInRange('p', p, 0, 1);
  requireInRange('N', n, 1, MAX_SAMPLES, true);
  requireInRange('k', k, 1, MAX_WRONG_ANSWERS, true);
  return accuracyFromTable(winTable(k, n), p, n);
}

/** Accuracy of the vote for every N = 1..nMax (entry N - 1), sharing one win table. */
export function majorityVoteCurve(p: number, nMax: number, k = 1): number[] {
  requireInRange('p', p, 0, 1);
  requireInRange('N', nMax, 1, MAX_SAMPLES, true);
  requireInRange('k', k, 1, MAX_WRONG_ANSWERS, true);
  const table = winTable(k, nMax);
  const out: number[] = [];
  for (let n = 1; n <= nMax; n++) out.push(accuracyFromTable(table, p, n));
  return out;
}

function accuracyFromTable(table: WinTable, p: number, n: number): number {
  const pmf = binomialPmf(n, p);
  let total = 0;
  for (let c = 1; c <= n; c++) total += pmf[c]! * table.win(c, n - c);
  // Rounding can leave the sum a hair outside [0, 1]; clamp so callers can rely on the range.
  return Math.min(1, Math.max(0, total));
}

/**
 * Tokens spent relative to a single sample: N independent samples cost N times as much
 * (counting a typical sample; real answers vary in length).
 */
export function tokenCostMultiple(n: number): number {
  requireInRange('N', n, 1, Number.MAX_SAFE_INTEGER, true);
  return n;
}

/**
 * Draw one simulated vote (for an animation, not for the numbers above).
 * `random` returns uniform numbers in [0, 1). Answer 0 is the right one; 1..k are wrong.
 */
export function simulateVote(
  p: number,
  n: number,
  k: number,
  random: () => number = Math.random,
): { samples: number[]; counts: number[]; winner: number; tiedWith: number[] } {
  requireInRange('p', p, 0, 1);
  requireInRange('N', n, 1, MAX_SAMPLES, true);
  requireInRange('k', k, 1, MAX_WRONG_ANSWERS, true);
  const samples: number[] = [];
  const counts = new Array<number>(k + 1).fill(0);
  for (let i = 0; i < n; i++) {
    const answer = random() < p ? 0 : 1 + Math.min(k - 1, Math.floor(random() * k));
    samples.push(answer);
    counts[answer]!++;
  }
  const best = Math.max(...counts);
  const tiedWith = counts.flatMap((count, answer) => (count === best ? [answer] : []));
  const winner = tiedWith[Math.min(tiedWith.length - 1, Math.floor(random() * tiedWith.length))]!;
  return { samples, counts, winner, tiedWith };
}
