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
 *
 * Why not Sätteri's own `smartPunctuation`: it writes `--` as an en dash where SmartyPants writes an em
 * dash, and leaves `. . .` and ``backtick quotes'' as they are, so pages would change.
 */
import type { Nodes, Root } from 'mdast';
import { retext } from 'retext';
import smartypants from 'retext-smartypants';
import { defineMdastPlugin } from 'satteri';
import { isParagraphLikeElement } from './mdast-blocks.ts';

/** Quotes only: the length of the text stays the same, so each node's share can be cut back out. */
const quotesOnly = retext().use(smartypants, { quotes: true, dashes: false, ellipses: false, backticks: false }).freeze();
/** Everything but quotes, on one text node at a time (these change the length). */
const allButQuotes = retext().use(smartypants, { quotes: false }).freeze();

/** Text the second pass could change: "--", "...", ". . ." (any spacing), or backtick quotes (``like this''). */
const HAS_DASH_OR_ELLIPSIS = /--|\.\s*\.|``|''/;

/** Blocks whose text starts afresh: a quote at their start opens, whatever the block before ended with. */
const FRESH_START = new Set(['paragraph', 'heading', 'tableCell']);

/** A page's prose in order: text nodes, inline code (which stays as written) and block starts. */
export type ProsePart<N> = { node: N; value: string; code: boolean } | 'block start';

/** The prose parts of an mdast tree, in document order. */
export function proseParts(tree: Readonly<Root>): ProsePart<Readonly<Nodes>>[] {
  const parts: ProsePart<Readonly<Nodes>>[] = [];
  const walk = (node: Readonly<Nodes>, parent: Readonly<Nodes> | undefined) => {
    // Raw <style> and <script> written in MDX, and fragments (<>…</>), are not prose (their own children only).
    const prose = parent && !(parent.type === 'mdxJsxTextElement' && (!parent.name || parent.name === 'style' || parent.name === 'script'));
    if (prose) {
      if (node.type === 'text') parts.push({ node, value: node.value, code: false });
      else if (node.type === 'inlineCode') parts.push({ node, value: node.value, code: true });
      else if (FRESH_START.has(node.type) || isParagraphLikeElement(node)) parts.push('block start');
    }
    if ('children' in node) for (const child of node.children) walk(child, node);
  };
  walk(tree, undefined);
  return parts;
}

/** How a part stands in the text the quotes are decided on: code as a word, so quotes around it pair up. */
const asText = <N>(part: ProsePart<N>): string => (part === 'block start' ? ' ' : part.code ? 'A'.repeat(part.value.length) : part.value);

const HAS_QUOTE = /['"]/;

/**
 * The page's text with its quotes curled, as retext-smartypants decides over the whole page, but parsed
 * only where there is a quote: each block (the parts from one block start to the next) that holds a
 * quote, with the whole block before and after it as context, neighbouring stretches merged. The rest
 * of the text has no quote to change. (Parsing every page's whole text was most of this plugin's time.)
 */
function curlQuotes(texts: readonly string[], blockStarts: readonly number[]): string {
  const text = texts.join('');
  if (!HAS_QUOTE.test(text)) return text;
  // Blocks as ranges of parts; the first one holds whatever comes before the first block start.
  const bounds = [0, ...blockStarts.filter((i) => i > 0), texts.length];
  const blocks = bounds.slice(0, -1).map((start, k) => ({ start, end: bounds[k + 1]! }));
  const offsets = [0];
  for (const t of texts) offsets.push(offsets.at(-1)! + t.length);
  const blockText = (k: number) => text.slice(offsets[blocks[k]!.start], offsets[blocks[k]!.end]);
  // Each block with a quote, with one block of context on either side; overlapping stretches merged.
  const stretches: [number, number][] = [];
  blocks.forEach((_, k) => {
    if (!HAS_QUOTE.test(blockText(k))) return;
    const first = Math.max(k - 1, 0);
    const last = Math.min(k + 1, blocks.length - 1);
    const previous = stretches.at(-1);
    if (previous && first <= previous[1]) previous[1] = last;
    else stretches.push([first, last]);
  });
  let out = '';
  let at = 0; // characters of `text` already in `out`
  for (const [first, last] of stretches) {
    const from = offsets[blocks[first]!.start]!;
    const to = offsets[blocks[last]!.end]!;
    out += text.slice(at, from) + String(quotesOnly.processSync(text.slice(from, to)));
    at = to;
  }
  return out + text.slice(at);
}

/** The typographic text of each text part (undefined for code and block starts). Pure. */
export function smartPunctuate<N>(parts: readonly ProsePart<N>[]): (string | undefined)[] {
  if (parts.length === 0) return [];
  const texts = parts.map(asText);
  const quoted = curlQuotes(texts, parts.flatMap((part, i) => (part === 'block start' ? [i] : [])));
  let at = 0;
  return parts.map((part) => {
    if (part === 'block start') {
      at += 1;
      return undefined;
    }
    const end = at + part.value.length;
    const value = quoted.slice(at, end);
    at = end;
    if (part.code) return undefined;
    return HAS_DASH_OR_ELLIPSIS.test(value) ? String(allButQuotes.processSync(value)) : value;
  });
}

export const smartPunctuation = defineMdastPlugin({
  name: 'smart-punctuation',
  before(root, ctx) {
    const parts = proseParts(root);
    const values = smartPunctuate(parts);
    parts.forEach((part, i) => {
      const value = values[i];
      if (part !== 'block start' && value !== undefined && value !== part.value) ctx.setProperty(part.node as Nodes & { type: 'text' }, 'value', value);
    });
  },
});
