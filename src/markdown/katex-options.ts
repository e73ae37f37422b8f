/**
 * How every formula on the site is typeset, in one place: the Markdown pipeline (rehype-render-math.ts)
 * and the formulas page (src/reference/FormulaIndex.astro) both render with these options, so a
 * formula looks the same wherever it appears.
 */
import type { KatexOptions } from 'katex';

export const katexOptions = {
  // HTML for the eye, MathML for screen readers and copy-paste.
  output: 'htmlAndMathml',
  // A TeX typo or non-standard input fails the build instead of printing red text on the page.
  throwOnError: true,
  strict: 'error',
} as const satisfies KatexOptions;
