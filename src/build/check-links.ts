/**
 * Fails the build when an internal link or #fragment does not resolve. Links written in MDX are
 * reported with their source file and line (recorded by remark-content-refs while compiling).
 */
import type { AstroIntegration } from 'astro';
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractIds, extractLinks, findBrokenLinks, type BuiltPage } from './link-check.ts';
import { sourceLinks } from '../markdown/remark-content-refs.ts';

async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((e) => e.isFile() && e.name.endsWith('.html')).map((e) => join(e.parentPath, e.name));
}

export async function loadBuiltPages(outDir: string): Promise<Map<string, BuiltPage>> {
  const pages = new Map<string, BuiltPage>();
  for (const file of await htmlFiles(outDir)) {
    const rel = relative(outDir, file).split(sep).join('/');
    const path = `/${rel}`.replace(/index\.html$/, '').replace(/\.html$/, '');
    const html = await readFile(file, 'utf8');
    pages.set(path, { path, ids: extractIds(html), links: extractLinks(html) });
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
        const lines = broken.map((b) => {
          const origin = sourceLinks.get(b.from)?.find((l) => l.url === b.href);
          const where = origin ? `${origin.file}:${origin.line}` : `page ${b.from}`;
          return `  ${where}: link to ${b.href}: ${b.reason}`;
        });
        const message = `${broken.length} broken internal link(s):\n${lines.join('\n')}`;
        if (options.failOnError) throw new Error(message);
        logger.warn(message);
      },
    },
  };
}
