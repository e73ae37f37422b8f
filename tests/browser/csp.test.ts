/**
 * The Content-Security-Policy (security.csp in astro.config.mjs) holds while a reader uses the site: one
 * who searches, uses every widget (the trainer and the scoring worker included), hovers a card, switches
 * the theme and copies code sets off no `securitypolicyviolation` event. An injected inline script, inline
 * handler and eval are blocked and reported, so these checks can fail. The policy's text on every page is
 * checked in tests/site/csp-policy.test.ts; that loading every page sets off no violation, in
 * tests/browser/every-page.test.ts.
 */
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtPages } from '../site/built-site';
import { launchBrowser, openContext, baseUrl, type OpenOptions } from './support';
import { typeInto } from './widget-helpers';

declare global {
  interface Window {
    /** Every securitypolicyviolation event on the page, as "directive blocked-uri sample". */
    __cspViolations: string[];
    __injected?: string;
  }
}

const pages = builtPages();

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

interface WatchedPage {
  page: Page;
  consoleErrors: string[];
  violations: () => Promise<string[]>;
}

/** Open `path` with a listener for CSP violations installed before any of the page's own scripts run. */
async function openWatched(path: string, options: OpenOptions = {}): Promise<WatchedPage> {
  const context = await openContext(browser, options);
  await context.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      window.__cspViolations.push(`${e.effectiveDirective} ${e.blockedURI} ${e.sample}`.trim());
    });
  });
  const page = await context.newPage();
  const consoleErrors: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') consoleErrors.push(msg.text());
  });
  page.on('pageerror', (error) => consoleErrors.push(`uncaught: ${error.message}`));
  await page.goto(baseUrl() + path);
  await page.waitForLoadState('load');
  return { page, consoleErrors, violations: () => page.evaluate(() => [...window.__cspViolations]) };
}

