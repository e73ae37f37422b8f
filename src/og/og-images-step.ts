/**
 * The social preview images (og-image.ts), drawn after the build on a worker thread (og-worker.ts) while
 * the post-build pass (src/build/post-build.ts) works through the HTML pages on the main thread: at about
 * 40 ms of CPU per image, drawing them in Astro's page rendering made them a sixth of the build's time per
 * page. The list of cards comes from the build (src/pages/og/cards.json.ts). Drawn cards are kept in
 * Astro's cache folder by their text and this renderer's source, so a rebuild copies them.
 */
import { existsSync, readFileSync } from 'node:fs';
import { readFile, rm } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { PostBuildStep } from '../build/post-build.ts';
import { OG_CARDS_FILE, type PlacedOgCard } from './og-cards.ts';
import type { OgWorkerData } from './og-worker.ts';

const require = createRequire(import.meta.url);

/** Changes whenever the drawing could: this folder's code, the fonts, satori and resvg. */
function rendererVersion(): string {
  const hash = createHash('sha256');
  for (const file of ['og-image.ts', 'og-size.ts', 'og-worker.ts']) hash.update(readFileSync(fileURLToPath(new URL(`./${file}`, import.meta.url))));
  for (const name of ['satori', '@resvg/resvg-js', 'katex']) hash.update(readFileSync(require.resolve(`${name}/package.json`)));
  return hash.digest('hex');
}

export function ogImagesStep(): PostBuildStep {
  let worker: Worker | undefined;
  let done: Promise<{ drawn: number; copied: number }> | undefined;
  return {
    name: 'og-images',
    async start({ outDir, cacheDir }) {
      done = undefined;
      const list = join(outDir, OG_CARDS_FILE);
      if (!existsSync(list)) return;
      const cards = JSON.parse(await readFile(list, 'utf8')) as PlacedOgCard[];
      await rm(list);
      const workerData: OgWorkerData = { outDir, cards, cache: { dir: join(cacheDir, 'og-images'), version: rendererVersion() } };
      const started = new Worker(new URL('./og-worker.ts', import.meta.url), { workerData });
      worker = started;
      done = new Promise((resolve, reject) => {
        started.once('message', resolve);
        started.once('error', reject);
        started.once('exit', (code) => reject(new Error(`the social image worker stopped (exit code ${code})`)));
      });
      // Awaited in finish; a failure before then must not count as unhandled.
      done.catch(() => {});
    },
    async finish({ logger }) {
      if (!done) return;
      const { drawn, copied } = await done;
      logger.info(`${drawn + copied} social images (${drawn} drawn, ${copied} from the cache)`);
    },
    async close() {
      await worker?.terminate();
      worker = undefined;
    },
  };
}
