/**
 * KaTeX's stylesheet styles every construct KaTeX can produce; a page's formulas use a fraction of it.
 * purgeKatexCss keeps only the rules whose classes occur in the given set (and the @font-face rules of
 * the font families those rules use); katex-css-inline.ts inlines, on each page with math, the rules
 * for that page's classes.
 *
 * All formulas are rendered at build time (nothing on the client makes KaTeX markup), so the classes
 * in the built HTML are all the classes that will ever need the stylesheet.
 */
import postcss from 'postcss';

/** Every class name in an HTML text's class attributes. */
export function classesIn(html: string, into = new Set<string>()): Set<string> {
  for (const match of html.matchAll(/\sclass="([^"]*)"/g)) for (const name of match[1]!.split(/\s+/)) if (name) into.add(name);
  return into;
}

type Purge = (css: string, classes: ReadonlySet<string>) => string;

/**
 * A purge, remembered: what it keeps of a stylesheet depends only on which of the class names in the
 * sheet's text are in the set, and pages of one kind share those, so a large site parses each sheet a few
 * times instead of once per page. Used for KaTeX's rules and the site's own (site-css-purge.ts).
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

/** The stylesheet without rules for absent classes, and without the fonts no remaining rule uses. */
export function purgeKatexCss(css: string, used: ReadonlySet<string>): string {
  const root = postcss.parse(css);
  root.walkRules((rule) => {
    if (rule.parent?.type === 'atrule' && /keyframes$/.test((rule.parent as postcss.AtRule).name)) return;
    const kept = rule.selectors.filter((selector) => [...selector.matchAll(/\.([\w-]+)/g)].every((m) => used.has(m[1]!)));
    if (kept.length === 0) rule.remove();
    else rule.selectors = kept;
  });
  // At-rules left empty (e.g. @media with every rule removed).
  root.walkAtRules((atRule) => {
    if (atRule.name !== 'font-face' && atRule.nodes?.length === 0) atRule.remove();
  });
  const families = new Set<string>();
  root.walkDecls(/^font(-family)?$/, (decl) => {
    if (decl.parent?.type === 'atrule') return; // the @font-face rules themselves
    for (const match of decl.value.matchAll(/KaTeX_[\w]+/g)) families.add(match[0]);
  });
  root.walkAtRules('font-face', (face) => {
    let family = '';
    face.walkDecls('font-family', (decl) => {
      family = decl.value.replace(/["']/g, '').trim();
    });
    if (!families.has(family)) face.remove();
  });
  return root.toString();
}
