/**
 * The browser's half of link previews (no parser): where the file is and how a link finds its entry.
 * The file is written at build time by link-previews-integration.ts.
 */

/** Keys: "/path/" for a page, "/path/#id" for a section. Values: [heading, text]. */
export type Previews = Record<string, [heading: string, text: string]>;

/** Where the preview file is served. */
export const PREVIEWS_URL = '/link-previews.json';

/** The preview for a link's target, if the site has one ("/a/b/#x", or "/a/b/" for the page itself). */
export function previewFor(previews: Previews, href: string, base: string): [string, string] | undefined {
  let url: URL;
  try {
    url = new URL(href, base);
  } catch {
    return undefined;
  }
  if (url.origin !== new URL(base).origin) return undefined;
  let key = url.pathname;
  try {
    key += decodeURIComponent(url.hash);
  } catch {
    return undefined;
  }
  return previews[key];
}
