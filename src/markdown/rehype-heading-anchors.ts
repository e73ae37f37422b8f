/**
 * Gives every h2–h4 that has an id a visible anchor link, with the markup shared by components
 * (src/site/anchor-heading.ts). Runs after rehypeHeadingIds, which sets the ids.
 */
import type { Element, Root } from 'hast';
import { SKIP, visit } from 'unist-util-visit';
import { isFormula } from './katex-mathml.ts';
import { anchorHeading, isAnchorLevel, oldIdsAfter } from '../site/anchor-heading.ts';

export function rehypeHeadingAnchors() {
  return (tree: Root) => {
    visit(tree, 'element', (node: Element, index, parent) => {
      // A formula holds no heading, and KaTeX's trees are most of a math page's nodes.
      if (isFormula(node)) return SKIP;
      const id = node.properties.id;
      if (!isAnchorLevel(node.tagName) || typeof id !== 'string' || !id || !parent || index === undefined) return;
      parent.children[index] = anchorHeading(node as Element & { properties: { id: string } }, oldIdsAfter(parent.children, index));
      // The heading now sits inside the wrapper; nothing in it needs a visit.
      return [SKIP, index + 1];
    });
  };
}
