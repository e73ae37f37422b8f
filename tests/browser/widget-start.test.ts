/**
 * What keeps long pages light on a phone (issue 10, item 4), checked as a reader would notice it:
 *   - widgets start when needed (src/widgets/kit/start.ts): the ones far below the first screen wait,
 *     start before they scroll into view, start at once when the link carries their state, and a value
 *     put into a waiting widget's control (with its events, as a paste or assistive technology does)
 *     still applies;
 *   - every formula is one MathML tree, in the accessibility tree as it is on screen, and a wide one
 *     scrolls inside its box on a phone; long module listings start collapsed and open without JavaScript.
 */
import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openPage } from './support';

const PLAYGROUND = '/playground/';
const widget = (id: string) => `[data-widget="${id}"]`;
const started = (id: string) => `(() => document.querySelector('${widget(id)}')?.hasAttribute('data-started'))()`;

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

describe('widgets start when needed', () => {
  it('start the widget on the first screen, leave the ones far below waiting, and start those before they come into view', async () => {
    const { page, context, settled, consoleErrors } = await openPage(browser, PLAYGROUND, { device: 'phone' });
    await expect.poll(() => page.evaluate(started('approach-compare'))).toBe(true);
    await settled();
    // The last widget of the page is many screens down: it still shows its build-time view, untouched.
    expect(await page.evaluate(started('distillation-chart'))).toBe(false);
    // Scrolled to just above it (the widget itself still below the screen), it starts.
    await page.evaluate((selector) => {
      const top = document.querySelector(selector)!.getBoundingClientRect().top + scrollY;
      scrollTo(0, top - innerHeight - 100);
    }, widget('distillation-chart'));
    expect(await page.locator(widget('distillation-chart')).evaluate((el) => el.getBoundingClientRect().top >= innerHeight)).toBe(true);
    await expect.poll(() => page.evaluate(started('distillation-chart'))).toBe(true);
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  it('start at once, wherever they are on the page, when the link carries their state', async () => {
    const { page, context, consoleErrors } = await openPage(browser, `${PLAYGROUND}?distillation-chart.b=lcb`, { device: 'phone' });
    await expect.poll(() => page.evaluate(started('distillation-chart'))).toBe(true);
    expect(await page.locator(`${widget('distillation-chart')} [data-field="b"]`).inputValue()).toBe('lcb');
    await expect.poll(() => page.locator(`${widget('distillation-chart')} [data-out="caption-bench"]`).textContent()).toMatch(/LiveCodeBench/);
    // The page did not scroll to it: a link's state is restored in place.
    expect(await page.evaluate(() => scrollY)).toBe(0);
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  it('apply a value put into a waiting widget’s box with its input and change events', async () => {
    const { page, context, settled, consoleErrors } = await openPage(browser, PLAYGROUND, { device: 'phone' });
    await settled();
    const root = page.locator(widget('majority-vote'));
    expect(await page.evaluate(started('majority-vote'))).toBe(false);
    const before = await root.locator('[data-out="vote"]').getAttribute('data-value');
    await root.locator('#majority-vote-n').evaluate((box: HTMLInputElement) => {
      box.value = '9';
      box.dispatchEvent(new Event('input', { bubbles: true }));
      box.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await expect.poll(() => new URL(page.url()).searchParams.get('majority-vote.n')).toBe('9');
    expect(await root.locator('[data-out="n-label"]').textContent()).toBe('9');
    expect(await root.locator('[data-out="vote"]').getAttribute('data-value')).not.toBe(before);
    expect(await root.locator('#majority-vote-n').inputValue()).toBe('9');
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  it('keep what the reader is looking at in place when a widget above the screen starts and changes height', async () => {
    const { page, context, settled, consoleErrors } = await openPage(browser, PLAYGROUND);
    await settled();
    // The R1 pipeline, right above the cost estimator, is several screens tall until it starts (its
    // stages become tabs): jumping to the cost estimator brings the pipeline's end within reach.
    expect(await page.evaluate(started('r1-pipeline'))).toBe(false);
    const staticHeight = await page.locator(widget('r1-pipeline')).evaluate((el) => el.getBoundingClientRect().height);
    await page.locator(widget('cost-estimator')).evaluate((el) => el.scrollIntoView({ block: 'start' }));
    const top = await page.locator(widget('cost-estimator')).evaluate((el) => el.getBoundingClientRect().top);
    await expect.poll(() => page.evaluate(started('r1-pipeline'))).toBe(true);
    const startedHeight = await page.locator(widget('r1-pipeline')).evaluate((el) => el.getBoundingClientRect().height);
    expect(startedHeight).toBeLessThan(staticHeight - 500);
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    expect(await page.locator(widget('cost-estimator')).evaluate((el) => el.getBoundingClientRect().top)).toBeCloseTo(top, 0);
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  it('start when the reader first tabs into one that is still waiting', async () => {
    const { page, context, settled } = await openPage(browser, PLAYGROUND, { device: 'phone' });
    await settled();
    expect(await page.evaluate(started('cost-estimator'))).toBe(false);
    // Focus without scrolling, as a keyboard reader's Tab lands before the page has scrolled.
    await page.locator(`${widget('cost-estimator')} input[type="text"]`).first().evaluate((box: HTMLElement) => box.focus({ preventScroll: true }));
    expect(await page.evaluate(started('cost-estimator'))).toBe(true);
    await context.close();
  });
});

describe('long chapters stay light and readable', () => {
  it('expose every formula, as the MathML on screen, to screen readers', async () => {
    const { page, context } = await openPage(browser, '/approaches/pure-rl/', { device: 'phone' });
    expect(await page.locator('.katex-html, .katex-mathml').count()).toBe(0);
    const cdp = await context.newCDPSession(page);
    const { nodes } = await cdp.send('Accessibility.getFullAXTree');
    const exposed = nodes.filter((node) => !node.ignored && node.role?.value === 'MathMLMath').length;
    expect(exposed).toBeGreaterThan(100);
    expect(exposed).toBe(await page.locator('math').count());
    await context.close();
  });

  it('let a wide display formula scroll sideways to its end inside its box on a phone, never widening the page', async () => {
    const { page, context } = await openPage(browser, '/reference/formulas/', { device: 'phone' });
    // TinyZero's Countdown reward: three cases in words, about 600 px wide.
    const display = page.locator('#eq-tinyzero-countdown-reward .katex-display');
    await display.evaluate((d) => d.scrollIntoView({ block: 'center' }));
    await expect.poll(() => display.evaluate((d) => d.scrollWidth - d.clientWidth)).toBeGreaterThan(100);
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= innerWidth)).toBe(true);
    // Scrolled to its start, the formula's first token is inside the box; scrolled to its end, its last.
    const visibleEnds = await display.evaluate((d) => {
      const tokens = () => [...d.querySelectorAll('mi, mn, mo, mtext')].map((t) => t.getBoundingClientRect()).filter((r) => r.width > 0);
      const box = d.getBoundingClientRect();
      d.scrollLeft = 0;
      const left = Math.min(...tokens().map((r) => r.left));
      d.scrollLeft = d.scrollWidth;
      const right = Math.max(...tokens().map((r) => r.right));
      return { start: left >= box.left - 1 && left < box.right, end: right <= box.right + 1 && right > box.left };
    });
    expect(visibleEnds).toEqual({ start: true, end: true });
    await context.close();
  });

  it('collapse a long module listing, which opens without JavaScript and shows the module exactly as it runs', async () => {
    const { page, context } = await openPage(browser, '/approaches/pure-rl/', { javaScriptEnabled: false });
    const listing = page.locator('figure.source-code', { hasText: 'src/lib/rewards.ts' });
    expect(await listing.locator('details').evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
    expect(await listing.locator('pre').isVisible()).toBe(false);
    await listing.locator('summary').click();
    expect(await listing.locator('pre').isVisible()).toBe(true);
    const source = readFileSync(new URL('../../src/lib/rewards.ts', import.meta.url), 'utf8');
    expect((await listing.locator('pre code').textContent())!.trimEnd()).toBe(source.trimEnd());
    await context.close();
  });
});
