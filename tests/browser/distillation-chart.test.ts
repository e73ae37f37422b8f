/**
 * Distillation chart on /playground/: benchmark selection by keyboard, bars and table checked
 * against src/data/distillation-results.ts, the URL state (and links from before the rename), hostile
 * URL values, and the static version without JavaScript.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, openPage } from './support';
import { readState } from '../../src/widgets/kit/url-state';
import { resultTables, table5, type BenchmarkId } from '../../src/data/distillation-results';
import { distillationChart } from '../../src/widgets/distillation-chart/schema';
import { chartLayout, describeChart, formatValue, modelAfterKey, rowLabel, summaryText } from '../../src/widgets/distillation-chart/view';
import { fullyInView, launchThrottledBrowser, ONE_SCREEN_PX, svgPointOnPage, whenStarted, widgetHeight } from './widget-helpers';

const PATH = '/playground/';
const DEFAULT_BENCHMARK = distillationChart.fields.b.default as BenchmarkId;
const DEFAULT_REF = distillationChart.fields.ref.default;
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const widget = (page: Page) => page.locator('[data-widget="distillation-chart"]').first();

/** Label → value pairs drawn in the SVG, in order. */
async function bars(page: Page) {
  return widget(page).evaluate((root) => {
    const texts = [...root.querySelectorAll('svg .bars-layer > *')];
    const out: [string, string][] = [];
    for (let i = 0; i < texts.length; i++) {
      if (texts[i]!.classList.contains('bar')) out.push([texts[i - 1]!.textContent!, texts[i + 1]!.textContent!]);
    }
    return out;
  });
}

function expectedBars(b: BenchmarkId): [string, string][] {
  return resultTables.flatMap((t) =>
    t.benchmarks.includes(b) ? t.rows.map((r): [string, string] => [rowLabel(r), formatValue(r.values[b]!, b)]) : [],
  );
}

/** Bar widths are proportional to the values (same scale for every bar). */
async function widthsPerValue(page: Page) {
  return widget(page).evaluate((root) => {
    const rects = [...root.querySelectorAll<SVGRectElement>('svg rect.bar')];
    return rects.map((r) => {
      const value = Number(r.nextElementSibling!.textContent);
      return Number(r.getAttribute('width')) / value;
    });
  });
}

async function selectedColumn(page: Page) {
  return widget(page).evaluate((root) => [
    ...new Set([...root.querySelectorAll<HTMLElement>('.distillation-chart-selected')].map((c) => c.dataset.b)),
  ]);
}

