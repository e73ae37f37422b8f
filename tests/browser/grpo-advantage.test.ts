import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clippedTerm, fmt, formatClippedTerm, groupAdvantages } from '../../src/lib/grpo';
import { REWARD_EXAMPLES } from '../../src/widgets/reward-playground/examples';
import { scoreCompletion } from '../../src/lib/rewards';
import { baseUrl, launchBrowser, openPage } from './support';
import { fullyInView, ONE_SCREEN_PX, svgPointOnPage, whenStarted, widgetHeight } from './widget-helpers';
import { rewardChart } from '../../src/widgets/grpo-advantage/chart';

/** Pages that may embed the widget, in order of preference; the first one that does is tested. */
// The playground first: it has every widget and a fifth of the chapter's elements (cheaper page loads).
const CANDIDATES = ['/playground/', '/approaches/pure-rl/'];
const ROOT = '[data-widget="grpo-advantage"]';
/** Debounced updates (typing, URL writes) on a loaded 2-core machine can take longer than poll's 1 s default. */
const POLL = { timeout: 5000 };

let browser: Browser;
let path = '';

async function findPage(): Promise<string> {
  for (const candidate of CANDIDATES) {
    const response = await fetch(baseUrl() + candidate);
    if (response.ok && (await response.text()).includes('data-widget="grpo-advantage"')) return candidate;
  }
  throw new Error(`no page embeds the GRPO explorer (tried ${CANDIDATES.join(', ')})`);
}

const out = (page: Page, name: string) => page.locator(`${ROOT} [data-out="${name}"]`);

/** Open the "clipped term" disclosure (its fields are hidden until the reader opens it). */
async function openClip(page: Page): Promise<void> {
  const details = page.locator(`${ROOT} details.grpo-advantage-clip`);
  if (!(await details.evaluate((d) => (d as HTMLDetailsElement).open))) await details.locator('summary').click();
}

/** The table as text, one array of cell texts per row. */
function tableRows(page: Page): Promise<string[][]> {
  return page.locator(`${ROOT} [data-out="rows"] tr`).evaluateAll((rows) =>
    rows.map((row) => [...row.children].map((cell) => cell.textContent ?? '')),
  );
}

const column = (rows: string[][], index: number) => rows.map((r) => r[index]);
const POP = 3; // columns: sample, reward, r - mean, A (population), A (sample), direction
const SAMPLE = 4;

beforeAll(async () => {
  browser = await launchBrowser();
  path = await findPage();
});
afterAll(async () => {
  await browser?.close();
});

