/**
 * The in-browser GRPO run: training in a worker raises accuracy within a fixed number of steps, the
 * browser's curve is the Node curve step for step, settings live in the URL, and the recorded run is
 * there without JavaScript.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, runTraining, type StepMetrics } from '../../src/lib/trainer';
import { RECORDED_STEPS } from '../../src/widgets/grpo-trainer/schema';
import { launchBrowser, openPage } from './support';
import { typeInto } from './widget-helpers';

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
