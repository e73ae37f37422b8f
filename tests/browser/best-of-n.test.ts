/**
 * Best-of-N widget in a real browser: keyboard use, numbers equal to the logic modules,
 * shareable URL state, hostile input, and the no-JavaScript table.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bestOfNAccuracy } from '../../src/lib/best-of-n';
import { majorityVoteAccuracy, passAtN } from '../../src/lib/majority-vote';
import { launchBrowser, openPage } from './support';
import { dragWithMouse, findWidgetPage, fullyInView, ONE_SCREEN_PX, pct, typeInto, widgetHeight } from './widget-helpers';

const WIDGET = 'best-of-n';
const ROOT = `[data-widget="${WIDGET}"]`;
const HOSTILE = ['<img src=x onerror=alert(1)>', '1e999', '-3', '0.4', 'NaN', '1'.repeat(1_000_000)];

const shown = (page: Page, name: string) => page.locator(`${ROOT} [data-out="${name}"]`).first();
const valueOf = async (page: Page, name: string) => Number(await shown(page, name).getAttribute('data-value'));

/** Boxes are read when typing pauses (500 ms); on a loaded 2-core machine that can take longer than poll's 1 s default. */
const POLL = { timeout: 5000 };

let browser: Browser;
let path: string;

beforeAll(async () => {
  browser = await launchBrowser();
  path = await findWidgetPage(WIDGET);
});
afterAll(async () => {
  await browser?.close();
});

