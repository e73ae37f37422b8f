/**
 * Helpers for purging a page's inline CSS by the classes on the page (site-css-purge.ts): the classes in
 * a page's HTML, and a purge remembered per set of the classes that matter to a sheet.
 */

/** Every class name in an HTML text's class attributes. */
export function classesIn(html: string, into = new Set<string>()): Set<string> {
  for (const match of html.matchAll(/\sclass="([^"]*)"/g)) for (const name of match[1]!.split(/\s+/)) if (name) into.add(name);
  return into;
}

type Purge = (css: string, classes: ReadonlySet<string>) => string;

/**
 * A purge, remembered: what it keeps of a stylesheet depends only on which of the class names in the
 * sheet's text are in the set, and pages of one kind share those, so a large site parses each sheet a few
 * times instead of once per page.
 */
export function rememberedPurge(purge: Purge): Purge {
  const bySheet = new Map<string, { names: string[]; results: Map<string, string> }>();
  return (css, classes) => {
    let memo = bySheet.get(css);
    // Every `.name` in the sheet's text: a superset of the classes its selectors name.
    if (!memo) bySheet.set(css, (memo = { names: [...new Set([...css.matchAll(/\.([\w-]+)/g)].map((m) => m[1]!))].sort(), results: new Map() }));
    const key = memo.names.filter((name) => classes.has(name)).join(' ');
    let purged = memo.results.get(key);
    if (purged === undefined) memo.results.set(key, (purged = purge(css, classes)));
    return purged;
  };
}