describe('GRPO group explorer', () => {
  it('shows ±1 (population) and ±0.866 (sample std) for rewards 1, 0, 1, 0, also without JavaScript', async () => {
    for (const javaScriptEnabled of [false, true]) {
      const { page, context, consoleErrors } = await openPage(browser, path, { javaScriptEnabled });
      const rows = await tableRows(page);
      const pop = groupAdvantages([1, 0, 1, 0], 'population').advantages.map((a) => fmt(a));
      const sample = groupAdvantages([1, 0, 1, 0], 'sample').advantages.map((a) => fmt(a));
      expect(pop).toEqual(['1', '−1', '1', '−1']);
      expect(sample).toEqual(['0.866', '−0.866', '0.866', '−0.866']);
      expect(column(rows, POP)).toEqual(pop);
      expect(column(rows, SAMPLE)).toEqual(sample);
      expect(column(rows, 5)).toEqual(['up', 'down', 'up', 'down']);
      expect(await out(page, 'stats').textContent()).toContain('mean = 0.5; population std = 0.5; sample std = 0.577');
      expect(await out(page, 'formula').textContent()).toBe(
        'min(1.35 × 1, clip(1.35, 0.8, 1.2) × 1) = min(1.35, 1.2) = 1.2',
      );
      expect(consoleErrors).toEqual([]);
      await context.close();
    }
  });

  it('is driven by keyboard and matches the module', async () => {
    const { page, context, consoleErrors } = await openPage(browser, path);
    // Std convention: arrow keys move between the radio buttons.
    await page.locator(`${ROOT} input[name="grpo-advantage-std"][value="population"]`).focus();
    await page.keyboard.press('ArrowDown');
    expect(await page.locator(`${ROOT} input[name="grpo-advantage-std"][value="sample"]`).isChecked()).toBe(true);
    const sampleA = groupAdvantages([1, 0, 1, 0], 'sample').advantages[0]!;
    const expected = formatClippedTerm(clippedTerm(1.35, sampleA, 0.2));
    expect(expected).toBe('min(1.35 × 0.866, clip(1.35, 0.8, 1.2) × 0.866) = min(1.169, 1.039) = 1.039');
    await expect.poll(() => out(page, 'formula').textContent(), POLL).toBe(expected);
    expect(await page.locator(`${ROOT} th[data-col="sample"]`).getAttribute('class')).toContain('grpo-advantage-chosen');

    // Group size 6 by typing; two more reward inputs appear (rewards 0).
    const g = page.locator('#grpo-advantage-g');
    await g.focus();
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type('6');
    await expect.poll(() => page.locator(`${ROOT} .grpo-advantage-reward:not([hidden])`).count(), POLL).toBe(6);
    // Sample 5's reward: Tab from sample 4's input, then type 3.
    await page.getByLabel('Reward of sample 4', { exact: true }).focus();
    await page.keyboard.press('Tab');
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type('3');
    const rewards = [1, 0, 1, 0, 3, 0];
    const stats = groupAdvantages(rewards, 'sample');
    await expect.poll(async () => column(await tableRows(page), SAMPLE), POLL).toEqual(stats.advantages.map((a) => fmt(a)));
    expect(await out(page, 'stats').textContent()).toContain(`mean = ${fmt(stats.mean)}`);

    // Open the clipped-term disclosure by keyboard, choose sample 5 and push rho to its maximum (End on the slider).
    await page.locator(`${ROOT} details.grpo-advantage-clip > summary`).focus();
    await page.keyboard.press('Enter');
    await page.locator('#grpo-advantage-i').focus();
    for (let k = 0; k < 4; k++) await page.keyboard.press('ArrowDown');
    expect(await page.locator('#grpo-advantage-i').inputValue()).toBe('5');
    await page.locator('#grpo-advantage-rho-range').focus();
    await page.keyboard.press('End');
    expect(await page.locator('#grpo-advantage-rho').inputValue()).toBe('5');
    const term = clippedTerm(5, stats.advantages[4]!, 0.2);
    await expect.poll(() => out(page, 'formula').textContent(), POLL).toBe(formatClippedTerm(term));
    expect(term.clipActive).toBe(true);
    expect(await out(page, 'clip-why').textContent()).toMatch(/^Clipping is active: A > 0/);

    // A negative advantage with a small ratio is clipped from below: sample 2, rho 0.5.
    await page.locator('#grpo-advantage-i').focus();
    for (let k = 0; k < 3; k++) await page.keyboard.press('ArrowUp');
    await page.locator('#grpo-advantage-rho').focus();
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type('0.5');
    const low = clippedTerm(0.5, stats.advantages[1]!, 0.2);
    await expect.poll(() => out(page, 'formula').textContent(), POLL).toBe(formatClippedTerm(low));
    expect(await out(page, 'clip-why').textContent()).toMatch(/^Clipping is active: A < 0/);

    // Epsilon 0.5 makes the range [0.5, 1.5]: clipping stops.
    await page.locator('#grpo-advantage-eps-range').focus();
    await page.keyboard.press('End');
    await expect.poll(() => out(page, 'clip-why').textContent(), POLL).toMatch(/^Clipping is not active/);

    // "All rewards equal" by keyboard: every advantage is 0 and the note explains why.
    await page.locator(`${ROOT} button[data-action="equal"]`).focus();
    await page.keyboard.press('Enter');
    await expect.poll(async () => column(await tableRows(page), SAMPLE), POLL).toEqual(['0', '0', '0', '0']);
    expect(column(await tableRows(page), POP)).toEqual(['0', '0', '0', '0']);
    const note = out(page, 'degenerate');
    expect(await note.isVisible()).toBe(true);
    expect(await note.textContent()).toContain('no learning signal');
    expect(await note.textContent()).toContain('only the KL term acts');
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  it('restores a shared URL', async () => {
    const { page, context, consoleErrors } = await openPage(browser, path);
    const historyBefore = await page.evaluate(() => history.length);
    await page.locator('#grpo-advantage-g').fill('5');
    await page.getByLabel('Reward of sample 5', { exact: true }).fill('2.5');
    await page.locator(`${ROOT} input[name="grpo-advantage-std"][value="sample"]`).check();
    await openClip(page);
    await page.locator('#grpo-advantage-eps').fill('0.1');
    await page.locator('#grpo-advantage-i').selectOption('5');
    await expect.poll(() => new URL(page.url()).searchParams.get('grpo-advantage.i'), POLL).toBe('5');
    const params = new URL(page.url()).searchParams;
    expect(params.get('grpo-advantage.r')).toBe('1,0,1,0,2.5');
    expect(params.get('grpo-advantage.std')).toBe('sample');
    expect(params.get('grpo-advantage.eps')).toBe('0.1');
    expect(await page.evaluate(() => history.length)).toBe(historyBefore);

    const again = await openPage(browser, page.url().slice(baseUrl().length));
    const p2 = again.page;
    expect(await p2.locator('#grpo-advantage-g').inputValue()).toBe('5');
    expect(await p2.getByLabel('Reward of sample 5', { exact: true }).inputValue()).toBe('2.5');
    expect(await p2.locator('#grpo-advantage-i').inputValue()).toBe('5');
    const stats = groupAdvantages([1, 0, 1, 0, 2.5], 'sample');
    expect(column(await tableRows(p2), SAMPLE)).toEqual(stats.advantages.map((a) => fmt(a)));
    expect(await out(p2, 'formula').textContent()).toBe(formatClippedTerm(clippedTerm(1.35, stats.advantages[4]!, 0.1)));
    expect([...consoleErrors, ...again.consoleErrors]).toEqual([]);
    await again.context.close();
    await context.close();
  });

  it('rejects invalid and hostile input with a message and keeps the last valid result', async () => {
    const query = new URLSearchParams({
      'grpo-advantage.g': '99',
      'grpo-advantage.r': '<img src=x onerror=alert(1)>,2',
      'grpo-advantage.rho': 'abc',
      'grpo-advantage.std': '<script>',
    });
    const { page, context, consoleErrors } = await openPage(browser, `${path}?${query}`);
    const dialogs: string[] = [];
    page.on('dialog', async (d) => {
      dialogs.push(d.message());
      await d.dismiss();
    });
    const msg = page.locator('#grpo-advantage-rewards-msg');
    const note = out(page, 'note');
    await expect.poll(() => note.textContent(), POLL).toContain('Ignored from the link');
    const text = (await note.textContent()) ?? '';
    expect(text).toContain('grpo-advantage.g: 99 is outside 2–16');
    expect(text).toContain('grpo-advantage.rho');
    expect(text).toContain('grpo-advantage.r: reward 1');
    expect(await page.locator(`${ROOT} img, ${ROOT} script`).count()).toBe(0);
    // Defaults where the link was bad (a bad reward list is ignored as a whole).
    expect(await page.locator('#grpo-advantage-g').inputValue()).toBe('4');
    expect(await page.locator('#grpo-advantage-rho').inputValue()).toBe('1.35');
    expect(column(await tableRows(page), 1)).toEqual(['1', '0', '1', '0']);

    // Out-of-range and non-numeric typing: message, aria-invalid, last valid table kept.
    const before = await tableRows(page);
    await page.locator('#grpo-advantage-g').fill('40');
    // Boxes are read when typing pauses (or on Enter, or on leaving them).
    await expect.poll(() => page.locator('#grpo-advantage-g-msg').textContent(), POLL).toContain('40 is outside 2–16');
    expect(await page.locator('#grpo-advantage-g').getAttribute('aria-invalid')).toBe('true');
    await page.getByLabel('Reward of sample 1', { exact: true }).fill('1e9');
    await expect.poll(() => msg.textContent(), POLL).toContain('sample 1: 1000000000 is outside');
    await page.getByLabel('Reward of sample 2', { exact: true }).focus();
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type('-');
    await expect.poll(() => msg.textContent(), POLL).toContain('sample 2: empty or not a number');
    expect(await tableRows(page)).toEqual(before);
    await openClip(page);
    await page.locator('#grpo-advantage-rho').fill('7');
    await expect.poll(() => page.locator('#grpo-advantage-rho-msg').textContent(), POLL).toContain('7 is outside 0–5');

    // Fixing the inputs clears the messages.
    await page.locator('#grpo-advantage-g').fill('4');
    await page.getByLabel('Reward of sample 1', { exact: true }).fill('1');
    await page.getByLabel('Reward of sample 2', { exact: true }).fill('0');
    await expect.poll(() => msg.textContent(), POLL).toBe('');
    expect(await page.locator('#grpo-advantage-g-msg').textContent()).toBe('');
    expect(dialogs).toEqual([]);
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  it('still reads links shared before the rename (ga.g=…) and rewrites them on the next change', async () => {
    const query = 'ga.g=5&ga.r=1,0,1,0,2.5&ga.std=sample&ga.i=5';
    const { page, context, consoleErrors } = await openPage(browser, `${path}?${query}`);
    await expect.poll(() => page.locator('#grpo-advantage-g').inputValue(), POLL).toBe('5');
    expect(await page.getByLabel('Reward of sample 5', { exact: true }).inputValue()).toBe('2.5');
    expect(await page.locator('#grpo-advantage-i').inputValue()).toBe('5');
    const stats = groupAdvantages([1, 0, 1, 0, 2.5], 'sample');
    expect(column(await tableRows(page), SAMPLE)).toEqual(stats.advantages.map((a) => fmt(a)));
    await openClip(page);
    await page.locator('#grpo-advantage-eps').fill('0.1');
    await expect.poll(() => new URL(page.url()).searchParams.get('grpo-advantage.eps'), POLL).toBe('0.1');
    const params = new URL(page.url()).searchParams;
    expect(params.get('grpo-advantage.r')).toBe('1,0,1,0,2.5');
    expect(params.get('grpo-advantage.g')).toBe('5');
    expect([...params.keys()].filter((key) => key.startsWith('ga.'))).toEqual([]);
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  it('takes sample 1’s reward from the reward playground when both are on the page', async () => {
    const { page, context, consoleErrors } = await openPage(browser, path);
    const hasPlayground = (await page.locator('[data-widget="reward-playground"]').count()) > 0;
    await whenStarted(page.locator(ROOT));
    const button = page.locator(`${ROOT} button[data-action="rp-zero"]`);
    expect(await button.isVisible()).toBe(hasPlayground);
    if (hasPlayground) {
      await page.locator('[data-widget="reward-playground"] button[data-example="wrong"]').click();
      const wrong = REWARD_EXAMPLES.find((e) => e.id === 'wrong')!;
      const total = scoreCompletion(wrong.completion, wrong.reference, 'en').r1Zero; // 1
      await expect.poll(() => page.locator('[data-widget="reward-playground"]').getAttribute('data-total-r1-zero'), POLL)
        .toBe(String(total));
      await button.focus();
      await page.keyboard.press('Enter');
      expect(await page.getByLabel('Reward of sample 1', { exact: true }).inputValue()).toBe(String(total));
      const stats = groupAdvantages([total, 0, 1, 0], 'population');
      await expect.poll(async () => column(await tableRows(page), POP), POLL).toEqual(stats.advantages.map((a) => fmt(a)));
    }
    expect(consoleErrors).toEqual([]);
    await context.close();
  });
});

describe('GRPO group explorer as an explorable', () => {
  const BARS = `${ROOT} svg[data-out="reward-chart"]`;

  it('fits the reward bars, the advantages and the group controls on one screen at 1280×800', async () => {
    expect(await widgetHeight(browser, path, ROOT)).toBeLessThanOrEqual(ONE_SCREEN_PX);
  });

  it('changes a reward by dragging its bar, and every advantage follows', async () => {
    const { page, context, consoleErrors } = await openPage(browser, path);
    await page.locator(BARS).scrollIntoViewIfNeeded();
    const chart = rewardChart([1, 0, 1, 0], { lo: 0, hi: 1 });
    const bar = chart.bars[0]!;
    const from = await svgPointOnPage(page, BARS, bar.centerX, chart.y(1));
    const to = await svgPointOnPage(page, BARS, bar.centerX, chart.y(0.25));
    await page.mouse.move(from.x, from.y);
    await page.mouse.down();
    await page.mouse.move(to.x, to.y, { steps: 6 });
    await page.mouse.up();
    await expect.poll(() => page.getByLabel('Reward of sample 1', { exact: true }).inputValue(), POLL).toBe('0.25');
    const stats = groupAdvantages([0.25, 0, 1, 0], 'population');
    await expect.poll(async () => column(await tableRows(page), POP), POLL).toEqual(stats.advantages.map((a) => fmt(a)));
    await expect.poll(() => new URL(page.url()).searchParams.get('grpo-advantage.r'), POLL).toBe('0.25,0,1,0');
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  it('moves a focused reward bar with the arrow keys (a slider), keeping focus on it', async () => {
    const { page, context, consoleErrors } = await openPage(browser, path);
    const second = page.getByRole('slider', { name: 'Reward bar of sample 2', exact: true });
    await second.focus();
    await page.keyboard.press('PageUp');
    await page.keyboard.press('ArrowUp');
    await expect.poll(() => page.getByLabel('Reward of sample 2', { exact: true }).inputValue(), POLL).toBe('1.1');
    expect(await second.getAttribute('aria-valuenow')).toBe('1.1');
    const stats = groupAdvantages([1, 1.1, 1, 0], 'population');
    await expect.poll(async () => column(await tableRows(page), POP), POLL).toEqual(stats.advantages.map((a) => fmt(a)));
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Reward bar of sample 2');
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  it('keeps the advantages in view on a phone while a reward below them changes', async () => {
    const { page, context, consoleErrors } = await openPage(browser, path, { device: 'phone' });
    const box = page.getByLabel('Reward of sample 4', { exact: true });
    await box.evaluate((el) => el.scrollIntoView({ block: 'end' }));
    await box.fill('3');
    await box.press('Enter');
    const stats = groupAdvantages([1, 0, 1, 3], 'population');
    await expect.poll(async () => column(await tableRows(page), POP), POLL).toEqual(stats.advantages.map((a) => fmt(a)));
    expect(await fullyInView(page, `${ROOT} svg[data-out="chart"]`)).toBe(true);
    expect(await fullyInView(page, `${ROOT} input[data-reward="4"]`)).toBe(true);
    expect(consoleErrors).toEqual([]);
    await context.close();
  });
});
