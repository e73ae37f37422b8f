/**
 * The long chapters skip rendering off-screen formulas and listings (content-visibility in
 * src/styles/global.css). A #fragment must still land exactly under the sticky chrome, with and
 * without JavaScript, on a phone and on a desktop, and stay there once the blocks around it render.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, openPage } from './support';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Bottom of the sticky header (and of the phone bar, when it shows). */
const chromeBottom = (page: Page) =>
  page.evaluate(() => Math.max(0, ...[...document.querySelectorAll('.site-header, .toc-bar')].map((el) => el.getBoundingClientRect()).filter((r) => r.height > 0).map((r) => r.bottom)));
const frames = (page: Page) => page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));

const CASES = [
  // Late sections, after most of each page's formulas and listings.
  ['/approaches/pure-rl/', 'the-aha-moment'],
  ['/approaches/inference-time-scaling/', 'eq-pass-at-k'],
  ['/approaches/distillation/', 'references'],
] as const;

describe.each([
  ['phone', true],
  ['desktop', true],
  ['phone', false],
] as const)('%s, JavaScript %s', (device, javaScriptEnabled) => {
  it.each(CASES)('%s#%s lands under the sticky chrome and stays', async (path, id) => {
    const { page, context } = await openPage(browser, `${path}#${id}`, { device, javaScriptEnabled });
    await page.waitForLoadState('networkidle');
    await frames(page);
    const top = () => page.locator(`[id="${id}"]`).evaluate((el) => el.getBoundingClientRect().top);
    const bottom = await chromeBottom(page);
    const landed = await top();
    expect(landed).toBeGreaterThanOrEqual(bottom - 1);
    expect(landed).toBeLessThan(bottom + 40);
    // Blocks skipped above the target stay skipped; those rendered around it do not move it.
    await frames(page);
    expect(Math.abs((await top()) - landed)).toBeLessThanOrEqual(1);
    // The pages under test do use the skipping (a stylesheet change would otherwise make this test moot).
    const skipped = await page.evaluate(() => [...document.querySelectorAll('.katex-display')].some((el) => getComputedStyle(el).contentVisibility === 'auto'));
    expect(skipped).toBe(true);
    await context.close();
  });
});
