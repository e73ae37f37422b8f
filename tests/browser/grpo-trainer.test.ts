/**
 * The in-browser GRPO run: training in a worker raises accuracy within a fixed number of steps, the
 * browser's curve is the Node curve step for step, settings live in the URL, and the recorded run is
 * there without JavaScript. As an explorable: one screen at 1280×800, the result in view on a phone,
 * and a step cursor on the accuracy chart (drag, point, keys) that shows the group sampled at that step.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, runTraining, type StepMetrics } from '../../src/lib/trainer';
import { RECORDED_STEPS } from '../../src/widgets/grpo-trainer/schema';
import { chartFrame, CHARTS, curvesFromMetrics, emptyCurves, groupSummary, shortValue, stepAxisMax, valueAt } from '../../src/widgets/grpo-trainer/view';
import { launchBrowser, openPage } from './support';
import { fullyInView, ONE_SCREEN_PX, svgPointOnPage, typeInto, widgetHeight } from './widget-helpers';

const PATH = '/playground/train/';
const ROOT = '[data-widget="grpo-trainer"]';

const metric = (page: Page, name: string) => page.locator(`${ROOT} [data-metric="${name}"]`).first();
const status = (page: Page) => page.locator(`${ROOT} [data-out="status"]`).first();
/** "63.00%" -> 0.63 (and the kit's "<0.01%" / ">99.99%" forms). */
const share = (text: string | null): number => Number((text ?? '').replace(/[<>%]/g, '')) / 100;

const percentOf = (x: number): string => `${(x * 100).toFixed(2)}%`;

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function waitUntilReady(page: Page): Promise<void> {
  await expect.poll(() => status(page).textContent(), { timeout: 30_000 }).toContain('Ready');
}

