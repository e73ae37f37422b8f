/**
 * Publishes the page's numbered references (remark-number-refs) as frontmatter, the one channel from
 * the Markdown pipeline to the page: `render(entry)` returns it as `remarkPluginFrontmatter.refs`
 * (read with `refsOf` from vfile-data.ts).
 */
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { REFS_FRONTMATTER_KEY, requireData } from './vfile-data.ts';

export function remarkPublishRefs() {
  return (_tree: Root, file: VFile) => {
    const refs = requireData(file, 'contentRefs', 'remark-number-refs');
    file.data.astro ??= {};
    file.data.astro.frontmatter ??= {};
    file.data.astro.frontmatter[REFS_FRONTMATTER_KEY] = refs;
  };
}