describe('distillation chart', () => {
  it('redraws for a benchmark chosen with the keyboard and matches the data module', async () => {
    const { page, consoleErrors } = await openPage(browser, PATH);
    expect(await bars(page)).toEqual(expectedBars(DEFAULT_BENCHMARK));

    const select = widget(page).locator('select');
    await select.focus();
    await page.keyboard.press('ArrowDown'); // AIME cons@64
    await page.keyboard.press('ArrowDown'); // MATH-500
    expect(await select.inputValue()).toBe('math500');
    expect(await bars(page)).toEqual(expectedBars('math500'));
    // e.g. R1-Zero-Qwen-32B (RL only) 91.6, R1-Distill-Qwen-32B 94.3
    expect(await bars(page)).toContainEqual(['DeepSeek-R1-Zero-Qwen-32B (RL only)', '91.6']);
    const ratios = await widthsPerValue(page);
    // (widths are rounded to 0.01 units)
    for (const r of ratios) expect(r).toBeCloseTo(ratios[0]!, 3);
    expect(await selectedColumn(page)).toEqual(['math500']);
    expect(await widget(page).locator('.distillation-chart-summary').innerText()).toBe(summaryText({ b: 'math500', ref: DEFAULT_REF }));
    await expect.poll(() => new URL(page.url()).searchParams.get('distillation-chart.b')).toBe('math500');

    // The SVG is a named group (it holds the reference slider) whose description is the full data for the benchmark.
    const svg = widget(page).locator('svg[data-out="chart"]');
    expect(await svg.getAttribute('role')).toBe('group');
    const titleId = (await svg.getAttribute('aria-labelledby'))!;
    const descId = (await svg.getAttribute('aria-describedby'))!;
    expect(await page.locator(`#${titleId}`).textContent()).toMatch(/^MATH-500 pass@1/);
    expect(await page.locator(`#${descId}`).textContent()).toBe(describeChart('math500'));

    await page.keyboard.press('End'); // Codeforces rating
    expect(await select.inputValue()).toBe('cf');
    const cf = await bars(page);
    expect(cf).toEqual(expectedBars('cf'));
    expect(cf).toHaveLength(table5.rows.length);
    expect(cf).toContainEqual(['DeepSeek-R1-Distill-Llama-70B', '1633']);
    expect(await widget(page).locator('svg text.note').textContent()).toBe('Codeforces rating is not reported in Table 6.');

    // A shared link restores the benchmark.
    const shared = await openPage(browser, `${PATH}?distillation-chart.b=cf`);
    expect(await widget(shared.page).locator('select').inputValue()).toBe('cf');
    expect(await bars(shared.page)).toEqual(expectedBars('cf'));
    expect(shared.consoleErrors).toEqual([]);
    await shared.context.close();

    expect(consoleErrors).toEqual([]);
    await page.context().close();
  });

  it('keeps the table as the full source of truth', async () => {
    const { page } = await openPage(browser, PATH);
    for (const table of resultTables) {
      const cells = await widget(page)
        .locator(`table[data-table="${table.key}"] tbody tr`)
        .evaluateAll((rows) =>
          rows.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent!.trim())),
        );
      expect(cells).toEqual(table.rows.map((r) => table.benchmarks.map((b) => formatValue(r.values[b]!, b))));
    }
    await page.context().close();
  });

  it('ignores hostile URL values with a visible message and injects nothing', async () => {
    for (const value of [
      '%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E',
      'gpqa%22%3E%3Cscript%3Ealert(1)%3C/script%3E',
      'x'.repeat(5000),
      '',
    ]) {
      const { page, consoleErrors } = await openPage(browser, `${PATH}?distillation-chart.b=${value}`);
      const box = widget(page).locator('.distillation-chart-problems');
      expect(await box.isVisible(), value.slice(0, 40)).toBe(true);
      expect(await box.innerText()).toMatch(/not recognised/);
      expect(await widget(page).locator('select').inputValue()).toBe(DEFAULT_BENCHMARK);
      expect(await bars(page)).toEqual(expectedBars(DEFAULT_BENCHMARK));
      expect(await page.locator('img[src="x"]').count()).toBe(0);
      expect(consoleErrors).toEqual([]);
      await page.context().close();
    }
  });

  it('still reads links shared before the rename (dc.b=…) and rewrites them on the next change', async () => {
    const { page, consoleErrors } = await openPage(browser, `${PATH}?dc.b=gpqa`);
    const select = widget(page).locator('select');
    expect(await select.inputValue()).toBe('gpqa');
    expect(await bars(page)).toEqual(expectedBars('gpqa'));
    expect(await selectedColumn(page)).toEqual(['gpqa']);
    await select.focus();
    await page.keyboard.press('ArrowDown'); // LiveCodeBench
    await expect.poll(() => page.url()).toContain('distillation-chart.b=lcb');
    expect(page.url()).not.toContain('dc.b');
    expect(await bars(page)).toEqual(expectedBars('lcb'));
    expect(consoleErrors).toEqual([]);
    await page.context().close();
  });

  it('lays the chart out at phone width with readable text', async () => {
    const { page } = await openPage(browser, PATH, { device: 'phone' });
    await whenStarted(widget(page));
    const sizes = await widget(page).evaluate((root) => {
      const svg = root.querySelector('svg')!;
      const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
      return [...svg.querySelectorAll('text')].map((t) => parseFloat(getComputedStyle(t).fontSize) * scale);
    });
    for (const px of sizes) expect(px).toBeGreaterThanOrEqual(12.5);
    await page.context().close();
  });

  it('shows the default chart and both tables without JavaScript', async () => {
    const { page } = await openPage(browser, PATH, { javaScriptEnabled: false });
    expect(await widget(page).locator('select').isVisible()).toBe(false);
    expect(await bars(page)).toEqual(expectedBars(DEFAULT_BENCHMARK));
    expect(await widget(page).locator('table').count()).toBe(2);
    expect(await selectedColumn(page)).toEqual([DEFAULT_BENCHMARK]);
    await page.context().close();
  });
});

