/**
 * The sidebar as a reader meets it: the current page's section open with the page in view, no group
 * holding a single page, and every label on one line at 1280 px.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, openPage } from './support';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Pages from each section, the last ones furthest down the sidebar. */
const PAGES = ['/foundations/what-is-a-reasoning-model/', '/approaches/sft-plus-rl/', '/takeaways/', '/playground/train/', '/reference/bibliography/'];

describe('sidebar', () => {
  for (const path of PAGES) {
    it(`opens ${path}'s section with its link in view, without moving the page`, async () => {
      const { page, consoleErrors } = await openPage(browser, path);
      const current = page.locator('#site-nav a[aria-current="page"]');
      await expect(current.count()).resolves.toBe(1);
      // Its group is open and the link is inside the viewport and the sidebar's visible area.
      expect(await current.evaluate((a) => a.closest('details')?.open)).toBe(true);
      await expect
        .poll(() =>
          current.evaluate((a) => {
            const box = a.getBoundingClientRect();
            const pane = a.closest('.sidebar-inner')!.getBoundingClientRect();
            return box.top >= Math.max(0, pane.top) && box.bottom <= Math.min(innerHeight, pane.bottom);
          }),
        )
        .toBe(true);
      expect(await page.evaluate(() => scrollY)).toBe(0);
      expect(consoleErrors).toEqual([]);
    });
  }

  it('has no group of one page, and other groups are closed', async () => {
    const { page } = await openPage(browser, '/approaches/pure-rl/');
    const groups = await page.locator('#site-nav details.nav-group').evaluateAll((all) =>
      all.map((d) => ({ name: d.querySelector('summary')!.textContent!.trim(), pages: d.querySelectorAll('a').length, open: (d as HTMLDetailsElement).open })),
    );
    expect(groups.length).toBeGreaterThan(2);
    for (const group of groups) expect(group.pages, group.name).toBeGreaterThan(1);
    expect(groups.filter((g) => g.open).map((g) => g.name)).toEqual(['Approaches']);
  });

  it('shows every label on one line at 1280 px', async () => {
    const { page } = await openPage(browser, '/approaches/pure-rl/');
    // Open every group, then compare each link's text height with its line height.
    await page.evaluate(() => document.querySelectorAll<HTMLDetailsElement>('#site-nav details').forEach((d) => (d.open = true)));
    const wrapped = await page.locator('#site-nav a').evaluateAll((links) =>
      links
        .filter((a) => {
          const range = document.createRange();
          range.selectNodeContents(a);
          const lines = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
          return lines.size > 1;
        })
        .map((a) => a.textContent!.trim()),
    );
    expect(wrapped).toEqual([]);
  });

  it('scrolls itself, not the page, to the current page on a phone held sideways', async () => {
    // 844×390: wide enough for the sidebar column, too short for the open section's links.
    const { page, consoleErrors } = await openPage(browser, '/reference/bibliography/', { viewport: { width: 844, height: 390 } });
    const state = () =>
      page.locator('#site-nav a[aria-current="page"]').evaluate((a) => {
        const pane = a.closest<HTMLElement>('.sidebar-inner')!;
        const box = a.getBoundingClientRect();
        const paneBox = pane.getBoundingClientRect();
        return {
          overflows: pane.scrollHeight > pane.clientHeight,
          scrolled: pane.scrollTop > 0,
          inView: box.top >= Math.max(0, paneBox.top) && box.bottom <= Math.min(innerHeight, paneBox.bottom),
        };
      });
    await expect.poll(state).toEqual({ overflows: true, scrolled: true, inView: true });
    expect(await page.evaluate(() => scrollY)).toBe(0);
    // Read on: the column sticks below the "On this page" bar, not under it, and still ends on screen.
    await page.mouse.wheel(0, 800);
    await expect.poll(() => page.evaluate(() => scrollY)).toBeGreaterThan(400);
    const boxes = await page.evaluate(() => {
      const pane = document.querySelector('#site-nav .sidebar-inner')!.getBoundingClientRect();
      const bar = document.querySelector('.toc-bar')!.getBoundingClientRect();
      return { paneTop: pane.top, paneBottom: pane.bottom, barBottom: bar.bottom, height: innerHeight };
    });
    expect(boxes.paneTop).toBeGreaterThanOrEqual(boxes.barBottom - 0.5);
    expect(boxes.paneBottom).toBeLessThanOrEqual(boxes.height + 0.5);
    expect(consoleErrors).toEqual([]);
  });

  it('opens with the current page in view on a short window without JavaScript too', async () => {
    const { page } = await openPage(browser, '/reference/bibliography/', { javaScriptEnabled: false });
    await page.setViewportSize({ width: 1280, height: 600 });
    const box = await page.locator('#site-nav a[aria-current="page"]').boundingBox();
    expect(box!.y + box!.height).toBeLessThanOrEqual(600);
  });
});
