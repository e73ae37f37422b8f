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

export interface FormulaGroup {
  /** The group's heading id on the formulas page, e.g. formulas-approaches-pure-rl. */
  id: string;
  page: PageRefs;
}

/**
 * The formulas page's groups: each page with numbered formulas, in sidebar order. Its headings come from a
 * component, which Astro's collected headings do not see, so the page's "On this page" reads them here.
 */
export async function formulaGroups(): Promise<FormulaGroup[]> {
  return (await allPageRefs())
    .filter((page) => page.refs.equations.length > 0)
    .map((page) => ({ id: `formulas-${page.id.replaceAll('/', '-')}`, page }));
}
