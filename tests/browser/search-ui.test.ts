/**
 * The search dialog as a reader uses it: Enter opens the best-matching section with the terms marked,
 * filter chips narrow the results, a typo gets a "did you mean", and a huge query is cut short.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { MAX_QUERY_LENGTH } from '../../src/search/highlight-terms';
import { launchBrowser, openPage } from './support';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function search(page: Page, query: string): Promise<void> {
  if (!(await page.locator('[data-search-input]').isVisible())) await page.keyboard.press('Control+k');
  await page.locator('[data-search-input]').fill(query);
  await expect.poll(() => page.locator('[data-search-status]').textContent()).toContain(`“${query}”`);
  // The status is written before the batch of results is appended (they wait for their excerpts).
  await page.locator('.search-result').first().waitFor();
}

const resultPaths = (page: Page) =>
  page.locator('.search-result-title').evaluateAll((links) => links.map((a) => (a.getAttribute('href') ?? '').split(/[?#]/)[0]));

describe('search dialog', () => {
  it('Enter opens the best-matching section, not the top of the page, with the terms marked', async () => {
    const { page, consoleErrors, foreignRequests } = await openPage(browser, '/');
    await search(page, 'aha moment');
    const title = page.locator('.search-result-title').first();
    await expect.poll(() => title.textContent()).toContain('The aha moment');
    await page.locator('[data-search-input]').press('Enter');
    await page.waitForURL(/\/approaches\/pure-rl\/\?highlight=aha&highlight=moment#the-aha-moment$/);
    await page.locator('mark.pagefind-highlight').first().waitFor();
    const top = await page.locator('#the-aha-moment').evaluate((el) => el.getBoundingClientRect().top);
    expect(top).toBeGreaterThan(0);
    expect(top).toBeLessThan(250);
    expect(consoleErrors).toEqual([]);
    expect(foreignRequests).toEqual([]);
  });

  it('filter chips narrow results by kind of page and by approach', async () => {
    const { page } = await openPage(browser, '/');
    await search(page, 'GRPO');
    const all = await resultPaths(page);
    expect(all.some((p) => p.startsWith('/reference/'))).toBe(true);
    expect(all.some((p) => !p.startsWith('/reference/'))).toBe(true);

    const reference = page.locator('.search-chip', { hasText: 'Reference' });
    await reference.click();
    expect(await reference.getAttribute('aria-pressed')).toBe('true');
    await expect.poll(() => resultPaths(page)).toSatisfy((paths: string[]) => paths.length > 0 && paths.every((p) => p.startsWith('/reference/')));

    // Two kinds are alternatives; an approach must also hold.
    await reference.click();
    await page.locator('.search-chip', { hasText: 'SFT + RL' }).click();
    await expect.poll(() => resultPaths(page)).toEqual(['/approaches/sft-plus-rl/']);
  });

  it('a typo offers the nearest glossary term, and choosing it searches for it', async () => {
    const { page } = await openPage(browser, '/');
    await search(page, 'GRPPO');
    const suggestion = page.locator('[data-search-suggest] button');
    await expect.poll(() => suggestion.textContent()).toBe('GRPO');
    await suggestion.click();
    expect(await page.locator('[data-search-input]').inputValue()).toBe('GRPO');
    await expect.poll(async () => (await resultPaths(page))[0]).toBe('/approaches/pure-rl/');
    await expect.poll(() => page.locator('[data-search-suggest]').textContent()).toBe('');
  });

  it('a query pasted with invisible bidirectional controls finds what the visible word finds, and is quoted without them', async () => {
    const { page } = await openPage(browser, '/');
    await search(page, 'GRPO');
    const plain = await resultPaths(page);
    const status = await page.locator('[data-search-status]').textContent();
    expect(status).toMatch(/^\d+ pages match “GRPO”$/);
    // Another query first, so that the status below is the pasted query's own, not the one left over.
    await search(page, 'aha moment');
    await page.locator('[data-search-input]').fill('\u202EGRPO\u202C');
    await expect.poll(() => page.locator('[data-search-input]').inputValue()).toBe('\u202EGRPO\u202C');
    await expect.poll(() => page.locator('[data-search-status]').textContent()).toBe(status);
    await expect.poll(() => resultPaths(page)).toEqual(plain);
    // The query sits in its own <bdi>, like every quoted value on the site.
    expect(await page.locator('[data-search-status] bdi').textContent()).toBe('GRPO');
  });

  it('caps the query: the box takes at most its maxlength and a longer value set by script is cut', async () => {
    const { page } = await openPage(browser, '/');
    await page.keyboard.press('Control+k');
    const input = page.locator('[data-search-input]');
    expect(await input.getAttribute('maxlength')).toBe(String(MAX_QUERY_LENGTH));
    await input.focus();
    await page.keyboard.insertText('grpo '.repeat(2000));
    expect((await input.inputValue()).length).toBeLessThanOrEqual(MAX_QUERY_LENGTH);
    await page.evaluate(() => {
      const el = document.querySelector<HTMLInputElement>('[data-search-input]')!;
      el.value = 'policy '.repeat(20_000);
      el.dispatchEvent(new Event('input'));
    });
    const status = page.locator('[data-search-status]');
    await expect.poll(() => status.textContent()).toMatch(/match/);
    expect((await status.textContent())!.length).toBeLessThan(MAX_QUERY_LENGTH + 40);
    const href = await page.locator('.search-result-title').first().getAttribute('href');
    expect(new URL(href!, 'http://x').searchParams.getAll('highlight')).toEqual(['policy']);
  });
});
