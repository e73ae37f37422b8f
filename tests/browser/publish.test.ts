/**
 * Cite, share and read offline, as a reader does it: the section menu and the citation copy buttons
 * (desktop light, phone dark), and /book/, a .md page and llms.txt with JavaScript off.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, launchBrowser, openPage } from './support';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

const PATH = '/approaches/pure-rl/';

describe('cite and share', () => {
  it('the section menu copies a link and a citation for that section (desktop, light)', async () => {
    const { page, consoleErrors } = await openPage(browser, PATH, { clipboard: true });
    const button = page.getByRole('button', { name: 'Share section: The training loop' });
    // The buttons are there from the start; the code behind them arrives on first use.
    const menuCodeLoaded = () => page.evaluate(() => performance.getEntriesByType('resource').some((e) => e.name.includes('/site-cite-menu.')));
    expect(await menuCodeLoaded()).toBe(false);
    await button.click();
    await expect.poll(menuCodeLoaded).toBe(true);
    const menu = page.getByRole('menu');
    await expect.poll(() => menu.isVisible()).toBe(true);
    expect(await button.getAttribute('aria-expanded')).toBe('true');
    await page.getByRole('menuitem', { name: 'Copy citation' }).click();
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toMatch(
      /^“Pure reinforcement learning: R1-Zero and GRPO: The training loop”, in Reasoning LLMs, explained \(updated 26 November 2026\)\. http:\/\/[^ ]+\/approaches\/pure-rl\/#the-training-loop$/,
    );
    expect(await menu.isVisible()).toBe(false);
    // Keyboard: Enter opens it, the first item takes focus, ArrowDown moves on, Enter copies the link.
    await button.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Copy link');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toMatch(/\/approaches\/pure-rl\/#the-training-loop$/);
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'copied' }).count()).toBeGreaterThan(0);
    expect(consoleErrors).toEqual([]);
  });

  it('the section menu opens on screen for a heading near the bottom of a short screen (phone held sideways)', async () => {
    const { page, consoleErrors } = await openPage(browser, PATH, { device: 'phone', viewport: { width: 740, height: 360 } });
    const button = page.getByRole('button', { name: 'Share section: The training loop' });
    // Scroll the page so that the button sits 40 px above the screen's bottom edge.
    await button.evaluate((b) => scrollBy({ top: b.getBoundingClientRect().top - (innerHeight - 40), behavior: 'instant' }));
    await button.tap();
    const menu = page.getByRole('menu');
    await expect.poll(() => menu.isVisible()).toBe(true);
    const box = (await menu.boundingBox())!;
    const chrome = (await page.locator('.toc-bar').boundingBox())!;
    expect(box.y).toBeGreaterThanOrEqual(chrome.y + chrome.height);
    expect(box.y + box.height).toBeLessThanOrEqual(360);
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(740);
    // Both items are there to tap.
    await expect(page.getByRole('menuitem', { name: 'Copy citation' }).isVisible()).resolves.toBe(true);
    expect(consoleErrors).toEqual([]);
  });

  it('"Cite this page" copies the BibTeX (phone, dark)', async () => {
    const { page, consoleErrors } = await openPage(browser, PATH, { clipboard: true, device: 'phone', colorScheme: 'dark' });
    await page.getByRole('button', { name: 'Copy BibTeX' }).click();
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toMatch(/^@misc\{reasoningllms-approaches-pure-rl,[\s\S]*\\url\{http:\/\/[^}]+\/approaches\/pure-rl\/\}/);
    await expect.poll(() => page.getByText('BibTeX copied').isVisible()).toBe(true);
    expect(consoleErrors).toEqual([]);
  });
});

describe('without JavaScript', () => {
  it('a page shows its date and citation, and no copy buttons that could not work', async () => {
    const { page } = await openPage(browser, PATH, { javaScriptEnabled: false });
    expect(await page.locator('.page-meta time').getAttribute('datetime')).toBe('2026-11-26');
    expect(await page.locator('#cite-plain').isVisible()).toBe(true);
    expect(await page.getByRole('button', { name: /Copy/ }).count()).toBe(0);
  });

  it('/book/ reads: every chapter title and its numbered figures', async () => {
    const { page } = await openPage(browser, '/book/', { javaScriptEnabled: false });
    const chapters = page.locator('article.book-chapter h1');
    expect(await chapters.count()).toBeGreaterThan(8);
    expect(await chapters.nth(0).textContent()).toBe('What is a reasoning model?');
    await page.locator('#chapter-approaches-pure-rl').scrollIntoViewIfNeeded();
    expect(await page.locator('#chapter-approaches-pure-rl .figure-anchor').first().textContent()).toMatch(/^Figure \d+\.1$/);
  });

  it('a .md page and llms.txt display as text', async () => {
    const { page } = await openPage(browser, '/approaches/pure-rl.md', { javaScriptEnabled: false });
    expect(await page.locator('body').innerText()).toContain('\\mathcal{J}_{\\text{GRPO}}');
    await page.goto(`${baseUrl()}/llms.txt`);
    expect(await page.locator('body').innerText()).toMatch(/^# Reasoning LLMs, explained/);
  });
});
