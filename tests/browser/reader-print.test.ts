/**
 * Printing in either theme: dark text on white, no chrome, the address after each link in the text
 * (not after in-page anchors such as citations), widgets as their tables without controls.
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

/** Relative luminance-ish: the mean of r, g, b (0 black … 255 white). */
function brightness(colour: string): number {
  const [r, g, b] = colour.match(/\d+(\.\d+)?/g)!.slice(0, 3).map(Number);
  return (r! + g! + b!) / 3;
}

describe.each([
  ['light', 'desktop'],
  ['dark', 'desktop'],
  ['dark', 'phone'],
] as const)('print (%s theme, %s)', (colorScheme, device) => {
  it('prints dark text on white without the chrome, with link addresses after body links', async () => {
    const { page } = await openPage(browser, '/approaches/pure-rl/', { colorScheme, device });
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe(colorScheme);
    await page.emulateMedia({ media: 'print' });
    const colours = await page.evaluate(() => {
      const p = document.querySelector('main article p')!;
      return {
        body: getComputedStyle(document.body).backgroundColor,
        text: getComputedStyle(p).color,
        heading: getComputedStyle(document.querySelector('main h2')!).color,
        code: getComputedStyle(document.querySelector('.astro-code')!).backgroundColor,
      };
    });
    expect(colours.body).toBe('rgb(255, 255, 255)');
    expect(brightness(colours.text)).toBeLessThan(60);
    expect(brightness(colours.heading)).toBeLessThan(60);
    expect(brightness(colours.code)).toBeGreaterThan(200);

    for (const chrome of ['.site-header', '.toc-bar', '.sidebar', '.toc-column', '.pager', '.site-footer', '.anchor-link']) {
      const shown = await page.$$eval(chrome, (els) => els.some((el) => (el as HTMLElement).offsetParent !== null || getComputedStyle(el).display !== 'none'));
      expect(shown, chrome).toBe(false);
    }

    const link = page.locator('main article p a[href^="/"]:not(.term-link)').first();
    const href = (await link.getAttribute('href'))!;
    expect(await link.evaluate((el) => getComputedStyle(el, '::after').content)).toBe(`" (${href})"`);
    const cite = page.locator('main article .cite a').first();
    expect(await cite.evaluate((el) => getComputedStyle(el, '::after').content)).toBe('none');
  });
});

describe('printing a widget', () => {
  it('keeps its results table and drops its controls', async () => {
    const { page } = await openPage(browser, '/approaches/inference-time-scaling/', { colorScheme: 'dark' });
    await page.emulateMedia({ media: 'print' });
    const widget = page.locator('.widget').first();
    await expect(widget.locator('table').first().isVisible()).resolves.toBe(true);
    expect(await widget.locator('input, button, .widget-controls').evaluateAll((els) => els.filter((el) => (el as HTMLElement).offsetParent !== null).length)).toBe(0);
    const cell = await widget.locator('table td').first().evaluate((el) => getComputedStyle(el).color);
    expect(brightness(cell)).toBeLessThan(60);
  });
});
