/**
 * Writes dist/link-previews.json after the build: every page's and section's heading and first
 * sentences (link-previews.ts), fetched by the browser the first time a reader points at an internal link.
 */
import type { AstroIntegration } from 'astro';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { pagePreviews } from './link-previews.ts';
import { PREVIEWS_URL, type Previews } from './link-preview-lookup.ts';

export function linkPreviewsIntegration(): AstroIntegration {
  return {
    name: 'site-link-previews',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const files = (await readdir(outDir, { withFileTypes: true, recursive: true }))
          .filter((e) => e.isFile() && e.name === 'index.html')
          .map((e) => join(e.parentPath, e.name))
          .sort();
        const previews: Previews = {};
        for (const file of files) {
          const path = `/${relative(outDir, file).split(sep).join('/')}`.replace(/index\.html$/, '');
          if (path.startsWith('/404')) continue;
          Object.assign(previews, pagePreviews(path, await readFile(file, 'utf8')));
        }
        await writeFile(join(outDir, PREVIEWS_URL), JSON.stringify(previews));
        logger.info(`${Object.keys(previews).length} link previews`);
      },
    },
  };
}
