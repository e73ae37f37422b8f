/**
 * The search index's policy, in one place: what Pagefind leaves out of the index and how much each
 * page weighs. Read by the index build (pagefind-integration.ts), by the highlighter on a result's
 * page (mark-terms.ts, so it marks only text the index could have matched) and by the page
 * template (the weights). Only <main data-pagefind-body> is indexed at all (src/layouts/Doc.astro).
 */
import type { PageData } from '../site/page-schema';

/** Parts of <main> that are not prose a reader searches for. */
export const INDEX_EXCLUDE_SELECTORS = [
  // Rendered math: a formula's MathML and its TeX source would both be indexed and show up as garbage in
  // excerpts. Formulas are found through their plain-language labels (and inline ones read as text,
  // index-text.ts) instead.
  // The math element rather than KaTeX's wrapper class: that name then stays out of the site's scripts,
  // so pages without formulas drop the math rules (src/build/site-css-purge.ts).
  'math',
  // Marked by components: anchor labels, hover-card text, the narrow copy of a figure, the footer.
  '[data-pagefind-ignore]',
  '.anchor-link',
  // Reference chrome: an equation's number link ("(3) Link to equation"), a reference's back-links to
  // its citations ("↩1 ↩2") and its "In the bibliography" link.
  '.equation-anchor',
  '.backlinks',
  '.ref-more',
  // In-page navigation (the phone table of contents, glossary letters).
  'nav',
  // Citation and glossary cards repeat text that lives on the reference pages.
  '.hover-card',
  // Widgets: their labels and computed tables are interface, and would make the playground outrank the
  // chapter that explains a concept.
  '[data-widget]',
  // Full module listings (<SourceCode>) are code, not prose: indexing them would bloat the index and
  // the excerpts a first search downloads.
  '.source-code',
] as const;

/**
 * Index-like sections mention every concept; weighting them down lets the chapter that explains a
 * concept rank first.
 */
const SECTION_WEIGHTS: Partial<Record<PageData['section'], number>> = {
  Playground: 0.5,
  Reference: 0.5,
};

/** The page's data-pagefind-weight, or undefined for the default weight (1). */
export function searchWeight(section: PageData['section']): string | undefined {
  const weight = SECTION_WEIGHTS[section];
  return weight === undefined ? undefined : String(weight);
}
