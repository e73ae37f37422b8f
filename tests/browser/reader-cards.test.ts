/**
 * Cards by touch and link previews. Tapping a glossary term or a citation opens its card in place (no
 * navigation, no scroll); the card links on; a tap outside or Escape closes it and focus returns.
 * Pointing at, focusing or tapping a link to another section previews that section, from a file
 * fetched only on first use. Cards stand out from the page in both themes.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, openPage } from './support';
import { glossaryById } from '../../src/data/glossary';
import { sourcesById } from '../../src/data/sources';

const PAGE = '/approaches/pure-rl/';
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const card = (page: Page) => page.locator('.card-popover');
const cardOpen = (page: Page) => page.evaluate(() => !!document.querySelector('.card-popover:popover-open'));

/** The open card lies wholly on a screen of this size, below the sticky header and bar. */
async function expectCardOnScreen(page: Page, screen: { width: number; height: number }): Promise<void> {
  const box = (await card(page).boundingBox())!;
  const chrome = (await page.locator('.toc-bar').boundingBox())!;
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(screen.width);
  expect(box.y).toBeGreaterThanOrEqual(chrome.y + chrome.height);
  expect(box.y + box.height).toBeLessThanOrEqual(screen.height);
}

/** Parse "rgb(r, g, b)" into numbers. */
function rgb(colour: string): number[] {
  return colour.match(/\d+(\.\d+)?/g)!.slice(0, 3).map(Number);
}

describe.each(['light', 'dark'] as const)('tapping on a phone (%s)', (colorScheme) => {
  it('a glossary term opens its card in place; the card links to the glossary; Escape closes it', async () => {
    const { page, consoleErrors } = await openPage(browser, PAGE, { device: 'phone', colorScheme });
    const term = page.locator('main article .term').nth(4);
    await term.scrollIntoViewIfNeeded();
    const link = term.locator('a.term-link');
    const id = (await link.getAttribute('href'))!.split('#')[1]!;
    const before = await page.evaluate(() => ({ url: location.href, y: scrollY }));
    await link.tap();
    await expect.poll(() => cardOpen(page)).toBe(true);
    expect(await card(page).textContent()).toContain(glossaryById.get(id)!.definition);
    const after = await page.evaluate(() => ({ url: location.href, y: scrollY }));
    expect(after.url).toBe(before.url);
    expect(Math.abs(after.y - before.y)).toBeLessThanOrEqual(2);
    // On screen, next to the word, not under the sticky header and bar.
    await expectCardOnScreen(page, { width: 390, height: 844 });
    // A dialog with focus inside, whose link goes on to the glossary entry.
    expect(await card(page).getAttribute('role')).toBe('dialog');
    expect(await page.evaluate(() => !!document.activeElement?.closest('.card-popover'))).toBe(true);
    expect(await card(page).locator('a').getAttribute('href')).toBe(`/reference/glossary/#${id}`);
    // Only the one card shows: the CSS card under the tapped word stays hidden.
    await expect(term.locator('.hover-card').isVisible()).resolves.toBe(false);
    await page.keyboard.press('Escape');
    await expect.poll(() => cardOpen(page)).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.classList.contains('term-link'))).toBe(true);
    await expect(term.locator('.hover-card').isVisible()).resolves.toBe(false);
    expect(consoleErrors).toEqual([]);
  });

  it('a citation opens its reference; a tap outside closes it; the card link goes to the reference list', async () => {
    const { page } = await openPage(browser, PAGE, { device: 'phone', colorScheme });
    const cite = page.locator('main article .cite').nth(3);
    await cite.scrollIntoViewIfNeeded();
    const key = (await cite.getAttribute('id'))!.replace(/^cite-/, '').replace(/-\d+$/, '');
    await cite.locator('a').tap();
    await expect.poll(() => cardOpen(page)).toBe(true);
    expect(await card(page).textContent()).toContain(sourcesById.get(key)!.title);
    expect(await page.evaluate(() => location.hash)).toBe('');
    // A tap in the page margin, away from the card.
    const box = (await card(page).boundingBox())!;
    await page.touchscreen.tap(4, box.y > 422 ? 150 : 800);
    await expect.poll(() => cardOpen(page)).toBe(false);

    await cite.locator('a').tap();
    await expect.poll(() => cardOpen(page)).toBe(true);
    await card(page).locator('a').tap();
    await expect.poll(() => page.evaluate(() => location.hash)).toBe(`#ref-${key}`);
    await expect(page.locator(`#ref-${key}`).isVisible()).resolves.toBe(true);
  });

  it('a link to another section shows a preview first, with a way on', async () => {
    const { page } = await openPage(browser, PAGE, { device: 'phone', colorScheme });
    const link = page.locator('main article p a[href^="/"]:not(.term-link)').first();
    await link.scrollIntoViewIfNeeded();
    const href = (await link.getAttribute('href'))!;
    await link.tap();
    await expect.poll(() => cardOpen(page)).toBe(true);
    expect(new URL(page.url()).pathname).toBe(PAGE);
    const heading = await page.evaluate(async (h) => {
      const previews = (await (await fetch('/link-previews.json')).json()) as Record<string, [string, string]>;
      return previews[h]![0];
    }, href);
    expect(await card(page).textContent()).toContain(heading);
    await card(page).locator('a').tap();
    await expect.poll(() => new URL(page.url()).pathname).toBe(href.split('#')[0]);
  });
});

