/**
 * The approach comparison in a real browser: answering a question by keyboard changes the verdicts shown
 * (the same ones fit.ts gives), the answers live in the URL and come back from it, every link in the
 * widget lands on an element that exists, the page shows the default scenario and the decision table
 * without JavaScript, and the widget fits one 1280×800 screen.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allSituations, fitAll, type Situation } from '../../src/widgets/approach-compare/fit';
import { baseUrl, launchBrowser, openPage } from './support';
import { whenStarted } from './widget-helpers';

const WIDGET = 'approach-compare';
const ROOT = `[data-widget="${WIDGET}"]`;
const PAGES = ['/takeaways/', '/playground/'];

const verdicts = (page: Page) => page.locator(`${ROOT} [data-out="rows"] > li`).evaluateAll((rows) => rows.map((row) => row.getAttribute('data-verdict')));
const expected = (situation: Situation) => fitAll(situation).map((fit) => fit.verdict);
const DEFAULT: Situation = { budget: 'hundreds', check: 'rules', teacher: 'yes', latency: 'relaxed' };

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('approach comparison widget', () => {
  it('is on the takeaways page and in the playground', async () => {
    for (const path of PAGES) {
      const html = await (await fetch(baseUrl() + path)).text();
      expect(html, path).toContain(`data-widget="${WIDGET}"`);
    }
  });

  it('changes the verdicts when an answer changes, from the keyboard', async () => {
    const { page, context, consoleErrors } = await openPage(browser, '/takeaways/');
    await expect.poll(() => verdicts(page)).toEqual(expected(DEFAULT));
    const distillation = page.locator(`${ROOT} li[data-approach="distillation"]`);
    expect(await distillation.textContent()).toContain('Fits');

    // Tab lands on the checked answer of a question; arrow keys move between its answers.
    await page.focus('#approach-compare-teacher-yes');
    await page.keyboard.press('ArrowRight');
    expect(await page.isChecked('#approach-compare-teacher-no')).toBe(true);
    await expect.poll(() => verdicts(page)).toEqual(expected({ ...DEFAULT, teacher: 'no' }));
    expect(await distillation.getAttribute('data-verdict')).toBe('no');
    expect(await distillation.textContent()).toContain('Doesn’t fit');
    expect(await distillation.textContent()).toContain('there is no teacher to copy');
    expect(await page.locator(`${ROOT} [data-out="summary"]`).textContent()).toContain('Doesn’t fit: SFT + RL, Pure SFT / distillation.');

    await page.focus('#approach-compare-budget-hundreds');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    expect(await page.isChecked('#approach-compare-budget-millions')).toBe(true);
    await expect.poll(() => verdicts(page)).toEqual(expected({ ...DEFAULT, teacher: 'no', budget: 'millions' }));
    expect(await page.locator(`${ROOT} li[data-approach="sft-plus-rl"]`).getAttribute('data-verdict')).toBe('fits');

    // A click works too, and "answers must stay fast" adds the note on long traces.
    await page.click(`${ROOT} label:has(#approach-compare-latency-tight)`);
    await expect.poll(() => page.locator(`${ROOT} li[data-approach="inference-time-scaling"]`).getAttribute('data-verdict')).toBe('no');
    expect(await page.locator(`${ROOT} [data-out="caveat"]`).isVisible()).toBe(true);
    await expect.poll(() => page.locator(`${ROOT} [data-out="live"]`).textContent()).toContain('answers that must stay fast');

    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  it('keeps the answers in the URL, without the defaults, and restores them from a shared link', async () => {
    const { page, context, consoleErrors } = await openPage(browser, '/playground/');
    await page.click(`${ROOT} label:has(#approach-compare-check-judge)`);
    await page.click(`${ROOT} label:has(#approach-compare-budget-thousands)`);
    await expect.poll(() => page.url()).toContain('approach-compare.budget=thousands');
    expect(page.url()).toContain('approach-compare.check=judge');
    expect(page.url()).not.toContain('approach-compare.teacher');
    expect(page.url()).not.toContain('approach-compare.latency');
    // Back to a default: its key leaves the URL.
    await page.click(`${ROOT} label:has(#approach-compare-check-rules)`);
    await expect.poll(() => page.url()).not.toContain('approach-compare.check');

    const shared = new URL(page.url());
    shared.searchParams.set('approach-compare.latency', 'tight');
    const second = await openPage(browser, shared.pathname + shared.search);
    await expect.poll(() => verdicts(second.page)).toEqual(expected({ ...DEFAULT, budget: 'thousands', latency: 'tight' }));
    expect(await second.page.isChecked('#approach-compare-budget-thousands')).toBe(true);
    expect(await second.page.isChecked('#approach-compare-latency-tight')).toBe(true);
    expect(await second.page.isChecked('#approach-compare-check-rules')).toBe(true);
    expect(second.consoleErrors).toEqual([]);
    await second.context.close();
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  it('says what it ignored from a link and shows the defaults for it', async () => {
    const query = new URLSearchParams({ 'approach-compare.budget': '<img src=x onerror=alert(1)>', 'approach-compare.teacher': 'no' });
    const { page, context, consoleErrors } = await openPage(browser, `/takeaways/?${query}`);
    await expect.poll(() => page.locator(`${ROOT} [data-out="note"]`).textContent()).toContain('Ignored from the link');
    expect(await page.isChecked('#approach-compare-budget-hundreds')).toBe(true);
    await expect.poll(() => verdicts(page)).toEqual(expected({ ...DEFAULT, teacher: 'no' }));
    expect(await page.locator(`${ROOT} img`).count()).toBe(0);
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  it('links every row, table row and citation to an element that exists', async () => {
    const { page, context } = await openPage(browser, '/takeaways/?approach-compare.budget=millions');
    await expect.poll(() => page.locator(`${ROOT} li[data-approach="pure-rl"]`).getAttribute('data-verdict')).toBe('fits');
    const hrefs = await page.locator(`${ROOT} a[href]`).evaluateAll((links) => [...new Set(links.map((a) => a.getAttribute('href')!))]);
    // Four chapter sections (rows and table) and the cited sources.
    expect(hrefs.filter((href) => href.startsWith('/approaches/'))).toHaveLength(4);
    expect(hrefs.some((href) => href.startsWith('/reference/bibliography/#ref-'))).toBe(true);
    const ids = new Map<string, Set<string>>();
    for (const href of hrefs) {
      const [path, fragment] = href.split('#') as [string, string];
      expect(fragment, href).toBeTruthy();
      if (!ids.has(path)) {
        const html = await (await fetch(baseUrl() + path)).text();
        ids.set(path, new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!)));
      }
      expect(ids.get(path)!.has(fragment), href).toBe(true);
    }
    await context.close();
  });

  it('shows the default scenario and the full decision table without JavaScript', async () => {
    const { page, context } = await openPage(browser, '/takeaways/', { javaScriptEnabled: false });
    expect(await verdicts(page)).toEqual(expected(DEFAULT));
    expect(await page.locator(`${ROOT} [data-out="scenario"]`).isVisible()).toBe(true);
    expect(await page.locator(`${ROOT} [data-out="scenario"]`).textContent()).toContain('a few hundred dollars for training');
    const table = page.locator(`${ROOT} table.approach-compare-table`);
    expect(await table.isVisible()).toBe(true);
    expect(await table.locator('tbody tr').count()).toBe(4);
    expect(await table.locator('tbody tr').nth(1).textContent()).toContain('Fits: Millions of $');
    // The questions need JavaScript, so they are not offered.
    expect(await page.locator('#approach-compare-budget-none').isVisible()).toBe(false);
    await context.close();
  });

  it('fits one 1280×800 screen in every situation, with the table behind a disclosure', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const { page, context, consoleErrors } = await openPage(browser, '/takeaways/', { colorScheme });
      await whenStarted(page.locator(ROOT));
      await expect.poll(() => page.locator(`${ROOT} details`).evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
      // All 48 answer combinations (in dark mode the default only: the layout does not depend on the theme).
      const situations = colorScheme === 'light' ? allSituations() : [DEFAULT];
      let tallest = 0;
      for (const situation of situations) {
        for (const [field, value] of Object.entries(situation)) {
          const id = `#approach-compare-${field}-${value}`;
          if (!(await page.isChecked(id))) await page.click(`${ROOT} label:has(${id})`);
        }
        await expect.poll(() => verdicts(page)).toEqual(expected(situation));
        const height = await page.locator(ROOT).evaluate((root) => root.getBoundingClientRect().height);
        tallest = Math.max(tallest, height);
        expect(height, `${colorScheme} ${JSON.stringify(situation)}`).toBeLessThanOrEqual(720);
      }
      expect(tallest).toBeGreaterThan(300);
      await page.locator(`${ROOT} summary`).click();
      expect(await page.locator(`${ROOT} table.approach-compare-table`).isVisible()).toBe(true);
      expect(consoleErrors).toEqual([]);
      await context.close();
    }
  });

  it('keeps a shared link to a later section in place while the widget folds its table away', async () => {
    const { page, context } = await openPage(browser, '/takeaways/#what-deepseek-r1-changed');
    await page.waitForLoadState('networkidle');
    // The widget starts (and folds its table) when the reader nears it or uses it: here from the keyboard,
    // without scrolling, while the page shows the linked section.
    await page.locator(`${ROOT} input`).first().evaluate((input: HTMLElement) => input.focus({ preventScroll: true }));
    await expect.poll(() => page.locator(`${ROOT} details`).evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    const headerBottom = await page.locator('.site-header').evaluate((el) => el.getBoundingClientRect().bottom);
    const top = await page.locator('#what-deepseek-r1-changed').evaluate((el) => el.getBoundingClientRect().top);
    expect(top).toBeGreaterThanOrEqual(headerBottom);
    expect(top).toBeLessThan(headerBottom + 40);
    await context.close();
  });

  it('is usable on a 390×844 phone', async () => {
    const { page, context, consoleErrors } = await openPage(browser, '/takeaways/', { device: 'phone' });
    const right = await page.locator(ROOT).evaluate((root) => ({
      root: root.getBoundingClientRect().right,
      controls: Math.max(...Array.from(root.querySelectorAll('.approach-compare-option span, .approach-compare-row')).map((el) => el.getBoundingClientRect().right)),
    }));
    expect(right.root).toBeLessThanOrEqual(390);
    expect(right.controls).toBeLessThanOrEqual(390);
    await page.locator(`${ROOT} label:has(#approach-compare-teacher-no)`).tap();
    await expect.poll(() => page.locator(`${ROOT} li[data-approach="distillation"]`).getAttribute('data-verdict')).toBe('no');
    expect(consoleErrors).toEqual([]);
    await context.close();
  });
});
