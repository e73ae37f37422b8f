/**
 * Best-of-N with an imperfect verifier: sample N answers, score each with a verifier
 * (a reward model), return the answer with the highest score.
 *
 * Model. Each sample is right with probability p, independently. The verifier gives every
 * sample an independent score:
 *   right answer  ->  score ~ Normal(mu, 1)
 *   wrong answer  ->  score ~ Normal(0, 1)
 * The one-number summary of verifier quality is q = P(a right answer outscores a wrong one).
 * The difference of the two scores is Normal(mu, 2), so q = Phi(mu / sqrt(2)), i.e.
 *   mu = sqrt(2) * PhiInverse(q).
 * q = 0.5 is a verifier that knows nothing (mu = 0, best-of-N is a random pick);
 * q -> 1 is a perfect verifier (mu -> infinity, best-of-N is right whenever any sample is).
 *
 * Accuracy. P(best-of-N is right) is one smooth integral, computed with 16-point
 * Gauss–Legendre rules on 96 panels over [mu - 12, mu + 12]. Against closed forms (N = 1 gives p,
 * q = 0.5 gives p, N = 2 with one right and one wrong gives q) the error is below 1e-12.
 */

import { requireInRange, MAX_SAMPLES } from './majority-vote';

/** Standard normal density. */
export function normalPdf(x: number): number {
  return Math.exp(-0.5 * x * x) / Math.sqrt(2 * Math.PI);
}

/**
 * Upper tail Q(x) = P(Z > x) for x >= 0, accurate to a few units in the last place even
 * far out in the tail (where 1 - Phi(x) would lose every digit to cancellation).
 */
function upperTail(x: number): number {
  if (x < 3) {
    // Series: Phi(x) - 1/2 = pdf(x) * (x + x^3/3 + x^5/(3*5) + ...); every term is positive.
    let term = x;
    let sum = x;
    for (let i = 1; i < 200 && term > sum * 1e-17; i++) {
      term *= (x * x) / (2 * i + 1);
      sum += term;
    }
    return 0.5 - normalPdf(x) * sum;
  }
  // Continued fraction for the Mills ratio, evaluated from the bottom up:
  // Q(x) = pdf(x) / (x + 1/(x + 2/(x + 3/(x + ...)))). 80 levels are plenty for x >= 3.
  let fraction = x;
  for (let i = 80; i >= 1; i--) fraction = x + i / fraction;
  return normalPdf(x) / fraction;
}

/** Standard normal CDF Phi(x). */
export function normalCdf(x: number): number {
  if (Number.isNaN(x)) return NaN;
  if (x === Infinity) return 1;
  if (x === -Infinity) return 0;
  return x >= 0 ? 1 - upperTail(x) : upperTail(-x);
}

/**
 * PhiInverse(q) for q in [0.5, 1): the x with Phi(x) = q. Bisection on the upper tail, so
 * q close to 1 (say 1 - 1e-12) is still solved to full precision. 100 halvings of [0, 40]
 * reach the limit of double precision.
 */
