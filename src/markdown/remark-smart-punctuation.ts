/**
 * Typographic punctuation (curly quotes and apostrophes, em dashes, ellipses), decided by retext-smartypants
 * exactly as Astro's built-in option does it (remark-smartypants), at a fraction of the cost.
 *
 * Why not the built-in: it runs retext twice, once over the whole page's text for the quotes (whose
 * direction depends on the text around them, across links and emphasis) and then once more for every
 * text node of the page for dashes and ellipses. That second parse is about half its time (some 6 ms a
 * page, measured on the generated pages of `npm run bench:scale`), though almost no text node has a
 * dash or an ellipsis to change. Here the second pass runs only on text that has one. The decisions are
 * still the library's, so the result is the same: tests/unit/remark-smart-punctuation.test.ts compares it
 * with remark-smartypants over every page of the site.
 */
import type { Nodes, Root } from 'mdast';
import { retext } from 'retext';
import smartypants from 'retext-smartypants';
import { visit } from 'unist-util-visit';

/** Quotes only: the length of the text stays the same, so each node's share can be cut back out. */
const quotesOnly = retext().use(smartypants, { quotes: true, dashes: false, ellipses: false, backticks: false }).freeze();
/** Everything but quotes, on one text node at a time (these change the length). */
const allButQuotes = retext().use(smartypants, { quotes: false }).freeze();

/** Text the second pass could change: "--", "...", ". . ." (any spacing), or backtick quotes (``like this''). */
const HAS_DASH_OR_ELLIPSIS = /--|\.\s*\.|``|''/;

/** Blocks whose text starts afresh: a quote at their start opens, whatever the block before ended with. */
const FRESH_START = new Set(['paragraph', 'heading', 'tableCell']);

type Part = { node: Nodes & { value: string } } | 'block start';

export function remarkSmartPunctuation() {
  return (tree: Root) => {
    const parts: Part[] = [];
    let text = '';
    visit(tree, (node, _index, parent) => {
      if (!parent) return;
      // Raw <style> and <script> written in MDX, and fragments (<>…</>), are not prose.
      if (parent.type === 'mdxJsxTextElement' && (!parent.name || parent.name === 'style' || parent.name === 'script')) return;
      if (node.type === 'text') {
        parts.push({ node });
        text += node.value;
      } else if (node.type === 'inlineCode') {
        // Code stays as written, but takes its place in the text as a word, so quotes around it pair up.
        parts.push({ node });
        text += 'A'.repeat(node.value.length);
      } else if (FRESH_START.has(node.type)) {
        parts.push('block start');
        text += ' ';
      }
    });
    if (parts.length === 0) return;
    const quoted = String(quotesOnly.processSync(text));
    let at = 0;
    for (const part of parts) {
      if (part === 'block start') {
        at += 1;
        continue;
      }
      const end = at + part.node.value.length;
      if (part.node.type === 'text') {
        const value = quoted.slice(at, end);
        part.node.value = HAS_DASH_OR_ELLIPSIS.test(value) ? String(allButQuotes.processSync(value)) : value;
      }
      at = end;
    }
  };
}