describe('tapping on a phone held sideways', () => {
  it('a citation near the right edge opens its card on screen, and the page never widens', async () => {
    // 740×360: wider than the phone sheet, so cards open beside the word, on a short screen.
    const { page, consoleErrors } = await openPage(browser, PAGE, { device: 'phone', viewport: { width: 740, height: 360 } });
    // The citation link furthest right among the first ten: the one whose card reaches furthest out.
    const index = await page.locator('main article .cite > a').evaluateAll((links) => {
      const lefts = links.slice(0, 10).map((a) => a.getBoundingClientRect().left);
      return lefts.indexOf(Math.max(...lefts));
    });
    const link = page.locator('main article .cite > a').nth(index);
    await link.scrollIntoViewIfNeeded();
    // The widest the page gets at any step of the tap (a wider page makes a phone zoom out).
    await page.evaluate(() => {
      const seen = [document.documentElement.scrollWidth];
      (window as unknown as { widths: number[] }).widths = seen;
      for (const type of ['pointerdown', 'mouseover', 'mousedown', 'focusin', 'click']) {
        addEventListener(type, () => seen.push(document.documentElement.scrollWidth), true);
      }
    });
    await link.tap();
    await expect.poll(() => cardOpen(page)).toBe(true);
    const widths = await page.evaluate(() => (window as unknown as { widths: number[] }).widths);
    expect(Math.max(...widths)).toBeLessThanOrEqual(740);
    await expectCardOnScreen(page, { width: 740, height: 360 });
    expect(consoleErrors).toEqual([]);
  });
});

describe.each(['light', 'dark'] as const)('desktop (%s)', (colorScheme) => {
  it('hovering an internal link previews its target; the data is fetched only then', async () => {
    const { page, context } = await openPage(browser, PAGE, { colorScheme });
    const requested: string[] = [];
    context.on('request', (r) => requested.push(new URL(r.url()).pathname));
    const link = page.locator('main article p a[href^="/"]:not(.term-link)').first();
    await link.scrollIntoViewIfNeeded();
    expect(requested).not.toContain('/link-previews.json');
    await link.hover();
    await expect.poll(() => cardOpen(page)).toBe(true);
    expect(requested).toContain('/link-previews.json');
    expect(await card(page).getAttribute('role')).toBe('tooltip');
    expect((await card(page).textContent())!.length).toBeGreaterThan(40);
    // Moving away hides it; following the link still navigates as before.
    await page.mouse.move(5, 400);
    await expect.poll(() => cardOpen(page)).toBe(false);
  });

  it('a first visit that only reads downloads no card code; the first pointer brings it', async () => {
    const { page } = await openPage(browser, PAGE, { colorScheme });
    const cardScripts = () =>
      page.evaluate(() => performance.getEntriesByType('resource').filter((e) => /\/site-cards\.[\w-]+\.js$/.test(new URL(e.name).pathname)).length);
    await page.waitForLoadState('networkidle');
    expect(await cardScripts()).toBe(0);
    await page.mouse.move(200, 300);
    await expect.poll(cardScripts).toBe(1);
  });

  it('keyboard focus on an internal link previews it and Escape hides the preview, focus staying put', async () => {
    const { page } = await openPage(browser, PAGE, { colorScheme });
    const link = page.locator('main article p a[href^="/"]:not(.term-link)').first();
    await link.focus();
    await expect.poll(() => cardOpen(page)).toBe(true);
    expect(await link.getAttribute('aria-describedby')).toBe('card-popover');
    await page.keyboard.press('Escape');
    await expect.poll(() => cardOpen(page)).toBe(false);
    expect(await link.evaluate((el) => el === document.activeElement)).toBe(true);
  });

  it('a hover card stands out from the page: its own surface, a visible edge and a shadow', async () => {
    const { page } = await openPage(browser, PAGE, { colorScheme });
    const term = page.locator('main article .term').first();
    await term.locator('a').hover();
    const hoverCard = term.locator('.hover-card');
    await expect(hoverCard.isVisible()).resolves.toBe(true);
    const style = await hoverCard.evaluate((el) => {
      const s = getComputedStyle(el);
      return { bg: s.backgroundColor, border: s.borderTopColor, shadow: s.boxShadow, page: getComputedStyle(document.body).backgroundColor };
    });
    expect(style.shadow).not.toBe('none');
    const distance = (a: number[], b: number[]) => Math.max(...a.map((v, i) => Math.abs(v - b[i]!)));
    if (colorScheme === 'dark') expect(distance(rgb(style.bg), rgb(style.page))).toBeGreaterThanOrEqual(12);
    expect(distance(rgb(style.border), rgb(style.bg))).toBeGreaterThanOrEqual(40);
  });
});

describe('when the card code cannot arrive', () => {
  it('a tap on a term follows its link to the glossary, as it would without JavaScript', async () => {
    const { page, context } = await openPage(browser, PAGE, { device: 'phone' });
    await context.route(/\/site-cards\.[\w-]+\.js$/, (route) => route.abort());
    const link = page.locator('main article .term a.term-link').nth(4);
    await link.scrollIntoViewIfNeeded();
    const href = (await link.getAttribute('href'))!;
    await link.tap();
    await expect.poll(() => new URL(page.url()).pathname + new URL(page.url()).hash).toBe(href);
  });
});
