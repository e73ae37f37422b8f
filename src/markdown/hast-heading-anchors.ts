/**
 * Heading ids and anchor links, two Sätteri hast plugins run in this order:
 * - headingIds gives every heading an id from its text, exactly as Astro's unified `rehypeHeadingIds`
 *   did (github-slugger over the text, raw HTML and MDX expressions inside it), so no published link
 *   breaks. Astro's own Sätteri heading plugin runs after all of ours; it keeps ids that are set.
 * - headingAnchors gives every h2–h4 that has an id a visible anchor link, with the markup shared by
 *   components (src/site/anchor-heading.ts).
 */
import type { Element, ElementContent, RootContent } from 'hast';
import Slugger from 'github-slugger';
import { defineHastPlugin } from 'satteri';
import { ANCHOR_LEVELS, anchorLink, headingText, oldIdsAfter } from '../site/anchor-heading.ts';
import { h } from 'hastscript';

const HEADINGS = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'];

/** The text a heading's id is made from: every text, raw and MDX-expression value inside it. */
export function headingIdText(node: Readonly<ElementContent | RootContent>): string {
  // A raw node that is one whole tag adds nothing.
  if (node.type === 'raw') return /^\n?<.*>\n?$/.test(node.value) ? '' : node.value;
  if (node.type === 'text' || node.type === ('mdxTextExpression' as string)) return String((node as { value?: unknown }).value ?? '');
  return 'children' in node ? node.children.map(headingIdText).join('') : '';
}

export const headingIds = () => {
  const slugger = new Slugger();
  return defineHastPlugin({
    name: 'heading-ids',
    element: {
      filter: HEADINGS,
      visit(node, ctx) {
        if (typeof node.properties.id === 'string') return;
        ctx.setProperty(node, 'id', slugger.slug(node.children.map(headingIdText).join('')));
      },
    },
  });
};

export const headingAnchors = defineHastPlugin({
  name: 'heading-anchors',
  element: {
    filter: [...ANCHOR_LEVELS],
    visit(node, ctx) {
      const id = node.properties.id;
      const parent = ctx.parent(node);
      const index = ctx.indexOf(node);
      if (typeof id !== 'string' || !id || !parent || index === undefined) return;
      const text = headingText(node as Element);
      const oldIds = oldIdsAfter(parent.children, index);
      if (oldIds.length) ctx.prependChild(node, oldIds.map((old) => h('span.heading-alias', { id: old })));
      ctx.wrapNode(node, h(`div.heading-wrapper.level-${node.tagName}`, [anchorLink(id, text)]));
    },
  },
});
