/**
 * Internal link checking over built HTML: every link to a page of the site must reach an existing
 * page, and every #fragment an element id on that page. Pure functions over strings, so they run
 * both in the build (src/build/check-links.ts) and in tests.
 */

export interface BuiltPage {
  /** Site path, e.g. "/approaches/pure-rl/". */
  path: string;
  ids: Set<string>;
  links: string[];
}

export interface BrokenLink {
  from: string;
  href: string;
  reason: string;
}

const ID_RE = /\sid="([^"]*)"/g;
const HREF_RE = /<a\s[^>]*?href="([^"]*)"/g;

function decodeEntities(value: string): string {
  return value
    .replaceAll('&amp;', '&')
    .replaceAll('&quot;', '"')
    .replaceAll('&#39;', "'")
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>');
}

/** Strip <script>, <style> and <template> bodies so text inside them is not mistaken for markup. */
function withoutScripts(html: string): string {
  return html.replace(/<(script|style|template)\b[\s\S]*?<\/\1>/gi, '');
}

export function extractIds(html: string): Set<string> {
  const ids = new Set<string>();
  for (const m of withoutScripts(html).matchAll(ID_RE)) ids.add(decodeEntities(m[1]!));
  return ids;
}

export function extractLinks(html: string): string[] {
  return [...withoutScripts(html).matchAll(HREF_RE)].map((m) => decodeEntities(m[1]!));
}

/** Ids that occur more than once in one page (a broken anchor waiting to happen). */
export function duplicateIds(html: string): string[] {
  const seen = new Set<string>();
  const dupes = new Set<string>();
  for (const m of withoutScripts(html).matchAll(ID_RE)) {
    const id = decodeEntities(m[1]!);
    if (seen.has(id)) dupes.add(id);
    seen.add(id);
  }
  return [...dupes];
}

/**
 * Resolve `href` found on page `fromPath` to a site path and fragment; null for links that leave the
 * site (other origins, mailto:) or point at files that are not pages (e.g. /sitemap-index.xml).
 */
export function resolveInternal(fromPath: string, href: string): { path: string; fragment: string } | null {
  if (/^[a-z][a-z0-9+.-]*:/i.test(href) || href.startsWith('//')) return null;
  const url = new URL(href, `http://site.invalid${fromPath}`);
  let path = decodeURIComponent(url.pathname);
  if (/\.[a-z0-9]+$/i.test(path) && !path.endsWith('.html')) return null;
  path = path.replace(/index\.html$/, '');
  return { path, fragment: decodeURIComponent(url.hash.slice(1)) };
}

export function findBrokenLinks(pages: ReadonlyMap<string, BuiltPage>): BrokenLink[] {
  const broken: BrokenLink[] = [];
  for (const page of pages.values()) {
    for (const href of page.links) {
      const target = resolveInternal(page.path, href);
      if (!target) continue;
      const targetPage = pages.get(target.path);
      if (!targetPage) {
        const hint = pages.has(`${target.path}/`) ? ` (did you mean ${target.path}/ with a trailing slash?)` : '';
        broken.push({ from: page.path, href, reason: `no page at ${target.path}${hint}` });
      } else if (target.fragment && target.fragment !== 'top' && !targetPage.ids.has(target.fragment)) {
        broken.push({ from: page.path, href, reason: `${target.path} has no element with id "${target.fragment}"` });
      }
    }
  }
  return broken;
}
