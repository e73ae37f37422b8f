/**
 * Renders every formula ($…$, $$…$$, ```math fences) with KaTeX, once, with the site's options
 * (katex-options.ts), made ready for MathML Core (katex-mathml.ts), and fails the build naming file,
 * line and formula when one is not valid TeX.
 *
 * Sätteri's `math` feature hands formulas over as remark-math did: `<code class="language-math
 * math-inline">` for $…$ and `<pre><code class="language-math math-display">` for a block, which is
 * replaced as a whole (rehype-katex's rule, which this plugin took over).
 */
import type { Element, ElementContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import katex from 'katex';
import { defineHastPlugin, type HastVisitorContext } from 'satteri';
import { failAt, pagePath } from './content-error.ts';
import { katexOptions } from './katex-options.ts';
import { adaptFormulas } from './katex-mathml.ts';

const classesOf = (node: Readonly<Element>): readonly unknown[] => (Array.isArray(node.properties.className) ? node.properties.className : []);
const isMathCode = (node: Readonly<ElementContent> | undefined): node is Element =>
  node?.type === 'element' && node.tagName === 'code' && classesOf(node).includes('language-math');

/** KaTeX's MathML for one formula, adapted, as hast; fails naming `place` when the TeX is invalid. */
function formula(tex: string, displayMode: boolean, place: Readonly<Element>, ctx: HastVisitorContext): ElementContent[] {
  let html: string;
  try {
    html = katex.renderToString(tex, { ...katexOptions, displayMode });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    failAt(pagePath(ctx.fileURL), place, `invalid TeX in "${tex.trim().slice(0, 120)}": ${reason}`);
  }
  const root = fromHtml(html, { fragment: true });
  adaptFormulas(root);
  return root.children as ElementContent[];
}

/** The one element a formula renders to (KaTeX's `span.katex`, or the display box around it). */
function single(nodes: ElementContent[]): Element {
  const [only] = nodes;
  if (nodes.length !== 1 || only?.type !== 'element') throw new Error('KaTeX rendered a formula as more than one node');
  return only;
}

export const renderMath = defineHastPlugin({
  name: 'render-math',
  // Positions place an invalid formula's error.
  options: { position: true },
  element: {
    filter: ['pre', 'code'],
    visit(node, ctx) {
      if (node.tagName === 'pre') {
        const code = node.children.find((child) => child.type === 'element');
        if (!isMathCode(code)) return;
        return single(formula(ctx.textContent(code), true, node, ctx));
      }
      if (!isMathCode(node) || ctx.parent(node)?.type === 'element' && (ctx.parent(node) as Element).tagName === 'pre') return;
      return single(formula(ctx.textContent(node), classesOf(node).includes('math-display'), node, ctx));
    },
  },
});
