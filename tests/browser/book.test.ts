/**
 * /book/ keeps each chapter folded until the reader nears it (src/site/site-book-folds.ts): what a reader
 * sees is a book that opens as they scroll, links that land exactly, and paper with every chapter on it.
 * Its widgets are their default views with a link to the live ones (src/build/book-ids.ts).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { baseUrl, launchBrowser, openPage } from './support';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const openChapters = (page: Page) =>
  page.evaluate(() => [...document.querySelectorAll<HTMLDetailsElement>('details.book-chapter-body')].flatMap((d) => (d.open ? [d.closest('article')!.id] : [])));

/** How far the element's top is from where a fragment link should put it (the page's scroll padding and its own margin). */
const landingError = (page: Page, id: string) =>
  page.evaluate((id) => {
    const target = document.getElementById(id)!;
    const want = parseFloat(getComputedStyle(document.documentElement).scrollPaddingTop) || 0;
    return Math.abs(target.getBoundingClientRect().top - want - (parseFloat(getComputedStyle(target).scrollMarginTop) || 0));
  }, id);

describe('/book/ folds', () => {
  it('a phone loads the title page and contents folded; scrolling down opens each chapter as it nears', async () => {
    const { page, context, consoleErrors } = await openPage(browser, '/book/', { device: 'phone' });
    expect(await page.locator('details.book-chapter-body').count()).toBeGreaterThan(8);
    expect(await openChapters(page)).toEqual([]);
    // The reader flicks down the page, one screen at a time, to the third chapter's heading.
    const third = page.locator('article.book-chapter').nth(2);
    while ((await third.boundingBox())!.y > 844) await page.mouse.wheel(0, 700).then(() => page.waitForTimeout(50));
    await expect.poll(() => openChapters(page)).toContain(await third.getAttribute('id'));
    const firstParagraph = third.locator('.page-content p').first();
    expect(await firstParagraph.isVisible()).toBe(true);
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  it('a link into a folded chapter opens it and lands on its target, as does a fragment typed or loaded', async () => {
    const { page, context } = await openPage(browser, '/book/');
    // A glossary link in the first chapter points into the glossary chapter, far below and folded.
    await page.locator('article.book-chapter').first().scrollIntoViewIfNeeded();
    await expect.poll(() => openChapters(page)).toContain('chapter-foundations-what-is-a-reasoning-model');
    expect(await openChapters(page)).not.toContain('chapter-reference-glossary');
    const link = page.locator('#chapter-foundations-what-is-a-reasoning-model a[href="#chain-of-thought"]').first();
    await link.click();
    await expect.poll(() => page.evaluate(() => location.hash)).toBe('#chain-of-thought');
    expect(await openChapters(page)).toContain('chapter-reference-glossary');
    await expect.poll(() => landingError(page, 'chain-of-thought')).toBeLessThan(2);

    // Typed into the address bar: a fragment in another folded chapter.
    const target = await page.evaluate(() => document.querySelector('#chapter-approaches-distillation details.book-chapter-body h2[id]')!.id);
    await page.evaluate((id) => (location.hash = id), target);
    await expect.poll(() => openChapters(page)).toContain('chapter-approaches-distillation');
    await expect.poll(() => landingError(page, target)).toBeLessThan(2);

    // Loaded with the fragment (a link pasted into a chat).
    await page.goto(`${baseUrl()}/book/#${target}`);
    await expect.poll(() => openChapters(page)).toContain('chapter-approaches-distillation');
    await expect.poll(() => landingError(page, target)).toBeLessThan(2);
    await context.close();
  });

  it('a section link damaged on its way (capitals, the sentence’s punctuation) opens its chapter and lands on it', async () => {
    const { page, context } = await openPage(browser, '/book/#Chain-Of-Thought).', { device: 'phone' });
    await page.waitForFunction(() => location.hash === '#chain-of-thought');
    await expect.poll(() => openChapters(page)).toContain('chapter-reference-glossary');
    await expect.poll(() => landingError(page, 'chain-of-thought')).toBeLessThan(2);
    await context.close();
  });

  it('a keyboard reader on a folded chapter\'s summary goes on into the chapter as it opens; without JavaScript its summary opens it', async () => {
    const { page, context } = await openPage(browser, '/book/', { device: 'phone' });
    // Focus lands on the folded first chapter's summary; the chapter opens as that scrolls it into view.
    expect(await openChapters(page)).toEqual([]);
    await page.locator('#chapter-foundations-what-is-a-reasoning-model summary').focus();
    await expect.poll(() => openChapters(page)).toContain('chapter-foundations-what-is-a-reasoning-model');
    // Focus went on from the hidden summary to the chapter's title, so the next Tab is the chapter's first link.
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('H1');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => !!document.activeElement?.closest('#chapter-foundations-what-is-a-reasoning-model .page-content'))).toBe(true);
    await context.close();

    const noScript = await openPage(browser, '/book/', { javaScriptEnabled: false });
    const folded = noScript.page.locator('#chapter-approaches-sft-plus-rl');
    await folded.locator('summary').focus();
    await noScript.page.keyboard.press('Enter');
    await expect.poll(() => folded.locator('.page-content p').first().isVisible()).toBe(true);
    await noScript.context.close();
  });

  it('prints every chapter, folded or not, with or without JavaScript', async () => {
    for (const javaScriptEnabled of [true, false]) {
      const { page, context } = await openPage(browser, '/book/', { javaScriptEnabled });
      expect(await page.locator('#chapter-takeaways details.book-chapter-body').evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
      await page.emulateMedia({ media: 'print' });
      const heights = await page.evaluate(() =>
        [...document.querySelectorAll('details.book-chapter-body')].map((d) => d.querySelector('.page-content')!.getBoundingClientRect().height),
      );
      expect(heights.every((h) => h > 100)).toBe(true);
      expect(await page.locator('details.book-chapter-body > summary').first().isVisible()).toBe(false);
      await context.close();
    }
  });

  it('a reload finds the chapters that were open still open, and the reader at the same paragraph', async () => {
    const { page, context } = await openPage(browser, '/book/');
    await page.goto(`${baseUrl()}/book/#chapter-on-a-budget`);
    await expect.poll(() => openChapters(page)).toContain('chapter-on-a-budget');
    // The reader scrolls on into the chapter; the address no longer has a fragment to land on.
    await page.evaluate(() => history.replaceState(null, '', location.pathname));
    const paragraph = page.locator('#chapter-on-a-budget .page-content p').nth(6);
    await paragraph.scrollIntoViewIfNeeded();
    await page.waitForTimeout(300);
    const open = await openChapters(page);
    const top = (await paragraph.boundingBox())!.y;
    await page.reload();
    await expect.poll(() => openChapters(page)).toEqual(expect.arrayContaining(open));
    await expect.poll(async () => Math.abs((await paragraph.boundingBox())!.y - top)).toBeLessThan(50);
    await context.close();
  });
});

describe('/book/ widgets', () => {
  it('show their default view with no controls and no widget scripts, and link to the live widget', async () => {
    const { page, context, consoleErrors } = await openPage(browser, '/book/');
    const widgets = page.locator('[data-widget]');
    expect(await widgets.count()).toBeGreaterThan(8);
    expect(await page.locator('[data-widget] :is(input, select, textarea, button)').count()).toBe(0);
    // No widget script ran: the chrome's file and the folds' small inline module are the page's only scripts.
    expect(await page.locator('article script').count()).toBe(0);
    expect(await page.locator('script[src]').count()).toBe(1);
    expect(await page.evaluate(() => !!customElements.get('grpo-advantage-widget'))).toBe(false);
    expect(await page.evaluate(() => !!customElements.get('site-book-folds'))).toBe(true);
    const live = page.locator('#chapter-approaches-pure-rl [data-widget="grpo-advantage"] .book-widget-live a');
    expect(await live.getAttribute('href')).toBe('/approaches/pure-rl/');
    // The static chart is there: one advantage bar per sample in the default group.
    await page.locator('#chapter-approaches-pure-rl').scrollIntoViewIfNeeded();
    await expect.poll(() => page.locator('#chapter-approaches-pure-rl [data-widget="grpo-advantage"] svg').first().isVisible()).toBe(true);
    expect(consoleErrors).toEqual([]);
    await context.close();
  });
});
