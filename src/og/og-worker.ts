/**
 * Draws social preview cards on a worker thread (started by og-images-step.ts), so that the images,
 * about 40 ms of CPU each, are made while the main thread finishes the HTML pages. A card already drawn
 * by an earlier build is copied from the cache folder, under a name made from its text and this
 * renderer's source.
 */
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readlinkSync, renameSync, writeFileSync } from 'node:fs';
import { constants, setPriority } from 'node:os';
import { dirname, join } from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import type { PlacedOgCard } from './og-cards.ts';
import { ogImagePng } from './og-image.ts';
import { sourceCards } from './source-cards.ts';
import { collectGarbage } from '../build/collect-garbage.ts';

export interface OgWorkerData {
  /** Where the cards are published; without it, the cards are only drawn into the cache (a head start). */
  outDir?: string;
  /** The cards to draw, or the content folder to read them from (source-cards.ts). */
  cards: PlacedOgCard[] | { contentDir: string };
  /** Folder for drawn cards, and the key of this renderer's version; no cache without it. */
  cache?: { dir: string; version: string };
}

export interface OgWorkerResult {
  drawn: number;
  copied: number;
  drawnFiles: string[];
  copiedFiles: string[];
}

/**
 * On Linux this thread runs at the lowest priority, so the cards take only CPU time the build leaves idle:
 * drawn at normal priority while Astro bundled the site (the bundler uses every core), they slowed the
 * compile by as much as they saved later. A thread's priority is set through its own id (/proc/thread-self);
 * elsewhere the cards are drawn at normal priority.
 */
try {
  setPriority(Number(readlinkSync('/proc/thread-self').split('/').pop()), constants.priority.PRIORITY_LOW);
} catch {
  // Not Linux, or not allowed: normal priority.
}

const { outDir, cards: given, cache } = workerData as OgWorkerData;
// The head start reads the page sources here rather than on the main thread, which is busy compiling:
// there, a thousand awaited reads delayed the first card by 20 s (measured at 1,000 generated pages).
const cards = Array.isArray(given) ? given : await sourceCards(given.contentDir);

/**
 * resvg's pixel buffers (3 MB a card) live outside the JavaScript heap, which stays small here, so the
 * garbage collector would not run and the thread grew by 3 MB a card (0.7 GB at 200 cards). A collection
 * every few cards, then a turn of the event loop for the buffers' finalizers, keeps it near 130 MB.
 */
const COLLECT_EVERY = 8;
let drawn = 0;
/** Cache files this thread drew, and those it copied from: the step tells a head start's cards apart. */
const drawnFiles: string[] = [];
const copiedFiles: string[] = [];
for (const card of cards) {
  const target = outDir && join(outDir, card.file);
  if (target) mkdirSync(dirname(target), { recursive: true });
  const cached = cache && join(cache.dir, `${createHash('sha256').update(JSON.stringify([cache.version, card.title, card.section, card.siteName])).digest('hex')}.png`);
  if (cached && existsSync(cached)) {
    if (target) {
      copyFileSync(cached, target);
      copiedFiles.push(cached);
    }
    continue;
  }
  if (!target && !cached) continue;
  const png = await ogImagePng(card);
  if (target) writeFileSync(target, png);
  drawn++;
  if (drawn % COLLECT_EVERY === 0) {
    collectGarbage();
    await new Promise((resolve) => setImmediate(resolve));
  }
  if (cached) {
    // Written under a temporary name first: a build stopped half-way never leaves a truncated card.
    mkdirSync(cache.dir, { recursive: true });
    writeFileSync(`${cached}.tmp`, png);
    renameSync(`${cached}.tmp`, cached);
    drawnFiles.push(cached);
  }
}
parentPort!.postMessage({ drawn, copied: copiedFiles.length, drawnFiles, copiedFiles } satisfies OgWorkerResult);