describe('distillation chart as an explorable', () => {
  const ROOT = '[data-widget="distillation-chart"]';
  const CHART = `${ROOT} svg[data-out="chart"]`;
  const summary = (page: Page) => widget(page).locator('.distillation-chart-summary');
  /** The gap label drawn on a model's row (the text after its value). */
  const gapOf = (page: Page, label: string) =>
    widget(page).evaluate((root, wanted) => {
      const texts = [...root.querySelectorAll('svg .bars-layer > *')];
      const i = texts.findIndex((t) => t.classList.contains('label') && t.textContent === wanted);
      return texts[i + 3]?.textContent ?? null;
    }, label);

  it('fits its selector, summary, chart and table summary on one screen at 1280×800', async () => {
    expect(await widgetHeight(browser, PATH, ROOT)).toBeLessThanOrEqual(ONE_SCREEN_PX);
  });

  it('picks the reference model by dragging down the chart; gaps, summary and URL follow', async () => {
    const { page, consoleErrors } = await openPage(browser, PATH);
    await page.locator(CHART).scrollIntoViewIfNeeded();
    expect(await gapOf(page, 'DeepSeek-R1-Distill-Qwen-7B')).toBe('+8.5');
    const width = Number((await page.locator(CHART).getAttribute('viewBox'))!.split(' ')[2]);
    const layout = chartLayout({ b: DEFAULT_BENCHMARK, ref: DEFAULT_REF }, width);
    const rowOf = (label: string) => layout.rows.find((r) => r.label === label)!;
    const start = rowOf('GPT-4o-0513');
    const end = rowOf('DeepSeek-R1-Distill-Qwen-7B');
    const from = await svgPointOnPage(page, CHART, width / 2, (start.top + start.bottom) / 2);
    const to = await svgPointOnPage(page, CHART, width / 2, (end.top + end.bottom) / 2);
    await page.mouse.move(from.x, from.y);
    await page.mouse.down();
    await page.mouse.move(to.x, to.y, { steps: 8 });
    await page.mouse.up();
    const ref = 'deepseek-r1-distill-qwen-7b';
    await expect.poll(() => summary(page).innerText()).toBe(summaryText({ b: DEFAULT_BENCHMARK, ref }));
    expect(await gapOf(page, 'DeepSeek-R1-Distill-Qwen-7B')).toBe('ref');
    expect(await gapOf(page, 'DeepSeek-R1-Zero-Qwen-32B (RL only)')).toBe('−8.5');
    expect(await widget(page).locator('[data-handle="ref"]').getAttribute('aria-valuetext')).toBe('DeepSeek-R1-Distill-Qwen-7B, 55.5');
    await expect.poll(() => new URL(page.url()).searchParams.get('distillation-chart.ref')).toBe(ref);
    // The table marks the reference's rows too.
    expect(await widget(page).locator('tr.distillation-chart-ref-model').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-model')))).toEqual([ref]);

    // A shared link restores it, with the benchmark.
    const shared = await openPage(browser, `${PATH}?distillation-chart.b=gpqa&distillation-chart.ref=${ref}`);
    expect(await summary(shared.page).innerText()).toBe(summaryText({ b: 'gpqa', ref }));
    expect(shared.consoleErrors).toEqual([]);
    await shared.context.close();
    expect(consoleErrors).toEqual([]);
    await page.context().close();
  });

  it('moves the reference with the keyboard, keeping focus on it', async () => {
    const { page, consoleErrors } = await openPage(browser, PATH);
    const handle = widget(page).locator('[data-handle="ref"]');
    expect(await handle.getAttribute('role')).toBe('slider');
    await handle.focus();
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => handle.getAttribute('aria-valuetext')).toBe('DeepSeek-R1-Distill-Qwen-32B (SFT only), 72.6');
    expect(await summary(page).innerText()).toBe(summaryText({ b: DEFAULT_BENCHMARK, ref: 'deepseek-r1-distill-qwen-32b' }));
    expect(await gapOf(page, 'DeepSeek-R1-Zero-Qwen-32B (RL only)')).toBe('−25.6');
    await page.keyboard.press('End');
    await expect.poll(() => handle.getAttribute('aria-valuetext')).toBe('DeepSeek-R1-Distill-Llama-70B, 70.0');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-handle'))).toBe('ref');
    expect(consoleErrors).toEqual([]);
    await page.context().close();
  });

  it('keeps the summary in view on a phone while the reference changes on the chart below it', async () => {
    const { page, consoleErrors } = await openPage(browser, PATH, { device: 'phone' });
    // Scroll until the chart's last rows are at the bottom of the screen, as a reader working down the chart would.
    await page.locator(CHART).evaluate((el) => el.scrollIntoView({ block: 'end' }));
    const handle = widget(page).locator('[data-handle="ref"]');
    await handle.focus();
    await page.keyboard.press('End');
    await expect.poll(() => summary(page).innerText()).toBe(summaryText({ b: DEFAULT_BENCHMARK, ref: 'deepseek-r1-distill-llama-70b' }));
    expect(await fullyInView(page, `${ROOT} .distillation-chart-summary`)).toBe(true);
    expect(await fullyInView(page, `${ROOT} select`)).toBe(true);
    // …and not under the phone's sticky "On this page" bar either.
    const belowBar = await page.locator(`${ROOT} select`).first().evaluate((el) => {
      const bar = document.querySelector('.toc-bar')?.getBoundingClientRect();
      return !bar || el.getBoundingClientRect().top >= bar.bottom - 1;
    });
    expect(belowBar).toBe(true);
    expect(consoleErrors).toEqual([]);
    await page.context().close();
  });
});

