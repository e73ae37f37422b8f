/** src/og/og-images-step.ts: the social images drawn on a worker (from the sources as the build starts, then from the build's list), and kept in the cache. */
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
    expect(messages.at(-1)).toBe('2 social images (0 drawn while the site compiled, 2 after it, 0 from an earlier build)');

    await build();
    expect(messages.at(-1)).toBe('2 social images (0 drawn while the site compiled, 0 after it, 2 from an earlier build)');
    cards.forEach((card, i) => expect(readFileSync(join(outDir, card.file)).equals(first[i]!)).toBe(true));
  });

  it('draws the cards it can read from the page sources while the site compiles, and publishes the same PNGs', async () => {
    const root = mkdtempSync(join(tmpdir(), 'og-head-start-'));
    const outDir = join(root, 'dist');
    const cacheDir = join(root, 'cache');
    const contentDir = join(root, 'content');
    mkdirSync(join(contentDir, 'approaches'), { recursive: true });
    writeFileSync(join(contentDir, 'approaches', 'pure-rl.mdx'), '---\ntitle: "Pure RL: the \'aha\' run"\nsection: Approaches\n---\n\nText.\n');
    // A partial is no page; a page without a title is the schema's to report, not the head start's.
    writeFileSync(join(contentDir, '_partial.mdx'), '---\ntitle: Not a page\nsection: Approaches\n---\n');
    writeFileSync(join(contentDir, 'broken.mdx'), '---\nsection: Approaches\n---\n');
    const cards: PlacedOgCard[] = [
      { file: 'og/approaches/pure-rl.png', title: "Pure RL: the 'aha' run", section: 'Approaches', siteName: 'Reasoning LLMs, explained' },
      // Only in the build's list (the sources said something else): drawn after the site compiled.
      { file: 'og/other.png', title: 'A page the head start did not see', section: 'Approaches', siteName: 'Reasoning LLMs, explained' },
    ];
    const messages: string[] = [];
    const logger = { info: (m: string) => messages.push(m), warn: () => {}, error: () => {}, debug: () => {} } as unknown as AstroIntegrationLogger;
    const step = ogImagesStep({ contentDir });
    await step.buildStart!({ cacheDir, logger });
    mkdirSync(join(outDir, 'og'), { recursive: true });
    writeFileSync(join(outDir, OG_CARDS_FILE), JSON.stringify(cards));
    await runPostBuild([step], { outDir, cacheDir, logger }, false);
    expect(messages.at(-1)).toBe('2 social images (1 drawn while the site compiled, 1 after it, 0 from an earlier build)');

    // The card drawn ahead is the card a build without a head start publishes.
    const plain = join(root, 'plain');
    mkdirSync(join(plain, 'og'), { recursive: true });
    writeFileSync(join(plain, OG_CARDS_FILE), JSON.stringify(cards));
    await runPostBuild([ogImagesStep()], { outDir: plain, cacheDir: join(root, 'other-cache'), logger }, false);
    expect(readFileSync(join(outDir, cards[0]!.file)).equals(readFileSync(join(plain, cards[0]!.file)))).toBe(true);
  });
});