describe('best-of-N widget', () => {
  it('is driven by the keyboard and matches the modules', async () => {
    const { page, context, consoleErrors } = await openPage(browser, path);
    await page.locator(ROOT).scrollIntoViewIfNeeded();
    // Defaults p = 0.6, q = 0.7, N = 25, k = 1.
    await expect.poll(() => shown(page, 'bon').textContent(), POLL).toBe(pct(bestOfNAccuracy(0.6, 25, 0.7)));
    expect(await shown(page, 'vote').textContent()).toBe(pct(majorityVoteAccuracy(0.6, 25, 1)));

    // N = 2, one right and one wrong: p² + 2p(1 − p)q.
    await typeInto(page, '#best-of-n-n', '2');
    await typeInto(page, '#best-of-n-p', '0.3');
    await typeInto(page, '#best-of-n-q', '0.75');
    await expect.poll(() => valueOf(page, 'bon'), POLL).toBeCloseTo(0.09 + 2 * 0.3 * 0.7 * 0.75, 10);
    expect(await shown(page, 'bon').textContent()).toBe('40.50%');

    // q = 0.5 is a random pick: accuracy p for every N.
    await typeInto(page, '#best-of-n-q', '0.5');
    await typeInto(page, '#best-of-n-n', '64');
    await expect.poll(() => valueOf(page, 'bon'), POLL).toBeCloseTo(0.3, 10);

    // q = 1 is a perfect verifier: pass@N. Reach it with the keyboard on the q slider (End key).
    await page.focus('#best-of-n-q-range');
    await page.keyboard.press('End');
    await expect.poll(() => page.inputValue('#best-of-n-q'), POLL).toBe('1');
    await expect.poll(() => valueOf(page, 'bon'), POLL).toBeCloseTo(passAtN(0.3, 64), 12);
    expect(await shown(page, 'mu').textContent()).toContain('∞');

    // Arrow keys on the N slider and k slider.
    await page.focus('#best-of-n-n-range');
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => page.inputValue('#best-of-n-n'), POLL).toBe('63');
    await page.focus('#best-of-n-k-range');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => page.inputValue('#best-of-n-k'), POLL).toBe('3');
    await expect.poll(() => valueOf(page, 'vote'), POLL).toBe(majorityVoteAccuracy(0.3, 63, 3));

    expect(await page.locator(`${ROOT} svg[data-out="chart"] path`).count()).toBe(4);
    await expect.poll(() => shown(page, 'live').textContent(), POLL).toContain('N = 63');
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  it('keeps its state in the URL and restores it from a shared link', async () => {
    const { page, context, consoleErrors } = await openPage(browser, path);
    await typeInto(page, '#best-of-n-p', '0.2');
    await typeInto(page, '#best-of-n-q', '0.9');
    await typeInto(page, '#best-of-n-n', '201');
    await expect.poll(() => page.url(), POLL).toContain('best-of-n.n=201');
    const shared = new URL(page.url());
    const second = await openPage(browser, shared.pathname + shared.search);
    expect(await second.page.inputValue('#best-of-n-p')).toBe('0.2');
    expect(await second.page.inputValue('#best-of-n-q')).toBe('0.9');
    expect(await second.page.inputValue('#best-of-n-n')).toBe('201');
    await expect.poll(() => valueOf(second.page, 'bon'), POLL).toBeCloseTo(bestOfNAccuracy(0.2, 201, 0.9), 12);
    // Independent high-precision check (mpmath): 0.9795026495023336.
    expect(await valueOf(second.page, 'bon')).toBeCloseTo(0.9795026495023336, 10);
    expect(second.consoleErrors).toEqual([]);
    await second.context.close();
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  it('still reads links shared before the rename (bon.p=…) and rewrites them on the next change', async () => {
    const { page, context, consoleErrors } = await openPage(browser, `${path}?bon.p=0.2&bon.q=0.9&bon.n=201`);
    await expect.poll(() => page.inputValue('#best-of-n-p'), POLL).toBe('0.2');
    expect(await page.inputValue('#best-of-n-q')).toBe('0.9');
    expect(await page.inputValue('#best-of-n-n')).toBe('201');
    await expect.poll(() => valueOf(page, 'bon'), POLL).toBeCloseTo(bestOfNAccuracy(0.2, 201, 0.9), 12);
    await typeInto(page, '#best-of-n-k', '3');
    await expect.poll(() => page.url(), POLL).toContain('best-of-n.k=3');
    // Every value is now under the new prefix, and no bon.* key is left.
    const query = Object.fromEntries(new URL(page.url()).searchParams);
    expect(query).toEqual({ 'best-of-n.p': '0.2', 'best-of-n.q': '0.9', 'best-of-n.n': '201', 'best-of-n.k': '3' });
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  it('rejects hostile input with a message and keeps the last valid result', async () => {
    const { page, context, consoleErrors } = await openPage(browser, path);
    const dialogs: string[] = [];
    page.on('dialog', async (dialog) => {
      dialogs.push(dialog.message());
      await dialog.dismiss();
    });
    const before = await shown(page, 'bon').textContent();
    for (const text of HOSTILE) {
      await page.fill('#best-of-n-q', text);
      await expect.poll(() => page.locator('#best-of-n-q-msg').textContent(), POLL).not.toBe('');
      expect(await page.getAttribute('#best-of-n-q', 'aria-invalid')).toBe('true');
      expect(await shown(page, 'bon').textContent()).toBe(before);
    }
    await typeInto(page, '#best-of-n-n', '<img src=x onerror=alert(1)>');
    await expect.poll(() => page.locator('#best-of-n-n-msg').textContent(), POLL).toContain('not a number');
    await typeInto(page, '#best-of-n-p', '-3');
    await expect.poll(() => page.locator('#best-of-n-p-msg').textContent(), POLL).toContain('outside 0–1');
    expect(await shown(page, 'bon').textContent()).toBe(before);
    expect(await page.locator(`${ROOT} img, ${ROOT} script`).count()).toBe(0);
    expect(dialogs).toEqual([]);
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  it('ignores hostile values in the URL and says so', async () => {
    const query = new URLSearchParams({ 'best-of-n.q': '0.2', 'best-of-n.n': '<img src=x onerror=alert(1)>', 'best-of-n.p': '7'.repeat(5000) });
    const { page, context, consoleErrors } = await openPage(browser, `${path}?${query}`);
    await expect.poll(() => shown(page, 'note').textContent(), POLL).toContain('Ignored from the link');
    expect(await page.inputValue('#best-of-n-q')).toBe('0.7');
    expect(await shown(page, 'bon').textContent()).toBe(pct(bestOfNAccuracy(0.6, 25, 0.7)));
    expect(await page.locator(`${ROOT} img`).count()).toBe(0);
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  it('shows the default table without JavaScript', async () => {
    const { page, context } = await openPage(browser, path, { javaScriptEnabled: false });
    const rows = page.locator(`${ROOT} tbody[data-out="rows"] tr`);
    expect(await rows.count()).toBe(7);
    const cells = rows.nth(4).locator('td'); // N = 25
    expect(await cells.nth(0).textContent()).toBe(pct(bestOfNAccuracy(0.6, 25, 0.7)));
    expect(await cells.nth(1).textContent()).toBe(pct(majorityVoteAccuracy(0.6, 25, 1)));
    await context.close();
  });

  it('fits a 360px-wide phone screen', async () => {
    const { page, context, consoleErrors } = await openPage(browser, path, { device: 'phone' });
    await page.setViewportSize({ width: 360, height: 780 });
    const right = await page.locator(ROOT).evaluate((root) =>
      Math.max(root.getBoundingClientRect().right, ...Array.from(root.querySelectorAll('input')).map((el) => el.getBoundingClientRect().right)),
    );
    expect(right).toBeLessThanOrEqual(360);
    expect(consoleErrors).toEqual([]);
    await context.close();
  });
});

describe('best-of-N as an explorable', () => {
  const CHART = `${ROOT} svg[data-out="chart"]`;

  it('fits its controls, result cards and chart on one screen at 1280×800', async () => {
    expect(await widgetHeight(browser, path, ROOT)).toBeLessThanOrEqual(ONE_SCREEN_PX);
  });

  it('sets N by dragging across the chart, and by the arrow keys on its handle', async () => {
    const { page, context, consoleErrors } = await openPage(browser, path);
    await dragWithMouse(page, CHART, [0.5, 0.75], [0.005, 0.75]);
    await expect.poll(() => page.locator('#best-of-n-n').inputValue(), POLL).toBe('1');
    await expect.poll(() => valueOf(page, 'bon'), POLL).toBeCloseTo(0.6, 9);
    const marker = page.locator(`${CHART} [data-handle="marker"]`);
    await marker.focus();
    await page.keyboard.press('PageUp');
    await expect.poll(() => valueOf(page, 'bon'), POLL).toBeCloseTo(bestOfNAccuracy(0.6, 11, 0.7), 9);
    expect(await marker.getAttribute('aria-valuenow')).toBe('11');
    await expect.poll(() => new URL(page.url()).searchParams.get('best-of-n.n'), POLL).toBe('11');
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  it('keeps the result in view on a phone while a control below it changes', async () => {
    const { page, context, consoleErrors } = await openPage(browser, path, { device: 'phone' });
    await page.locator('#best-of-n-q-range').evaluate((el) => el.scrollIntoView({ block: 'end' }));
    await page.locator('#best-of-n-q-range').focus();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => valueOf(page, 'bon'), POLL).toBeCloseTo(bestOfNAccuracy(0.6, 25, 0.71), 9);
    expect(await fullyInView(page, `${ROOT} [data-out="bon"]`)).toBe(true);
    expect(await fullyInView(page, '#best-of-n-q-range')).toBe(true);
    expect(consoleErrors).toEqual([]);
    await context.close();
  });
});
