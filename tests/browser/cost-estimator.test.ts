/**
 * Cost estimator on /playground/: typing values by keyboard, numbers checked against src/lib/cost.ts,
 * the state in the URL (and links from before the rename), hostile input, and the static version without
 * JavaScript.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, openPage } from './support';
import { readState } from '../../src/widgets/kit/url-state';
import { estimateCosts, formatMoney, formatNumber, formatRatio, type CostInputs } from '../../src/lib/cost';
import { defaultState } from '../../src/widgets/kit/schema';
import { costEstimator } from '../../src/widgets/cost-estimator/schema';
import { costChartFrame } from '../../src/widgets/cost-estimator/view';
import { fullyInView, launchThrottledBrowser, ONE_SCREEN_PX, svgPointOnPage, whenStarted, widgetHeight } from './widget-helpers';

const PATH = '/playground/';
const defaultCostInputs: CostInputs = defaultState(costEstimator);
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const widget = (page: Page) => page.locator('[data-widget="cost-estimator"]').first();

async function results(page: Page) {
  return widget(page).evaluate((root) =>
    [...root.querySelectorAll<HTMLElement>('tr[data-scenario]')].map((tr) => ({
      key: tr.dataset.scenario,
      tokens: tr.querySelector('[data-cell="tokens"]')!.textContent,
      cost: tr.querySelector('[data-cell="cost"]')!.textContent,
      ratio: tr.querySelector('[data-cell="ratio"]')!.textContent,
      formula: root.querySelector(`[data-formula="${tr.dataset.scenario}"]`)!.textContent,
    })),
  );
}

function expected(inp: CostInputs) {
  return estimateCosts(inp).map((s) => ({
    key: s.key,
    tokens: formatNumber(s.outputTokens),
    cost: formatMoney(s.cost),
    ratio: formatRatio(s.ratio),
    formula: s.formula,
  }));
}

/** Replace the value of the focused input by typing, as a keyboard user would. */
async function typeInto(page: Page, text: string) {
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Backspace');
  if (text) await page.keyboard.type(text);
}

const errorOf = (page: Page, field: string) => widget(page).locator(`[data-error-for="${field}"]`);

