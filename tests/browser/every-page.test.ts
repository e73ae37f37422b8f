/**
 * Every page of the built site, in light and in dark: no console errors, no request leaving
 * 127.0.0.1 and no failed request. Light runs the full axe sweep (no serious or critical violation);
 * dark changes only colours, so it re-runs axe's colour-contrast rule alone.
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

const axeFor = {
  light: (builder: AxeBuilder) => builder.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']),
  dark: (builder: AxeBuilder) => builder.withRules(['color-contrast']),
} as const;

describe.each(['light', 'dark'] as const)('%s theme', (colorScheme) => {
  it.each(paths)('%s', async (path) => {
    const { page, consoleErrors, foreignRequests, failedResponses, settled } = await openPage(browser, path, { colorScheme });
    await settled();
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe(colorScheme);
    const results = await axeFor[colorScheme](new AxeBuilder({ page })).analyze();
    const serious = results.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id}: ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
    expect(serious).toEqual([]);
    expect(consoleErrors).toEqual([]);
    expect(foreignRequests).toEqual([]);
    expect(failedResponses).toEqual([]);
  });
});
