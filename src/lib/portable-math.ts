/**
 * exp and log built from + - * / alone, so that every JavaScript engine computes the same bits.
 *
 * Why not Math.exp and Math.log? The language standard leaves their last bit to the engine, and engines
 * do differ: on our test machine Node 24 and Chromium disagree in the last bit for about a quarter of
 * the inputs we tried. A training run is a long chain of such results; one different bit changes the
 * loss, then the weights, and eventually which token gets sampled, so the browser's curve would drift
 * away from the one Node recorded. Addition, subtraction, multiplication and division, by contrast, are
 * correctly rounded everywhere (IEEE 754), so a function made only of them gives identical results in
 * every engine. The trainer therefore uses these two functions instead of Math.exp and Math.log.
 *
 * Accuracy: within about two units in the last place of the true value (the tests compare them with
 * Math.exp and Math.log over a wide range). Speed is of the same order as the built-in functions.
 */

/** ln 2 split in two: LN2_HI has 32 significant bits, so k · LN2_HI is exact for every k used below. */
const LN2_HI = 0.6931471803691238; // exactly 2977044471 / 2^32
const LN2_LO = 1.9082149292705877e-10; // ln 2 - LN2_HI, rounded
const INV_LN2 = 1.4426950408889634;
const SQRT2 = 1.4142135623730951;

/** 2^k for k = -1022..1023 by repeated doubling and halving (exact: powers of two are representable). */
const POW2 = new Float64Array(2046);
const POW2_OFFSET = 1022;
POW2[POW2_OFFSET] = 1;
for (let k = 1; k <= 1023; k++) POW2[POW2_OFFSET + k] = POW2[POW2_OFFSET + k - 1]! * 2;
for (let k = -1; k >= -1022; k--) POW2[POW2_OFFSET + k] = POW2[POW2_OFFSET + k + 1]! / 2;

/** x · 2^k, with one rounding at most (only when the result is subnormal). */
function scale(x: number, k: number): number {
  if (k > 1023) return x * POW2[POW2_OFFSET + 1023]! * POW2[POW2_OFFSET + k - 1023]!;
  if (k < -1022) return x * POW2[POW2_OFFSET + k + 60]! * POW2[POW2_OFFSET - 60]!;
  return x * POW2[POW2_OFFSET + k]!;
}

/** 1/n! for n = 0..14: the Taylor coefficients of e^r. */
const INV_FACTORIAL: number[] = [1];
for (let n = 1; n <= 14; n++) INV_FACTORIAL.push(INV_FACTORIAL[n - 1]! / n);

/**
 * e^x. Write x = k·ln 2 + r with k a whole number and |r| ≤ ½ ln 2 ≈ 0.347; then e^x = 2^k · e^r, and
 * e^r is its Taylor series up to r^14 / 14! (the next term is below 1e-17 of the result).
 */
export function exp(x: number): number {
  if (Number.isNaN(x)) return NaN;
  if (x > 709.782712893384) return Infinity; // ln(largest double)
  if (x < -745.2) return 0; // below half the smallest subnormal
  const k = Math.round(x * INV_LN2);
  const r = x - k * LN2_HI - k * LN2_LO;
  let sum = INV_FACTORIAL[14]!;
  for (let n = 13; n >= 0; n--) sum = sum * r + INV_FACTORIAL[n]!; // Horner's rule
  return scale(sum, k);
}

const bits = new DataView(new ArrayBuffer(8));

/** The exponent and significand of a positive finite x: x = m · 2^e with m in [√½, √2). */
function split(x: number): [m: number, e: number] {
  let e = 0;
  if (x < POW2[0]!) {
    // A subnormal number: scale it into the normal range first (exactly: a power of two).
    x *= POW2[POW2_OFFSET + 60]!;
    e = -60;
  }
  // Read the exponent field of the IEEE 754 encoding, then set it to 0 to get m in [1, 2).
  bits.setFloat64(0, x);
  const high = bits.getUint32(0);
  e += ((high >>> 20) & 0x7ff) - 1023;
  bits.setUint32(0, (high & 0x800fffff) | 0x3ff00000);
  let m = bits.getFloat64(0);
  if (m > SQRT2) {
    m /= 2;
    e++;
  }
  return [m, e];
}

/**
 * ln x. Write x = m · 2^e with m in [√½, √2); then ln x = e·ln 2 + ln m, and with s = (m - 1)/(m + 1),
 * |s| ≤ 0.172, ln m = 2·atanh(s) = 2(s + s³/3 + s⁵/5 + …), summed up to s^23 / 23.
 */
export function log(x: number): number {
  if (Number.isNaN(x) || x < 0) return NaN;
  if (x === 0) return -Infinity;
  if (x === Infinity) return Infinity;
  const [m, e] = split(x);
  const s = (m - 1) / (m + 1);
  const z = s * s;
  let t = 1 / 23;
  for (let n = 21; n >= 3; n -= 2) t = t * z + 1 / n;
  const lnM = 2 * s + 2 * s * (z * t);
  return e * LN2_HI + (e * LN2_LO + lnM);
}
