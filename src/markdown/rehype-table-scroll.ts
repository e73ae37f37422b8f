/**
 * Wraps each Markdown table in a scroll container so a wide table scrolls on its own instead of
 * widening the page on a phone. The container is focusable and labelled so keyboard users can scroll it.
 */
import type { Element, ElementContent, Root } from 'hast';
import { SKIP, visit } from 'unist-util-visit';
import { isFormula } from './katex-mathml.ts';

export function rehypeTableScroll() {
  return (tree: Root) => {
    let count = 0;
    visit(tree, 'element', (node, index, parent) => {
      // A formula holds no table, and KaTeX's trees are most of a math page's nodes.
      if (isFormula(node)) return SKIP;
      if (node.tagName !== 'table' || !parent || index === undefined) return;
      count += 1;
      const container: Element = {
        type: 'element',
        // A named <section> is a region landmark: the native element for role="region".
        tagName: 'section',
        properties: { className: ['table-scroll'], tabIndex: 0, ariaLabel: `Table ${count} (scrolls sideways)` },
        children: [node],
      };
      keepHeaderTokensWhole(node);
      alignCellsWithCss(node);
      parent.children[index] = container;
      // The table is now inside the container: do not visit it (and wrap it) again.
      return SKIP;
    });
  };
}

/**
 * A column's alignment (`| ---: |`) arrives as the cell's `align` attribute, obsolete in HTML. MDX's own
 * output turns it into a style, but the static parts of a page skip that step (they are written out as
 * HTML by Astro's MDX `optimize`), so it is done here for every cell alike.
 */
function alignCellsWithCss(table: Element): void {
  visit(table, 'element', (cell) => {
    if ((cell.tagName !== 'td' && cell.tagName !== 'th') || typeof cell.properties.align !== 'string') return;
    const style = typeof cell.properties.style === 'string' ? `${cell.properties.style};` : '';
    cell.properties.style = `${style}text-align:${cell.properties.align}`;
    delete cell.properties.align;
  });
}

/** A word with an inner hyphen or slash, such as MATH-500 or R1-Zero. */
const HYPHENATED = /\S+[-/‐]\S+/g;

/**
 * Browsers break lines after a hyphen, so a narrow column header reads "MATH-" / "500"; CSS cannot
 * forbid that break. Wrap such words in column headers in a span that CSS keeps on one line
 * (.no-break in global.css); the text itself (search, copy) is unchanged.
 */
function keepHeaderTokensWhole(table: Element): void {
  visit(table, 'element', (th) => {
    if (th.tagName !== 'th') return;
    th.children = th.children.flatMap((child): ElementContent[] => {
      if (child.type !== 'text' || !child.value.match(HYPHENATED)) return [child];
      const parts: ElementContent[] = [];
      let last = 0;
      for (const match of child.value.matchAll(HYPHENATED)) {
        if (match.index > last) parts.push({ type: 'text', value: child.value.slice(last, match.index) });
        parts.push({ type: 'element', tagName: 'span', properties: { className: ['no-break'] }, children: [{ type: 'text', value: match[0] }] });
        last = match.index + match[0].length;
      }
      if (last < child.value.length) parts.push({ type: 'text', value: child.value.slice(last) });
      return parts;
    });
  });
}