describe('distillation chart after a burst of input, with Chromium’s navigation throttle on', () => {
  // Chromium throttles replaceState as in a reader's browser (see tests/browser/widget-robustness.test.ts).
  let throttled: Browser;
  beforeAll(async () => {
    throttled = await launchThrottledBrowser();
  });
  afterAll(async () => {
    await throttled?.close();
  });

  it('300 key presses on the reference and the benchmark leave the URL equal to the state', async () => {
    const { page, context, consoleErrors } = await openPage(throttled, PATH);
    let state = { b: DEFAULT_BENCHMARK as string, ref: DEFAULT_REF as string };
    await widget(page).locator('[data-handle="ref"]').focus();
    for (let k = 0; k < 280; k++) {
      const key = k % 3 === 2 ? 'ArrowUp' : 'ArrowDown';
      await page.keyboard.press(key);
      state = { ...state, ref: modelAfterKey(state, key) ?? state.ref };
    }
    const select = widget(page).locator('select');
    await select.focus();
    for (let k = 0; k < 20; k++) await page.keyboard.press(k % 2 ? 'ArrowUp' : 'ArrowDown');
    await page.keyboard.press('ArrowDown');
    state = { ...state, b: 'aime-cons64' };
    await expect
      .poll(() => readState(distillationChart.id, distillationChart.fields, new URL(page.url()).search).state, { timeout: 8000 })
      .toEqual(state);
    expect(await widget(page).locator('.distillation-chart-summary').innerText()).toBe(summaryText(state));
    expect(consoleErrors).toEqual([]);
    await context.close();
  });
});
