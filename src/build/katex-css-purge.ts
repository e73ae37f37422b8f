/**
 * KaTeX's stylesheet styles every construct KaTeX can produce; the site's formulas use well under
 * half of it. After the build this step keeps only the rules whose classes occur in some built page
 * (and the @font-face rules of the font families those rules use), writes the result under a new
 * content-hashed name, and points every page at it, so a cached copy is never stale.
 *
 * All formulas are rendered at build time (nothing on the client makes KaTeX markup), so the classes
 * in the built HTML are all the classes that will ever need the stylesheet.
 */
import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import postcss from 'postcss';
import { htmlFiles } from './check-links.ts';

/** Every class name in an HTML text's class attributes. */
export function classesIn(html: string, into = new Set<string>()): Set<string> {
  for (const match of html.matchAll(/\sclass="([^"]*)"/g)) for (const name of match[1]!.split(/\s+/)) if (name) into.add(name);
  return into;
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

export function katexCssPurgeIntegration(): AstroIntegration {
  return {
    name: 'site-katex-css-purge',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const assets = join(outDir, '_astro');
        const sheet = (await readdir(assets)).find((name) => /^katex(\.min)?\.[\w-]+\.css$/.test(name));
        if (!sheet) return;
        // One page in memory at a time (a large site's pages together are hundreds of megabytes): a first
        // pass collects the classes and which pages link the sheet, a second rewrites those pages.
        const from = `/_astro/${sheet}`;
        const used = new Set<string>();
        const linking: string[] = [];
        for (const file of await htmlFiles(outDir)) {
          const html = await readFile(file, 'utf8');
          classesIn(html, used);
          if (html.includes(from)) linking.push(file);
        }
        const original = await readFile(join(assets, sheet), 'utf8');
        const purged = purgeKatexCss(original, used);
        const name = `katex.${createHash('sha256').update(purged).digest('base64url').slice(0, 10)}.css`;
        await writeFile(join(assets, name), purged);
        await rm(join(assets, sheet));
        for (const file of linking) await writeFile(file, (await readFile(file, 'utf8')).replaceAll(from, `/_astro/${name}`));
        logger.info(`KaTeX stylesheet ${original.length} → ${purged.length} bytes (rules for classes no page uses dropped)`);
      },
    },
  };
}
