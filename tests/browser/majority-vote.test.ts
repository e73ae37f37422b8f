/**
 * Majority voting explorer in a real browser: keyboard use, numbers equal to the logic module,
 * shareable URL state, hostile input, and the no-JavaScript table.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { majorityVoteAccuracy, MAX_SAMPLES, passAtN } from '../../src/lib/majority-vote';
import { logChartFrame } from '../../src/widgets/kit/log-chart';
import { launchBrowser, openPage } from './support';
import { dragWithMouse, findWidgetPage, fullyInView, ONE_SCREEN_PX, pct, svgPointOnPage, typeInto, widgetHeight } from './widget-helpers';

const WIDGET = 'majority-vote';
const ROOT = `[data-widget="${WIDGET}"]`;
const HOSTILE = ['<img src=x onerror=alert(1)>', '1e999', '-3', '0x10', '1'.repeat(1_000_000)];

const shown = (page: Page, name: string) => page.locator(`${ROOT} [data-out="${name}"]`).first();

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

describe('majority vote widget', () => {
  it('is driven by the keyboard and shows the module’s exact values', async () => {
    const { page, context, consoleErrors } = await openPage(browser, path);
    await page.locator(ROOT).scrollIntoViewIfNeeded();

    // Defaults: p = 0.6, N = 5, one common wrong answer → 0.68256.
    await expect.poll(() => shown(page, 'vote').textContent(), POLL).toBe(pct(majorityVoteAccuracy(0.6, 5, 1)));

    await typeInto(page, '#majority-vote-n', '3');
    await expect.poll(() => shown(page, 'vote').textContent(), POLL).toBe(pct(0.648));
    expect(Number(await shown(page, 'vote').getAttribute('data-value'))).toBeCloseTo(0.648, 12);

    // Arrow keys on the N slider: 3 → 5.
    await page.focus('#majority-vote-n-range');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => page.inputValue('#majority-vote-n'), POLL).toBe('5');
    expect(Number(await shown(page, 'vote').getAttribute('data-value'))).toBeCloseTo(0.68256, 12);

    await typeInto(page, '#majority-vote-p', '0.4');
    await expect.poll(() => shown(page, 'vote').textContent(), POLL).toBe(pct(0.31744));
    expect(await shown(page, 'pass').textContent()).toBe(pct(passAtN(0.4, 5)));
    expect(await shown(page, 'cost').textContent()).toBe('5×');

    // Tab from the p box reaches the N slider; the wrong-answer radios work with arrow keys.
    await page.focus('#majority-vote-p');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('majority-vote-n-range');
    await page.focus(`${ROOT} input[name="majority-vote-w"][value="one"]`);
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => page.isChecked(`${ROOT} input[name="majority-vote-w"][value="spread"]`), POLL).toBe(true);
    expect(await page.isDisabled('#majority-vote-k')).toBe(false);
    await typeInto(page, '#majority-vote-k', '3');
    await expect
      .poll(() => shown(page, 'vote').getAttribute('data-value'))
      .toBe(String(majorityVoteAccuracy(0.4, 5, 3)));

    // The chart was drawn: three curves.
    expect(await page.locator(`${ROOT} svg[data-out="chart"] path`).count()).toBe(3);
    // The summary is announced politely.
    await expect.poll(() => shown(page, 'live').textContent(), POLL).toContain(pct(majorityVoteAccuracy(0.4, 5, 3)));
    expect(await shown(page, 'live').getAttribute('aria-live')).toBe('polite');

    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  it('keeps its state in the URL and restores it from a shared link', async () => {
    const { page, context, consoleErrors } = await openPage(browser, path);
    const historyBefore = await page.evaluate(() => history.length);
    await typeInto(page, '#majority-vote-p', '0.7');
    await typeInto(page, '#majority-vote-n', '11');
    await expect.poll(() => page.url(), POLL).toContain('majority-vote.n=11');
    const shared = page.url();
    expect(shared).toContain('majority-vote.p=0.7');
    const historyAfter = await page.evaluate(() => history.length);

    const second = await openPage(browser, new URL(shared).pathname + new URL(shared).search);
    expect(await second.page.inputValue('#majority-vote-p')).toBe('0.7');
    expect(await second.page.inputValue('#majority-vote-n')).toBe('11');
    await expect.poll(() => shown(second.page, 'vote').textContent(), POLL).toBe(pct(majorityVoteAccuracy(0.7, 11, 1)));
    expect(second.consoleErrors).toEqual([]);
    await second.context.close();

    // replaceState, not pushState: typing did not add history entries.
    expect(historyAfter).toBe(historyBefore);
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
    const before = await shown(page, 'vote').textContent();
    // Pasted in one go (fill), so no valid prefix such as "1" of "1e999" is applied on the way.
    for (const text of HOSTILE) {
      await page.fill('#majority-vote-p', text);
      await expect.poll(() => page.locator('#majority-vote-p-msg').textContent(), POLL).not.toBe('');
      expect(await page.getAttribute('#majority-vote-p', 'aria-invalid')).toBe('true');
      expect(await shown(page, 'vote').textContent()).toBe(before);
    }
    // The last hostile value is a 1 MB paste: the box's maxlength (the validator's own limit) keeps 40 characters.
    expect((await page.inputValue('#majority-vote-p')).length).toBe(40);
    expect(await page.locator('#majority-vote-p-msg').textContent()).toMatch(/outside 0–1|not a number/);
    // Typed key by key (every prefix of these is invalid too).
    for (const text of ['<img src=x onerror=alert(1)>', '-3']) {
      await typeInto(page, '#majority-vote-p', text);
      await expect.poll(() => page.locator('#majority-vote-p-msg').textContent(), POLL).toMatch(/not a number|outside 0–1/);
      expect(await shown(page, 'vote').textContent()).toBe(before);
    }
    await typeInto(page, '#majority-vote-n', '<script>alert(1)</script>');
    await expect.poll(() => page.locator('#majority-vote-n-msg').textContent(), POLL).toContain('not a number');

    // Recovery: a valid value clears the message.
    await typeInto(page, '#majority-vote-p', '0.6');
    await expect.poll(() => page.locator('#majority-vote-p-msg').textContent(), POLL).toBe('');

    expect(await page.locator(`${ROOT} img, ${ROOT} script`).count()).toBe(0);
    expect(dialogs).toEqual([]);
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  it('still reads links shared before the rename (mv.p=…) and rewrites them on the next change', async () => {
    const { page, context } = await openPage(browser, `${path}?mv.p=0.7&mv.n=11`);
    await expect.poll(() => page.inputValue('#majority-vote-p'), POLL).toBe('0.7');
    expect(await page.inputValue('#majority-vote-n')).toBe('11');
    await typeInto(page, '#majority-vote-n', '13');
    await expect.poll(() => page.url(), POLL).toContain('majority-vote.n=13');
    expect(page.url()).toContain('majority-vote.p=0.7');
    expect(page.url()).not.toContain('mv.');
    await context.close();
  });

  it('ignores hostile values in the URL and says so', async () => {
    const query = new URLSearchParams({
      'majority-vote.p': '<img src=x onerror=alert(1)>',
      'majority-vote.n': '1e999',
      'majority-vote.w': '"><svg onload=alert(1)>',
      'majority-vote.k': '9'.repeat(5000),
    });
    const { page, context, consoleErrors } = await openPage(browser, `${path}?${query}`);
    await expect.poll(() => shown(page, 'note').textContent(), POLL).toContain('Ignored from the link');
    expect(await page.inputValue('#majority-vote-p')).toBe('0.6');
    expect(await page.inputValue('#majority-vote-n')).toBe('5');
    expect(await shown(page, 'vote').textContent()).toBe(pct(0.68256));
    expect(await page.locator(`${ROOT} img, ${ROOT} [data-out="note"] svg`).count()).toBe(0);
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  it('draws a simulated vote', async () => {
    const { page, context, consoleErrors } = await openPage(browser, path);
    await page.focus(`${ROOT} [data-out="draw"]`);
    await page.keyboard.press('Enter');
    await expect.poll(() => shown(page, 'sim-text').textContent(), POLL).toMatch(/^Simulated vote: .*The vote picked/);
    expect(await page.locator(`${ROOT} .majority-vote-dot`).count()).toBe(5);
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  it('shows the default table without JavaScript', async () => {
    const { page, context } = await openPage(browser, path, { javaScriptEnabled: false });
    const rows = page.locator(`${ROOT} tbody[data-out="rows"] tr`);
    expect(await rows.count()).toBe(7);
    // N = 11 row: 75.35% (exact 0.75349813248).
    expect(await rows.nth(3).locator('td').first().textContent()).toBe(pct(majorityVoteAccuracy(0.6, 11, 1)));
    expect(await page.locator('#majority-vote-p').isVisible()).toBe(false);
    await context.close();
  });

  it('fits a 360px-wide phone screen', async () => {
    const { page, context, consoleErrors } = await openPage(browser, path, { device: 'phone' });
    await page.setViewportSize({ width: 360, height: 780 });
    const widths = await page.locator(ROOT).evaluate((root) => ({
      root: root.getBoundingClientRect().right,
      controls: Math.max(...Array.from(root.querySelectorAll('input, button')).map((el) => el.getBoundingClientRect().right)),
    }));
    expect(widths.root).toBeLessThanOrEqual(360);
    expect(widths.controls).toBeLessThanOrEqual(360);
    expect(consoleErrors).toEqual([]);
    await context.close();
  });
});

describe('majority vote as an explorable', () => {
  const CHART = `${ROOT} svg[data-out="chart"]`;

  it('fits its controls, result cards and chart on one screen at 1280×800', async () => {
    expect(await widgetHeight(browser, path, ROOT)).toBeLessThanOrEqual(ONE_SCREEN_PX);
  });

  it('sets N by dragging across the chart and p by dragging its line; the URL follows', async () => {
    const { page, context, consoleErrors } = await openPage(browser, path);
    await dragWithMouse(page, CHART, [0.5, 0.75], [0.995, 0.75]);
    await expect.poll(() => page.locator('#majority-vote-n').inputValue(), POLL).toBe(String(MAX_SAMPLES));
    await expect.poll(() => shown(page, 'vote').textContent(), POLL).toBe(pct(majorityVoteAccuracy(0.6, MAX_SAMPLES, 1)));

    // Grab the round handle on the p line and pull it down to 30%.
    const width = Number((await page.locator(CHART).getAttribute('viewBox'))!.split(' ')[2]);
    const frame = logChartFrame(width, MAX_SAMPLES);
    const knob = await svgPointOnPage(page, CHART, frame.left, frame.y(0.6));
    const target = await svgPointOnPage(page, CHART, frame.left, frame.y(0.3));
    await page.mouse.move(knob.x, knob.y);
    await page.mouse.down();
    await page.mouse.move(target.x, target.y, { steps: 6 });
    await page.mouse.up();
    await expect.poll(() => page.locator('#majority-vote-p').inputValue(), POLL).toBe('0.3');
    await expect.poll(() => shown(page, 'vote').textContent(), POLL).toBe(pct(majorityVoteAccuracy(0.3, MAX_SAMPLES, 1)));
    await expect.poll(() => new URL(page.url()).searchParams.get('majority-vote.p'), POLL).toBe('0.3');
    expect(new URL(page.url()).searchParams.get('majority-vote.n')).toBe(String(MAX_SAMPLES));
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  it('moves the chart handles with the keyboard, keeping focus on them', async () => {
    const { page, context, consoleErrors } = await openPage(browser, path);
    const marker = page.locator(`${CHART} [data-handle="marker"]`);
    expect(await marker.getAttribute('role')).toBe('slider');
    await marker.focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => shown(page, 'vote').textContent(), POLL).toBe(pct(majorityVoteAccuracy(0.6, 7, 1)));
    expect(await marker.getAttribute('aria-valuenow')).toBe('7');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-handle'))).toBe('marker');
    await page.keyboard.press('End');
    await expect.poll(() => marker.getAttribute('aria-valuenow'), POLL).toBe(String(MAX_SAMPLES));

    const level = page.locator(`${CHART} [data-handle="level"]`);
    await level.focus();
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => page.locator('#majority-vote-p').inputValue(), POLL).toBe('0.59');
    expect(await level.getAttribute('aria-valuenow')).toBe('0.59');
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  it('draws N samples on a click and shows the vote they cast', async () => {
    const { page, context, consoleErrors } = await openPage(browser, `${path}?majority-vote.n=11`);
    await page.locator(`${ROOT} [data-out="draw"]`).click();
    await expect.poll(() => page.locator(`${ROOT} [data-out="sim-dots"] > *`).count(), POLL).toBe(11);
    await expect.poll(() => shown(page, 'sim-text').textContent(), POLL).toMatch(/^Simulated vote: .*The vote picked/);
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  it('keeps the result in view on a phone while a control below it changes', async () => {
    const { page, context, consoleErrors } = await openPage(browser, path, { device: 'phone' });
    // Scroll until the p slider is at the bottom of the screen, as a reader reaching for it would.
    await page.locator('#majority-vote-p-range').evaluate((el) => el.scrollIntoView({ block: 'end' }));
    await page.locator('#majority-vote-p-range').focus();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => shown(page, 'single').textContent(), POLL).toBe(pct(0.61));
    expect(await fullyInView(page, `${ROOT} [data-out="vote"]`)).toBe(true);
    expect(await fullyInView(page, '#majority-vote-p-range')).toBe(true);
    expect(consoleErrors).toEqual([]);
    await context.close();
  });
});
