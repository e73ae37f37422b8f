/**
 * A small seeded pseudo-random number generator, so that a training run is a pure function of its
 * seed and settings: the same numbers come out in Node and in any browser. Math.random is never used.
 *
 * The generator walks a 32-bit counter in steps of 0x9e3779b9 (2^32 divided by the golden ratio, a
 * "Weyl sequence") and scrambles each counter value with the 32-bit finalizer of MurmurHash3: two
 * rounds of xor-shift and multiply. The period is 2^32 draws, far more than a run uses (a default run
 * makes about a million draws). Only integer operations are involved (Math.imul, shifts), which
 * every JavaScript engine computes identically.
 */

/** The MurmurHash3 32-bit finalizer: a bijection on 32-bit integers that mixes every input bit into every output bit. */
export function mix32(x: number): number {
  let z = x >>> 0;
  z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
  z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
  return (z ^ (z >>> 16)) >>> 0;
}

/** Combine a numeric seed and a label into a new 32-bit seed, so that one run seed gives independent streams. */
export function deriveSeed(seed: number, label: string): number {
  let h = mix32(seed ^ 0x5bd1e995);
  for (let i = 0; i < label.length; i++) h = mix32(h ^ label.charCodeAt(i));
  return h;
}

export class Rng {
  private state: number;

  constructor(seed: number) {
    if (!Number.isFinite(seed)) throw new RangeError('The seed must be a finite number.');
    this.state = mix32(Math.trunc(seed) >>> 0);
  }

  /** The next 32-bit unsigned integer. */
  nextUint32(): number {
    this.state = (this.state + 0x9e3779b9) >>> 0;
    return mix32(this.state);
  }

  /** A float in [0, 1) with 32 random bits. */
  next(): number {
    return this.nextUint32() / 4294967296;
  }

  /** A whole number in [0, n). The tiny bias of the multiply (at most n / 2^32) is irrelevant here. */
  int(n: number): number {
    return Math.floor(this.next() * n);
  }

  /** A float in [lo, hi). */
  uniform(lo: number, hi: number): number {
    return lo + (hi - lo) * this.next();
  }

  /** Shuffle an array in place (Fisher–Yates) and return it. */
  shuffle<T>(items: T[]): T[] {
    for (let i = items.length - 1; i > 0; i--) {
      const j = this.int(i + 1);
      const tmp = items[i]!;
      items[i] = items[j]!;
      items[j] = tmp;
    }
    return items;
  }

  /** Draw an index from unnormalized non-negative weights (e.g. softmax probabilities). */
  categorical(weights: ArrayLike<number>, total = sumOf(weights)): number {
    let u = this.next() * total;
    for (let i = 0; i < weights.length; i++) {
      u -= weights[i]!;
      if (u < 0) return i;
    }
    // Rounding can leave a sliver of u after the last weight: return the last index with weight > 0.
    for (let i = weights.length - 1; i >= 0; i--) if (weights[i]! > 0) return i;
    return weights.length - 1;
  }
}

function sumOf(values: ArrayLike<number>): number {
  let s = 0;
  for (let i = 0; i < values.length; i++) s += values[i]!;
  return s;
}
