/**
 * Distillation chart on /playground/: benchmark selection by keyboard, bars and table checked
 * against src/data/distillation-results.ts, the URL state (and links from before the rename), hostile
 * URL values, and the static version without JavaScript.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, openPage } from './support';
import { resultTables, table5, type BenchmarkId } from '../../src/data/distillation-results';
import { distillationChart } from '../../src/widgets/distillation-chart/schema';
import { describeChart, formatValue, rowLabel, summaryText } from '../../src/widgets/distillation-chart/view';

const PATH = '/playground/';
const DEFAULT_BENCHMARK = distillationChart.fields.b.default as BenchmarkId;
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
    expect(await widget(page).locator('.distillation-chart-summary').innerText()).toBe(summaryText('math500'));
    await expect.poll(() => new URL(page.url()).searchParams.get('distillation-chart.b')).toBe('math500');

    // The SVG is an image whose text alternative is the full data for the benchmark.
    const svg = widget(page).locator('svg');
    expect(await svg.getAttribute('role')).toBe('img');
    const [titleId, descId] = (await svg.getAttribute('aria-labelledby'))!.split(' ');
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
