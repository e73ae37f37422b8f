/**
 * Draws social preview cards on a worker thread (started by og-images-step.ts), so that the images,
 * about 40 ms of CPU each, are made while the main thread finishes the HTML pages. A card already drawn
 * by an earlier build is copied from the cache folder, under a name made from its text and this
 * renderer's source.
 */
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import type { PlacedOgCard } from './og-cards.ts';
import { ogImagePng } from './og-image.ts';

export interface OgWorkerData {
  outDir: string;
  cards: PlacedOgCard[];
  /** Folder for drawn cards, and the key of this renderer's version; no cache without it. */
  cache?: { dir: string; version: string };
}

const { outDir, cards, cache } = workerData as OgWorkerData;
let drawn = 0;
for (const card of cards) {
  const target = join(outDir, card.file);
  mkdirSync(dirname(target), { recursive: true });
  const cached = cache && join(cache.dir, `${createHash('sha256').update(JSON.stringify([cache.version, card.title, card.section, card.siteName])).digest('hex')}.png`);
  if (cached && existsSync(cached)) {
    copyFileSync(cached, target);
    continue;
  }
  const png = await ogImagePng(card);
  writeFileSync(target, png);
  drawn++;
  if (cached) {
    // Written under a temporary name first: a build stopped half-way never leaves a truncated card.
    mkdirSync(cache.dir, { recursive: true });
    writeFileSync(`${cached}.tmp`, png);
    renameSync(`${cached}.tmp`, cached);
  }
}
parentPort!.postMessage({ drawn, copied: cards.length - drawn });