describe('no violation while reading and using the site', () => {
  it('searches a word (Pagefind WebAssembly) and opens the first result, which marks the words', async () => {
    const { page, consoleErrors, violations } = await openWatched('/');
    await page.keyboard.press('/');
    await page.locator('dialog[data-search-dialog]').waitFor({ state: 'visible' });
    await page.keyboard.type('distillation');
    await page.locator('[data-search-status]').filter({ hasText: /pages? match.*distillation/ }).waitFor();
    await expect.poll(() => page.locator('.search-result').count()).toBeGreaterThan(0);
    await page.locator('.search-result-title').first().click();
    await page.waitForURL((url) => url.pathname !== '/');
    // Arriving from a search marks the query's words on the page.
    if (new URL(page.url()).searchParams.has('highlight')) await page.locator('mark.pagefind-highlight').first().waitFor();
    expect(await violations()).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });

  /**
   * One interaction per widget, each on the first built page that embeds it. Widgets found in the
   * build but missing here fail the test, so a new widget cannot skip the policy check.
   */
  const interactions: Record<string, (page: Page, root: Locator) => Promise<void>> = {
    'majority-vote': (page) => typeInto(page, '#majority-vote-n', '7'),
    'best-of-n': (page) => typeInto(page, '#best-of-n-p', '0.5'),
    'pass-at-k': (page) => typeInto(page, '#pass-at-k-n', '12'),
    'grpo-advantage': (page) => typeInto(page, '#grpo-advantage-g', '5'),
    'cost-estimator': (page) => typeInto(page, '#cost-estimator-answer', '500'),
    'distillation-chart': async (_page, root) => {
      const select = root.locator('select').first();
      const values = await select.locator('option').evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value));
      const current = await select.inputValue();
      await select.selectOption(values.find((v) => v !== current)!);
    },
    'r1-pipeline': (_page, root) => root.locator('[role="tab"]').nth(1).click(),
    'approach-compare': (_page, root) => root.locator('input[data-field="teacher"][value="no"]').check(),
    // Long enough to be scored in the scoring worker rather than on the page.
    'reward-playground': async (page, root) => {
      await root.locator('textarea').first().fill(`<think>${'step '.repeat(5_000)}</think><answer>1/2</answer>`);
      await expect.poll(() => page.workers().some((w) => w.url().includes('score-worker'))).toBe(true);
    },
    'grpo-trainer': async (_page, root) => {
      await expect.poll(() => root.locator('[data-out="status"]').first().textContent(), { timeout: 30_000 }).toContain('Ready');
      await root.locator('[data-action="train"]').click();
      await expect.poll(async () => Number(await root.locator('[data-metric="step"]').first().textContent()), { timeout: 60_000 }).toBeGreaterThan(0);
      await root.locator('[data-action="pause"]').click();
    },
  };

  const widgetPages = new Map<string, string>();
  // /book/ repeats the chapters: each widget is used on a page of its own.
  for (const page of [...pages].filter((p) => p.path !== '/book/').sort((a, b) => a.path.localeCompare(b.path))) {
    for (const [, id] of page.html.matchAll(/data-widget="([a-z0-9-]+)"/g)) {
      if (id && !widgetPages.has(id)) widgetPages.set(id, page.path);
    }
  }

  it('has an interaction for every widget in the build', () => {
    expect([...widgetPages.keys()].sort()).toEqual(Object.keys(interactions).sort());
  });

  it.each([...widgetPages])('%s (on %s)', async (id, path) => {
    const { page, consoleErrors, violations } = await openWatched(path);
    const root = page.locator(`[data-widget="${id}"]`).first();
    await root.scrollIntoViewIfNeeded();
    const before = await root.innerHTML();
    await interactions[id]!(page, root);
    // The widget answered: its markup changed (outputs, chart, selected tab, or the run's curve).
    await expect.poll(() => root.innerHTML()).not.toBe(before);
    expect(await violations()).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });

  it('hover cards, Escape, the theme switch and the copy button', async () => {
    const path = pages.find((p) => p.path !== '/book/' && ['<pre class="astro-code', 'class="cite', 'class="term'].every((mark) => p.html.includes(mark)))!.path;
    const { page, consoleErrors, violations } = await openWatched(path, { clipboard: true });
    const cite = page.locator('main .cite').first();
    await cite.scrollIntoViewIfNeeded();
    await cite.locator('a').first().hover();
    await expect.poll(() => cite.locator('.hover-card').isVisible()).toBe(true);
    // The pointer leaves the citation, so only keyboard focus holds the term's card open.
    await page.mouse.move(0, 0);
    const term = page.locator('main .term').first();
    await term.locator('a').first().focus();
    await expect.poll(() => term.locator('.hover-card').isVisible()).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => term.locator('.hover-card').isVisible()).toBe(false);

    await page.locator('site-theme-toggle input[value="dark"]').first().check();
    await expect.poll(() => page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');

    const copy = page.locator('.copy-code').first();
    await copy.scrollIntoViewIfNeeded();
    await copy.click();
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).not.toBe('');
    expect(await violations()).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });
});

describe('what the policy blocks', () => {
  it('an injected inline script, an inline event handler and eval are blocked and reported', async () => {
    const { page, violations } = await openWatched('/');
    await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.__injected = "script ran"';
      document.body.append(script);
      const holder = document.createElement('div');
      holder.innerHTML = '<img alt="" src="/favicon.svg" onload="window.__injected = \'handler ran\'">';
      document.body.append(holder);
      // A string timer is eval by another name. (eval called inside page.evaluate is exempt: DevTools runs it.)
      (setTimeout as (code: string) => number)('window.__injected = "timer ran"');
    });
    await expect.poll(violations).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^script-src-elem inline/),
        expect.stringMatching(/^script-src-attr inline/),
        expect.stringMatching(/^script-src eval/),
      ]),
    );
    expect(await page.evaluate(() => window.__injected)).toBeUndefined();
  });
});