describe('cost estimator', () => {
  it('computes the module’s numbers for inputs typed with the keyboard and keeps them in the URL', async () => {
    const { page, consoleErrors } = await openPage(browser, PATH);
    expect(await results(page)).toEqual(expected(defaultCostInputs));
    // Hand-computed defaults at deepseek-reasoner's $2.19 per 1M output tokens: 300, 2,300 and 5 × 2,300 tokens
    // per question → $0.657, $5.037 and $25.185 per 1,000 questions.
    expect((await results(page)).map((r) => r.cost)).toEqual(['$0.66', '$5.04', '$25.19']);

    await widget(page).locator('input[data-field="answer"]').focus();
    await typeInto(page, '500');
    await page.keyboard.press('Tab');
    await typeInto(page, '4000');
    await page.keyboard.press('Tab');
    await typeInto(page, '8');
    await page.keyboard.press('Tab'); // prompt tokens
    await typeInto(page, '1000');
    await page.keyboard.press('Tab'); // plain price
    await typeInto(page, '2');
    await page.keyboard.press('Tab'); // reasoning price
    await typeInto(page, '8');
    await page.keyboard.press('Tab'); // input price
    await typeInto(page, '1');

    const inp: CostInputs = {
      answer: 500,
      reasoning: 4000,
      samples: 8,
      pricePlain: 2,
      priceReasoning: 8,
      inputTokens: 1000,
      priceInput: 1,
    };
    // The last box applies once typing pauses (boxes read on commit or after a pause).
    await expect.poll(() => results(page)).toEqual(expected(inp));
    const got = await results(page);
    // Hand-computed: $2, $37, $296.
    expect(got.map((r) => r.cost)).toEqual(['$2.00', '$37.00', '$296.00']);
    expect(await widget(page).locator('.cost-estimator-summary').innerText()).toMatch(/majority vote over 8 samples \$296\.00 \(148× the plain model\)/);

    // The URL follows once typing pauses.
    await expect
      .poll(() => Object.fromEntries(new URL(page.url()).searchParams))
      .toEqual({
        'cost-estimator.answer': '500',
        'cost-estimator.reasoning': '4000',
        'cost-estimator.samples': '8',
        'cost-estimator.pricePlain': '2',
        'cost-estimator.priceReasoning': '8',
        'cost-estimator.inputTokens': '1000',
        'cost-estimator.priceInput': '1',
      });
    const url = new URL(page.url());

    // The shared link restores the same state.
    const shared = await openPage(browser, `${url.pathname}${url.search}`);
    expect(await results(shared.page)).toEqual(expected(inp));
    expect(await widget(shared.page).locator('input[data-field="samples"]').inputValue()).toBe('8');
    expect(shared.consoleErrors).toEqual([]);
    await shared.context.close();

    // Reset returns to the defaults and cleans the URL.
    await widget(page).locator('.cost-estimator-reset').focus();
    await page.keyboard.press('Enter');
    expect(await results(page)).toEqual(expected(defaultCostInputs));
    expect(new URL(page.url()).search).toBe('');
    expect(consoleErrors).toEqual([]);
    await page.context().close();
  });

  it('rejects hostile input with a clear message, keeps the last valid result and injects nothing', async () => {
    const { page, consoleErrors } = await openPage(browser, PATH);
    const answer = widget(page).locator('input[data-field="answer"]');
    await answer.focus();
    await typeInto(page, '700');
    await page.keyboard.press('Enter'); // commits the box at once (otherwise it is read after a pause)
    const good = await results(page);
    expect(good).toEqual(expected({ ...defaultCostInputs, answer: 700 }));

    const cases: [string, string, RegExp][] = [
      ['answer', 'abc', /is not a number/],
      ['answer', '-5', /outside/],
      ['answer', '1e999', /not a finite number/],
      ['answer', '0x10', /is not a number/],
      ['answer', '<img src=x onerror=alert(1)>', /is not a number/],
      ['answer', '', /Empty/],
      ['samples', '2.5', /not a whole number/],
      ['samples', '0', /outside/],
      ['pricePlain', 'NaN', /is not a number/],
      ['pricePlain', 'Infinity', /is not a number/],
    ];
    for (const [field, text, message] of cases) {
      const input = widget(page).locator(`input[data-field="${field}"]`);
      // Pasted in one go (typing would pass through valid prefixes such as "1" of "1e999").
      await input.fill(text);
      await input.press('Enter');
      expect(await errorOf(page, field).innerText(), `${field}=${text}`).toMatch(message);
      expect(await errorOf(page, field).innerText()).toMatch(/Enter a (whole )?number from/);
      expect(await input.getAttribute('aria-invalid')).toBe('true');
      expect(await widget(page).locator('.cost-estimator-stale').isVisible()).toBe(true);
      expect(await results(page), `${field}=${text}`).toEqual(good);
      expect(await page.locator('img[src="x"]').count()).toBe(0);
      // Fix it again before the next case.
      await input.fill(String(field === 'answer' ? 700 : defaultCostInputs[field as keyof CostInputs]));
      await input.press('Enter');
      expect(await errorOf(page, field).innerText()).toBe('');
      expect(await input.getAttribute('aria-invalid')).toBeNull();
    }

    // A 1 MB paste: refused with a message, the results kept.
    await answer.fill('9'.repeat(1_000_000));
    await answer.press('Enter');
    expect(await errorOf(page, 'answer').innerText()).toMatch(/Too long: at most 40 characters/);
    expect(await results(page)).toEqual(good);
    // The URL still holds the last valid state.
    await expect.poll(() => new URL(page.url()).searchParams.get('cost-estimator.answer')).toBe('700');
    expect(consoleErrors).toEqual([]);
    await page.context().close();
  });

  it('ignores hostile URL values with a visible message', async () => {
    // Long enough to be refused, short enough for the local server's header limit.
    const big = '9'.repeat(5_000);
    const { page, consoleErrors } = await openPage(
      browser,
      `${PATH}?cost-estimator.answer=abc&cost-estimator.samples=%3Cscript%3Ealert(1)%3C%2Fscript%3E` +
        `&cost-estimator.reasoning=1e999&cost-estimator.pricePlain=-1&cost-estimator.priceReasoning=${big}`,
    );
    const box = widget(page).locator('.cost-estimator-problems');
    expect(await box.isVisible()).toBe(true);
    const text = await box.innerText();
    expect(text).toMatch(/^Some values in the link were ignored and replaced by defaults: /);
    expect(text).toMatch(/cost-estimator\.answer: "abc" is not a number/);
    expect(text).toMatch(/cost-estimator\.samples/);
    expect(text).toMatch(/cost-estimator\.reasoning: .*not a finite number/);
    expect(text).toMatch(/cost-estimator\.pricePlain: -1 is outside/);
    expect(text).toMatch(/cost-estimator\.priceReasoning: value longer than 40 characters/);
    expect(await page.locator('script:text("alert(1)")').count()).toBe(0);
    expect(await results(page)).toEqual(expected(defaultCostInputs));
    expect(consoleErrors).toEqual([]);
    await page.context().close();
  });

  it('still reads links shared before the rename (ce.answer=…) and rewrites them on the next change', async () => {
    const { page, consoleErrors } = await openPage(browser, `${PATH}?ce.answer=500&ce.samples=8`);
    const inp = { ...defaultCostInputs, answer: 500, samples: 8 };
    expect(await widget(page).locator('input[data-field="answer"]').inputValue()).toBe('500');
    expect(await widget(page).locator('input[data-field="samples"]').inputValue()).toBe('8');
    expect(await results(page)).toEqual(expected(inp));
    await widget(page).locator('input[data-field="reasoning"]').focus();
    await typeInto(page, '3000');
    await expect.poll(() => page.url()).toContain('cost-estimator.reasoning=3000');
    const params = Object.fromEntries(new URL(page.url()).searchParams);
    expect(params).toEqual({ 'cost-estimator.answer': '500', 'cost-estimator.samples': '8', 'cost-estimator.reasoning': '3000' });
    expect(await results(page)).toEqual(expected({ ...inp, reasoning: 3000 }));
    expect(consoleErrors).toEqual([]);
    await page.context().close();
  });

  it('shows the default table and formulas without JavaScript', async () => {
    const { page } = await openPage(browser, PATH, { javaScriptEnabled: false });
    expect(await widget(page).locator('form').isVisible()).toBe(false);
    expect(await widget(page).locator('.cost-estimator-static').isVisible()).toBe(true);
    expect(await results(page)).toEqual(expected(defaultCostInputs));
    await page.context().close();
  });
});

