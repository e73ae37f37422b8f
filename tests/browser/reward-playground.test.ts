import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REWARD_EXAMPLES } from '../../src/widgets/reward-playground/examples';
import { scoreCompletion } from '../../src/lib/rewards';
import { baseUrl, launchBrowser, openPage } from './support';
import { clearOfPageBars, ONE_SCREEN_PX, widgetHeight } from './widget-helpers';
import { CHINESE_SENTENCE } from '../../src/widgets/reward-playground/parts';

/** Pages that may embed the widget, in order of preference; the first one that does is tested. */
const CANDIDATES = ['/approaches/pure-rl/', '/playground/', '/playground-scratch-w2/'];
const ROOT = '[data-widget="reward-playground"]';
/** Debounced updates (typing, URL writes) on a loaded 2-core machine can take longer than poll's 1 s default. */
const POLL = { timeout: 5000 };
const n3 = (x: number) => String(Math.round(x * 1000) / 1000);
const example = (id: string) => REWARD_EXAMPLES.find((e) => e.id === id)!;

let browser: Browser;
let path = '';

async function findPage(): Promise<string> {
  for (const candidate of CANDIDATES) {
    const response = await fetch(baseUrl() + candidate);
    if (response.ok && (await response.text()).includes('data-widget="reward-playground"')) return candidate;
  }
  throw new Error(`no page embeds the reward playground (tried ${CANDIDATES.join(', ')})`);
}

const out = (page: Page, name: string) => page.locator(`${ROOT} [data-out="${name}"]`);

/** Wait until the debounced update has shown `expected` in an output. */
async function expectOut(page: Page, name: string, expected: string): Promise<void> {
  await expect.poll(() => out(page, name).textContent(), { timeout: 5000 }).toBe(expected);
}

/** Wait for the debounced URL write to contain (or not contain) a parameter. */
async function urlParam(page: Page, key: string): Promise<string | null> {
  return new URL(page.url()).searchParams.get(key);
}

beforeAll(async () => {
  browser = await launchBrowser();
  path = await findPage();
});
afterAll(async () => {
  await browser?.close();
});

