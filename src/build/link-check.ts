/**
 * Internal link checking over built HTML: every link to a page of the site must reach an existing
 * page, and every #fragment an element id on that page. The HTML is read with a real HTML parser
 * (parse5, the parser behind hast-util-from-html, used directly because the hast conversion tripled the
 * cost over the whole site), so entities, attribute quoting, <script>/<style> bodies and <template>
 * contents are handled as a browser would. Pure functions over strings, so they run both in the build
 * (src/build/check-links.ts) and in tests.
 */
import { parse, type DefaultTreeAdapterMap } from 'parse5';

type ParsedNode = DefaultTreeAdapterMap['node'];
type ParsedElement = DefaultTreeAdapterMap['element'];

export interface BuiltPage {
  /** Site path, e.g. "/approaches/pure-rl/". */
  path: string;
  ids: ReadonlySet<string>;
  links: readonly string[];
  /** Where each link (same index as `links`) was written, e.g. "content/x.mdx:12", when known. */
  sources?: readonly (string | undefined)[];
  /** Links of the site chrome (see CHROME_ATTRIBUTE): checked once for the whole site, not per page. */
  chromeLinks?: readonly string[];
}

export interface BrokenLink {
  from: string;
  href: string;
  reason: string;
  /** Where the link was written, when the page carries it (see src/markdown/mdast-link-sources.ts). */
  source?: string;
}

/** What the link check needs from one built HTML file. */
export interface HtmlFacts {
  /** Every element id, in document order, repeats included. */
  ids: string[];
  /** The href of every <a> outside the site chrome, in document order. */
  links: string[];
  /** The href of every <a> inside an element marked `data-link-check="chrome"`. */
  chromeLinks: string[];
  /** The `data-mdx-source` of each link (same index as `links`). */
  sources: (string | undefined)[];
  /** The HTML with every `data-mdx-source` attribute removed, byte for byte otherwise. */
  withoutSources: string;
}

/** Set by src/markdown/mdast-link-sources.ts. */
export const SOURCE_ATTRIBUTE = 'data-mdx-source';
/**
 * `data-link-check="chrome"` marks navigation generated from the collection (the sidebar): the same
 * links recur on many pages, so the check collects them apart and checks each distinct one once.
 */
const CHROME_ATTRIBUTE = 'data-link-check';

/**
 * Calls `visit` for every element of a parse5 tree, depth-first in document order, with a reader of its
 * (unprefixed) attributes. A <template>'s content is a separate fragment, not a child, so it is skipped,
 * as browsers do not render it.
 */
export function forEachElement(root: ParsedNode, visit: (node: ParsedElement, attribute: (name: string) => string | undefined) => void): void {
  const pending: ParsedNode[] = [root];
  while (pending.length > 0) {
    const node = pending.pop()!;
    if ('attrs' in node) visit(node, (name) => node.attrs.find((a) => a.name === name && !a.prefix)?.value);
    if ('childNodes' in node) for (let i = node.childNodes.length - 1; i >= 0; i--) pending.push(node.childNodes[i]!);
  }
}

export function readHtml(html: string): HtmlFacts {
  // Source locations are only needed to cut the marks out of the original text.
  return readDocument(parse(html, { sourceCodeLocationInfo: html.includes(SOURCE_ATTRIBUTE) }), html);
}

/**
 * The facts of `html` from its parse5 document, which must have been parsed with source locations when
 * `html` contains link-source marks (src/build/post-build.ts parses each page once for every step).
 * `sourceOffset` maps the document's offsets into `html` when it was parsed from a shortened copy
 * (src/build/parse-page.ts).
 */
export function readDocument(document: ParsedNode, html: string, sourceOffset: (offset: number) => number = (offset) => offset): HtmlFacts {
  const ids: string[] = [];
  const links: string[] = [];
  const chromeLinks: string[] = [];
  const sources: (string | undefined)[] = [];
  const marks: { start: number; end: number }[] = [];
  // Depth-first in document order; a <template>'s content is a separate fragment, not a child, so it
  // is skipped, as browsers do not render it. Each node travels with "is inside the chrome".
  const pending: [ParsedNode, boolean][] = [[document, false]];
  while (pending.length > 0) {
    const [node, inheritedChrome] = pending.pop()!;
    let inChrome = inheritedChrome;
    if ('attrs' in node) {
      const attribute = (name: string) => node.attrs.find((a) => a.name === name && !a.prefix)?.value;
      const id = attribute('id');
      if (id !== undefined) ids.push(id);
      inChrome ||= attribute(CHROME_ATTRIBUTE) === 'chrome';
      const href = node.nodeName === 'a' ? attribute('href') : undefined;
      if (href !== undefined && inChrome) chromeLinks.push(href);
      else if (href !== undefined) {
        links.push(href);
        sources.push(attribute(SOURCE_ATTRIBUTE));
      }
      const place = node.sourceCodeLocation?.attrs?.[SOURCE_ATTRIBUTE];
      if (place) marks.push({ start: sourceOffset(place.startOffset), end: sourceOffset(place.endOffset) });
    }
    if ('childNodes' in node) for (let i = node.childNodes.length - 1; i >= 0; i--) pending.push([node.childNodes[i]!, inChrome]);
  }
  // The kept pieces, joined once: cutting marks one by one out of the whole text copied it per mark
  // (quadratic: minutes for a page with thousands of links).
  const kept: string[] = [];
  let keptFrom = 0;
  for (const { start, end } of marks.sort((a, b) => a.start - b.start)) {
    // Take the space before the attribute with it: `<a href="x" data-mdx-source="…">` → `<a href="x">`.
    const from = start > keptFrom && /\s/.test(html[start - 1] ?? '') ? start - 1 : start;
    kept.push(html.slice(keptFrom, from));
    keptFrom = end;
  }
  kept.push(html.slice(keptFrom));
  const withoutSources = marks.length === 0 ? html : kept.join('');
  return { ids, links, chromeLinks, sources, withoutSources };
}

export function extractIds(html: string): Set<string> {
  return new Set(readHtml(html).ids);
}

/** Every link of the page, chrome included, in document order within each kind. */
export function extractLinks(html: string): string[] {
  const { links, chromeLinks } = readHtml(html);
  return [...chromeLinks, ...links];
}

/** Ids that occur more than once in one page (a broken anchor waiting to happen). */
export function duplicateIds(html: string): string[] {
  const seen = new Set<string>();
  const dupes = new Set<string>();
  for (const id of readHtml(html).ids) {
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
  // Chrome links: each distinct one once, reported from the first page that has it.
  const chromeChecked = new Set<string>();
  for (const page of pages.values()) {
    const chrome = (page.chromeLinks ?? []).filter((href) => {
      const key = href.startsWith('/') ? href : `${page.path} ${href}`;
      if (chromeChecked.has(key)) return false;
      chromeChecked.add(key);
      return true;
    });
    [...page.links, ...chrome].forEach((href, i) => {
      const target = resolveInternal(page.path, href);
      if (!target) return;
      const source = page.sources?.[i];
      const report = (reason: string) => broken.push({ from: page.path, href, reason, ...(source ? { source } : {}) });
      const targetPage = pages.get(target.path);
      if (!targetPage) {
        const hint = pages.has(`${target.path}/`) ? ` (did you mean ${target.path}/ with a trailing slash?)` : '';
        report(`no page at ${target.path}${hint}`);
      } else if (target.fragment && target.fragment !== 'top' && !targetPage.ids.has(target.fragment)) {
        report(`${target.path} has no element with id "${target.fragment}"`);
      }
    });
  }
  return broken;
}