describe('cost estimator as an explorable', () => {
  const CHART = '[data-widget="cost-estimator"] svg[data-out="chart"]';
  const card = (page: Page, key: string) => widget(page).locator(`[data-out="card-${key}"]`);
  const costs = (inp: CostInputs) => estimateCosts(inp).map((s) => formatMoney(s.cost));

  it('fits its prices, result cards, chart, boxes and table summary on one screen at 1280×800', async () => {
    expect(await widgetHeight(browser, PATH, '[data-widget="cost-estimator"]')).toBeLessThanOrEqual(ONE_SCREEN_PX);
  });

  it('starts from DeepSeek-R1’s cited launch prices and switches to o1’s with one click', async () => {
    const { page, consoleErrors } = await openPage(browser, PATH);
    const r1 = widget(page).locator('[data-preset="r1"]');
    const o1 = widget(page).locator('[data-preset="o1"]');
    expect(await r1.getAttribute('aria-pressed')).toBe('true');
    expect(await widget(page).locator('[data-out="price-note"]').textContent()).toMatch(/^deepseek-reasoner at launch, 20 January 2025: \$2\.19 per 1M output/);
    expect(await widget(page).locator('a[data-cite-for="r1"]').getAttribute('href')).toBe('/reference/bibliography/#ref-deepseek-api-pricing');
    expect(await card(page, 'voting').textContent()).toBe('$25.19');

    await o1.focus();
    await page.keyboard.press('Enter');
    const o1Inputs = { ...defaultCostInputs, pricePlain: 60, priceReasoning: 60, priceInput: 15 };
    await expect.poll(() => card(page, 'voting').textContent()).toBe(costs(o1Inputs)[2]);
    expect(await results(page)).toEqual(expected(o1Inputs));
    expect(await o1.getAttribute('aria-pressed')).toBe('true');
    expect(await r1.getAttribute('aria-pressed')).toBe('false');
    expect(await widget(page).locator('a[data-cite-for="o1"]').isVisible()).toBe(true);
    expect(await widget(page).locator('a[data-cite-for="r1"]').isVisible()).toBe(false);
    // The ratios do not move with the price list: both rows use the same output price.
    expect(await widget(page).locator('[data-out="card-ratio-voting"]').textContent()).toBe('38.3× plain');
    await expect.poll(() => new URL(page.url()).searchParams.get('cost-estimator.pricePlain')).toBe('60');

    // Own prices: neither button is pressed and the note says so.
    const plain = widget(page).locator('input[data-field="pricePlain"]');
    await plain.fill('3');
    await plain.press('Enter');
    await expect.poll(() => widget(page).locator('[data-out="price-note"]').textContent()).toMatch(/^Your own prices/);
    expect(await o1.getAttribute('aria-pressed')).toBe('false');
    expect(consoleErrors).toEqual([]);
    await page.context().close();
  });

  it('sets the thinking tokens by dragging across the chart; the cards and the URL follow', async () => {
    const { page, consoleErrors } = await openPage(browser, PATH);
    await whenStarted(widget(page));
    const width = Number((await page.locator(CHART).getAttribute('viewBox'))!.split(' ')[2]);
    const frame = costChartFrame(defaultCostInputs, width);
    const from = await svgPointOnPage(page, CHART, frame.x(2000), (frame.top + frame.bottom) / 2);
    const to = await svgPointOnPage(page, CHART, frame.x(12_000), (frame.top + frame.bottom) / 2);
    await page.mouse.move(from.x, from.y);
    await page.mouse.down();
    await page.mouse.move(to.x, to.y, { steps: 8 });
    await page.mouse.up();
    await expect.poll(() => widget(page).locator('input[data-field="reasoning"]').inputValue()).toBe('12000');
    const inp = { ...defaultCostInputs, reasoning: 12_000 };
    expect(await card(page, 'reasoning').textContent()).toBe(costs(inp)[1]);
    expect(await card(page, 'voting').textContent()).toBe(costs(inp)[2]);
    expect(await results(page)).toEqual(expected(inp));
    await expect.poll(() => new URL(page.url()).searchParams.get('cost-estimator.reasoning')).toBe('12000');
    expect(consoleErrors).toEqual([]);
    await page.context().close();
  });

  it('moves the chart handle with the keyboard, keeping focus on it', async () => {
    const { page, consoleErrors } = await openPage(browser, PATH);
    const handle = widget(page).locator('[data-handle="reasoning"]');
    expect(await handle.getAttribute('role')).toBe('slider');
    await handle.focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => handle.getAttribute('aria-valuenow')).toBe('2200');
    expect(await widget(page).locator('input[data-field="reasoning"]').inputValue()).toBe('2200');
    expect(await card(page, 'reasoning').textContent()).toBe(costs({ ...defaultCostInputs, reasoning: 2200 })[1]);
    await page.keyboard.press('PageUp');
    await expect.poll(() => handle.getAttribute('aria-valuenow')).toBe('3200');
    await page.keyboard.press('Home');
    await expect.poll(() => handle.getAttribute('aria-valuenow')).toBe('0');
    // At 0 thinking tokens the reasoning model costs what the plain one does.
    expect(await card(page, 'reasoning').textContent()).toBe(await card(page, 'plain').textContent());
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-handle'))).toBe('reasoning');
    expect(consoleErrors).toEqual([]);
    await page.context().close();
  });

  it('keeps the result cards in view on a phone while a box below them changes', async () => {
    const { page, consoleErrors } = await openPage(browser, PATH, { device: 'phone' });
    const samples = widget(page).locator('input[data-field="samples"]');
    await whenStarted(widget(page));
    await samples.evaluate((el) => el.scrollIntoView({ block: 'end' }));
    await samples.fill('9');
    await samples.press('Enter');
    await expect.poll(() => card(page, 'voting').textContent()).toBe(costs({ ...defaultCostInputs, samples: 9 })[2]);
    expect(await fullyInView(page, '[data-widget="cost-estimator"] [data-out="card-voting"]')).toBe(true);
    // …and not under the phone's sticky "On this page" bar either.
    const belowBar = await page.locator('[data-widget="cost-estimator"] [data-out="card-voting"]').first().evaluate((el) => {
      const bar = document.querySelector('.toc-bar')?.getBoundingClientRect();
      return !bar || el.getBoundingClientRect().top >= bar.bottom - 1;
    });
    expect(belowBar).toBe(true);
    expect(await fullyInView(page, '[data-widget="cost-estimator"] input[data-field="samples"]')).toBe(true);
    expect(consoleErrors).toEqual([]);
    await page.context().close();
  });
});

