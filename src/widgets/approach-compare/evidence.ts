/**
 * The cited examples the approach comparison shows next to its verdicts. Each one restates a figure that a
 * chapter of the site already gives, with the same source and location; `page` names that chapter, and
 * tests/unit/approach-compare-logic.test.ts checks that every figure here appears in it.
 */

export interface EvidenceCite {
  /** A key of src/data/sources.ts. */
  source: string;
  /** Where in the source, as the chapter cites it ("Table 4", "§2.2.4"). */
  loc?: string;
  /** Short name shown in the brackets: "R1 paper". */
  short: string;
}

export interface Evidence {
  /** The example in a few words, figures included. */
  text: string;
  cite: EvidenceCite;
  /** The content file (under content/, without .mdx) that states the same figure with the same source. */
  page: string;
}

const R1 = 'R1 paper';

const evidence = {
  'self-consistency': {
    text: 'Majority voting: +17.9% on GSM8K over a single chain of thought',
    cite: { source: 'wang-2022-self-consistency', short: 'Wang et al. 2022' },
    page: 'approaches/inference-time-scaling',
  },
  'deepseekmath-vote': {
    text: 'DeepSeekMath 7B on MATH: 51.7% with one answer, 60.9% voting over 64',
    cite: { source: 'deepseekmath', short: 'DeepSeekMath' },
    page: 'approaches/inference-time-scaling',
  },
  'prm-best-of-n': {
    text: 'A process reward model picking among samples: 78% of a MATH subset',
    cite: { source: 'lightman-2023', short: 'Lightman et al. 2023' },
    page: 'approaches/inference-time-scaling',
  },
  'compute-optimal': {
    text: 'Compute spent by difficulty: over 4× as efficient as best-of-N',
    cite: { source: 'snell-2024', short: 'Snell et al. 2024' },
    page: 'approaches/inference-time-scaling',
  },
  'zero-shot-cot': {
    text: '“Let’s think step by step”: GSM8K from 10.4% to 40.7% (InstructGPT)',
    cite: { source: 'kojima-2022', short: 'Kojima et al. 2022' },
    page: 'approaches/inference-time-scaling',
  },
  'budget-forcing': {
    text: 's1-32B: forcing longer thinking took AIME 2024 from 50% to 57%',
    cite: { source: 's1', short: 's1' },
    page: 'on-a-budget',
  },
  'rules-only': {
    text: 'R1-Zero: no learned reward model, only rules for accuracy and format',
    cite: { source: 'deepseek-r1', loc: '§2.2.2', short: R1 },
    page: 'approaches/pure-rl',
  },
  'r1-zero': {
    text: 'R1-Zero, RL only: AIME 2024 pass@1 from 15.6% to 71.0%',
    cite: { source: 'deepseek-r1', loc: '§2.2.4', short: R1 },
    page: 'approaches/pure-rl',
  },
  tinyzero: {
    text: 'TinyZero: 3B learned Countdown by RL for under $30; 0.5B did not',
    cite: { source: 'tinyzero', loc: 'README', short: 'TinyZero' },
    page: 'on-a-budget',
  },
  'rl-vs-distill-32b': {
    text: 'Same 32B base, AIME 2024: 47.0 after RL, 72.6 distilled from R1',
    cite: { source: 'deepseek-r1', loc: 'Table 6', short: R1 },
    page: 'approaches/distillation',
  },
  'r1-vs-o1': {
    text: 'DeepSeek-R1: 79.8 on AIME 2024 against o1-1217’s 79.2',
    cite: { source: 'deepseek-r1', loc: 'Table 4', short: R1 },
    page: 'approaches/sft-plus-rl',
  },
  'cold-start': {
    text: 'R1: thousands of cold-start examples, ~800K for its second SFT',
    cite: { source: 'deepseek-r1', loc: '§2.3', short: R1 },
    page: 'takeaways',
  },
  'v3-compute': {
    text: 'DeepSeek-V3, R1’s base: 2.788M H800 GPU-hours of training alone',
    cite: { source: 'deepseek-v3', short: 'V3 report' },
    page: 'approaches/sft-plus-rl',
  },
  'distill-then-rl': {
    text: 'Distil, then RL on the student: the next step DeepSeek points to',
    cite: { source: 'deepseek-r1', loc: '§3.2', short: R1 },
    page: 'approaches/distillation',
  },
  'sky-t1': {
    text: 'Sky-T1: 17K traces, under $450, AIME 2024 43.3 vs o1-preview’s 40.0',
    cite: { source: 'sky-t1', short: 'Sky-T1' },
    page: 'on-a-budget',
  },
  's1-data': {
    text: 's1: a 32B student fine-tuned on just 1,000 curated examples',
    cite: { source: 's1', short: 's1' },
    page: 'on-a-budget',
  },
  'distill-32b': {
    text: 'R1-Distill-Qwen-32B: 72.6 on AIME 2024, below its teacher R1’s 79.8',
    cite: { source: 'deepseek-r1', loc: 'Tables 4, 5', short: R1 },
    page: 'approaches/distillation',
  },
  'distill-small': {
    text: 'The 1.5B student: 28.9% on AIME 2024, 83.9% on MATH-500',
    cite: { source: 'deepseek-r1', loc: '§3.2', short: R1 },
    page: 'takeaways',
  },
  'distill-family': {
    text: 'Six R1-Distill students, 1.5B to 70B, trained on ~800K R1 samples',
    cite: { source: 'deepseek-r1', loc: '§2.4', short: R1 },
    page: 'approaches/distillation',
  },
  'filter-correct': {
    text: 'DeepSeek kept only correct samples, checked by rules or a V3 judge',
    cite: { source: 'deepseek-r1', loc: '§2.3.3', short: R1 },
    page: 'approaches/distillation',
  },
} as const satisfies Record<string, Evidence>;

export type EvidenceId = keyof typeof evidence;
export const EVIDENCE: Readonly<Record<EvidenceId, Evidence>> = evidence;

/** The bracketed citation text: "R1 paper, Table 4". */
export function citeLabel(cite: EvidenceCite): string {
  return cite.loc ? `${cite.short}, ${cite.loc}` : cite.short;
}
