/**
 * How every formula on the site is typeset, in one place: the Markdown pipeline (hast-render-math.ts)
 * and the formulas page (src/reference/FormulaIndex.astro, through katex-mathml.ts) both render with
 * these options, so a formula looks the same wherever it appears.
 */
import type { KatexOptions } from 'katex';

export const katexOptions = {
  // MathML only, drawn by the browser (MathML Core) with the self-hosted math font (global.css) and read
  // by screen readers as it is: one tree per formula instead of KaTeX's HTML layout beside a hidden
  // MathML copy (on the long chapters, the HTML half was about 40 % of the page's elements).
  output: 'mathml',
  // A TeX typo or non-standard input fails the build instead of printing red text on the page.
  throwOnError: true,
  strict: 'error',
} as const satisfies KatexOptions;
