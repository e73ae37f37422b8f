/**
 * Typographic punctuation (curly quotes and apostrophes, em dashes, ellipses), decided by retext-smartypants
 * exactly as Astro's unified `smartypants` option did it (remark-smartypants), at a fraction of the cost.
 *
 * remark-smartypants runs retext over the whole page's text for the quotes (whose direction depends on
 * the text around them, across links and emphasis) and then once more for every text node for dashes and
 * ellipses. Here the quote pass parses only the blocks that hold a quote, with a block of context on
 * each side, and the second pass only text that has a dash or an ellipsis. The decisions are still the
 * library's, so the result is the same: tests/unit/mdast-smart-punctuation.test.ts compares it with
 * remark-smartypants over every page of the site.
 *
 * Why not Sätteri's own `smartPunctuation` (which costs nothing in JavaScript): it writes `--` as an en
 * dash where SmartyPants writes an em dash, and leaves `. . .` and ``backtick quotes'' as they are, so
 * pages written the SmartyPants way would change. (On today's pages the one difference would be an
 * apostrophe after a formula, `$i$'s`, which SmartyPants opens and Sätteri rightly closes.)
 */
import type { Nodes } from 'mdast';
import { retext } from 'retext';
import smartypants from 'retext-smartypants';
import { defineMdastPlugin, type MdastPluginEntry } from 'satteri';
import { isParagraphLikeElement } from './mdast-blocks.ts';

/** Quotes only: the length of the text stays the same, so each node's share can be cut back out. */
const quotesOnly = retext().use(smartypants, { quotes: true, dashes: false, ellipses: false, backticks: false }).freeze();
/** Everything but quotes, on one text node at a time (these change the length). */
const allButQuotes = retext().use(smartypants, { quotes: false }).freeze();

/** Text the second pass could change: "--", "...", ". . ." (any spacing), or backtick quotes (``like this''). */
const HAS_DASH_OR_ELLIPSIS = /--|\.\s*\.|``|''/;

/** A page's prose in order: text nodes, inline code (which stays as written) and block starts. */
export type ProsePart = { value: string; code: boolean } | 'block start';

/** Raw <style> and <script> written in MDX, and fragments (<>…</>), are not prose (their own children only). */
function isProseParent(parent: Readonly<Nodes> | undefined): boolean {
  if (!parent) return false;
  const inline = parent.type === 'mdxJsxTextElement' || isParagraphLikeElement(parent);
  return !(inline && 'name' in parent && (!parent.name || parent.name === 'style' || parent.name === 'script'));
}

/** How a part stands in the text the quotes are decided on: code as a word, so quotes around it pair up. */
const asText = (part: ProsePart): string => (part === 'block start' ? ' ' : part.code ? 'A'.repeat(part.value.length) : part.value);

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
export function smartPunctuate(parts: readonly ProsePart[]): (string | undefined)[] {
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

/**
 * Two passes over each page, both with Sätteri's own visitors (only the nodes they name leave Rust): the
 * first collects the prose in document order and decides the typography, the second writes each text
 * node that changed. The whole tree is never built in JavaScript. A factory: its state is one page's.
 */
export const smartPunctuation: MdastPluginEntry = () => {
  const parts: ProsePart[] = [];
  /** For each text node met, in order: its index in `parts`, or -1 when it is not prose. */
  const textParts: number[] = [];
  /** Each text node's new value, in the same order (undefined: unchanged). */
  let newTexts: (string | undefined)[] = [];
  // Blocks whose text starts afresh: a quote at their start opens, whatever the block before ended with.
  const blockStart = () => void parts.push('block start');
  const collect = defineMdastPlugin({
    name: 'smart-punctuation',
    paragraph: blockStart,
    heading: blockStart,
    tableCell: blockStart,
    mdxJsxFlowElement(node) {
      if (isParagraphLikeElement(node)) blockStart();
    },
    text(node, ctx) {
      textParts.push(isProseParent(ctx.parent(node)) ? parts.push({ value: node.value, code: false }) - 1 : -1);
    },
    inlineCode(node, ctx) {
      if (isProseParent(ctx.parent(node))) parts.push({ value: node.value, code: true });
    },
    after() {
      const values = smartPunctuate(parts);
      newTexts = textParts.map((i) => {
        const part = parts[i];
        return part && part !== 'block start' && values[i] !== part.value ? values[i] : undefined;
      });
    },
  });
  let met = 0;
  const apply = defineMdastPlugin({
    name: 'smart-punctuation-apply',
    // The same text nodes in the same order as the collecting pass met them.
    text() {
      const value = newTexts[met++];
      if (value !== undefined) return { type: 'text', value };
    },
  });
  return [collect, apply];
};
