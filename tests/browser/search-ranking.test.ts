/**
 * Readers search for a concept and expect the page that explains it first. Runs the real Pagefind UI
 * in Chromium against the production build.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, openPage } from './support';

let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await launchBrowser();
  ({ page } = await openPage(browser, '/'));
  await page.keyboard.press('Control+k');
  await page.locator('.pagefind-ui__search-input').waitFor();
});
afterAll(async () => {
  await browser?.close();
});

async function search(query: string): Promise<{ pages: string[]; subResults: string[] }> {
  const input = page.locator('.pagefind-ui__search-input');
  await input.fill('');
  await input.fill(query);
  // Wait until the results shown are for this query (the message names it).
  await page.waitForFunction(
    (q) => document.querySelector('.pagefind-ui__message')?.textContent?.toLowerCase().includes(q.toLowerCase()),
    query,
  );
  await page.locator('.pagefind-ui__result').first().waitFor();
  const pages = await page.locator('.pagefind-ui__result > .pagefind-ui__result-inner > .pagefind-ui__result-title .pagefind-ui__result-link').evaluateAll((els) =>
    els.map((a) => new URL((a as HTMLAnchorElement).href).pathname),
  );
  const subResults = await page
    .locator('.pagefind-ui__result')
    .first()
    .locator('.pagefind-ui__result-nested .pagefind-ui__result-link')
    .evaluateAll((els) => els.map((a) => (a as HTMLAnchorElement).getAttribute('href') ?? ''));
  return { pages, subResults };
}

describe('search lands on the page that explains a concept', () => {
  it.each([
    ['GRPO', '/approaches/pure-rl/'],
    ['aha moment', '/approaches/pure-rl/'],
    ['majority voting', '/approaches/inference-time-scaling/'],
    ['self-consistency', '/approaches/inference-time-scaling/'],
    ['Sky-T1', '/on-a-budget/'],
    ['cold start', '/approaches/sft-plus-rl/'],
    ['pass@k', '/approaches/inference-time-scaling/'],
    ['distillation', '/approaches/distillation/'],
  ])('"%s" → %s first', async (query, expected) => {
    const { pages } = await search(query);
    expect(pages[0]).toBe(expected);
  });

  it('results link to the matching section, not just the page', async () => {
    const { subResults } = await search('aha moment');
    expect(subResults.some((href) => /\/approaches\/pure-rl\/#[a-z0-9-]*aha/.test(href))).toBe(true);
  });

  it('a glossary alias finds the term: "self-consistency" also finds the glossary entry for majority voting', async () => {
    const { pages } = await search('self-consistency');
    expect(pages).toContain('/reference/glossary/');
  });

  it('finds a formula by its label, never by raw TeX', async () => {
    const { pages } = await search('group-relative advantage');
    expect(pages.slice(0, 3)).toContain('/approaches/pure-rl/');
    const input = page.locator('.pagefind-ui__search-input');
    await input.fill('operatorname');
    await page.waitForFunction(() => /operatorname/i.test(document.querySelector('.pagefind-ui__message')?.textContent ?? ''));
    expect(await page.locator('.pagefind-ui__result').count()).toBe(0);
  });
});
