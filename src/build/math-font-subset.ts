/**
 * The math font (STIX Two Math, global.css) is about 400 KB: every alphabet, symbol and size variant
 * in Unicode's math blocks. The site's formulas use about a hundred characters, all known at build time
 * (no formula is made in the browser), so after the build the font is cut to those characters, plus the
 * letters the browser itself may substitute (a single-letter <mi> is drawn in math italic), with
 * HarfBuzz's subsetter (subset-font), which keeps the OpenType MATH table and the glyph variants it
 * points to (stretchy brackets, large operators). About 40 KB instead of 400 KB, on a first visit to
 * any page with math, where the font is preloaded.
 *
 * The subset gets a name of its own, from the original font and the characters kept, so a cached copy
 * is never used for a site whose formulas need other characters; each page's references are rewritten.
 * A step of the post-build pass (post-build.ts), before the CSP hashes (the page's <style> changes).
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import subsetFont from 'subset-font';
import { htmlFiles, type PostBuildStep } from './post-build.ts';

const MATH_FONT = /^stix-two-math-[\w.-]+\.woff2$/;

const ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'", nbsp: '\u00a0' };

/** The characters drawn inside the page's <math> elements (not their TeX annotations). */
export function mathCharacters(html: string, into = new Set<string>()): Set<string> {
  for (const [formula] of html.matchAll(/<math[\s>][\s\S]*?<\/math>/g)) {
    const text = formula
      .replace(/<annotation[\s\S]*?<\/annotation>/g, '')
      .replace(/<[^>]*>/g, '')
      .replace(/&(?:#x([\da-f]+)|#(\d+)|(\w+));/gi, (entity, hex?: string, dec?: string, name?: string) =>
        hex ? String.fromCodePoint(parseInt(hex, 16)) : dec ? String.fromCodePoint(Number(dec)) : (ENTITIES[name!] ?? entity),
      );
    for (const char of text) into.add(char);
  }
  return into;
}

const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => String.fromCodePoint(from + i));

/**
 * Kept whatever the formulas say: printable ASCII, Greek, and the math italic letters a browser draws for
 * a single-letter identifier (MathML Core's text-transform: math-auto), including the italic h (ℎ) and
 * dotless i and j.
 */
export const ALWAYS_KEPT: readonly string[] = [
  ...range(0x20, 0x7e),
  ...range(0x391, 0x3c9),
  ...range(0x1d434, 0x1d467),
  '\u210e',
  '\u{1d6a4}',
  '\u{1d6a5}',
  ...range(0x1d6e2, 0x1d71b),
];

/** The characters to keep for these formula characters, sorted (the subset's name depends on them). */
export function keptCharacters(used: Iterable<string>): string {
  return [...new Set([...ALWAYS_KEPT, ...used])].sort().join('');
}

/** The subset's file name: the original's stem, and a hash of the original and the characters kept. */
export function subsetName(original: string, font: Uint8Array, kept: string): string {
  const hash = createHash('sha256').update(font).update(kept).digest('base64url').slice(0, 8);
  return original.replace(/\.[\w-]+\.woff2$/, `.${hash}.woff2`);
}

export function mathFontSubsetStep(): PostBuildStep {
  let renames = new Map<string, string>();
  return {
    name: 'math-font-subset',
    async start({ outDir, logger }) {
      renames = new Map();
      const assets = join(outDir, '_astro');
      const fonts = (await readdir(assets).catch(() => [] as string[])).filter((name) => MATH_FONT.test(name));
      if (!fonts.length) return;
      const used = new Set<string>();
      // Read synchronously: each page is scanned at once, and awaiting a thousand reads on a busy machine
      // cost seconds of waiting (BUILD_TIMINGS at 1,000 generated pages).
      for (const file of await htmlFiles(outDir)) mathCharacters(readFileSync(file, 'utf8'), used);
      const kept = keptCharacters(used);
      for (const name of fonts) {
        const font = await readFile(join(assets, name));
        const subset = await subsetFont(font, kept, { targetFormat: 'woff2' });
        const renamed = subsetName(name, font, kept);
        await writeFile(join(assets, renamed), subset);
        if (renamed !== name) await rm(join(assets, name));
        renames.set(`/_astro/${name}`, `/_astro/${renamed}`);
        logger.info(`math font cut to the ${used.size} characters the formulas use (and ${ALWAYS_KEPT.length} always kept): ${Math.round(subset.length / 1024)} KB instead of ${Math.round(font.length / 1024)} KB`);
      }
    },
    page(page) {
      let html = page.html;
      for (const [from, to] of renames) if (html.includes(from)) html = html.replaceAll(from, to);
      if (html !== page.html) page.html = html;
    },
  };
}
