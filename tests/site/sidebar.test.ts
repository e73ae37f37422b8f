/**
 * The sidebar in every built page: only the current section open, every other section either a closed
 * group of at most SMALL_SECTION pages or a single link, so a page's sidebar is bounded by the number of
 * sections, not by the number of pages (tests/unit/nav.test.ts checks the same with 1,000 pages).
 */
import { parse, type DefaultTreeAdapterMap } from 'parse5';
import { describe, expect, it } from 'vitest';
import { SMALL_SECTION } from '../../src/site/nav';
import { SECTIONS } from '../../src/site/page-schema';
import { builtPages } from './built-site';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

const attr = (el: Element, name: string) => el.attrs.find((a) => a.name === name)?.value;
function all(node: Node, test: (el: Element) => boolean, out: Element[] = []): Element[] {
  if ('attrs' in node && test(node)) out.push(node);
  if ('childNodes' in node) for (const child of node.childNodes) all(child, test, out);
  return out;
}

// /book/ is the print edition, without site chrome; /changelog/ is outside the sidebar (every page's meta
// line links to it), so it has a sidebar with no current page and every section closed.
const OUTSIDE_SIDEBAR = new Set(['/changelog/']);
const pages = builtPages().filter((p) => p.path !== '/404' && p.path !== '/book/');

describe('sidebar in the built pages', () => {
  it.each(pages.map((p) => [p.path, p] as const))('%s: own section open, the others closed and bounded', (path, page) => {
    const nav = all(parse(page.html), (el) => attr(el, 'id') === 'site-nav')[0]!;
    expect(nav).toBeDefined();
    const links = all(nav, (el) => el.nodeName === 'a');
    const current = links.filter((a) => attr(a, 'aria-current') === 'page');
    expect(current.map((a) => attr(a, 'href'))).toEqual(OUTSIDE_SIDEBAR.has(path) ? [] : [path]);
    const groups = all(nav, (el) => el.nodeName === 'details' && attr(el, 'class') === 'nav-group');
    const open = groups.filter((g) => attr(g, 'open') !== undefined);
    expect(open.length).toBe(path === '/' || OUTSIDE_SIDEBAR.has(path) ? 0 : 1);
    for (const group of groups.filter((g) => !open.includes(g))) expect(all(group, (el) => el.nodeName === 'a').length).toBeLessThanOrEqual(SMALL_SECTION);
    // Overview, plus at most a bounded list per section.
    expect(links.length).toBeLessThanOrEqual(1 + SECTIONS.length * SMALL_SECTION);
  });
});
