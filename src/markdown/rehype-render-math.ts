/**
 * Renders every formula ($…$, $$…$$) with KaTeX, once, with the site's options (katex-options.ts),
 * and fails the build naming file, line and formula when one is not valid TeX.
 *
 * It wraps rehype-katex rather than replacing it: rehype-katex already finds remark-math's elements
 * (also ```math fences), turns KaTeX's HTML into hast and reports every formula it cannot render as a
 * message on the file, placed at the formula. What it does not do is fail: it prints red error text
 * instead. This wrapper turns its first such message into a build error, so each valid formula is
 * rendered exactly once and a typo never reaches a page. Rendered formulas are then made ready for
 * MathML Core (katex-mathml.ts).
 */
import type { Element, Root } from 'hast';
import rehypeKatex from 'rehype-katex';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { failAt } from './content-error.ts';
import { katexOptions } from './katex-options.ts';
import { adaptFormulas } from './katex-mathml.ts';

function textOf(element: Element): string {
  let text = '';
  visit(element, 'text', (node) => {
    text += node.value;
  });
  return text;
}

export function rehypeRenderMath() {
  const renderMath = rehypeKatex(katexOptions);
  return (tree: Root, file: VFile) => {
    const earlierMessages = file.messages.length;
    renderMath(tree, file);
    const failure = file.messages.slice(earlierMessages).find((message) => message.source === 'rehype-katex');
    if (!failure) {
      adaptFormulas(tree);
      return;
    }
    // The last ancestor is the element that held the formula (detached from the tree by now).
    const formula = failure.ancestors?.at(-1) as Element | undefined;
    const tex = formula ? textOf(formula).trim().slice(0, 120) : '';
    const reason = failure.cause instanceof Error ? failure.cause.message : failure.reason;
    failAt(file, formula ?? {}, `invalid TeX in "${tex}": ${reason}`);
  };
}
