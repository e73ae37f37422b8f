/**
 * Every page of the built site, in light and in dark: no console errors, no request leaving
 * 127.0.0.1, no failed request, and no serious or critical axe violation.
 */
import { AxeBuilder } from '@axe-core/playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, openPage } from './support';
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

describe.each(['light', 'dark'] as const)('%s theme', (colorScheme) => {
  it.each(paths)('%s', async (path) => {
    const { page, context, consoleErrors, foreignRequests, failedResponses } = await openPage(browser, path, { colorScheme });
    await page.waitForLoadState('networkidle');
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe(colorScheme);
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
    const serious = results.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id}: ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
    expect(serious).toEqual([]);
    expect(consoleErrors).toEqual([]);
    expect(foreignRequests).toEqual([]);
    expect(failedResponses).toEqual([]);
    await context.close();
  });
});
