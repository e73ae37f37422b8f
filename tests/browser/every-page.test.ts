/**
 * Every page of the built site, opened once and read in light and then in dark: no console errors, no
 * request leaving 127.0.0.1, no failed request, no CSP violation. Light runs the full axe sweep (no
 * serious or critical violation); dark changes only colours, so after the OS preference turns dark
 * (the page follows it without a reload) axe's colour-contrast rule runs again alone.
 */
import { AxeBuilder } from '@axe-core/playwright';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, openPage, widerThanTheScreen } from './support';
import { builtPages } from '../site/built-site';

const paths = builtPages()
  .map((p) => p.path)
  .filter((p) => p !== '/404')
  .sort();
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/**
 * Only violations are asserted, so axe details only those (`options` first: it replaces the rule
 * selection). Legacy mode runs axe in the page itself; the default copies every frame's partial
 * results into a second blank page to merge cross-origin frames, which this site does not have
 * (asserted below), and took most of the time: about 4× slower on the longest page.
 */
const axeFor = {
  light: (page: Page) =>
    new AxeBuilder({ page })
      .options({ resultTypes: ['violations'] })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
      .setLegacyMode(true),
  dark: (page: Page) =>
    new AxeBuilder({ page }).options({ resultTypes: ['violations'] }).withRules(['color-contrast']).setLegacyMode(true),
} as const;

/** The narrowest screen a page must fit without scrolling sideways (WCAG 1.4.10 Reflow). */
const REFLOW = { width: 320, height: 568 };

it.each(paths)('%s', async (path) => {
  const { page, consoleErrors, foreignRequests, failedResponses, settled, cspViolations } = await openPage(browser, path);
  await settled();
  expect(page.frames()).toHaveLength(1);
  for (const colorScheme of ['light', 'dark'] as const) {
    if (colorScheme === 'dark') {
      // The reader's OS turns dark: the page follows (theme "auto") without reloading.
      await page.emulateMedia({ colorScheme });
    }
    await expect.poll(() => page.evaluate(() => document.documentElement.dataset.theme)).toBe(colorScheme);
    // /book/ repeats the chapters' markup, which their own pages sweep; its own parts are checked here
    // (a full sweep of its ~30,000 elements outlasts any timeout on a loaded machine).
    const axe = axeFor[colorScheme](page);
    if (path === '/book/') axe.include('.book-title-page').include('.book-contents').include('article.book-chapter > header').include('.book-chapter-body > summary');
    const results = await axe.analyze();
    const serious = results.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${colorScheme} ${v.id}: ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
    expect(serious).toEqual([]);
  }
  // Legible text: nothing the page lays out is set under 12 px (the type scale's smallest step; a figure's
  // SVG text is in its drawing's own units and scales with it; scripts in formulas, sub- and superscripts
  // are set smaller than their line by design: both are left out).
  const tooSmall = await page.evaluate(() => {
    const found = new Set<string>();
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const element = node.parentElement;
      if (!element || !node.textContent?.trim() || element.closest('svg, math, sub, sup') || !element.getClientRects().length) continue;
      const size = parseFloat(getComputedStyle(element).fontSize);
      if (size < 12) found.add(`${element.tagName.toLowerCase()} in .${element.parentElement?.className || '?'}: ${size.toFixed(2)} px`);
    }
    return [...found];
  });
  expect(tooSmall).toEqual([]);
  // Reflow (WCAG 1.4.10): at 320 CSS px wide, what a phone of that width or 400 % zoom gives, the page never
  // scrolls sideways; only boxes made to scroll (tables, formulas, code) may. The reader scrolls through, so
  // every widget starts and draws at that width. /book/ repeats the chapters, each checked on its own page.
  await page.setViewportSize(REFLOW);
  if (path !== '/book/') {
    await page.evaluate(async () => {
      const frame = () => new Promise((done) => requestAnimationFrame(() => done(undefined)));
      for (let y = 0; y <= document.documentElement.scrollHeight; y += innerHeight) {
        scrollTo(0, y);
        await frame();
        await frame();
      }
    });
    await expect.poll(() => page.evaluate(() => document.querySelectorAll('.widget:not([data-started])').length)).toBe(0);
  }
  await expect.poll(() => page.evaluate(widerThanTheScreen)).toEqual([]);
  expect(consoleErrors).toEqual([]);
  expect(foreignRequests).toEqual([]);
  expect(failedResponses).toEqual([]);
  // The page's scripts and styles all pass the Content-Security-Policy (its text is checked in
  // tests/site/csp-policy.test.ts; using the site under it, in csp.test.ts).
  expect(await cspViolations()).toEqual([]);
  // Only catches hangs: /book/ (every chapter on one page) loads for minutes on a loaded two-core machine.
}, 300_000);
