/** Sidebar groups and prev/next links, derived from the pages' frontmatter. */
import { SECTIONS, type PageData } from './page-schema';

export interface NavPage {
  /** Collection id, e.g. "approaches/pure-rl". */
  id: string;
  data: Pick<PageData, 'title' | 'section' | 'order'>;
}

export interface NavLink {
  href: string;
  title: string;
}

export interface NavGroup {
  section: string;
  links: NavLink[];
}

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
  const groups: NavGroup[] = [];
  for (const page of sortPages(pages)) {
    let group = groups.find((g) => g.section === page.data.section);
    if (!group) groups.push((group = { section: page.data.section, links: [] }));
    group.links.push({ href: pageHref(page.id), title: page.data.title });
  }
  return groups;
}

export function prevNext(pages: readonly NavPage[], id: string): { prev?: NavLink; next?: NavLink } {
  const links = buildNav(pages).flatMap((g) => g.links);
  const index = links.findIndex((l) => l.href === pageHref(id));
  if (index < 0) return {};
  return { prev: links[index - 1], next: links[index + 1] };
}
