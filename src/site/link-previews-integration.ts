/**
 * Writes dist/link-previews.json after the build: every page's and section's heading and first
 * sentences (link-previews.ts), fetched by the browser the first time a reader points at an internal link.
 * A step of the post-build pass (src/build/post-build.ts).
 */
import { writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { PostBuildStep } from '../build/post-build.ts';
import { previewsOf } from './link-previews.ts';
import { PREVIEWS_URL, type Previews } from './link-preview-lookup.ts';

export function linkPreviewsStep(): PostBuildStep {
  let previews: Previews = {};
  return {
    name: 'link-previews',
    start() {
      previews = {};
    },
    page(page) {
      if (basename(page.file) !== 'index.html' || page.path.startsWith('/404')) return;
      Object.assign(previews, previewsOf(page.path, page.document));
    },
    async finish({ outDir, logger }) {
      await writeFile(join(outDir, PREVIEWS_URL), JSON.stringify(previews));
      logger.info(`${Object.keys(previews).length} link previews`);
    },
  };
}
