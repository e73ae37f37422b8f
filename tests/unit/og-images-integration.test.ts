/** src/og/og-images-step.ts: the social images drawn after the build on a worker, and kept in the cache. */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AstroIntegrationLogger } from 'astro';
import { describe, expect, it } from 'vitest';
import { runPostBuild } from '../../src/build/post-build';
import { OG_CARDS_FILE, type PlacedOgCard } from '../../src/og/og-cards';
import { ogImagesStep } from '../../src/og/og-images-step';

describe('social images step', () => {
  it('draws every listed card as a 1200×630 PNG, deletes the list, and copies the cards from the cache next time', async () => {
    const root = mkdtempSync(join(tmpdir(), 'og-step-'));
    const outDir = join(root, 'dist');
    const cacheDir = join(root, 'cache');
    const cards: PlacedOgCard[] = [
      { file: 'og/home.png', title: 'Reasoning LLMs, explained', section: 'Reasoning language models', siteName: 'Reasoning LLMs, explained' },
      { file: 'og/approaches/pure-rl.png', title: 'Pure reinforcement learning', section: 'Approaches', siteName: 'Reasoning LLMs, explained' },
    ];
    const messages: string[] = [];
    const logger = { info: (m: string) => messages.push(m), warn: () => {}, error: () => {}, debug: () => {} } as unknown as AstroIntegrationLogger;
    const build = async () => {
      mkdirSync(join(outDir, 'og'), { recursive: true });
      writeFileSync(join(outDir, OG_CARDS_FILE), JSON.stringify(cards));
      await runPostBuild([ogImagesStep()], { outDir, cacheDir, logger }, false);
    };

    await build();
    expect(existsSync(join(outDir, OG_CARDS_FILE))).toBe(false);
    const first = cards.map((card) => readFileSync(join(outDir, card.file)));
    for (const png of first) {
      expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
    }
    expect(messages.at(-1)).toBe('2 social images (2 drawn, 0 from the cache)');

    await build();
    expect(messages.at(-1)).toBe('2 social images (0 drawn, 2 from the cache)');
    cards.forEach((card, i) => expect(readFileSync(join(outDir, card.file)).equals(first[i]!)).toBe(true));
  });
});
