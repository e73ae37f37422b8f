/**
 * Wraps each Markdown table in a scroll container so a wide table scrolls on its own instead of
 * widening the page on a phone. The container is focusable and labelled so keyboard users can scroll it.
 */
import type { Element, ElementContent } from 'hast';
import { defineHastPlugin } from 'satteri';

/** The scroll container for the page's `count`-th table (the table goes in as its child). */
export function scrollContainer(count: number): Element {
  return {
    type: 'element',
    // A named <section> is a region landmark: the native element for role="region".
    tagName: 'section',
    properties: { className: ['table-scroll'], tabIndex: 0, ariaLabel: `Table ${count} (scrolls sideways)` },
    children: [],
  };
}

/** `text-align: right` (Sätteri's style for `| ---: |`) or `align="right"`, written as `text-align:right`. */
const TEXT_ALIGN = /^text-align:\s*(left|right|center)$/;

/**
 * A column's alignment (`| ---: |`) is written as the cell's CSS, never as the `align` attribute, which
 * is obsolete in HTML; one spelling for every cell (`text-align:right`) whatever the Markdown engine
 * wrote. The cell's new style, or undefined when it stays as it is.
 */
export function alignedCellStyle(properties: Readonly<Element['properties']>): string | undefined {
  const { align, style } = properties;
  if (typeof align === 'string') return `${typeof style === 'string' ? `${style};` : ''}text-align:${align}`;
  const match = typeof style === 'string' ? TEXT_ALIGN.exec(style.trim()) : null;
  return match && style !== `text-align:${match[1]}` ? `text-align:${match[1]}` : undefined;
}

/** A word with an inner hyphen or slash, such as MATH-500 or R1-Zero. */
const HYPHENATED = /\S+[-/‐]\S+/g;

/**
 * Browsers break lines after a hyphen, so a narrow column header reads "MATH-" / "500"; CSS cannot
 * forbid that break. Wrap such words in column headers in a span that CSS keeps on one line
 * (.no-break in global.css); the text itself (search, copy) is unchanged.
 */
export function keptWhole(text: string): ElementContent[] | undefined {
  if (!text.match(HYPHENATED)) return undefined;
  const parts: ElementContent[] = [];
  let last = 0;
  for (const match of text.matchAll(HYPHENATED)) {
    if (match.index > last) parts.push({ type: 'text', value: text.slice(last, match.index) });
    parts.push({ type: 'element', tagName: 'span', properties: { className: ['no-break'] }, children: [{ type: 'text', value: match[0] }] });
    last = match.index + match[0].length;
  }
  if (last < text.length) parts.push({ type: 'text', value: text.slice(last) });
  return parts;
}

export const tableScroll = () => {
  let count = 0;
  return defineHastPlugin({
    name: 'table-scroll',
    element: {
      filter: ['table'],
      visit(table, ctx) {
        count += 1;
        const prepare = (node: Readonly<ElementContent>): void => {
          if (node.type !== 'element') return;
          if (node.tagName === 'td' || node.tagName === 'th') {
            const style = alignedCellStyle(node.properties);
            if (style !== undefined) ctx.setProperty(node, 'style', style);
            if (node.properties.align !== undefined) ctx.setProperty(node, 'align', null);
          }
          for (const child of node.children) {
            const parts = node.tagName === 'th' && child.type === 'text' ? keptWhole(child.value) : undefined;
            if (parts) ctx.replaceNode(child, parts);
            else prepare(child);
          }
        };
        prepare(table);
        ctx.wrapNode(table, scrollContainer(count));
      },
    },
  });
};
