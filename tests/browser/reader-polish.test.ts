/**
 * Polish: curly quotes in titles and captions, column headers that never break inside a token, a theme
 * toggle with a name that never shows blank (even with a junk stored value), no empty header cells, and a
 * widget result that, stuck at the top of a phone, hides what scrolls under it from frame to frame.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, openPage, widerThanTheScreen } from './support';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('typography', () => {
  it('titles, ledes and figure captions use curly apostrophes like the prose', async () => {
    const { page } = await openPage(browser, '/approaches/distillation/');
    const h1 = (await page.locator('h1').textContent())!;
    expect(h1).toContain('teacher’s');
    expect(await page.title()).toContain('teacher’s');
    const { page: r1 } = await openPage(browser, '/approaches/sft-plus-rl/');
    const captions = await r1.locator('figcaption').allTextContents();
    expect(captions.join(' ')).toContain('DeepSeek-R1’s');
    for (const text of [h1, ...captions]) expect(text).not.toMatch(/\w'\w/);
  });

  it('a column header never breaks inside a hyphenated token, even on a phone', async () => {
    const { page } = await openPage(browser, '/approaches/distillation/', { device: 'phone' });
    const broken = await page.evaluate(() => {
      const out: string[] = [];
      for (const th of document.querySelectorAll('main .table-scroll th')) {
        for (const span of th.querySelectorAll('.no-break')) {
          const range = document.createRange();
          range.selectNodeContents(span);
          const tops = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
          if (tops.size > 1) out.push(span.textContent!);
        }
      }
      return { out, count: document.querySelectorAll('main .table-scroll th .no-break').length };
    });
    expect(broken.count).toBeGreaterThan(0);
    expect(broken.out).toEqual([]);
  });

  it('no table header cell is empty', async () => {
    for (const path of ['/on-a-budget/', '/takeaways/']) {
      const { page } = await openPage(browser, path);
      const empty = await page.$$eval('main th', (ths) => ths.filter((th) => !th.textContent!.trim()).length);
      expect(empty, path).toBe(0);
    }
  });
});

describe.each(['desktop', 'phone'] as const)('theme toggle (%s)', (device) => {
  it('is a named group of light / dark / auto that switches the palette', async () => {
    const { page } = await openPage(browser, '/approaches/pure-rl/', { device, colorScheme: 'light' });
    const group = page.getByRole('radiogroup', { name: 'Colour theme' });
    await expect(group.isVisible()).resolves.toBe(true);
    expect(await page.getByRole('radio', { name: /^Auto/ }).isChecked()).toBe(true);
    await page.getByRole('radio', { name: 'Dark' }).check();
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).not.toBe('rgb(255, 255, 255)');
    // Arrow keys move between the choices, like any radio group.
    await page.keyboard.press('ArrowLeft');
    expect(await page.getByRole('radio', { name: 'Light' }).isChecked()).toBe(true);
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('light');
    expect(await page.evaluate(() => localStorage.getItem('theme'))).toBe('light');
  });

  it('reads an unknown stored value as auto, never leaving the control blank', async () => {
    const { page, context } = await openPage(browser, '/approaches/pure-rl/', { device, colorScheme: 'dark' });
    await page.evaluate(() => localStorage.setItem('theme', 'purple'));
    await page.reload();
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    expect(await page.getByRole('radio', { name: /^Auto/ }).isChecked()).toBe(true);
    expect(await page.locator('input[data-theme-choice]:checked').count()).toBe(1);
    await context.close();
  });
});

describe('widgets on a phone', () => {
  it('a widget’s result, stuck at the top while the reader scrolls, covers the widget from frame to frame', async () => {
    const { page, context } = await openPage(browser, '/playground/', { device: 'phone', viewport: { width: 320, height: 568 } });
    const stuck = page.locator('.widget-sticky');
    let checked = 0;
    for (let i = 0; i < (await stuck.count()); i++) {
      const part = stuck.nth(i);
      if (!(await part.isVisible())) continue;
      // Scroll a little past its start: it stays at the top, and the widget's controls pass under it.
      await part.evaluate((el) => {
        el.scrollIntoView({ block: 'start' });
        window.scrollBy(0, 200);
      });
      const edges = await part.evaluate((el) => {
        const box = el.getBoundingClientRect();
        const widget = el.closest('.widget')!;
        const frame = widget.getBoundingClientRect();
        return {
          name: el.className,
          stuck: Math.round(box.top) === Math.round(parseFloat(getComputedStyle(el).top)) && frame.top < box.top,
          left: Math.round(box.left - (frame.left + widget.clientLeft)),
          right: Math.round(frame.left + widget.clientLeft + widget.clientWidth - box.right),
        };
      });
      // Nothing scrolling under it shows at its sides: it reaches the widget's frame on both.
      expect(edges, edges.name).toEqual({ name: edges.name, stuck: true, left: 0, right: 0 });
      checked++;
    }
    expect(checked).toBeGreaterThan(5);
    await context.close();
  });

  it('a result card keeps its label and value inside its border on a 320 px phone, even for an absurd cost', async () => {
    const query = 'cost-estimator.reasoning=1000000&cost-estimator.samples=1000&cost-estimator.priceReasoning=100000';
    for (const path of ['/playground/', `/playground/?${query}`]) {
      const { page, context } = await openPage(browser, path, { device: 'phone', viewport: { width: 320, height: 568 } });
      const cards = page.locator('cost-estimator-widget .widget-card');
      await cards.first().scrollIntoViewIfNeeded();
      await expect.poll(() => page.locator('cost-estimator-widget [data-out="card-voting"]').textContent()).toMatch(path.includes('?') ? /^\$100,030,000,000\.00$/ : /^\$25\.19$/);
      const spilled = await cards.evaluateAll((all) =>
        all.flatMap((card) => [...card.querySelectorAll('dt, dd')].filter((part) => part.scrollWidth > part.clientWidth).map((part) => part.textContent!.trim())),
      );
      expect(spilled, path).toEqual([]);
      await context.close();
    }
  });

  it('with the phone’s text at 150 %, no page scrolls sideways and no card clips its label', async () => {
    for (const path of ['/approaches/pure-rl/', '/takeaways/', '/playground/train/']) {
      const { page, context } = await openPage(browser, path, { device: 'phone' });
      // The browser's own text size setting: 24 px instead of 16 (what Android's font size slider does).
      const cdp = await context.newCDPSession(page);
      await cdp.send('Page.enable');
      await cdp.send('Page.setFontSizes', { fontSizes: { standard: 24, fixed: 24 } });
      await page.reload();
      expect(await page.evaluate(() => getComputedStyle(document.documentElement).fontSize)).toBe('24px');
      // Scroll through, so every widget starts and draws at this size.
      await page.evaluate(async () => {
        for (let y = 0; y < document.documentElement.scrollHeight; y += innerHeight * 0.8) {
          scrollTo(0, y);
          await new Promise((resolve) => setTimeout(resolve, 50));
        }
      });
      await expect.poll(() => page.evaluate(widerThanTheScreen), { message: path }).toEqual([]);
      const clipped = await page.locator('.widget-card dt').evaluateAll((labels) => labels.filter((label) => label.scrollWidth > label.clientWidth).map((label) => label.textContent));
      expect(clipped, path).toEqual([]);
      await context.close();
    }
  });
});
