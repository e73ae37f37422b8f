/**
 * The site chrome in a real browser: math, code, search, deep links, theme, phone menu, table of contents.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, openContext, openPage, baseUrl } from './support';
import { clearOfPageBars } from './widget-helpers';

const ARTICLE = '/foundations/what-is-a-reasoning-model/';
const MATH_PAGE = '/reference/formulas/';
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('math', () => {
  it('shows formulas as MathML in the self-hosted math font, visible to everyone, with their TeX kept', async () => {
    const { page, consoleErrors } = await openPage(browser, MATH_PAGE);
    const display = page.locator('.katex-display').first();
    await expect(display.isVisible()).resolves.toBe(true);
    const math = display.locator('math[display="block"]');
    expect(await math.count()).toBe(1);
    expect(await display.locator('annotation[encoding="application/x-tex"]').count()).toBe(1);
    const box = await math.boundingBox();
    expect(box!.width).toBeGreaterThan(40);
    expect(box!.height).toBeGreaterThan(10);
    // The only rendering, so never hidden from assistive technology.
    expect(await page.locator('[aria-hidden="true"] math, math[aria-hidden]').count()).toBe(0);
    // The math font (with its OpenType MATH table) actually loaded; otherwise formulas fall back to a text font.
    await page.evaluate(() => document.fonts.ready);
    expect(await math.evaluate((m) => getComputedStyle(m).fontFamily)).toMatch(/^"?STIX Two Math"?,/);
    const loaded = await page.evaluate(() => [...document.fonts].some((f) => f.family.includes('STIX Two Math') && f.status === 'loaded'));
    expect(loaded).toBe(true);
    expect(consoleErrors).toEqual([]);
    await page.context().close();
  });

  it('aligns the columns of an aligned formula: right-aligned left sides, relation signs in a column', async () => {
    const { page, context } = await openPage(browser, MATH_PAGE);
    // The distillation loss: three rows with a left side, a continuation row without one.
    const rows = await page.locator('#eq-kd-loss mtable > mtr').evaluateAll((trs) =>
      trs.map((tr) => {
        const left = tr.children[0]!.firstElementChild!.getBoundingClientRect();
        const relation = tr.querySelector('mtd:nth-child(2) mo');
        return { leftSide: left.width > 0 ? left.right : null, relation: relation?.textContent, relationLeft: relation?.getBoundingClientRect().left ?? 0 };
      }),
    );
    const withLeftSide = rows.filter((row) => row.leftSide !== null && row.relation === '=');
    expect(withLeftSide.length).toBeGreaterThanOrEqual(3);
    const widths = new Set(withLeftSide.map((row) => Math.round(row.relationLeft - row.leftSide!)));
    for (const row of withLeftSide) {
      expect(Math.abs(row.leftSide! - withLeftSide[0]!.leftSide!)).toBeLessThanOrEqual(1);
      expect(Math.abs(row.relationLeft - withLeftSide[0]!.relationLeft)).toBeLessThanOrEqual(1);
    }
    expect(widths.size).toBe(1);
    await context.close();
  });
});

describe('code blocks', () => {
  it('are highlighted in light and in dark, with a copy button', async () => {
    const colours: string[] = [];
    for (const colorScheme of ['light', 'dark'] as const) {
      const { page } = await openPage(browser, '/approaches/pure-rl/', { colorScheme, clipboard: true });
      const keyword = page.locator('pre.astro-code span.tok-keyword').first();
      const color = await keyword.evaluate((el) => getComputedStyle(el).color);
      const bg = await page.locator('pre.astro-code').first().evaluate((el) => getComputedStyle(el).backgroundColor);
      colours.push(`${color} on ${bg}`);
      const button = page.locator('.copy-code').first();
      await button.click();
      await page.waitForFunction(() => document.querySelector('.copy-code')?.textContent === 'Copied');
      const copied = await page.evaluate(() => navigator.clipboard.readText());
      expect(copied.length).toBeGreaterThan(10);
      await page.context().close();
    }
    expect(colours[0]).not.toBe(colours[1]);
  });

  it('show the copy button inside the top right corner of each block, above the first line, without moving the block', async () => {
    const context = await openContext(browser);
    const page = await context.newPage();
    // The block's place once the HTML is parsed, before the page's scripts run (readyState 'interactive'
    // comes before module scripts), and again after the button has arrived: the same (nothing jumps).
    await page.addInitScript(() => {
      document.addEventListener('readystatechange', () => {
        if (document.readyState !== 'interactive') return;
        const r = document.querySelector('main pre.astro-code')!.getBoundingClientRect();
        (window as unknown as { __blockBefore: object }).__blockBefore = { top: r.top + scrollY, height: r.height };
      });
    });
    await page.goto(`${baseUrl()}/approaches/pure-rl/`);
    const button = page.locator('main .copy-code').first();
    await button.waitFor();
    const [before, after] = await page.evaluate(() => {
      const r = document.querySelector('main pre.astro-code')!.getBoundingClientRect();
      return [(window as unknown as { __blockBefore: object }).__blockBefore, { top: r.top + scrollY, height: r.height }];
    });
    expect(after).toEqual(before);
    await button.scrollIntoViewIfNeeded();
    const geometry = await page.evaluate(() => {
      const block = document.querySelector('main pre.astro-code')!.getBoundingClientRect();
      const copy = document.querySelector('main .copy-code')!.getBoundingClientRect();
      const firstLine = document.querySelector('main pre.astro-code .line')!.getBoundingClientRect();
      return { block, copy, firstLine };
    });
    expect(geometry.copy.top).toBeGreaterThan(geometry.block.top);
    expect(geometry.copy.right).toBeLessThan(geometry.block.right);
    expect(geometry.copy.bottom).toBeLessThanOrEqual(geometry.firstLine.top);
    const onTop = await button.evaluate((el) => {
      const r = el.getBoundingClientRect();
      return document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2) === el;
    });
    expect(onTop).toBe(true);
    await context.close();
  });
});

describe('search', () => {
  it('opens with / and with Ctrl+K, and a query lands on the right page and section', async () => {
    const { page, consoleErrors, foreignRequests } = await openPage(browser, '/');
    await page.keyboard.press('/');
    const dialog = page.locator('dialog[data-search-dialog]');
    await dialog.waitFor({ state: 'visible' });
    const input = page.locator('[data-search-input]');
    await expect(input.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });

    await page.keyboard.press('Control+k');
    await dialog.waitFor({ state: 'visible' });
    await page.keyboard.type('two levels of reasoning');
    await page.locator('[data-search-status]').filter({ hasText: /pages? match “two levels of reasoning”/ }).waitFor();
    const first = page.locator('.search-result').first();
    // The result's main link goes to the best-matching section (search-ranking.test.ts ranks many more).
    const target = await first.locator('.search-result-title').getAttribute('href');
    expect(target).toContain(`${ARTICLE}?highlight=`);
    expect(target).toMatch(/#two-levels/);
    // Matched words are marked in the excerpt, as elements (not as escaped text).
    expect(await first.locator('mark').count()).toBeGreaterThan(0);

    // Keyboard: Down moves into the results; following a section link highlights the terms there.
    await input.press('ArrowDown');
    expect(await page.evaluate(() => document.activeElement?.classList.contains('search-result-title'))).toBe(true);
    await page.goto(baseUrl() + target!);
    await page.locator('mark.pagefind-highlight').first().waitFor();
    const headingTop = await page.locator('#two-levels-of-reasoning').evaluate((el) => el.getBoundingClientRect().top);
    expect(headingTop).toBeGreaterThan(0);
    expect(headingTop).toBeLessThan(200);
    expect(consoleErrors).toEqual([]);
    expect(foreignRequests).toEqual([]);
    await page.context().close();
  });

  it('fetches nothing for search until it is used', async () => {
    const { page, context } = await openPage(browser, ARTICLE);
    const requests: string[] = [];
    context.on('request', (r) => requests.push(r.url()));
    await page.waitForLoadState('networkidle');
    await page.reload();
    await page.waitForLoadState('networkidle');
    expect(requests.filter((u) => u.includes('/pagefind/'))).toEqual([]);
    await context.close();
  });

  it('says plainly when there is no search index (as under astro dev)', async () => {
    const { page, context } = await openPage(browser, '/');
    await context.route('**/pagefind/**', (route) => route.fulfill({ status: 404, body: 'not found' }));
    await page.locator('[data-search-open]').click();
    const status = page.locator('[data-search-status]');
    await expect(status.filter({ hasText: 'only in a built site' }).waitFor()).resolves.toBeUndefined();
    await context.close();
  });
});

describe('deep links', () => {
  it('a heading anchor puts the URL in the address bar, copies it and lands below the header', async () => {
    const { page, context } = await openPage(browser, ARTICLE, { clipboard: true });
    const wrapper = page.locator('.heading-wrapper.level-h2').nth(1);
    const id = await wrapper.locator('h2').getAttribute('id');
    await wrapper.hover();
    await wrapper.locator('a.anchor-link').click();
    await page.waitForFunction((expected) => location.hash === `#${expected}`, id);
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(`${baseUrl()}${ARTICLE}#${id}`);
    // Reload at the fragment: the heading must sit fully below the sticky header.
    await page.reload();
    const headerBottom = await page.locator('.site-header').evaluate((el) => el.getBoundingClientRect().bottom);
    const headingTop = await page.locator(`#${id}`).evaluate((el) => el.getBoundingClientRect().top);
    expect(headingTop).toBeGreaterThanOrEqual(headerBottom);
    expect(headingTop).toBeLessThan(headerBottom + 80);
    await context.close();
  });

  it.each([
    '/approaches/inference-time-scaling/#eq-pass-at-k',
    '/approaches/pure-rl/#eq-grpo-advantage',
    '/approaches/pure-rl/#fig-r1-zero-loop',
    '/approaches/pure-rl/#the-aha-moment',
  ])('a shared link to %s lands on its target below the header, even after widgets above it load', async (link) => {
    const { page, context } = await openPage(browser, link);
    await page.waitForLoadState('networkidle');
    // Widgets have grown by now; two frames later the fragment keeper has answered their resize.
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    const id = link.split('#')[1]!;
    const headerBottom = await page.locator('.site-header').evaluate((el) => el.getBoundingClientRect().bottom);
    const top = await page.locator(`#${id}`).evaluate((el) => el.getBoundingClientRect().top);
    expect(top).toBeGreaterThanOrEqual(headerBottom);
    expect(top).toBeLessThan(headerBottom + 40);
    await context.close();
  });

  it('anchor links are visible without hover on a touch screen and have an accessible name', async () => {
    const { page, context } = await openPage(browser, ARTICLE, { device: 'phone' });
    const link = page.locator('.heading-wrapper a.anchor-link').first();
    expect(await link.evaluate((el) => getComputedStyle(el).opacity)).toBe('1');
    const name = await link.evaluate((el) => el.textContent?.trim());
    expect(name).toMatch(/^Link to section: /);
    await context.close();
  });
});

describe('table of contents', () => {
  it('marks the linked section when a reader arrives by #link, and the last one at the bottom', async () => {
    const { page, context } = await openPage(browser, ARTICLE);
    const links = page.locator('.toc [data-toc-link]');
    const ids = await links.evaluateAll((els) => els.map((a) => (a as HTMLElement).dataset.tocLink!));
    const middle = ids[Math.floor(ids.length / 2)]!;
    await page.goto(`${baseUrl()}${ARTICLE}#${middle}`);
    await page.waitForFunction((id) => document.querySelector(`.toc [data-toc-link="${id}"]`)?.getAttribute('aria-current') === 'true', middle);

    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    const last = ids[ids.length - 1]!;
    await page.waitForFunction((id) => document.querySelector(`.toc [data-toc-link="${id}"]`)?.getAttribute('aria-current') === 'true', last);
    await context.close();
  });
});

describe('theme', () => {
  it('follows the OS by default and keeps a chosen theme across reloads without a flash', async () => {
    const { page, context } = await openPage(browser, ARTICLE, { colorScheme: 'dark' });
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    await page.getByRole('radio', { name: 'Light' }).check();
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('light');
    // The theme must already be right in the first paint: check it before any module script runs.
    await page.addInitScript(() => {
      document.addEventListener('readystatechange', () => {
        if (document.readyState === 'interactive') (window as unknown as { themeAtParse: string }).themeAtParse = document.documentElement.dataset.theme ?? '';
      });
    });
    await page.reload();
    expect(await page.evaluate(() => (window as unknown as { themeAtParse: string }).themeAtParse)).toBe('light');
    expect(await page.getByRole('radio', { name: 'Light' }).isChecked()).toBe(true);
    const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(bg).toBe('rgb(255, 255, 255)');
    await context.close();
  });
});

describe('phone layout', () => {
  it('the menu opens, keeps focus inside, and closes with Escape', async () => {
    const { page, context } = await openPage(browser, ARTICLE, { device: 'phone' });
    const toggle = page.locator('[data-menu-toggle]');
    await expect(toggle.isVisible()).resolves.toBe(true);
    await expect(page.locator('#site-nav').isVisible()).resolves.toBe(false);
    await toggle.focus();
    await page.keyboard.press('Enter');
    await expect(page.locator('#site-nav').isVisible()).resolves.toBe(true);
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    // Tab through many stops: focus never leaves the menu and its toggle.
    for (let i = 0; i < 25; i++) {
      await page.keyboard.press('Tab');
      const inside = await page.evaluate(() => {
        const el = document.activeElement;
        return !!el && (!!el.closest('#site-nav') || el.matches('[data-menu-toggle]'));
      });
      expect(inside).toBe(true);
    }
    await page.keyboard.press('Escape');
    await expect(page.locator('#site-nav').isVisible()).resolves.toBe(false);
    expect(await page.evaluate(() => document.activeElement?.matches('[data-menu-toggle]'))).toBe(true);
    await context.close();
  });

  it('the menu opens on the current page: its link has focus and is in view on a phone held sideways', async () => {
    // 740×360: narrow enough for the menu, too short for the whole sidebar; Bibliography is its last link.
    const { page, context } = await openPage(browser, '/reference/bibliography/', { device: 'phone', viewport: { width: 740, height: 360 } });
    await page.locator('[data-menu-toggle]').tap();
    await expect(page.locator('#site-nav').isVisible()).resolves.toBe(true);
    const current = page.locator('#site-nav a[aria-current="page"]');
    expect(await current.evaluate((a) => a === document.activeElement)).toBe(true);
    await expect
      .poll(() =>
        current.evaluate((a) => {
          const box = a.getBoundingClientRect();
          return box.top >= document.querySelector('.site-header')!.getBoundingClientRect().bottom && box.bottom <= innerHeight;
        }),
      )
      .toBe(true);
    await context.close();
  });

  it('the table of contents is a collapsible block', async () => {
    const { page, context } = await openPage(browser, ARTICLE, { device: 'phone' });
    const details = page.locator('.toc-bar details');
    await expect(details.isVisible()).resolves.toBe(true);
    expect(await details.evaluate((el) => (el as HTMLDetailsElement).open)).toBe(false);
    await details.locator('summary').click();
    await expect(details.locator('a').first().isVisible()).resolves.toBe(true);
    await context.close();
  });
});

describe('without JavaScript', () => {
  it('a page still shows its text, math, code and working links', async () => {
    const { page, context } = await openPage(browser, MATH_PAGE, { javaScriptEnabled: false });
    expect(await page.locator('h1').textContent()).toBeTruthy();
    expect(await page.locator('.katex-display math').count()).toBeGreaterThan(0);
    const href = await page.locator('main a[href^="/"]').first().getAttribute('href');
    const response = await page.goto(baseUrl() + href!);
    expect(response!.status()).toBe(200);
    await context.close();
  });
});

describe('404', () => {
  it('an unknown address gets the 404 page with a way back', async () => {
    const { page, context } = await openPage(browser, '/no/such/page/');
    expect(await page.locator('h1').textContent()).toContain('not found');
    expect(await page.locator('main a[href="/"]').count()).toBe(1);
    // Nothing resembles it, so nothing is guessed.
    await page.waitForLoadState('load');
    expect(await page.locator('site-not-found').isVisible()).toBe(false);
    await context.close();
  });

  it('a pasted link with capitals and the sentence’s punctuation after it still reaches its section', async () => {
    const { page, context } = await openPage(browser, '/Approaches/Pure-RL/).?highlight=aha#the-aha-moment', { device: 'phone' });
    await page.waitForURL((url) => url.pathname === '/approaches/pure-rl/');
    expect(new URL(page.url()).search).toBe('?highlight=aha');
    await expect.poll(() => clearOfPageBars(page, '#the-aha-moment')).toBe(true);
    await context.close();
  });

  it('a section link damaged on its way (capitals, the sentence’s punctuation, cut short) still lands on its section', async () => {
    for (const fragment of ['#The-Aha-Moment).', '#the-aha-mo']) {
      const { page, context } = await openPage(browser, `/approaches/pure-rl/${fragment}`, { device: 'phone' });
      await page.waitForFunction(() => location.hash === '#the-aha-moment');
      await expect.poll(() => clearOfPageBars(page, '#the-aha-moment')).toBe(true);
      expect(await page.evaluate(() => document.querySelector(':target')?.id)).toBe('the-aha-moment');
      // The address was corrected in place: "back" leaves the page rather than returning to the damaged link.
      await page.goBack();
      expect(page.url()).toBe('about:blank');
      await context.close();
    }
  });

  it('a link damaged in a PDF (a hyphen from a line break) offers its page, and the offer keeps the section', async () => {
    const { page, context } = await openPage(browser, '/approaches/infer-ence-time-scaling/#best-of-n-with-a-verifier');
    const offer = page.locator('site-not-found a');
    await expect.poll(() => offer.count()).toBe(1);
    expect(await page.locator('h1').textContent()).toContain('not found');
    expect(await offer.textContent()).toBe('Inference-time scaling');
    await offer.click();
    await page.waitForURL((url) => url.pathname === '/approaches/inference-time-scaling/' && url.hash === '#best-of-n-with-a-verifier');
    await expect.poll(() => clearOfPageBars(page, '#best-of-n-with-a-verifier')).toBe(true);
    await context.close();
  });
});
