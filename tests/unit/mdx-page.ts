/**
 * Compiles an in-memory MDX page with Sätteri (the compiler Astro's MDX integration uses) and the site's
 * own plugin lists and features from src/markdown/pipeline.ts, as Astro does, and returns what the
 * plugin tests look at: the page data (`ctx.data`), and plain copies of the mdast after the site's mdast
 * plugins and of the hast after its hast plugins.
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Root as HastRoot } from 'hast';
import type { Root as MdastRoot } from 'mdast';
import { mdxToJs, type Data } from 'satteri';
import { contentFeatures, hastContentPlugins, mdastContentPlugins } from '../../src/markdown/pipeline';

/** A plain copy of a Sätteri tree, without the lazy-loading fields its nodes carry. */
const plain = <T>(tree: T): T => JSON.parse(JSON.stringify(tree, (key, value) => (key === '_resolver' || key === '_id' ? undefined : value)));

export interface CompiledPage {
  data: Data;
  mdast: MdastRoot;
  hast: HastRoot;
  code: string;
}

/**
 * Compiles `source` as the page `path` of this project (so link marks name it relative to the project).
 * Synchronous, like the site's plugins: a mistake in the page throws.
 */
export function compileMdxPage(source: string, options: { path?: string; frontmatter?: Record<string, unknown> } = {}): CompiledPage {
  let mdast: MdastRoot | undefined;
  let hast: HastRoot | undefined;
  const result = mdxToJs(source, {
    features: contentFeatures,
    mdastPlugins: [...mdastContentPlugins, { name: 'test-capture-mdast', before: (root) => void (mdast = plain(root as MdastRoot)) }],
    hastPlugins: [...hastContentPlugins, { name: 'test-capture-hast', before: (root) => void (hast = plain(root as HastRoot)) }],
    fileURL: pathToFileURL(resolve(options.path ?? 'content/approaches/demo.mdx')),
    jsxImportSource: 'astro',
    elementAttributeNameCase: 'html',
    data: { astro: { frontmatter: { ...options.frontmatter }, headings: [], localImagePaths: new Set(), remoteImagePaths: new Set() } },
  });
  if (result instanceof Promise) throw new Error('a plugin of the site is asynchronous; compile it with await');
  return { data: result.data, mdast: mdast!, hast: hast!, code: result.code };
}
