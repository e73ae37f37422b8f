/**
 * The GRPO explorer's group statistics, safe for any finite rewards. src/lib/grpo.ts computes
 * A_i = (r_i − mean) / std as the formula reads; the explorer must also survive groups that formula
 * cannot: rewards so large that their squares overflow (1e308), so small that they underflow, or so close
 * together that their spread is rounding noise (1 and 1 + 2e-16), where the quotient of two tiny rounding
 * errors would be drawn as a real advantage or as NaN. Pure.
 */
import { mean, std, STD_EPSILON, type GroupStats, type StdConvention } from '~/lib/grpo';

/**
 * A spread (std) below this fraction of the largest |reward| counts as none: double precision carries
 * about 16 significant digits, so differences that small leave too few correct digits in r_i − mean for
 * the advantages to mean anything.
 */
export const NEGLIGIBLE_SPREAD = 1e-10;

export interface SafeGroupStats extends GroupStats {
  /** Why the group carries no signal: every reward equal, or a spread below NEGLIGIBLE_SPREAD. */
  degenerateKind: 'equal' | 'negligible' | null;
}

/**
 * Mean, std and advantages as src/lib/grpo.ts's groupAdvantages computes them, bit for bit for ordinary
 * rewards: the rewards are divided by a power of two near the largest |reward| (exact in binary floating
 * point, so every rounding happens as it would unscaled), which keeps squares from overflowing or
 * underflowing. A group whose spread is negligible is degenerate, like one with equal rewards.
 */
export function safeGroupAdvantages(rewards: readonly number[], convention: StdConvention): SafeGroupStats {
  if (!rewards.every(Number.isFinite)) throw new RangeError('Every reward must be a finite number.');
  const largest = Math.max(...rewards.map(Math.abs));
  const equal = rewards.every((r) => r === rewards[0]);
  const flat = (kind: 'equal' | 'negligible', m: number, s: number): SafeGroupStats => ({
    mean: m,
    std: s,
    denominator: convention === 'sample' ? s + STD_EPSILON : s,
    advantages: rewards.map(() => 0),
    degenerate: true,
    degenerateKind: kind,
  });
  if (equal || largest === 0) return flat('equal', rewards[0] ?? 0, 0);
  // log2 rounds up to 1024 near the largest double, whose power of two would overflow.
  const scale = 2 ** Math.min(1023, Math.max(-1074, Math.floor(Math.log2(largest))));
  const scaled = rewards.map((r) => r / scale);
  const m = mean(scaled);
  const s = std(scaled, convention);
  // Back in the rewards' units; a std past the largest double (only near ±1.8e308) is shown as the largest.
  const shownMean = m * scale;
  const shownStd = Math.min(s * scale, Number.MAX_VALUE);
  if (!(s > NEGLIGIBLE_SPREAD)) return flat('negligible', shownMean, shownStd);
  // (r − m) / (std + ε) in scaled units is (r' − m') / (std' + ε / scale).
  const denominator = convention === 'sample' ? s + STD_EPSILON / scale : s;
  return {
    mean: shownMean,
    std: shownStd,
    denominator: convention === 'sample' ? shownStd + STD_EPSILON : shownStd,
    advantages: scaled.map((r) => (r - m) / denominator),
    degenerate: false,
    degenerateKind: null,
  };
}
