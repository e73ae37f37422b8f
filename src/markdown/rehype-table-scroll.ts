/**
 * Wraps each Markdown table in a scroll container so a wide table scrolls on its own instead of
 * widening the page on a phone. The container is focusable and labelled so keyboard users can scroll it.
 */
import type { Element, Root } from 'hast';

export function rehypeTableScroll() {
  return (tree: Root) => {
    let count = 0;
    const walk = (parent: Root | Element) => {
      parent.children.forEach((node, i) => {
        if (node.type !== 'element') return;
        if (node.tagName === 'table') {
          count += 1;
          parent.children[i] = {
            type: 'element',
            tagName: 'div',
            properties: { className: ['table-scroll'], tabIndex: 0, role: 'region', ariaLabel: `Table ${count} (scrolls sideways)` },
            children: [node],
          };
        } else {
          walk(node);
        }
      });
    };
    walk(tree);
  };
}
