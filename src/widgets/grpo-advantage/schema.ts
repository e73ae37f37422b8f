/** The GRPO group explorer's parameters: the one place their defaults, ranges and URL keys live. */
import { defineWidget, parseField, type NumberField } from '../kit/schema';

/** Largest group the explorer offers (the maths in src/lib/grpo.ts takes up to MAX_GROUP). */
export const MAX_G = 16;

export const grpoAdvantage = defineWidget({
  id: 'grpo-advantage',
  // Links shared before the renovation used `ga.g=…`.
  legacyPrefixes: ['ga'],
  fields: {
    /** Group size G: how many answers to the same question are sampled. */
    g: { kind: 'number', default: 4, min: 2, max: MAX_G, step: 1, integer: true },
    /** The rewards of the G samples, comma-separated (each one a REWARD_FIELD value). */
    r: { kind: 'text', default: '1,0,1,0', maxLength: 400 },
    /** Standard deviation convention: divide by G, or by G − 1 plus 1e-6. */
    std: { kind: 'enum', default: 'population', values: ['population', 'sample'] },
    /** The sample whose clipped term is shown (1 to G). */
    i: { kind: 'number', default: 1, min: 1, max: MAX_G, step: 1, integer: true },
    /** Probability ratio ρ = π_θ / π_θ_old. */
    rho: { kind: 'number', default: 1.35, min: 0, max: 5, step: 0.01 },
    /** Clip range ε. */
    eps: { kind: 'number', default: 0.2, min: 0, max: 0.5, step: 0.01 },
  },
});

/** One reward, typed into a sample's box or read from the list in `r`. */
export const REWARD_FIELD = { kind: 'number', default: 0, min: -1e6, max: 1e6 } as const satisfies NumberField;

export type RewardList = { ok: true; rewards: number[] } | { ok: false; error: string };

/**
 * Read the comma-separated reward list of a link (at most MAX_G entries are looked at). One bad entry
 * rejects the whole list, so a link never opens a group that is half its own and half the default.
 */
export function parseRewardList(text: string): RewardList {
  const rewards: number[] = [];
  for (const [k, raw] of text.split(',').slice(0, MAX_G).entries()) {
    const parsed = parseField(REWARD_FIELD, raw);
    if (!parsed.ok) return { ok: false, error: `reward ${k + 1}: ${parsed.error}` };
    rewards.push(parsed.value);
  }
  return { ok: true, rewards };
}
