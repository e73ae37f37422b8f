/**
 * The social preview images (og-image.ts), drawn on a worker thread (og-worker.ts), about 20 ms of CPU
 * each, never on the main thread:
 *  - as the build starts, the worker reads the cards from the page sources (source-cards.ts) and draws
 *    them into Astro's cache folder, while Astro compiles and renders on the main thread and leaves the
 *    second core mostly idle (at 1,000 generated pages, drawing them in the post-build pass made them its
 *    longest part);
 *  - after rendering, the list the build made (src/pages/og/cards.json.ts) is the one published: each
 *    card is copied from the cache, or drawn if the head start missed it, while the post-build pass
 *    (src/build/post-build.ts) works through the HTML pages.
 * Cards are cached by their text and this renderer's source, so a rebuild copies them all.
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
import type { OgWorkerData, OgWorkerResult } from './og-worker.ts';
import { CONTENT_BASE } from '../site/content-base.ts';

const require = createRequire(import.meta.url);

/** Changes whenever the drawing could: this folder's code, the fonts, satori and resvg. */
function rendererVersion(): string {
  const hash = createHash('sha256');
  for (const file of ['og-image.ts', 'og-size.ts', 'og-worker.ts', 'png.ts']) hash.update(readFileSync(fileURLToPath(new URL(`./${file}`, import.meta.url))));
  for (const name of ['satori', '@resvg/resvg-js', 'katex']) hash.update(readFileSync(require.resolve(`${name}/package.json`)));
  return hash.digest('hex');
}

interface Drawing {
  worker: Worker;
  done: Promise<OgWorkerResult>;
}

function draw(workerData: OgWorkerData): Drawing {
  const worker = new Worker(new URL('./og-worker.ts', import.meta.url), { workerData });
  // A build that fails while compiling ends without waiting for the head start.
  worker.unref();
  const done = new Promise<OgWorkerResult>((resolve, reject) => {
    worker.once('message', resolve);
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`the social image worker stopped (exit code ${code})`)));
  });
  // Awaited later; a failure before then must not count as unhandled.
  done.catch(() => {});
  return { worker, done };
}

/** `contentDir`: where the head start reads the page sources (the collection's folder). */
export function ogImagesStep({ contentDir = CONTENT_BASE }: { contentDir?: string } = {}): PostBuildStep {
  let headStart: Drawing | undefined;
  let publishing: Drawing | undefined;
  let done: Promise<{ drawn: number; copied: number; early: number }> | undefined;
  const cacheOf = (cacheDir: string) => ({ dir: join(cacheDir, 'og-images'), version: rendererVersion() });
  return {
    name: 'og-images',
    buildStart({ cacheDir }) {
      headStart = draw({ cards: { contentDir }, cache: cacheOf(cacheDir) });
    },
    async start({ outDir, cacheDir }) {
      done = undefined;
      const list = join(outDir, OG_CARDS_FILE);
      if (!existsSync(list)) return;
      const cards = JSON.parse(await readFile(list, 'utf8')) as PlacedOgCard[];
      await rm(list);
      const early = headStart;
      // After the head start (whatever became of it), so no card is drawn by both threads at once.
      done = (early ? early.done.then(({ drawnFiles }) => new Set(drawnFiles), () => new Set<string>()) : Promise.resolve(new Set<string>())).then(async (drawnEarly) => {
        publishing = draw({ outDir, cards, cache: cacheOf(cacheDir) });
        const { drawn, copied, copiedFiles } = await publishing.done;
        return { drawn, copied, early: copiedFiles.filter((file) => drawnEarly.has(file)).length };
      });
      done.catch(() => {});
    },
    async finish({ logger }) {
      if (!done) return;
      const { drawn, copied, early } = await done;
      logger.info(`${drawn + copied} social images (${early} drawn while the site compiled, ${drawn} after it, ${copied - early} from an earlier build)`);
    },
    async close() {
      await Promise.all([headStart?.worker.terminate(), publishing?.worker.terminate()]);
      headStart = publishing = undefined;
    },
  };
}
