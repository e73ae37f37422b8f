/**
 * Site-wide views over what every page cites, defines and marks, read from the references that
 * src/markdown/mdast-publish-refs.ts publishes with each page. Used by the bibliography, formulas and
 * glossary pages.
 */
import { getCollection, render } from 'astro:content';
import { pageHref, sortPages } from '../site/nav';
import { refsOf, type ContentRefs } from '../markdown/vfile-data';

export interface PageRefs {
  id: string;
  href: string;
  title: string;
  refs: ContentRefs;
}

let cache: Promise<PageRefs[]> | undefined;

/** Every page with its references, in sidebar order. */
export function allPageRefs(): Promise<PageRefs[]> {
  cache ??= (async () => {
    const pages = sortPages(await getCollection('pages'));
    const out: PageRefs[] = [];
    for (const page of pages) {
      const { remarkPluginFrontmatter } = await render(page);
      out.push({ id: page.id, href: pageHref(page.id), title: page.data.title, refs: refsOf(remarkPluginFrontmatter) });
    }
    return out;
  })();
  return cache;
}