describe('cost estimator after a burst of input, with Chromium’s navigation throttle on', () => {
  // Chromium throttles replaceState as in a reader's browser (see tests/browser/widget-robustness.test.ts).
  let throttled: Browser;
  beforeAll(async () => {
    throttled = await launchThrottledBrowser();
  });
  afterAll(async () => {
    await throttled?.close();
  });

  it('300 chart-handle steps and box edits leave the URL equal to the state', async () => {
    const { page, context, consoleErrors } = await openPage(throttled, PATH);
    await widget(page).locator('[data-handle="reasoning"]').focus();
    for (let k = 0; k < 250; k++) await page.keyboard.press('ArrowRight');
    const samples = widget(page).locator('input[data-field="samples"]');
    for (let k = 0; k < 50; k++) await samples.fill(String(1 + (k % 17)));
    await samples.press('Enter');
    const state = { ...defaultCostInputs, reasoning: 2000 + 250 * 100, samples: 1 + (49 % 17) };
    await expect
      .poll(() => readState(costEstimator.id, costEstimator.fields, new URL(page.url()).search).state, { timeout: 8000 })
      .toEqual(state);
    expect(await widget(page).locator('input[data-field="reasoning"]').inputValue()).toBe('27000');
    expect(await results(page)).toEqual(expected(state));
    expect(consoleErrors).toEqual([]);
    await context.close();
  });
});
