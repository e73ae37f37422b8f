/**
 * KaTeX tags every atom of its HTML rendering with its TeX class (`mord`, `mrel`, `mopen`, `mtight`, …).
 * KaTeX's stylesheet (0.19) styles none of them: spacing is written out as explicit spans, so these names
 * only add bytes (about 1 KB gzip on the formula-heavy pages). This drops them from the HTML half of each
 * formula; the MathML half, which assistive technology reads, is left untouched.
 */
import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';

/** KaTeX class names no rule in katex.css (or in this site's CSS) selects. */
export const UNSTYLED_KATEX_CLASSES: ReadonlySet<string> = new Set(['mord', 'mbin', 'mrel', 'mopen', 'mclose', 'mpunct', 'mop', 'minner', 'mtight']);

const classesOf = (element: Element): unknown[] => (Array.isArray(element.properties.className) ? element.properties.className : []);

function dropUnstyled(element: Element): void {
  const classes = classesOf(element);
  if (!classes.length) return;
  const kept = classes.filter((name) => !UNSTYLED_KATEX_CLASSES.has(String(name)));
  if (kept.length === classes.length) return;
  if (kept.length) element.properties.className = kept as string[];
  else delete element.properties.className;
}

/** Removes the unstyled class names inside every `.katex-html` subtree of the tree. */
export function leanKatexHtml(tree: Root | Element): void {
  visit(tree, 'element', (node: Element) => {
    if (!classesOf(node).includes('katex-html')) return;
    visit(node, 'element', dropUnstyled);
    return 'skip';
  });
}
