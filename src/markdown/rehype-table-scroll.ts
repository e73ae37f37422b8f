/**
 * Wraps each Markdown table in a scroll container so a wide table scrolls on its own instead of
 * widening the page on a phone. The container is focusable and labelled so keyboard users can scroll it.
 */
import type { Element, Root } from 'hast';
import { SKIP, visit } from 'unist-util-visit';

export function rehypeTableScroll() {
  return (tree: Root) => {
    let count = 0;
    visit(tree, 'element', (node, index, parent) => {
      if (node.tagName !== 'table' || !parent || index === undefined) return;
      count += 1;
      const container: Element = {
        type: 'element',
        // A named <section> is a region landmark: the native element for role="region".
        tagName: 'section',
        properties: { className: ['table-scroll'], tabIndex: 0, ariaLabel: `Table ${count} (scrolls sideways)` },
        children: [node],
      };
      parent.children[index] = container;
      // The table is now inside the container: do not visit it (and wrap it) again.
      return SKIP;
    });
  };
}
