/**
 * Fails the build when an internal link or #fragment does not resolve. A link written in MDX is
 * reported with its file and line: src/markdown/remark-link-sources.ts writes them into the page as a
 * `data-mdx-source` attribute, which this step reads and then removes from every built page (before
 * the search index is made), so the published HTML never carries it.
 */
import type { AstroIntegration } from 'astro';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findBrokenLinks, readHtml, type BuiltPage } from './link-check.ts';

/** Every built HTML file under `dir`. */
export async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((e) => e.isFile() && e.name.endsWith('.html')).map((e) => join(e.parentPath, e.name));
}

/** Reads every built page, and removes the link-source marks from the files on disk. */
export async function loadBuiltPages(outDir: string): Promise<Map<string, BuiltPage>> {
  const pages = new Map<string, BuiltPage>();
  for (const file of (await htmlFiles(outDir)).sort()) {
    const rel = relative(outDir, file).split(sep).join('/');
    const path = `/${rel}`.replace(/index\.html$/, '').replace(/\.html$/, '');
    const html = await readFile(file, 'utf8');
    const { ids, links, chromeLinks, sources, withoutSources } = readHtml(html);
    if (withoutSources !== html) await writeFile(file, withoutSources);
    pages.set(path, { path, ids: new Set(ids), links, chromeLinks, sources });
  }
  return pages;
}

export function checkLinksIntegration(options: { failOnError: boolean } = { failOnError: true }): AstroIntegration {
  return {
    name: 'site-check-links',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const pages = await loadBuiltPages(fileURLToPath(dir));
        const broken = findBrokenLinks(pages);
        if (broken.length === 0) {
          logger.info(`all internal links resolve (${pages.size} pages)`);
          return;
        }
        const lines = broken.map((b) => `  ${b.source ?? `page ${b.from}`}: link to ${b.href}: ${b.reason}`);
        const message = `${broken.length} broken internal link(s):\n${lines.join('\n')}`;
        if (options.failOnError) throw new Error(message);
        logger.warn(message);
      },
    },
  };
}
