/** Citation and glossary cards open on hover and on keyboard focus, and Escape dismisses them. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, openPage } from './support';
import { sourcesById } from '../../src/data/sources';
import { glossaryById } from '../../src/data/glossary';

const PAGE = '/approaches/pure-rl/';
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe.each([
  ['citation', '.cite'],
  ['glossary term', '.term'],
])('%s card', (_kind, selector) => {
  it('opens on hover with the full text', async () => {
    const { page, context } = await openPage(browser, PAGE);
    const host = page.locator(`main ${selector}`).first();
    const card = host.locator('.hover-card');
    await expect(card.isVisible()).resolves.toBe(false);
    await host.locator('a').first().hover();
    await expect(card.isVisible()).resolves.toBe(true);
    const text = (await card.textContent()) ?? '';
    if (selector === '.cite') {
      const id = (await host.getAttribute('id'))!.replace(/^cite-/, '').replace(/-\d+$/, '');
      expect(text).toContain(sourcesById.get(id)!.title);
    } else {
      const href = (await host.locator('a').first().getAttribute('href'))!;
      const term = glossaryById.get(href.split('#')[1]!)!;
      expect(text).toContain(term.definition);
    }
    // The card is on screen, not clipped off the edge.
    const box = (await card.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(1280);
    await context.close();
  });

  it('opens on keyboard focus, is announced, and Escape hides it', async () => {
    const { page, context } = await openPage(browser, PAGE);
    const host = page.locator(`main ${selector}`).first();
    const link = host.locator('a').first();
    await link.focus();
    const card = host.locator('.hover-card');
    await expect(card.isVisible()).resolves.toBe(true);
    const describedBy = await link.getAttribute('aria-describedby');
    expect(await card.getAttribute('id')).toBe(describedBy);
    await page.keyboard.press('Escape');
    await expect(card.isVisible()).resolves.toBe(false);
    await context.close();
  });
});

describe('under the "On this page" bar (a window narrower than 72rem)', () => {
  it('a card that would reach under the bar opens below its word instead', async () => {
    const { page, context } = await openPage(browser, PAGE, { viewport: { width: 1000, height: 700 } });
    const link = page.locator('main .term > a').nth(3);
    const card = page.locator('main .term').nth(3).locator('.hover-card');
    const bar = (await page.locator('.toc-bar').boundingBox())!;
    // The card's height, then the word placed so that a card above it would clear the header but
    // reach 12 px under the bar.
    await link.hover();
    await expect.poll(() => card.isVisible()).toBe(true);
    const height = (await card.boundingBox())!.height;
    await page.mouse.move(0, 0);
    await link.evaluate((a, top) => scrollBy({ top: a.getBoundingClientRect().top - top, behavior: 'instant' }), bar.y + bar.height - 12 + 2 + height);
    await link.hover();
    await expect.poll(() => card.isVisible()).toBe(true);
    const box = (await card.boundingBox())!;
    expect(box.y).toBeGreaterThanOrEqual(bar.y + bar.height);
    await context.close();
  });
});

describe('repeated citations', () => {
  it('one card per source or term in the HTML; a later citation shows the same text on hover and focus', async () => {
    const { page, context } = await openPage(browser, PAGE);
    const counts = await page.evaluate(() => {
      const cardIds = [...document.querySelectorAll('main .hover-card')].map((c) => c.id);
      const links = [...document.querySelectorAll('main :is(.cite, .term) > a[aria-describedby]')];
      return {
        cards: cardIds.length,
        unique: new Set(cardIds).size,
        links: links.length,
        // Every use is described by a card that exists on the page.
        dangling: links.filter((a) => !document.getElementById(a.getAttribute('aria-describedby')!)).length,
      };
    });
    expect(counts.cards).toBe(counts.unique);
    expect(counts.links).toBeGreaterThan(counts.cards); // some sources are cited more than once
    expect(counts.dangling).toBe(0);

    // Chapters link a glossary term at its first use only, so the repeats on a page are citations.
    for (const selector of ['.cite']) {
      // The first later use of some source: a host with no card of its own.
      const index = await page.evaluate((sel) => [...document.querySelectorAll(`main ${sel}`)].findIndex((h) => !h.querySelector(':scope > .hover-card')), selector);
      expect(index).toBeGreaterThan(0);
      const repeat = page.locator(`main ${selector}`).nth(index);
      const link = repeat.locator('a').first();
      const originalId = (await link.getAttribute('aria-describedby'))!;
      const original = (await page.locator(`[id="${originalId}"]`).textContent())!;
      await repeat.scrollIntoViewIfNeeded();
      await link.hover();
      const card = repeat.locator('.hover-card');
      await expect.poll(() => card.isVisible()).toBe(true);
      expect(await card.textContent()).toBe(original);
      // The copy is not a second description for screen readers, and adds no id.
      expect(await card.getAttribute('aria-hidden')).toBe('true');
      expect(await card.getAttribute('id')).toBeNull();
      await page.mouse.move(0, 0);
      await expect.poll(() => card.isVisible()).toBe(false);
      await link.focus();
      await expect.poll(() => card.isVisible()).toBe(true);
      await page.keyboard.press('Escape');
      await expect.poll(() => card.isVisible()).toBe(false);
    }
    await context.close();
  });
});

describe('citation links', () => {
  it('a citation leads to the page reference list, which leads back and on to the bibliography', async () => {
    const { page, context } = await openPage(browser, PAGE);
    const cite = page.locator('main .cite').first();
    const citeId = (await cite.getAttribute('id'))!;
    await cite.locator('a').first().click();
    const target = await page.evaluate(() => location.hash);
    expect(target).toMatch(/^#ref-/);
    const entry = page.locator(target);
    await expect(entry.isVisible()).resolves.toBe(true);
    expect(await entry.locator(`a[href="#${citeId}"]`).count()).toBe(1);
    const bib = await entry.locator('a.ref-more').getAttribute('href');
    await page.goto(new URL(bib!, page.url()).href);
    const bibEntry = page.locator(new URL(page.url()).hash);
    await expect(bibEntry.isVisible()).resolves.toBe(true);
    expect(await bibEntry.locator(`a[href^="${PAGE}#cite-"]`).count()).toBeGreaterThan(0);
    await context.close();
  });
});

describe('cards in the book', () => {
  it('hide on Escape in /book/ as on the chapter pages', async () => {
    const { page, context } = await openPage(browser, '/book/');
    const host = page.locator('main .term').first();
    await host.locator('a').first().focus();
    const card = host.locator('.hover-card');
    await expect(card.isVisible()).resolves.toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => card.isVisible()).toBe(false);
    await context.close();
  });
});
