/**
 * Transform step: marks every link written in a page (`[text](url)` and `<a href>`) with the place it
 * was written, `data-mdx-source="content/approaches/pure-rl.mdx:42"`. The mark travels with the page
 * into the built HTML, where the build's link check (src/build/check-links.ts) reads it to name the
 * file and line of a broken link, then removes it, so no reader ever sees it.
 */
import { relative, sep } from 'node:path';
import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';

/** The attribute that carries a link's source position from the Markdown pipeline to the link check. */
export const LINK_SOURCE_ATTRIBUTE = 'data-mdx-source';
/** The same attribute as a hast property name. */
const LINK_SOURCE_PROPERTY = 'dataMdxSource';

export function remarkLinkSources() {
  return (tree: Root, file: VFile) => {
    if (!file.path) return;
    // Relative to the project, so built pages never carry a path of the machine that built them.
    const path = relative(file.cwd, file.path).split(sep).join('/');
    visit(tree, (node) => {
      const line = node.position?.start.line;
      if (line === undefined) return;
      const source = `${path}:${line}`;
      if (node.type === 'link') {
        // `hProperties` become attributes of the <a> (mdast-util-to-hast's documented extension of mdast data).
        const data: { hProperties?: Record<string, unknown> } = (node.data ??= {});
        data.hProperties = { ...data.hProperties, [LINK_SOURCE_PROPERTY]: source };
      } else if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name === 'a') {
        node.attributes.push({ type: 'mdxJsxAttribute', name: LINK_SOURCE_ATTRIBUTE, value: source });
      }
    });
  };
}
