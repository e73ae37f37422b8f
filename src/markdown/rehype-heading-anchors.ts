/**
 * Gives every h2–h4 a visible anchor link placed after the heading (not inside it, so the heading's
 * text, the table of contents and search stay clean). The link's accessible name comes from a
 * visually hidden label that search does not index. Runs after rehypeHeadingIds, which sets the ids.
 */
import type { Element, ElementContent, Root, RootContent } from 'hast';

const LEVELS = new Set(['h2', 'h3', 'h4']);

export function textOf(node: ElementContent | RootContent): string {
  if (node.type === 'text') return node.value;
  if (node.type === 'element') {
    // KaTeX renders math twice (HTML and MathML); the TeX annotation is the readable form.
    if (node.properties?.className && String(node.properties.className).includes('katex-html')) return '';
    return node.children.map(textOf).join('');
  }
  return '';
}

export function anchorLink(id: string, headingText: string): Element {
  return {
    type: 'element',
    tagName: 'a',
    properties: { className: ['anchor-link'], href: `#${id}` },
    children: [
      {
        type: 'element',
        tagName: 'span',
        properties: { className: ['sr-only'], dataPagefindIgnore: '' },
        children: [{ type: 'text', value: `Link to section: ${headingText.trim()}` }],
      },
      {
        type: 'element',
        tagName: 'span',
        properties: { ariaHidden: 'true', className: ['anchor-icon'] },
        children: [{ type: 'text', value: '#' }],
      },
    ],
  };
}

export function rehypeHeadingAnchors() {
  return (tree: Root) => {
    const walk = (parent: Root | Element) => {
      for (let i = 0; i < parent.children.length; i++) {
        const node = parent.children[i]!;
        if (node.type !== 'element') continue;
        const id = node.properties?.id;
        if (LEVELS.has(node.tagName) && typeof id === 'string' && id) {
          const wrapper: Element = {
            type: 'element',
            tagName: 'div',
            properties: { className: ['heading-wrapper', `level-${node.tagName}`] },
            children: [node, anchorLink(id, textOf(node))],
          };
          parent.children[i] = wrapper;
        } else {
          walk(node);
        }
      }
    };
    walk(tree);
  };
}
