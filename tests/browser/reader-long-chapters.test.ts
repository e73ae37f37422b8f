/**
 * On the long chapters, a #fragment must land exactly under the sticky chrome, with and without
 * JavaScript, on a phone and on a desktop, and stay there once the page around it has settled: widgets
 * above it started and the math font swapped in (formulas reflow when it arrives, src/styles/global.css).
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

/** Bottom of the sticky header (and of the phone bar, when it shows); box reads work without page JavaScript. */
async function chromeBottom(page: Page): Promise<number> {
  let bottom = 0;
  for (const selector of ['.site-header', '.toc-bar']) {
    const box = await page.locator(selector).boundingBox();
    if (box && box.height > 0) bottom = Math.max(bottom, box.y + box.height);
  }
  return bottom;
}
/** Two frames with page JavaScript; without it, a short pause (evaluate cannot run a frame callback there). */
const settle = (page: Page, javaScriptEnabled: boolean) =>
  javaScriptEnabled ? page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)))) : page.waitForTimeout(300);

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
    await page.waitForLoadState(javaScriptEnabled ? 'networkidle' : 'load');
    await settle(page, javaScriptEnabled);
    const top = async () => (await page.locator(`[id="${id}"]`).boundingBox())!.y;
    const bottom = await chromeBottom(page);
    const landed = await top();
    expect(landed).toBeGreaterThanOrEqual(bottom - 1);
    expect(landed).toBeLessThan(bottom + 40);
    // Nothing rendered around it moves it.
    await settle(page, javaScriptEnabled);
    expect(Math.abs((await top()) - landed)).toBeLessThanOrEqual(1);
    if (javaScriptEnabled) {
      // The formulas above were measured in their final font (the page is otherwise checked mid-swap).
      const mathFontLoaded = await page.evaluate(() => [...document.fonts].some((f) => f.family.includes('STIX Two Math') && f.status === 'loaded'));
      expect(mathFontLoaded).toBe(true);
    }
    await context.close();
  });
});
