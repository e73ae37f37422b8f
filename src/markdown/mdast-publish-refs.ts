/**
 * Publishes the page's numbered references (mdast-number-refs) as frontmatter, the one channel from
 * the Markdown pipeline to the page: Astro's MDX module exports `ctx.data.astro.frontmatter`, and
 * `render(entry)` returns it as `remarkPluginFrontmatter.refs` (read with `refsOf` from vfile-data.ts).
 */
import { defineMdastPlugin } from 'satteri';
import { REFS_FRONTMATTER_KEY, requireData } from './vfile-data.ts';

export const publishRefs = defineMdastPlugin({
  name: 'publish-refs',
  before(_root, ctx) {
    const refs = requireData(ctx.data, 'contentRefs', 'number-refs');
    ctx.data.astro ??= { frontmatter: {}, headings: [], localImagePaths: new Set(), remoteImagePaths: new Set() };
    ctx.data.astro.frontmatter[REFS_FRONTMATTER_KEY] = refs;
  },
});
