/**
 * Each page with math gets KaTeX's rules inline, cut down to the classes that page uses
 * (purgeKatexCss, katex-css-purge.ts), instead of a link to the whole sheet: a chapter with three formulas
 * needs a third of the rules, and an inline sheet is no extra render-blocking request. Fonts stay files
 * (their @font-face URLs are absolute, /_astro/…), and browsers still fetch only the faces a page draws
 * with. Once no page links the sheet, it is deleted. A step of the post-build pass
 * (src/build/post-build.ts), before the CSP hashes (which then cover the new <style> element).
 */
import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { PostBuildStep } from './post-build.ts';
import { classesIn, purgeKatexCss, rememberedPurge } from './katex-css-purge.ts';

const KATEX_LINK = /<link rel="stylesheet" href="\/_astro\/(katex[^"]*\.css)">/;

/** The page with its KaTeX link replaced by an inline <style data-katex> of the rules it uses. */
export function inlineKatexCss(html: string, sheet: string, purge: (sheet: string, used: ReadonlySet<string>) => string = purgeKatexCss): string {
  if (!KATEX_LINK.test(html)) return html;
  const purged = purge(sheet, classesIn(html));
  // `</style` cannot occur in KaTeX's CSS, but the element must not end early if it ever did.
  if (/<\/style/i.test(purged)) throw new Error('KaTeX CSS contains "</style"');
  return html.replace(KATEX_LINK, () => `<style data-katex>${purged}</style>`);
}

/** purgeKatexCss, remembered per set of the sheet's classes a page uses. */
export const memoizedPurge = () => rememberedPurge(purgeKatexCss);

export function katexCssInlineStep(): PostBuildStep {
  let sheets = new Map<string, string>();
  let purge = memoizedPurge();
  let pages = 0;
  return {
    name: 'katex-css-inline',
    start() {
      sheets = new Map();
      purge = memoizedPurge();
      pages = 0;
    },
    async page(page, { outDir }) {
      const name = KATEX_LINK.exec(page.html)?.[1];
      if (!name) return;
      if (!sheets.has(name)) sheets.set(name, await readFile(join(outDir, '_astro', name), 'utf8'));
      page.html = inlineKatexCss(page.html, sheets.get(name)!, purge);
      pages += 1;
    },
    async finish({ outDir, logger }) {
      // No page links the sheet any more.
      for (const name of sheets.keys()) await rm(join(outDir, '_astro', name));
      logger.info(`KaTeX rules inlined per page on ${pages} pages`);
    },
  };
}