describe('GRPO trainer', () => {
  it('trains in a Web Worker: accuracy at least doubles and passes 30 % within 60 steps', async () => {
    // How long the main thread's tasks take while training is a timing figure: `npm run bench:trainer-browser`
    // prints it (and steps per second in Chromium). Here: the training runs in a worker, not on the page.
    const { page, context, consoleErrors } = await openPage(browser, PATH);
    await waitUntilReady(page);
    const start = share(await metric(page, 'accuracy').textContent());
    expect(start).toBeLessThan(0.1);
    expect(await metric(page, 'step').textContent()).toBe('0');
    expect(page.workers().map((w) => w.url()).filter((url) => /worker/.test(url))).toHaveLength(1);

    await page.click(`${ROOT} [data-action="train"]`);
    // Step and accuracy read together, in one task of the page; the timeout only catches a hang.
    const reading = () => page.evaluate((root) => {
      const text = (name: string) => document.querySelector(`${root} [data-metric="${name}"]`)?.textContent ?? '';
      return { step: Number(text('step')), accuracy: Number(text('accuracy').replace(/[<>%]/g, '')) / 100 };
    }, ROOT);
    let reached = { step: 0, accuracy: 0 };
    await expect
      .poll(async () => (reached = await reading()).accuracy, { timeout: 180_000, interval: 50 })
      .toBeGreaterThanOrEqual(Math.max(0.3, 2 * start));
    await page.click(`${ROOT} [data-action="pause"]`);
    await expect.poll(() => status(page).textContent()).toContain('Paused');
    console.log(`grpo-trainer: ${percentOf(start)} → ${percentOf(reached.accuracy)} at step ${reached.step}`);
    // The Node run of the same settings passes 30 % in about 25 steps.
    expect(reached.step).toBeLessThanOrEqual(60);
    expect(Number(await metric(page, 'mean-reward').textContent())).toBeGreaterThan(0.1);
    // The charts were redrawn by the live run, and the group table shows G = 16 answers.
    expect(await page.locator(`${ROOT} svg[data-chart="accuracy"] path.grpo-trainer-run`).count()).toBe(1);
    expect(await page.locator(`${ROOT} [data-out="rows"] tr`).count()).toBe(16);

    // Keep the run for comparison, then start another one: the kept curve stays, dashed, under its label.
    await page.click(`${ROOT} [data-action="pin"]`);
    await expect.poll(() => page.locator(`${ROOT} [data-out="compare-label"]`).textContent()).toContain('Kept run (GRPO');
    const kept = await page.locator(`${ROOT} svg[data-chart="accuracy"] path.grpo-trainer-compare`).getAttribute('d');
    await page.click(`${ROOT} input[data-field="algorithm"][value="ppo"]`);
    await expect.poll(() => page.locator(`${ROOT} [data-out="run-label"]`).textContent()).toContain('PPO');
    await waitUntilReady(page);
    expect(await page.locator(`${ROOT} svg[data-chart="accuracy"] path.grpo-trainer-compare`).getAttribute('d')).toBe(kept);
    expect(consoleErrors).toEqual([]);
    await context.close();
  }, 240_000);

  it('computes exactly the curve Node computes (same seed and settings)', async () => {
    const STEPS = 6;
    const expected: StepMetrics[] = runTraining(DEFAULT_SETTINGS, STEPS);
    const { page, context, consoleErrors } = await openPage(browser, PATH);
    await waitUntilReady(page);
    await page.click(`${ROOT} [data-action="train"]`);
    await expect.poll(async () => Number(await metric(page, 'step').textContent()), { timeout: 30_000 }).toBeGreaterThanOrEqual(STEPS);
    await page.click(`${ROOT} [data-action="pause"]`);
    const history = await page.evaluate(
      (n) => (document.querySelector('grpo-trainer-widget') as unknown as { runHistory: unknown[] }).runHistory.slice(0, n),
      STEPS,
    );
    expect(history).toEqual(expected);
    expect(consoleErrors).toEqual([]);
    await context.close();
  }, 90_000);

  it('restores its settings from a link and writes changes back to the URL', async () => {
    const query = '?grpo-trainer.algorithm=ppo&grpo-trainer.beta=0.04&grpo-trainer.g=8&grpo-trainer.seed=7&grpo-trainer.std=none&grpo-trainer.base=random';
    const { page, context, consoleErrors } = await openPage(browser, PATH + query);
    expect(await page.isChecked(`${ROOT} input[data-field="algorithm"][value="ppo"]`)).toBe(true);
    expect(await page.isChecked(`${ROOT} input[data-field="std"][value="none"]`)).toBe(true);
    expect(await page.isChecked(`${ROOT} input[data-field="base"][value="random"]`)).toBe(true);
    expect(await page.inputValue('#grpo-trainer-beta')).toBe('0.04');
    expect(await page.inputValue('#grpo-trainer-g')).toBe('8');
    expect(await page.inputValue('#grpo-trainer-seed')).toBe('7');
    await expect.poll(() => page.locator(`${ROOT} [data-out="run-label"]`).textContent()).toContain('PPO, G = 8, β = 0.04');

    await typeInto(page, '#grpo-trainer-lr', '0.005');
    await expect.poll(() => page.url()).toContain('grpo-trainer.lr=0.005');
    expect(page.url()).toContain('grpo-trainer.algorithm=ppo');
    // Back to the default algorithm: the key leaves the URL (defaults are not written).
    await page.click(`${ROOT} input[data-field="algorithm"][value="grpo"]`);
    await expect.poll(() => page.url()).not.toContain('grpo-trainer.algorithm');
    expect(page.url()).toContain('grpo-trainer.lr=0.005');
    // A bad value from a link is reported and ignored.
    const bad = await openPage(browser, `${PATH}?grpo-trainer.g=1000`);
    expect(await bad.page.inputValue('#grpo-trainer-g')).toBe(String(DEFAULT_SETTINGS.groupSize));
    await expect.poll(() => bad.page.locator(`${ROOT} [data-out="note"]`).textContent()).toContain('Ignored from the link');
    await bad.context.close();
    expect(consoleErrors).toEqual([]);
    await context.close();
  }, 60_000);

  it('shows the recorded run without JavaScript', async () => {
    const { page, context } = await openPage(browser, PATH, { javaScriptEnabled: false });
    expect(await metric(page, 'step').textContent()).toBe(String(RECORDED_STEPS));
    expect(share(await metric(page, 'accuracy').textContent())).toBeGreaterThanOrEqual(0.6);
    expect(await page.locator(`${ROOT} svg[data-chart] path.grpo-trainer-run`).count()).toBe(5);
    expect(await page.locator(`${ROOT} [data-out="rows"] tr`).count()).toBe(DEFAULT_SETTINGS.groupSize);
    expect(await page.isVisible(`${ROOT} [data-action="train"]`)).toBe(false);
    await context.close();
  });
});

