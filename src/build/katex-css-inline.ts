/**
 * Each page with math gets KaTeX's rules inline, cut down to the classes that page uses, instead of a
 * link to the site-wide sheet (katex-css-purge.ts): a chapter with three formulas needs a third of the
 * rules, and an inline sheet is no extra render-blocking request. Fonts stay files (their @font-face
 * URLs are absolute, /_astro/…), and browsers still fetch only the faces a page draws with.
 * Runs after katex-css-purge.ts (which names the sheet) and before csp-style-hashes.ts (which adds the
 * new <style> element's hash to the page's policy).
 */
import type { AstroIntegration } from 'astro';
import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { htmlFiles } from './check-links.ts';
import { classesIn, purgeKatexCss } from './katex-css-purge.ts';

const KATEX_LINK = /<link rel="stylesheet" href="\/_astro\/(katex[^"]*\.css)">/;

/** The page with its KaTeX link replaced by an inline <style data-katex> of the rules it uses. */
export function inlineKatexCss(html: string, sheet: string): string {
  const purged = purgeKatexCss(sheet, classesIn(html));
  // `</style` cannot occur in KaTeX's CSS, but the element must not end early if it ever did.
  if (/<\/style/i.test(purged)) throw new Error('KaTeX CSS contains "</style"');
  return html.replace(KATEX_LINK, () => `<style data-katex>${purged}</style>`);
}

export function katexCssInlineIntegration(): AstroIntegration {
  return {
    name: 'site-katex-css-inline',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const sheets = new Map<string, string>();
        let pages = 0;
        for (const file of await htmlFiles(outDir)) {
          const html = await readFile(file, 'utf8');
          const name = KATEX_LINK.exec(html)?.[1];
          if (!name) continue;
          if (!sheets.has(name)) sheets.set(name, await readFile(join(outDir, '_astro', name), 'utf8'));
          await writeFile(file, inlineKatexCss(html, sheets.get(name)!));
          pages += 1;
        }
        // No page links the sheet any more.
        for (const name of sheets.keys()) await rm(join(outDir, '_astro', name));
        logger.info(`KaTeX rules inlined per page on ${pages} pages`);
      },
    },
  };
}
