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
 *
 * A renamed heading keeps its old id working: the old id goes in an MDX comment on the line under the
 * heading, `{/* old id: grpo *\/}` (several: `{/* old ids: grpo, grpo-objective *\/}`), and the heading
 * starts with an empty `<span class="heading-alias" id="grpo">`, so published links to #grpo still land
 * on it (inside the heading, not beside it, where the wrapper's flex gap would shift the title).
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
 * A heading's readable text. Hand-written rather than hast-util-to-string because a formula's MathML
 * also holds its TeX source (the annotation), which is not part of what the heading says.
 */
export function headingText(node: ElementContent | RootContent): string {
  if (node.type === 'text') return node.value;
  if (node.type === 'element') return node.tagName === 'annotation' ? '' : node.children.map(headingText).join('');
  return '';
}

export function anchorLink(id: string, text: string): Element {
  return h('a.anchor-link', { href: `#${id}` }, [
    h('span.sr-only', { dataPagefindIgnore: '' }, `Link to section: ${text.trim()}`),
    h('span', { ariaHidden: 'true', className: ['anchor-icon'] }, '#'),
  ]);
}

const OLD_ID_COMMENT = /^\s*\/\*\s*old ids?:\s*([^*]*?)\s*\*\/\s*$/;

/** The old ids declared in an MDX comment such as `{/* old id: grpo *\/}`; empty for any other node. */
export function declaredOldIds(node: RootContent | ElementContent | undefined): string[] {
  if (!node || node.type !== ('mdxFlowExpression' as string)) return [];
  const match = OLD_ID_COMMENT.exec(String((node as { value?: unknown }).value ?? ''));
  return match ? match[1]!.split(/[\s,]+/).filter(Boolean) : [];
}

/** Old ids declared on the lines right after the heading at `index` (only blank text in between). */
export function oldIdsAfter(siblings: readonly (RootContent | ElementContent)[], index: number): string[] {
  const ids: string[] = [];
  for (let i = index + 1; i < siblings.length; i++) {
    const node = siblings[i]!;
    if (node.type === 'text' && !node.value.trim()) continue;
    const declared = declaredOldIds(node);
    if (declared.length === 0) break;
    ids.push(...declared);
  }
  return ids;
}

/** Wrap a heading that has an id with its anchor link (and an empty target for each of its old ids). */
export function anchorHeading(heading: Element & { properties: { id: string } }, oldIds: readonly string[] = []): Element {
  const text = headingText(heading);
  if (oldIds.length) heading.children.unshift(...oldIds.map((id) => h('span.heading-alias', { id })));
  return h(`div.heading-wrapper.level-${heading.tagName}`, [heading, anchorLink(heading.properties.id, text)]);
}

/** The same markup as an HTML string, for components; `innerHtml` is the heading's content. */
export function anchorHeadingHtml(level: AnchorLevel, id: string, innerHtml: string): string {
  const heading = h(level, { id }, fromHtml(innerHtml, { fragment: true }).children as ElementContent[]);
  return toHtml(anchorHeading(heading as Element & { properties: { id: string } }));
}