/** Train the default run until it has at least `steps` steps, then pause (a fixed step count, not a time). */
async function trainAndPause(page: Page, steps: number): Promise<number> {
  await waitUntilReady(page);
  await page.click(`${ROOT} [data-action="train"]`);
  await expect.poll(async () => Number(await metric(page, 'step').textContent()), { timeout: 120_000 }).toBeGreaterThanOrEqual(steps);
  await page.click(`${ROOT} [data-action="pause"]`);
  await expect.poll(() => status(page).textContent()).toMatch(/^Paused at step \d+/);
  const paused = Number((await status(page).textContent())!.match(/\d+/)![0]);
  // The cards follow the run's last step (they are redrawn a few times a second).
  await expect.poll(() => metric(page, 'step').textContent()).toBe(String(paused));
  return paused;
}

describe('GRPO trainer as an explorable', () => {
  const CHART = `${ROOT} svg[data-chart="accuracy"]`;
  const heading = (page: Page) => page.locator(`${ROOT} [data-out="group-heading"]`).textContent();
  /** The Node run of the default settings: what the page must show at each step. */
  const expected = runTraining(DEFAULT_SETTINGS, 24);
  const expectedCurves = curvesFromMetrics('Node', 0, expected);
  const headingAt = (step: number) => groupSummary(step, expected[step - 1]!.sample).heading;

  /** Where a step is on the accuracy chart, on the page (its step axis is as long as the recorded run). */
  async function stepPoint(page: Page, step: number): Promise<{ x: number; y: number }> {
    const width = Number((await page.locator(CHART).getAttribute('viewBox'))!.split(' ')[2]);
    const frame = chartFrame(false, width);
    const xMax = stepAxisMax({ ...emptyCurves('recorded', 0), accuracy: new Array(RECORDED_STEPS).fill(0) });
    return svgPointOnPage(page, CHART, frame.left + (step / xMax) * (frame.right - frame.left), frame.top + 40);
  }

  it('fits its controls, cards, five charts and the group panel on one screen at 1280×800', async () => {
    expect(await widgetHeight(browser, PATH, ROOT)).toBeLessThanOrEqual(ONE_SCREEN_PX);
    const { page, context, consoleErrors } = await openPage(browser, PATH);
    await waitUntilReady(page);
    // Everything the reader works or watches is shown, not behind a disclosure.
    const shown = [
      ...['algorithm', 'std'].map((field) => `${ROOT} input[data-field="${field}"]`),
      ...['g', 'beta', 'eps', 'lr', 'seed'].map((field) => `#grpo-trainer-${field}`),
      ...['train', 'pause', 'reset', 'pin'].map((action) => `${ROOT} [data-action="${action}"]`),
      ...CHARTS.map((spec) => `${ROOT} svg[data-chart="${spec.key}"]`),
      `${ROOT} [data-out="group-heading"]`,
      `${ROOT} [data-out="group-rows"]`,
    ];
    for (const selector of shown) expect(await page.locator(selector).first().isVisible(), selector).toBe(true);
    // The full table of the group and the starting policy wait behind disclosures.
    expect(await page.locator(`${ROOT} [data-out="rows"]`).isVisible()).toBe(false);
    expect(await page.locator(`${ROOT} input[data-field="base"]`).first().isVisible()).toBe(false);
    expect(consoleErrors).toEqual([]);
    await context.close();
  }, 60_000);

  it('keeps the step, the accuracy and its chart in view on a phone while a setting changes and while it trains', async () => {
    const { page, context, consoleErrors } = await openPage(browser, PATH, { device: 'phone' });
    await waitUntilReady(page);
    const result = [`${ROOT} [data-metric="step"]`, `${ROOT} [data-metric="accuracy"]`, CHART];
    // Scroll until the β slider is at the bottom of the screen, as a reader reaching for it would, and move it.
    const beta = '#grpo-trainer-beta-range';
    await page.locator(beta).evaluate((el) => el.scrollIntoView({ block: 'end' }));
    await page.locator(beta).focus();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => page.locator(`${ROOT} [data-out="run-label"]`).textContent()).toContain('β = 0.011');
    for (const selector of [...result, beta]) expect(await fullyInView(page, selector), selector).toBe(true);

    // Train, and scroll on to the group panel at the end of the widget, past the settings: the result stays on screen.
    await waitUntilReady(page);
    await page.locator(`${ROOT} [data-action="train"]`).evaluate((button) => (button as HTMLButtonElement).click());
    await page.locator(`${ROOT} [data-out="group-rows"]`).evaluate((el) => el.scrollIntoView({ block: 'end' }));
    await expect.poll(async () => Number(await metric(page, 'step').textContent()), { timeout: 120_000 }).toBeGreaterThanOrEqual(3);
    for (const selector of result) expect(await fullyInView(page, selector), selector).toBe(true);
    // ... because it stays in view: the widget's own top has scrolled away above the screen.
    expect(await page.locator(ROOT).evaluate((el) => el.getBoundingClientRect().top)).toBeLessThan(0);
    await page.locator(`${ROOT} [data-action="pause"]`).evaluate((button) => (button as HTMLButtonElement).click());
    // A tap on the chart shows that step's group.
    const tap = await stepPoint(page, 2);
    await page.touchscreen.tap(tap.x, tap.y);
    await expect.poll(() => heading(page)).toMatch(/^Step 2, one group/);
    expect(consoleErrors).toEqual([]);
    await context.close();
  }, 180_000);

  it('shows the group sampled at any step: drag across the accuracy chart, or point at it', async () => {
    const { page, context, consoleErrors } = await openPage(browser, PATH);
    const latest = await trainAndPause(page, 24);
    await expect.poll(() => heading(page)).toMatch(new RegExp(`^Step ${latest}, one group`));
    expect(await page.locator(`${ROOT} .grpo-trainer-cursor-line`).count()).toBe(0);

    // Drag from step 5 to step 20.
    const from = await stepPoint(page, 5);
    const to = await stepPoint(page, 20);
    await page.mouse.move(from.x, from.y);
    await page.mouse.down();
    await page.mouse.move(to.x, to.y, { steps: 6 });
    await page.mouse.up();
    await expect.poll(() => heading(page)).toBe(headingAt(20));
    expect(await page.locator(`${ROOT} [data-out="rows"] tr`).count()).toBe(DEFAULT_SETTINGS.groupSize);
    expect(await page.locator(`${ROOT} [data-out="caption"]`).textContent()).toBe(`Step 20: all ${DEFAULT_SETTINGS.groupSize} answers of the group`);
    // Every chart marks step 20, and the small charts' captions give their values there, as Node computed them.
    expect(await page.locator(`${ROOT} .grpo-trainer-cursor-line`).count()).toBe(CHARTS.length);
    for (const spec of CHARTS.slice(1)) {
      expect(await page.locator(`${ROOT} [data-out="at-${spec.key}"]`).textContent(), spec.key).toBe(shortValue(spec, valueAt(expectedCurves, spec.key, 20)));
    }
    expect(await page.locator(`${CHART} .grpo-trainer-cursor-label`).textContent()).toContain(`step 20 · ${shortValue(CHARTS[0]!, expected[19]!.accuracy)}`);
    // The cards keep the run's newest values.
    expect(await metric(page, 'step').textContent()).toBe(String(latest));

    // Pointing (without pressing) previews a step; leaving the chart returns to the pinned one.
    const point = await stepPoint(page, 7);
    await page.mouse.move(point.x, point.y, { steps: 3 });
    await expect.poll(() => heading(page)).toBe(headingAt(7));
    await page.mouse.move(point.x, point.y + 400, { steps: 3 });
    await expect.poll(() => heading(page)).toBe(headingAt(20));
    expect(consoleErrors).toEqual([]);
    await context.close();
  }, 180_000);

  it('moves the step cursor with the keyboard, keeping focus on its handle', async () => {
    const { page, context, consoleErrors } = await openPage(browser, PATH);
    const latest = await trainAndPause(page, 24);
    const handle = page.locator(`${CHART} [data-handle="step"]`);
    expect(await handle.getAttribute('role')).toBe('slider');
    expect(await handle.getAttribute('aria-valuenow')).toBe(String(latest));
    await handle.focus();
    await page.keyboard.press('Home');
    await expect.poll(() => heading(page)).toBe(headingAt(1));
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => heading(page)).toBe(headingAt(3));
    expect(await handle.getAttribute('aria-valuenow')).toBe('3');
    expect(await handle.getAttribute('aria-valuetext')).toMatch(/^Step 3\. this run: accuracy on the training prompts /);
    await page.keyboard.press('PageUp');
    await expect.poll(() => heading(page)).toBe(headingAt(13));
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-handle'))).toBe('step');
    // End follows the newest step again: no cursor line, the newest group.
    await page.keyboard.press('End');
    await expect.poll(() => handle.getAttribute('aria-valuenow')).toBe(String(latest));
    await expect.poll(() => heading(page)).toMatch(new RegExp(`^Step ${latest}, one group`));
    expect(await page.locator(`${ROOT} .grpo-trainer-cursor-line`).count()).toBe(0);
    expect(consoleErrors).toEqual([]);
    await context.close();
  }, 180_000);
});
