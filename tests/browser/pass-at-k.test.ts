/**
 * pass@k calculator in a real browser: keyboard use, numbers equal to the logic module,
 * shareable URL state, hostile input and cross-field validation, and the no-JavaScript table.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { passAtK } from '../../src/lib/pass-at-k';
import { launchBrowser, openPage } from './support';
import { findWidgetPage, fullyInView, ONE_SCREEN_PX, svgPointOnPage, typeInto, whenStarted, widgetHeight } from './widget-helpers';
import { passAtKFrame } from '../../src/widgets/pass-at-k/chart';

const WIDGET = 'pass-at-k';
const ROOT = `[data-widget="${WIDGET}"]`;
const HOSTILE = ['<img src=x onerror=alert(1)>', '1e999', '-3', '2.5', '1'.repeat(1_000_000)];

const value = (page: Page) => page.locator(`${ROOT} [data-out="value"]`);

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

describe('pass@k widget', () => {
  it('is driven by the keyboard and shows the known values for n = 10, c = 3', async () => {
    const { page, context, consoleErrors } = await openPage(browser, path);
    await page.locator(ROOT).scrollIntoViewIfNeeded();
    await expect.poll(() => value(page).textContent(), POLL).toBe('0.5333'); // default k = 2
    expect(Number(await value(page).getAttribute('data-value'))).toBeCloseTo(8 / 15, 14);

    await page.focus('#pass-at-k-k-range');
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => value(page).textContent(), POLL).toBe('0.3000');
    await typeInto(page, '#pass-at-k-k', '5');
    await expect.poll(() => value(page).textContent(), POLL).toBe('0.9167');
    await page.focus('#pass-at-k-k-range');
    await page.keyboard.press('End');
    await expect.poll(() => value(page).textContent(), POLL).toBe('1.0000');
    expect(await page.inputValue('#pass-at-k-k')).toBe('10');

    // Ten bars, one per k; the table lists every k.
    expect(await page.locator(`${ROOT} svg[data-out="chart"] rect.pass-at-k-bar`).count()).toBe(10);
    expect(await page.locator(`${ROOT} tbody[data-out="rows"] tr`).count()).toBe(10);

    // n = 10 000 (product form, no overflow).
    await typeInto(page, '#pass-at-k-n', '10000');
    await typeInto(page, '#pass-at-k-c', '5000');
    await typeInto(page, '#pass-at-k-k', '3');
    await expect.poll(() => value(page).getAttribute('data-value'), POLL).toBe(String(passAtK(10000, 5000, 3)));
    expect(await page.getAttribute('#pass-at-k-k-range', 'max')).toBe('10000');
    await expect.poll(() => page.locator(`${ROOT} [data-out="live"]`).textContent(), POLL).toContain('pass@3');
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  it('says clearly when c or k does not fit n, and keeps the last valid result', async () => {
    const { page, context, consoleErrors } = await openPage(browser, path);
    await typeInto(page, '#pass-at-k-c', '11');
    await expect.poll(() => page.locator('#pass-at-k-c-msg').textContent(), POLL).toContain('c must be at most n (10)');
    // Typing "11" never applied its valid prefix c = 1 (boxes are read when typing pauses): c = 3 stays on show.
    expect(await value(page).textContent()).toBe('0.5333');
    expect(await page.getAttribute('#pass-at-k-c', 'aria-invalid')).toBe('true');
    await typeInto(page, '#pass-at-k-n', '20');
    await expect.poll(() => page.locator('#pass-at-k-c-msg').textContent(), POLL).toBe('');
    expect(await value(page).getAttribute('data-value')).toBe(String(passAtK(20, 11, 2)));
    await typeInto(page, '#pass-at-k-k', '21');
    await expect.poll(() => page.locator('#pass-at-k-k-msg').textContent(), POLL).toContain('k must be at most n (20)');
    await typeInto(page, '#pass-at-k-n', '10001');
    await expect.poll(() => page.locator('#pass-at-k-n-msg').textContent(), POLL).toContain('10001 is outside 1–10000');
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  it('keeps its state in the URL and restores it from a shared link', async () => {
    const { page, context, consoleErrors } = await openPage(browser, path);
    await typeInto(page, '#pass-at-k-n', '64');
    await typeInto(page, '#pass-at-k-c', '7');
    await typeInto(page, '#pass-at-k-k', '8');
    await expect.poll(() => page.url(), POLL).toContain('pass-at-k.k=8');
    const shared = new URL(page.url());
    const second = await openPage(browser, shared.pathname + shared.search);
    expect(await second.page.inputValue('#pass-at-k-n')).toBe('64');
    expect(await second.page.inputValue('#pass-at-k-c')).toBe('7');
    expect(await second.page.inputValue('#pass-at-k-k')).toBe('8');
    await expect.poll(() => value(second.page).getAttribute('data-value'), POLL).toBe(String(passAtK(64, 7, 8)));
    expect(second.consoleErrors).toEqual([]);
    await second.context.close();
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  it('still reads links shared before the rename (pk.n=…) and rewrites them on the next change', async () => {
    const { page, context, consoleErrors } = await openPage(browser, `${path}?pk.n=64&pk.c=7&pk.k=8`);
    await expect.poll(() => page.inputValue('#pass-at-k-n'), POLL).toBe('64');
    expect(await page.inputValue('#pass-at-k-c')).toBe('7');
    expect(await page.inputValue('#pass-at-k-k')).toBe('8');
    await expect.poll(() => value(page).getAttribute('data-value'), POLL).toBe(String(passAtK(64, 7, 8)));
    await typeInto(page, '#pass-at-k-k', '9');
    await expect.poll(() => page.url(), POLL).toContain('pass-at-k.k=9');
    // Every value is now under the new prefix, and no pk.* key is left.
    expect(Object.fromEntries(new URL(page.url()).searchParams)).toEqual({ 'pass-at-k.n': '64', 'pass-at-k.c': '7', 'pass-at-k.k': '9' });
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  it('rejects hostile input with a message', async () => {
    const { page, context, consoleErrors } = await openPage(browser, path);
    const dialogs: string[] = [];
    page.on('dialog', async (dialog) => {
      dialogs.push(dialog.message());
      await dialog.dismiss();
    });
    for (const field of ['n', 'c', 'k']) {
      for (const text of HOSTILE) {
        await page.fill(`#pass-at-k-${field}`, text);
        await expect.poll(() => page.locator(`#pass-at-k-${field}-msg`).textContent(), POLL).not.toBe('');
        expect(await value(page).textContent()).toBe('0.5333');
      }
      await page.fill(`#pass-at-k-${field}`, field === 'n' ? '10' : field === 'c' ? '3' : '2');
      await expect.poll(() => page.locator(`#pass-at-k-${field}-msg`).textContent(), POLL).toBe('');
    }
    await typeInto(page, '#pass-at-k-k', '<script>alert(1)</script>');
    await expect.poll(() => page.locator('#pass-at-k-k-msg').textContent(), POLL).toContain('not a number');
    expect(await page.locator(`${ROOT} img, ${ROOT} script`).count()).toBe(0);
    expect(dialogs).toEqual([]);
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  it('ignores inconsistent or hostile URL values and says so', async () => {
    const query = new URLSearchParams({ 'pass-at-k.n': '5', 'pass-at-k.c': '9', 'pass-at-k.k': '<img src=x onerror=alert(1)>' });
    const { page, context, consoleErrors } = await openPage(browser, `${path}?${query}`);
    await expect.poll(() => page.locator(`${ROOT} [data-out="note"]`).textContent(), POLL).toContain('c must be at most n (5)');
    expect(await value(page).textContent()).toBe('0.5333');
    expect(await page.locator(`${ROOT} img`).count()).toBe(0);
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  it('shows the default table without JavaScript', async () => {
    const { page, context } = await openPage(browser, path, { javaScriptEnabled: false });
    expect(await value(page).textContent()).toBe('0.5333');
    const cells = page.locator(`${ROOT} tbody[data-out="rows"] td`);
    expect(await cells.count()).toBe(10);
    expect(await cells.nth(0).textContent()).toBe('0.3000');
    expect(await cells.nth(4).textContent()).toBe('0.9167');
    expect(await cells.nth(9).textContent()).toBe('1.0000');
    await context.close();
  });
});

describe('pass@k as an explorable', () => {
  const CHART = `${ROOT} svg[data-out="chart"]`;

  it('fits its controls, result and chart on one screen at 1280×800', async () => {
    expect(await widgetHeight(browser, path, ROOT)).toBeLessThanOrEqual(ONE_SCREEN_PX);
  });

  it('scrubs k by dragging along the bars, and by the arrow keys on the chart handle', async () => {
    const { page, context, consoleErrors } = await openPage(browser, path);
    // Defaults n = 10, c = 3, k = 2. Drag from the second bar to the ninth.
    await whenStarted(page.locator(ROOT));
    const width = Number((await page.locator(CHART).getAttribute('viewBox'))!.split(' ')[2]);
    const frame = passAtKFrame(width);
    const slot = (frame.right - frame.left) / 10;
    const from = await svgPointOnPage(page, CHART, frame.left + slot * 1.5, frame.bottom - 10);
    const to = await svgPointOnPage(page, CHART, frame.left + slot * 8.5, frame.bottom - 10);
    await page.mouse.move(from.x, from.y);
    await page.mouse.down();
    await page.mouse.move(to.x, to.y, { steps: 7 });
    await page.mouse.up();
    await expect.poll(() => page.locator('#pass-at-k-k').inputValue(), POLL).toBe('9');
    await expect.poll(() => value(page).textContent(), POLL).toBe(passAtK(10, 3, 9).toFixed(4));
    await expect.poll(() => new URL(page.url()).searchParams.get('pass-at-k.k'), POLL).toBe('9');

    const handle = page.locator(`${CHART} [data-handle="marker"]`);
    await handle.focus();
    await page.keyboard.press('Home');
    await expect.poll(() => value(page).textContent(), POLL).toBe(passAtK(10, 3, 1).toFixed(4));
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => handle.getAttribute('aria-valuenow'), POLL).toBe('2');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-handle'))).toBe('marker');
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  it('keeps the result in view on a phone while a control below it changes', async () => {
    const { page, context, consoleErrors } = await openPage(browser, path, { device: 'phone' });
    await page.locator('#pass-at-k-k-range').evaluate((el) => el.scrollIntoView({ block: 'end' }));
    await page.locator('#pass-at-k-k-range').focus();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => value(page).textContent(), POLL).toBe(passAtK(10, 3, 3).toFixed(4));
    expect(await fullyInView(page, `${ROOT} [data-out="value"]`)).toBe(true);
    expect(await fullyInView(page, '#pass-at-k-k-range')).toBe(true);
    expect(consoleErrors).toEqual([]);
    await context.close();
  });
});
