/**
 * Content changes readers may care about, newest first, shown at /changelog/. Written from the dates and
 * subjects of `git log -- content/`, grouped by day and reworded for readers; code-only changes are left out.
 * `pages` are collection ids (content/<id>.mdx); a page without `updated` in its frontmatter shows the
 * date of its latest entry here.
 */
export interface ChangelogEntry {
  /** ISO day, e.g. "2026-11-30". */
  date: string;
  pages: readonly string[];
  summary: string;
}

/** The chapters of the first edition, which several entries touch all at once. */
const CHAPTERS = [
  'foundations/what-is-a-reasoning-model',
  'foundations/when-to-use-reasoning-models',
  'approaches/inference-time-scaling',
  'approaches/pure-rl',
  'approaches/sft-plus-rl',
  'approaches/distillation',
  'deepseek-r1',
  'on-a-budget',
  'takeaways',
];

export const changelog: readonly ChangelogEntry[] = [
  {
    date: '2026-11-30',
    pages: ['playground/train', 'playground', 'approaches/pure-rl', 'on-a-budget'],
    summary:
      'New page: train a tiny policy with GRPO in your browser, with how the trainer works, the reward it uses, what each switch changes and what a toy of this size cannot show. Linked from pure RL, On a budget and the playground; later the same day it gained results for more seeds and a view of the reward and algorithm source.',
  },
  {
    date: '2026-11-30',
    pages: ['on-a-budget'],
    summary: 'The TinyZero reward formula is written with shorter case labels so it fits the text column.',
  },
  {
    date: '2026-11-29',
    pages: [
      'approaches/distillation',
      'approaches/inference-time-scaling',
      'approaches/pure-rl',
      'approaches/sft-plus-rl',
      'deepseek-r1',
      'foundations/when-to-use-reasoning-models',
      'on-a-budget',
      'playground',
      'takeaways',
    ],
    summary:
      'Every sourced figure now carries its citation in the same paragraph, list item or table row; numbers the site worked out itself are marked as our arithmetic; captions and page descriptions no longer state figures.',
  },
  {
    date: '2026-11-29',
    pages: ['approaches/pure-rl', 'approaches/distillation', 'on-a-budget', 'takeaways', 'approaches/inference-time-scaling', 'deepseek-r1'],
    summary:
      'Fact-check corrections: the TinyZero Countdown scorer described as its code has it; the journey-learning base model and setups named; the claim that the distilled 7B student beats GPT-4o qualified; o1-mini’s AIME values cited to the R1 table; GPQA called graduate-level throughout; MATH separated from MATH-500 in the glossary.',
  },
  {
    date: '2026-11-29',
    pages: ['approaches/inference-time-scaling', 'approaches/sft-plus-rl', 'takeaways'],
    summary: 'Clearer wording for two citations and for the opening of the takeaways.',
  },
  {
    date: '2026-11-26',
    pages: ['approaches/pure-rl', 'approaches/distillation', 'deepseek-r1', 'on-a-budget'],
    summary:
      'Visual pass: figure spacing, aligned widget inputs, readable tables, a phone layout for the LLM stages figure, and a diff-marked code snippet where the advantage normalization is explained.',
  },
  {
    date: '2026-11-26',
    pages: ['playground'],
    summary: 'New playground page with the R1 pipeline explorer, the cost estimator and the distillation chart.',
  },
  {
    date: '2026-11-26',
    pages: CHAPTERS,
    summary: 'All chapters checked against the fact sheet, with corrections.',
  },
  {
    date: '2026-11-26',
    pages: [
      ...CHAPTERS,
      'reference/glossary',
      'reference/formulas',
      'reference/bibliography',
    ],
    summary:
      'First edition: the chapters on what a reasoning model is and when to use one, the four approaches, DeepSeek-R1, working on a budget and the takeaways; the majority-vote, best-of-N and pass@k widgets; the glossary, formula index and bibliography.',
  },
];