export function normalQuantileUpper(q: number): number {
  requireInRange('q', q, 0.5, 1);
  if (q === 1) return Infinity;
  if (q === 0.5) return 0; // exact, rather than bisection's last-digit noise
  const tail = 1 - q;
  let lo = 0;
  let hi = 40;
  for (let i = 0; i < 100; i++) {
    const mid = (lo + hi) / 2;
    if (upperTail(mid) > tail) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}

/** Mean score gap mu that makes P(right outscores wrong) = q. */
export function scoreGap(q: number): number {
  return Math.SQRT2 * normalQuantileUpper(q);
}

/** Nodes and weights of the n-point Gauss–Legendre rule on [-1, 1] (Newton on P_n). */
function gaussLegendre(n: number): { nodes: number[]; weights: number[] } {
  const nodes: number[] = [];
  const weights: number[] = [];
  for (let i = 1; i <= n; i++) {
    let x = Math.cos((Math.PI * (i - 0.25)) / (n + 0.5)); // classic starting guess
    let derivative = 0;
    for (let iter = 0; iter < 100; iter++) {
      // Three-term recurrence for the Legendre polynomial P_n(x) and its derivative.
      let p0 = 1;
      let p1 = x;
      for (let j = 2; j <= n; j++) {
        const p2 = ((2 * j - 1) * x * p1 - (j - 1) * p0) / j;
        p0 = p1;
        p1 = p2;
      }
      derivative = (n * (x * p1 - p0)) / (x * x - 1);
      const step = p1 / derivative;
      x -= step;
      if (Math.abs(step) < 1e-16) break;
    }
    nodes.push(x);
    weights.push(2 / ((1 - x * x) * derivative * derivative));
  }
  return { nodes, weights };
}

const RULE = gaussLegendre(16);
const HALF_WIDTH = 12; // outside mu ± 12 the right answers' score density is below 1e-31
const PANELS = 96;

/** Quadrature points covering [mu - 12, mu + 12] (composite Gauss–Legendre). */
function quadraturePoints(mu: number): { x: number[]; w: number[] } {
  const x: number[] = [];
  const w: number[] = [];
  const width = (2 * HALF_WIDTH) / PANELS;
  for (let panel = 0; panel < PANELS; panel++) {
    const mid = mu - HALF_WIDTH + (panel + 0.5) * width;
    for (let i = 0; i < RULE.nodes.length; i++) {
      x.push(mid + (RULE.nodes[i]! * width) / 2);
      w.push((RULE.weights[i]! * width) / 2);
    }
  }
  return { x, w };
}

function checkInputs(p: number, n: number, q: number): void {
  requireInRange('p', p, 0, 1);
  requireInRange('N', n, 1, MAX_SAMPLES, true);
  requireInRange('q', q, 0.5, 1);
}

/**
 * Accuracy of best-of-N for every N = 1..nMax (entry N - 1).
 *
 * Every sample's score is drawn from the mixture F(x) = p Phi(x - mu) + (1 - p) Phi(x).
 * The pick is right exactly when the top-scoring sample is a right one. Sample i is right, scores
 * x, and beats the other N - 1 with probability p pdf(x - mu) F(x)^(N-1) dx, and any of the N
 * samples can be that one, so
 *
 *   P(best-of-N right) = N p * integral of pdf(x - mu) F(x)^(N-1) dx.
 */
export function bestOfNCurve(p: number, nMax: number, q: number): number[] {
  checkInputs(p, nMax, q);
  if (q === 1) {
    // Perfect verifier (limit mu -> infinity): right whenever at least one sample is right.
    return Array.from({ length: nMax }, (_, i) => 1 - (1 - p) ** (i + 1));
  }
  const mu = scoreGap(q);
  const { x, w } = quadraturePoints(mu);
  const base = x.map((xi, i) => w[i]! * p * normalPdf(xi - mu)); // weight * p * pdf(x - mu)
  const mixture = x.map((xi) => p * normalCdf(xi - mu) + (1 - p) * normalCdf(xi)); // F(x)
  const power = x.map(() => 1); // F(x)^(N-1), updated as N grows
  const out: number[] = [];
  for (let n = 1; n <= nMax; n++) {
    let integral = 0;
    for (let i = 0; i < x.length; i++) integral += base[i]! * power[i]!;
    out.push(Math.min(1, Math.max(0, n * integral)));
    for (let i = 0; i < x.length; i++) power[i]! *= mixture[i]!;
  }
  return out;
}

/** P(best-of-N picks a right answer). */
export function bestOfNAccuracy(p: number, n: number, q: number): number {
  checkInputs(p, n, q);
  return bestOfNCurve(p, n, q)[n - 1]!;
}

/**
 * P(the best of c right answers outscores the best of m wrong ones): the chance the verifier
 * picks right when the N samples happen to split into c right and m wrong.
 *   = integral of c pdf(x - mu) Phi(x - mu)^(c-1) Phi(x)^m dx   (density of the right max, times
 *     the chance every wrong score is below it).
 */
export function pickRightGivenSplit(c: number, m: number, q: number): number {
  requireInRange('c', c, 0, MAX_SAMPLES, true);
  requireInRange('m', m, 0, MAX_SAMPLES, true);
  requireInRange('q', q, 0.5, 1);
  if (c === 0) return 0;
  if (m === 0) return 1;
  if (q === 1) return 1;
  const mu = scoreGap(q);
  const { x, w } = quadraturePoints(mu);
  let integral = 0;
  for (let i = 0; i < x.length; i++) {
    const xi = x[i]!;
    integral += w[i]! * c * normalPdf(xi - mu) * normalCdf(xi - mu) ** (c - 1) * normalCdf(xi) ** m;
  }
  return Math.min(1, Math.max(0, integral));
}

/**
 * The same accuracy written as a sum over how many samples are right:
 *   sum over c of Binom(N, c) p^c (1-p)^(N-c) * pickRightGivenSplit(c, N - c, q).
 * Slower than bestOfNAccuracy (one integral per c); kept because it is the easier formula to
 * read, and the tests check that the two agree.
 */
export function bestOfNAccuracyBySplit(p: number, n: number, q: number): number {
  checkInputs(p, n, q);
  let total = 0;
  let binom = 1; // C(n, c), built up as c grows
  for (let c = 0; c <= n; c++) {
    if (c > 0) binom = (binom * (n - c + 1)) / c;
    total += binom * p ** c * (1 - p) ** (n - c) * pickRightGivenSplit(c, n - c, q);
  }
  return Math.min(1, Math.max(0, total));
}
