/**
 * The one markup for a heading with a visible anchor link, shared by the rehype plugin (headings in
 * MDX) and by components (<AnchorHeading>). The link sits after the heading, not inside it, so the
 * heading's text, the table of contents and search stay clean; its accessible name is a visually
 * hidden label that search does not index.
 *
 *   <div class="heading-wrapper level-h2">
 *     <h2 id="grpo">GRPO</h2>
 *     <a class="anchor-link" href="#grpo"><span class="sr-only" data-pagefind-ignore>Link to section: GRPO</span>
 *       <span aria-hidden="true" class="anchor-icon">#</span></a>
 *   </div>
 */
import type { Element, ElementContent, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { h } from 'hastscript';

/** Heading levels that get an anchor link (h1 is the page title; deeper levels are too small to share). */
export const ANCHOR_LEVELS = ['h2', 'h3', 'h4'] as const;
export type AnchorLevel = (typeof ANCHOR_LEVELS)[number];

export function isAnchorLevel(tagName: string): tagName is AnchorLevel {
  return (ANCHOR_LEVELS as readonly string[]).includes(tagName);
}

/**
 * A heading's readable text. Hand-written rather than hast-util-to-string because KaTeX renders math
 * twice (HTML and MathML) and only the MathML half, with its TeX annotation, reads as text.
 */
export function headingText(node: ElementContent | RootContent): string {
  if (node.type === 'text') return node.value;
  if (node.type === 'element') {
    const className = node.properties?.className;
    if (Array.isArray(className) ? className.includes('katex-html') : String(className ?? '').includes('katex-html')) return '';
    return node.children.map(headingText).join('');
  }
  return '';
}

export function anchorLink(id: string, text: string): Element {
  return h('a.anchor-link', { href: `#${id}` }, [
    h('span.sr-only', { dataPagefindIgnore: '' }, `Link to section: ${text.trim()}`),
    h('span', { ariaHidden: 'true', className: ['anchor-icon'] }, '#'),
  ]);
}

/** Wrap a heading that has an id with its anchor link. */
export function anchorHeading(heading: Element & { properties: { id: string } }): Element {
  return h(`div.heading-wrapper.level-${heading.tagName}`, [heading, anchorLink(heading.properties.id, headingText(heading))]);
}

/** The same markup as an HTML string, for components; `innerHtml` is the heading's content. */
export function anchorHeadingHtml(level: AnchorLevel, id: string, innerHtml: string): string {
  const heading = h(level, { id }, fromHtml(innerHtml, { fragment: true }).children as ElementContent[]);
  return toHtml(anchorHeading(heading as Element & { properties: { id: string } }));
}
