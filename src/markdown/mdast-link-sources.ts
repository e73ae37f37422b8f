/**
 * Transform step: marks every link written in a page (`[text](url)` and `<a href>`) with the place it
 * was written, `data-mdx-source="content/approaches/pure-rl.mdx:42"`. The mark travels with the page
 * into the built HTML, where the build's link check (src/build/check-links.ts) reads it to name the
 * file and line of a broken link, then removes it, so no reader ever sees it.
 */
import { relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineMdastPlugin, type MdastVisitorContext } from 'satteri';
import { withAttributes, type MdxJsxElement } from './vfile-data.ts';

/** The attribute that carries a link's source position from the Markdown pipeline to the link check. */
export const LINK_SOURCE_ATTRIBUTE = 'data-mdx-source';
/** The same attribute as a hast property name. */
const LINK_SOURCE_PROPERTY = 'dataMdxSource';

/** `content/…/page.mdx:line` of a node, or undefined without a file or a position. */
function sourceOf(node: { position?: { start: { line: number } } | undefined }, ctx: MdastVisitorContext): string | undefined {
  const line = node.position?.start.line;
  if (!ctx.fileURL || line === undefined) return undefined;
  // Relative to the project, so built pages never carry a path of the machine that built them.
  return `${relative(process.cwd(), fileURLToPath(ctx.fileURL)).split(sep).join('/')}:${line}`;
}

function markJsxLink(node: Readonly<MdxJsxElement>, ctx: MdastVisitorContext): void {
  if (node.name !== 'a') return;
  const source = sourceOf(node, ctx);
  if (source) ctx.replaceNode(node, withAttributes(node, [...node.attributes, { type: 'mdxJsxAttribute', name: LINK_SOURCE_ATTRIBUTE, value: source }]));
}

export const linkSources = defineMdastPlugin({
  name: 'link-sources',
  options: { position: true },
  link(node, ctx) {
    const source = sourceOf(node, ctx);
    // `hProperties` become attributes of the <a> (mdast-util-to-hast's extension of mdast data, which Sätteri keeps).
    if (!source) return;
    const data: { hProperties?: Record<string, unknown> } = { ...node.data };
    ctx.setProperty(node, 'data', { ...data, hProperties: { ...data.hProperties, [LINK_SOURCE_PROPERTY]: source } });
  },
  mdxJsxFlowElement: markJsxLink,
  mdxJsxTextElement: markJsxLink,
});
