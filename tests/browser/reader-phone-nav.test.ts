/**
 * Phone navigation: a bar under the header names the section being read, opens the whole "On this
 * page" list and goes back to the top, and stays on screen while scrolling. On a desktop the ToC
 * column scrolls itself (not the page) to keep the current entry in view.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, openPage } from './support';

const LONG_PAGE = '/approaches/pure-rl/';
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Ids and texts of the page's h2 sections, in order. */
function sections(page: Page): Promise<Array<{ id: string; text: string }>> {
  return page.$$eval('.toc-bar [data-toc-link]', (links) =>
    links.map((a) => ({ id: (a as HTMLElement).dataset.tocLink!, text: a.textContent!.trim() })).filter((s) => s.id !== 'top'),
  );
}

describe.each(['light', 'dark'] as const)('phone bar (%s)', (colorScheme) => {
  it('names the section scrolled to, stays under the header, and opens the full list', async () => {
    const { page, consoleErrors, settled } = await openPage(browser, LONG_PAGE, { device: 'phone', colorScheme });
    await settled(); // widgets above the target have taken their final size
    const bar = page.locator('.toc-bar');
    await expect(bar.isVisible()).resolves.toBe(true);
    const all = await sections(page);
    // A top-level section halfway down (its first sub-section would sit right below it).
    const topLevel = await page.$$eval('.toc-bar-panel > ul > li > a', (links) => links.map((a) => (a as HTMLElement).dataset.tocLink!));
    const target = all.find((s) => s.id === topLevel[Math.floor(topLevel.length / 2)])!;
    await expect
      .poll(async () => {
        await page.evaluate((id) => document.getElementById(id)!.scrollIntoView({ block: 'start' }), target.id);
        return page.locator('.toc-bar [data-toc-current]').textContent();
      })
      .toBe(target.text);

    // Still on screen right under the header, far down the page.
    expect(await page.evaluate(() => scrollY)).toBeGreaterThan(2000);
    const headerBottom = (await page.locator('.site-header').boundingBox())!;
    const barBox = (await bar.boundingBox())!;
    expect(Math.abs(barBox.y - (headerBottom.y + headerBottom.height))).toBeLessThanOrEqual(1);

    // The summary opens every entry, the current one marked; choosing one goes there and closes the list.
    await page.locator('.toc-bar summary').tap();
    const links = page.locator('.toc-bar-panel a');
    expect(await links.count()).toBe(all.length + 1); // every section, and Overview
    await expect(links.nth(1).isVisible()).resolves.toBe(true);
    // The list marks the section the bar names.
    const named = await page.locator('.toc-bar [data-toc-current]').textContent();
    await expect(page.locator('.toc-bar-panel a[aria-current="true"]').textContent()).resolves.toBe(named);
    const next = all[all.indexOf(target) + 1]!;
    await page.locator(`.toc-bar-panel a[data-toc-link="${next.id}"]`).tap();
    await expect.poll(() => page.evaluate(() => location.hash)).toBe(`#${next.id}`);
    expect(await page.locator('.toc-bar details').evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
    // The section's heading is not hidden under the header and bar.
    const headingTop = await page.evaluate((id) => document.getElementById(id)!.getBoundingClientRect().top, next.id);
    expect(headingTop).toBeGreaterThanOrEqual(barBox.y + barBox.height);
    await expect.poll(() => page.locator('.toc-bar [data-toc-current]').textContent()).toBe(next.text);
    expect(consoleErrors).toEqual([]);
  });

  it('Escape and a tap outside close the list', async () => {
    const { page } = await openPage(browser, LONG_PAGE, { device: 'phone', colorScheme });
    const details = page.locator('.toc-bar details');
    const isOpen = () => details.evaluate((d) => (d as HTMLDetailsElement).open);
    await page.locator('.toc-bar summary').tap();
    expect(await isOpen()).toBe(true);
    await page.keyboard.press('Escape');
    expect(await isOpen()).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('SUMMARY');
    await page.locator('.toc-bar summary').tap();
    // A tap in the page's left margin, below the open list: nothing there but the page.
    await page.touchscreen.tap(5, 838);
    expect(await isOpen()).toBe(false);
  });

  it('the back-to-top control returns to the title', async () => {
    const { page } = await openPage(browser, LONG_PAGE, { device: 'phone', colorScheme });
    await page.evaluate(() => scrollTo(0, document.documentElement.scrollHeight / 2));
    const toTop = page.getByRole('link', { name: 'Back to top' });
    await expect(toTop.isVisible()).resolves.toBe(true);
    await toTop.tap();
    await expect.poll(() => page.evaluate(() => scrollY)).toBeLessThan(5);
    await expect(page.locator('h1').isVisible()).resolves.toBe(true);
  });
});

describe('phone bar on a page without sections, and without JavaScript', () => {
  it('shows the page title and the way back up on the home page', async () => {
    const { page } = await openPage(browser, '/', { device: 'phone' });
    await expect(page.locator('.toc-bar').isVisible()).resolves.toBe(true);
    await expect(page.getByRole('link', { name: 'Back to top' }).isVisible()).resolves.toBe(true);
  });

  it('the list still opens without JavaScript', async () => {
    const { page } = await openPage(browser, LONG_PAGE, { device: 'phone', javaScriptEnabled: false });
    await page.locator('.toc-bar summary').tap();
    await expect(page.locator('.toc-bar-panel a').nth(1).isVisible()).resolves.toBe(true);
  });
});

describe.each(['light', 'dark'] as const)('desktop table of contents (%s)', (colorScheme) => {
  it('has no phone bar, and keeps the current entry in view by scrolling itself, not the page', async () => {
    const { page } = await openPage(browser, LONG_PAGE, { colorScheme });
    await expect(page.locator('.toc-bar').isVisible()).resolves.toBe(false);
    const ids = await page.$$eval('.toc [data-toc-link]', (links) => links.map((a) => (a as HTMLElement).dataset.tocLink!));
    // The column of a long page is taller than the screen: that is what this test is about.
    expect(await page.locator('.toc').evaluate((box) => box.scrollHeight > box.clientHeight)).toBe(true);
    for (const id of [ids[ids.length - 4]!, ids[Math.floor(ids.length * 0.75)]!]) {
      await page.evaluate((target) => document.getElementById(target)!.scrollIntoView({ block: 'start' }), id);
      const scrollY = await page.evaluate(() => window.scrollY);
      await expect
        .poll(() =>
          page.evaluate((target) => {
            const link = document.querySelector<HTMLElement>(`.toc [data-toc-link="${target}"]`)!;
            const box = document.querySelector('.toc')!.getBoundingClientRect();
            const r = link.getBoundingClientRect();
            return link.getAttribute('aria-current') === 'true' && r.top >= box.top && r.bottom <= box.bottom;
          }, id),
        )
        .toBe(true);
      expect(await page.evaluate(() => window.scrollY)).toBe(scrollY);
    }
  });
});
