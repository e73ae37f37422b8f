/**
 * Arriving from a search result: the page marks the searched terms, including terms with inner
 * punctuation, and a crafted link with hundreds of terms is cut down to a handful (URL rewritten)
 * and never marks inside drawings, form fields or code. Timing of that load is a benchmark
 * (scripts/bench.mjs), not a test.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { MAX_HIGHLIGHT_TERMS } from '../../src/search/highlight-terms';
import { launchBrowser, openPage } from './support';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const markTexts = (page: Page) =>
  page.locator('mark.pagefind-highlight').evaluateAll((marks) => marks.map((m) => m.textContent ?? ''));

describe('highlighting on arrival', () => {
  it.each([
    ['/approaches/inference-time-scaling/', 'pass@k'],
    ['/approaches/inference-time-scaling/', 'cons@64'],
    ['/approaches/inference-time-scaling/', 'self-consistency'],
    ['/on-a-budget/', 'Sky-T1'],
  ])('%s marks "%s" whole', async (path, term) => {
    const { page, consoleErrors } = await openPage(browser, `${path}?highlight=${encodeURIComponent(term)}`);
    await page.locator('mark.pagefind-highlight').first().waitFor();
    const texts = await markTexts(page);
    expect(texts.some((t) => t.toLowerCase() === term.toLowerCase())).toBe(true);
    expect(texts.every((t) => t.toLowerCase().startsWith(term.toLowerCase()))).toBe(true);
    expect(consoleErrors).toEqual([]);
  });

  it('a link with hundreds of terms is capped: the URL keeps a handful, only those are marked, never in svg/code/fields', async () => {
    // The first terms occur in the figure (svg), the template listing (code) and a widget's fields as
    // well as in prose; "tinyzero" (also in prose) comes after the cap and must stay unmarked.
    const kept = ['policy', 'reward', 'answer', 'think', 'advantage', 'group'];
    expect(kept).toHaveLength(MAX_HIGHLIGHT_TERMS);
    const junk = Array.from({ length: 400 }, (_, i) => `zz${i}qq`);
    const terms = [...kept, 'Policy', 'REWARD', 'tinyzero', ...junk];
    const query = terms.map((t) => `highlight=${encodeURIComponent(t)}`).join('&');
    const { page, consoleErrors } = await openPage(browser, `/approaches/pure-rl/?reward-playground.ref=42&${query}#the-training-loop`);
    await page.locator('mark.pagefind-highlight').first().waitFor();

    // The URL now holds only the capped list, other parameters and the fragment kept.
    const url = new URL(page.url());
    expect(url.searchParams.getAll('highlight')).toEqual(kept);
    expect(url.searchParams.get('reward-playground.ref')).toBe('42');
    expect(url.hash).toBe('#the-training-loop');

    const texts = await markTexts(page);
    expect(texts.length).toBeGreaterThan(kept.length);
    for (const text of texts) expect(kept.some((k) => text.toLowerCase().startsWith(k)), text).toBe(true);
    expect(texts.some((t) => t.toLowerCase().startsWith('tinyzero'))).toBe(false);

    // Structure: the terms do occur in svg text and code on this page, yet no mark sits there.
    const placement = await page.evaluate((words) => {
      const has = (selector: string) =>
        [...document.querySelectorAll(`main ${selector}`)].some((el) => words.some((w) => (el.textContent ?? '').toLowerCase().includes(w)));
      return {
        termsInSvg: has('svg'),
        termsInCode: has('pre code'),
        marksInForbidden: document.querySelectorAll(
          'svg mark, pre mark, code mark, input mark, textarea mark, select mark, button mark, .katex mark, [data-widget] mark',
        ).length,
        inputsTouched: [...document.querySelectorAll('main input')].some((i) => (i as HTMLInputElement).value.includes('mark')),
      };
    }, kept);
    expect(placement.termsInSvg).toBe(true);
    expect(placement.termsInCode).toBe(true);
    expect(placement.marksInForbidden).toBe(0);
    expect(placement.inputsTouched).toBe(false);
    expect(consoleErrors).toEqual([]);
  });

  it('a page without highlight terms keeps its URL and gets no marks', async () => {
    const { page, settled } = await openPage(browser, '/approaches/pure-rl/?highlight=&highlight=a#grpo');
    await settled();
    expect(await page.locator('mark.pagefind-highlight').count()).toBe(0);
    expect(new URL(page.url()).searchParams.getAll('highlight')).toEqual([]);
  });
});
