/**
 * Site navigation, derived from the pages' frontmatter: the sidebar groups, each page's own sidebar and
 * the prev/next links.
 *
 * The whole navigation is computed once per build (`siteNav` keeps it for the same list of pages); each
 * page then only picks its part. A page's sidebar never lists every page of the site, so its HTML does
 * not grow with the number of pages: the current section is open; other sections that hold at most
 * `SMALL_SECTION` pages stay in a closed <details>; a larger section is one link to its first page
 * unless it is the current one, and then its folders are links except the current folder, which is open.
 */
import { SECTIONS, type PageData } from './page-schema';

export interface NavPage {
  /** Collection id, e.g. "approaches/pure-rl". */
  id: string;
  data: Pick<PageData, 'title' | 'section' | 'order'> & { sidebarLabel?: string | undefined };
}

export interface NavLink {
  href: string;
  title: string;
  /** What the sidebar shows: the page's `sidebarLabel`, else its title. */
  label: string;
}

export interface NavGroup {
  section: string;
  links: NavLink[];
}

/** Sections with at most this many pages are listed in full on every page (in a closed <details>). */
export const SMALL_SECTION = 8;

/** One item of a page's sidebar. */
export type SidebarItem =
  /** A small section, listed in full; `open` for the current page's section. */
  | { kind: 'section'; section: string; open: boolean; links: NavLink[] }
  /** A large section that is not the current one: a single link to its first page. */
  | { kind: 'section-link'; section: string; href: string }
  /** The current page's section when it is large: its folders, the current folder listed in full. */
  | { kind: 'folders'; section: string; folders: SidebarFolder[] };

export type SidebarFolder = { kind: 'folder-link'; label: string; href: string } | { kind: 'folder'; label: string; links: NavLink[] };

/** URL of a page: its path under content/, with a trailing slash. */
export function pageHref(id: string): string {
  const clean = id.replace(/(^|\/)index$/, '').replace(/^\/+|\/+$/g, '');
  return clean ? `/${clean}/` : '/';
}

export function sortPages<T extends NavPage>(pages: readonly T[]): T[] {
  return [...pages].sort(
    (a, b) =>
      SECTIONS.indexOf(a.data.section) - SECTIONS.indexOf(b.data.section) ||
      a.data.order - b.data.order ||
      a.data.title.localeCompare(b.data.title),
  );
}

export function buildNav(pages: readonly NavPage[]): NavGroup[] {
  const bySection = new Map<string, NavGroup>();
  for (const page of sortPages(pages)) {
    let group = bySection.get(page.data.section);
    if (!group) bySection.set(page.data.section, (group = { section: page.data.section, links: [] }));
    group.links.push({ href: pageHref(page.id), title: page.data.title, label: page.data.sidebarLabel ?? page.data.title });
  }
  return [...bySection.values()];
}

/** The folder of a page URL ("/generated/section-01/page-0001/" → "/generated/section-01/"). */
function folderOf(href: string): string {
  return href.replace(/[^/]+\/$/, '');
}

/** "/generated/section-01/" → "Section 01"; the site root → "Pages". */
function folderLabel(folder: string): string {
  const name = folder.split('/').filter(Boolean).at(-1);
  if (!name) return 'Pages';
  const words = name.replace(/[-_]+/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** Everything any page needs, computed once for the whole site. */
export interface SiteNav {
  groups: NavGroup[];
  /** Every link in reading order (sidebar order), for prev/next. */
  reading: NavLink[];
  /** Position of each href in `reading`. */
  readingIndex: Map<string, number>;
  /** Section of each href. */
  sectionOf: Map<string, NavGroup>;
  /** Folders of each large section, in reading order, each with its links. */
  foldersOf: Map<NavGroup, { folder: string; links: NavLink[] }[]>;
}

export function buildSiteNav(pages: readonly NavPage[]): SiteNav {
  const groups = buildNav(pages);
  const reading = groups.flatMap((g) => g.links);
  const readingIndex = new Map(reading.map((l, i) => [l.href, i]));
  const sectionOf = new Map<string, NavGroup>();
  const foldersOf = new Map<NavGroup, { folder: string; links: NavLink[] }[]>();
  for (const group of groups) {
    for (const link of group.links) sectionOf.set(link.href, group);
    if (group.links.length <= SMALL_SECTION) continue;
    const folders = new Map<string, NavLink[]>();
    for (const link of group.links) {
      const key = folderOf(link.href);
      const links = folders.get(key);
      if (links) links.push(link);
      else folders.set(key, [link]);
    }
    foldersOf.set(group, [...folders].map(([folder, links]) => ({ folder, links })));
  }
  return { groups, reading, readingIndex, sectionOf, foldersOf };
}

let cached: { fields: unknown[][]; nav: SiteNav } | undefined;

/** What the navigation reads from a page: two lists with equal fields give the same navigation. */
const navFields = (p: NavPage): unknown[] => [p.id, p.data.title, p.data.section, p.data.order, p.data.sidebarLabel];

function sameFields(pages: readonly NavPage[], fields: readonly unknown[][]): boolean {
  return fields.length === pages.length && pages.every((p, i) => navFields(p).every((value, j) => value === fields[i]![j]));
}

/**
 * `buildSiteNav`, computed once per build. Astro's getCollection returns new entry objects on every call,
 * so the cache is checked against what the navigation reads, field by field without building a key (a
 * joined string key cost about 1 ms a page at 1,000 pages, so a second per build); in `astro dev` an
 * edited title or order makes a new navigation.
 */
export function siteNav(pages: readonly NavPage[]): SiteNav {
  if (!cached || !sameFields(pages, cached.fields)) cached = { fields: pages.map(navFields), nav: buildSiteNav(pages) };
  return cached.nav;
}

/** The sidebar of the page at `currentHref`: bounded by the section sizes, not by the number of pages. */
export function sidebarFor(nav: SiteNav, currentHref: string): SidebarItem[] {
  const current = nav.sectionOf.get(currentHref);
  return nav.groups.map((group): SidebarItem => {
    const folders = nav.foldersOf.get(group);
    if (!folders) return { kind: 'section', section: group.section, open: group === current, links: group.links };
    if (group !== current) return { kind: 'section-link', section: group.section, href: group.links[0]!.href };
    const here = folderOf(currentHref);
    return {
      kind: 'folders',
      section: group.section,
      folders: folders.map(({ folder, links }) =>
        folder === here ? { kind: 'folder', label: folderLabel(folder), links } : { kind: 'folder-link', label: folderLabel(folder), href: links[0]!.href },
      ),
    };
  });
}

/** Every link a page's sidebar shows (for tests and the size check). */
export function sidebarLinks(items: readonly SidebarItem[]): string[] {
  return items.flatMap((item) => {
    if (item.kind === 'section') return item.links.map((l) => l.href);
    if (item.kind === 'section-link') return [item.href];
    return item.folders.flatMap((f) => (f.kind === 'folder' ? f.links.map((l) => l.href) : [f.href]));
  });
}

export function prevNext(nav: SiteNav, id: string): { prev?: NavLink; next?: NavLink } {
  const index = nav.readingIndex.get(pageHref(id));
  if (index === undefined) return {};
  const prev = nav.reading[index - 1];
  const next = nav.reading[index + 1];
  return { ...(prev ? { prev } : {}), ...(next ? { next } : {}) };
}