describe('reward playground', () => {
  it('works without JavaScript: the build shows the first example’s rewards', async () => {
    const { page, context } = await openPage(browser, path, { javaScriptEnabled: false });
    const first = REWARD_EXAMPLES[0]!;
    const r = scoreCompletion(first.completion, first.reference, first.target);
    await expect(out(page, 'format').textContent()).resolves.toBe(String(r.format.reward));
    await expect(out(page, 'r1zero').textContent()).resolves.toBe(String(r.r1Zero));
    await expect(out(page, 'stage2').textContent()).resolves.toBe(n3(r.r1Stage2));
    expect(await page.locator(`${ROOT} button[data-example]`).first().isVisible()).toBe(false);
    await context.close();
  });

  it('is driven by keyboard and shows the module’s numbers', async () => {
    const { page, context, consoleErrors } = await openPage(browser, path);
    // Start at the first example button and Tab to "Language mixing" (the fourth).
    await page.locator(`${ROOT} button[data-example="correct"]`).focus();
    for (let i = 0; i < 3; i++) await page.keyboard.press('Tab');
    expect(await page.evaluate(() => (document.activeElement as HTMLElement).dataset.example)).toBe('mixing');
    await page.keyboard.press('Enter');
    const mixing = example('mixing');
    const en = scoreCompletion(mixing.completion, mixing.reference, 'en');
    await expectOut(page, 'language', n3(en.language.reward)); // 7 / 20 = 0.35
    expect(en.language.reward).toBe(0.35);
    await expectOut(page, 'stage2', n3(en.r1Stage2)); // 1.35
    await expectOut(page, 'r1zero', '2');
    await expectOut(page, 'language-why', 'English words in the reasoning: 7 of 20');

    // Switch the target language with the keyboard: Chinese words now count.
    await page.locator(`${ROOT} select`).focus();
    await page.keyboard.press('ArrowDown');
    const zh = scoreCompletion(mixing.completion, mixing.reference, 'zh');
    await expectOut(page, 'language', n3(zh.language.reward)); // 0.65
    await expectOut(page, 'stage2', n3(zh.r1Stage2));

    // Type a completion of our own.
    await page.locator(`${ROOT} textarea`).focus();
    await page.keyboard.press('ControlOrMeta+A');
    const typed = '<think>half of one</think>\n<answer>\\boxed{0.5}</answer>';
    await page.keyboard.insertText(typed);
    await page.keyboard.press('Tab'); // to the reference answer
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type('\\frac{1}{2}');
    const mine = scoreCompletion(typed, '\\frac{1}{2}', 'zh');
    await expectOut(page, 'accuracy', '1');
    await expectOut(page, 'extracted', '0.5');
    await expectOut(page, 'format', String(mine.format.reward));
    await expectOut(page, 'language', '0'); // English words, Chinese target
    await expectOut(page, 'live', `Format 1, accuracy 1, language consistency 0. R1-Zero total 2; R1 reasoning-RL total 1.`);
    expect(await page.locator(ROOT).getAttribute('lang')).toBeNull(); // the element's own lang is untouched
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  it('keeps its state in the URL and restores it on reload', async () => {
    const { page, context, consoleErrors } = await openPage(browser, path);
    const historyBefore = await page.evaluate(() => history.length);
    await page.locator(`${ROOT} button[data-example="format"]`).focus();
    await page.keyboard.press('Enter');
    await expectOut(page, 'format-why', 'no closing </think>');
    await page.locator(`${ROOT} select`).focus();
    await page.keyboard.press('ArrowDown'); // Chinese
    await expect.poll(() => urlParam(page, 'reward-playground.lang'), POLL).toBe('zh');
    expect(await urlParam(page, 'reward-playground.c')).toBe(example('format').completion);
    const shared = page.url();
    expect(await page.evaluate(() => history.length)).toBe(historyBefore); // replaceState: no new entries

    const again = await openPage(browser, shared.slice(baseUrl().length));
    const p2 = again.page;
    expect(await p2.locator(`${ROOT} textarea`).inputValue()).toBe(example('format').completion);
    expect(await p2.locator(`${ROOT} select`).inputValue()).toBe('zh');
    const r = scoreCompletion(example('format').completion, example('format').reference, 'zh');
    await expectOut(p2, 'format-why', 'no closing </think>');
    await expectOut(p2, 'accuracy', String(r.accuracy.reward));
    await expectOut(p2, 'language', n3(r.language.reward));
    expect([...consoleErrors, ...again.consoleErrors]).toEqual([]);
    await again.context.close();
    await context.close();
  });

  it('says when the completion is too long for the link', async () => {
    const { page, context } = await openPage(browser, path);
    const long = `<think>${'step '.repeat(500)}</think><answer>1/2</answer>`; // ~2,520 characters
    await page.locator(`${ROOT} textarea`).fill(long);
    await expect.poll(() => out(page, 'note').textContent(), POLL).toContain('too long to share in the link');
    await expectOut(page, 'accuracy', '1');
    expect(await urlParam(page, 'reward-playground.c')).toBeNull();
    await context.close();
  });

  it('treats hostile input as text and cuts oversize pastes at the limit with a clear message', async () => {
    const { page, context, consoleErrors } = await openPage(browser, path);
    const dialogs: string[] = [];
    page.on('dialog', async (d) => {
      dialogs.push(d.message());
      await d.dismiss();
    });
    const textarea = page.locator(`${ROOT} textarea`);

    const html = '<think>x</think><answer><img src=x onerror=alert(1)></answer>';
    await textarea.fill(html);
    await expectOut(page, 'extracted', '<img src=x onerror=alert(1)>');
    await expectOut(page, 'format', '1');
    expect(await page.locator(`${ROOT} img, ${ROOT} script`).count()).toBe(0);

    // A 1 MB paste: the box's maxlength (the scoring limit) keeps 200,000 characters, scored, and says so.
    await textarea.fill('x'.repeat(1 << 20));
    expect(await textarea.inputValue()).toHaveLength(200_000);
    await expect.poll(() => page.locator('#reward-playground-c-msg').textContent(), { timeout: 10_000 })
      .toBe('The completion is at the limit of 200,000 characters; a longer paste is cut there.');
    expect(await textarea.getAttribute('aria-invalid')).toBeNull();
    await expectOut(page, 'format-why', scoreCompletion('x'.repeat(200_000), '1/2', 'en').format.reason);

    // "<think>" × 100,000 (700,000 characters): also cut at the limit, and scored.
    await textarea.fill('<think>'.repeat(100_000));
    expect(await textarea.inputValue()).toBe('<think>'.repeat(100_000).slice(0, 200_000));
    await expectOut(page, 'format-why', scoreCompletion('<think>'.repeat(100_000).slice(0, 200_000), '1/2', 'en').format.reason);
    await expectOut(page, 'extracted', '(none)');

    // Just under the cap it is scored, quickly enough for the page to stay responsive.
    await textarea.fill('<think>'.repeat(28_000));
    await expectOut(page, 'format-why', 'no closing </think>');
    // (The text before scored the same: wait for this one to be read.)
    await expect.poll(() => page.locator('#reward-playground-c-msg').textContent(), POLL).toBe('');
    expect(await textarea.getAttribute('aria-invalid')).toBeNull();
    expect(await page.evaluate(() => 1 + 1)).toBe(2);

    expect(await page.locator(`${ROOT} img, ${ROOT} script`).count()).toBe(0);
    expect(dialogs).toEqual([]);
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  it('ignores invalid or hostile URL values and says so', async () => {
    const query = new URLSearchParams({ 'reward-playground.c': '<img src=x onerror=alert(1)>', 'reward-playground.lang': '<script>' });
    const { page, context, consoleErrors } = await openPage(browser, `${path}?${query}`);
    expect(await page.locator(`${ROOT} textarea`).inputValue()).toBe('<img src=x onerror=alert(1)>');
    expect(await page.locator(`${ROOT} select`).inputValue()).toBe('en');
    await expect.poll(() => out(page, 'note').textContent(), POLL).toContain('Ignored from the link: reward-playground.lang');
    await expectOut(page, 'format-why', 'no <think> tag');
    expect(await page.locator(`${ROOT} img`).count()).toBe(0);

    const tooLong = new URLSearchParams({ 'reward-playground.c': 'a'.repeat(2001) });
    const second = await openPage(browser, `${path}?${tooLong}`);
    await expect.poll(() => out(second.page, 'note').textContent(), POLL).toContain('reward-playground.c: value longer than 2000 characters');
    expect(await second.page.locator(`${ROOT} textarea`).inputValue()).toBe(REWARD_EXAMPLES[0]!.completion);
    expect([...consoleErrors, ...second.consoleErrors]).toEqual([]);
    await second.context.close();
    await context.close();
  });

  it('still reads links shared before the rename (rp.c=…) and rewrites them on the next change', async () => {
    const format = example('format');
    const query = new URLSearchParams({ 'rp.c': format.completion, 'rp.lang': 'zh' });
    const { page, context, consoleErrors } = await openPage(browser, `${path}?${query}`);
    await expectOut(page, 'format-why', 'no closing </think>');
    expect(await page.locator(`${ROOT} textarea`).inputValue()).toBe(format.completion);
    expect(await page.locator(`${ROOT} select`).inputValue()).toBe('zh');
    await page.locator(`${ROOT} input[type="text"]`).fill('0.5');
    await expect.poll(() => urlParam(page, 'reward-playground.ref'), POLL).toBe('0.5');
    expect(await urlParam(page, 'reward-playground.c')).toBe(format.completion);
    expect(await urlParam(page, 'reward-playground.lang')).toBe('zh');
    expect([...new URL(page.url()).searchParams.keys()].filter((key) => key.startsWith('rp.'))).toEqual([]);
    expect(consoleErrors).toEqual([]);
    await context.close();
  });
});

describe('reward playground as an explorable', () => {
  const part = (name: string) => `${ROOT} button[data-part="${name}"]`;
  const barWidth = (page: Page, name: string) => page.locator(`${ROOT} [data-bar="${name}"]`).evaluate((el) => (el as HTMLElement).style.width);

  it('fits the completion, its switches and the rewards on one screen at 1280×800, side by side', async () => {
    expect(await widgetHeight(browser, path, ROOT)).toBeLessThanOrEqual(ONE_SCREEN_PX);
    const { page, context } = await openPage(browser, path);
    const [editor, result] = await Promise.all(
      ['.reward-playground-editor', '.reward-playground-result'].map((sel) => page.locator(`${ROOT} ${sel}`).boundingBox()),
    );
    expect(result!.x).toBeGreaterThan(editor!.x + editor!.width - 1); // the rewards sit to the right of the completion
    expect(result!.y).toBeLessThan(editor!.y + editor!.height);
    await context.close();
  });

  it('switching the </think> tag off and on moves the format reward alone; the URL follows', async () => {
    const { page, context, consoleErrors } = await openPage(browser, path);
    const textarea = page.locator(`${ROOT} textarea`);
    expect(await page.getAttribute(part('think-close'), 'aria-pressed')).toBe('true');
    await page.locator(part('think-close')).click();
    await expectOut(page, 'format', '0');
    await expectOut(page, 'format-why', 'no closing </think>');
    expect(await out(page, 'accuracy').textContent()).toBe('1');
    expect(await out(page, 'r1zero').textContent()).toBe('1');
    expect(await out(page, 'stage2').textContent()).toBe('2');
    expect(await barWidth(page, 'r1zero-format')).toBe('0%');
    expect(await textarea.inputValue()).not.toContain('</think>');
    expect(await page.getAttribute(part('think-close'), 'aria-pressed')).toBe('false');
    await expect.poll(() => urlParam(page, 'reward-playground.c'), POLL).toBe(await textarea.inputValue());

    await page.locator(part('think-close')).click();
    await expectOut(page, 'format', '1');
    expect(await textarea.inputValue()).toBe(REWARD_EXAMPLES[0]!.completion);
    expect(await barWidth(page, 'r1zero-format')).toBe('50%');
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  it('switches parts by keyboard too: a Chinese sentence lowers language consistency, the answer tags only the format', async () => {
    const { page, context, consoleErrors } = await openPage(browser, path);
    await page.locator(part('chinese')).focus();
    await page.keyboard.press('Space');
    const mixed = scoreCompletion(`${REWARD_EXAMPLES[0]!.completion}`.replace('1/2.\n</think>', `1/2. ${CHINESE_SENTENCE}\n</think>`), '1/2', 'en');
    expect(mixed.language.reward).toBeCloseTo(25 / 34, 12);
    await expectOut(page, 'language', n3(mixed.language.reward)); // 0.735
    await expectOut(page, 'stage2', n3(mixed.r1Stage2));
    expect(await out(page, 'language-why').textContent()).toBe('English words in the reasoning: 25 of 34');
    expect(await barWidth(page, 'stage2-language')).toBe('36.8%');
    expect(await page.getAttribute(part('chinese'), 'aria-pressed')).toBe('true');

    // Tab on to the answer-tags switch (the order is </think>, <answer> tags, Chinese: back one) and press Enter.
    await page.keyboard.press('Shift+Tab');
    expect(await page.evaluate(() => (document.activeElement as HTMLElement).dataset.part)).toBe('answer-tags');
    await page.keyboard.press('Enter');
    await expectOut(page, 'format', '0');
    expect(await out(page, 'accuracy').textContent()).toBe('1'); // the \boxed{} answer is still read
    expect(await page.locator(`${ROOT} textarea`).inputValue()).not.toContain('<answer>');
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  it('keeps the rewards in view on a phone while a switch below them is pressed', async () => {
    const { page, context, consoleErrors } = await openPage(browser, path, { device: 'phone' });
    // Scroll until the switches are at the bottom of the screen, as a reader reaching for them would.
    await page.locator(part('think-close')).evaluate((el) => el.scrollIntoView({ block: 'end' }));
    await page.locator(part('think-close')).tap();
    await expectOut(page, 'format', '0');
    expect(await clearOfPageBars(page, `${ROOT} .reward-playground-terms`)).toBe(true);
    expect(await clearOfPageBars(page, `${ROOT} .reward-playground-totals`)).toBe(true);
    expect(await clearOfPageBars(page, part('think-close'))).toBe(true);
    expect(consoleErrors).toEqual([]);
    await context.close();
  });
});
