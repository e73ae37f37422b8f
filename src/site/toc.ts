/** The "On this page" tree, built at build time from the headings Astro collects while rendering. */

export interface Heading {
  depth: number;
  slug: string;
  text: string;
}

export interface TocItem {
  depth: number;
  slug: string;
  text: string;
  children: TocItem[];
}

/**
 * Nest h2/h3 (by default) into a tree. A heading deeper than its predecessor+1 (an h4 straight after an h2)
 * is attached to the nearest shallower item rather than dropped.
 */
export function buildToc(headings: readonly Heading[], minDepth = 2, maxDepth = 3): TocItem[] {
  const root: TocItem[] = [];
  const stack: TocItem[] = [];
  for (const h of headings) {
    if (h.depth < minDepth || h.depth > maxDepth) continue;
    const item: TocItem = { depth: h.depth, slug: h.slug, text: h.text.trim(), children: [] };
    while (stack.length && stack[stack.length - 1]!.depth >= item.depth) stack.pop();
    const parent = stack[stack.length - 1];
    (parent ? parent.children : root).push(item);
    stack.push(item);
  }
  return root;
}

/** Every slug in document order, for the scroll-spy. */
export function flattenToc(items: readonly TocItem[]): TocItem[] {
  return items.flatMap((item) => [item, ...flattenToc(item.children)]);
}
