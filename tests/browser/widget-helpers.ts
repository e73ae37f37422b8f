/**
 * Helpers shared by the widget browser tests (majority vote, best-of-N, pass@k, ...): finding the
 * page that embeds a widget, typing into a box by keyboard, and the percent format the widgets show.
 * They were copied into each test file; one copy keeps the tests in step with each other.
 */
import { chromium, type Browser, type Locator, type Page } from 'playwright-core';
import { expect, inject } from 'vitest';
import { launchOptions } from './chromium-launch';
import { baseUrl, openPage } from './support';

/**
 * Pages that may embed a widget, in order of preference (the first one that does is used). The playground
 * first: every widget, and a fifth of a chapter's elements, so each of the many page loads costs less.
 */
export const WIDGET_PAGES = ['/playground/', '/approaches/inference-time-scaling/'];

/** The first page in `candidates` whose HTML embeds data-widget="<widget>". */
export async function findWidgetPage(widget: string, candidates: readonly string[] = WIDGET_PAGES): Promise<string> {
  for (const path of candidates) {
    const response = await fetch(baseUrl() + path);
    if (response.ok && (await response.text()).includes(`data-widget="${widget}"`)) return path;
  }
  throw new Error(`No page embeds data-widget="${widget}" (tried ${candidates.join(', ')})`);
}

/**
 * Bring a widget into view and wait until it has started. Widgets start as they near the viewport or on
 * first use (src/widgets/kit/start.ts); until then the page shows the build-time view, drawn for a default
 * width. A test that reads the drawn chart, or a control that exists only once the widget runs, waits here.
 */
export async function whenStarted(widget: Locator): Promise<void> {
  await widget.first().scrollIntoViewIfNeeded();
  await expect.poll(() => widget.first().evaluate((el) => el.hasAttribute('data-started'))).toBe(true);
}

/** Replace a text box's content by keyboard: focus, select all, type. */
export async function typeInto(page: Page, selector: string, text: string): Promise<void> {
  await page.focus(selector);
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type(text);
}

/** Percent with two decimals, as the majority-vote and best-of-N widgets show it. */
export function pct(x: number): string {
  if (x > 0 && x < 0.00005) return '<0.01%';
  if (x < 1 && x >= 0.99995) return '>99.99%';
  return `${(x * 100).toFixed(2)}%`;
}

/**
 * The explorable layout facts every redesigned widget is held to: its whole box (controls, result, chart and
 * the "Show as table" summary) is at most this tall at 1280×800, so it fits on one screen with the page header.
 */
export const ONE_SCREEN_PX = 720;

/** A widget's drawn height in CSS pixels at 1280×800 (a layout fact, measured on a fresh page). */
export async function widgetHeight(browser: Browser, path: string, root: string): Promise<number> {
  const { page, context } = await openPage(browser, path);
  const height = await page.locator(root).first().evaluate((el) => el.getBoundingClientRect().height);
  await context.close();
  return height;
}

/**
 * Whether all of an element's box is on screen and clear of the page's sticky header and, on a phone, its
 * "On this page" bar (the same as clearOfPageBars).
 */
export function fullyInView(page: Page, selector: string): Promise<boolean> {
  return clearOfPageBars(page, selector);
}

/** A point inside an element's box, given as fractions of its width and height, in page coordinates for page.mouse. */
export async function pointIn(page: Page, selector: string, fx: number, fy: number): Promise<{ x: number; y: number }> {
  const box = (await page.locator(selector).first().boundingBox())!;
  return { x: box.x + fx * box.width, y: box.y + fy * box.height };
}

/** Press the mouse at one point of an element and release it at another, moving in steps (a real drag). */
export async function dragWithMouse(page: Page, selector: string, from: [number, number], to: [number, number]): Promise<void> {
  await page.locator(selector).first().scrollIntoViewIfNeeded();
  const start = await pointIn(page, selector, ...from);
  const end = await pointIn(page, selector, ...to);
  await page.mouse.move(start.x, start.y);
  await page.mouse.down();
  await page.mouse.move(end.x, end.y, { steps: 8 });
  await page.mouse.up();
}

/** Where a point given in an <svg>'s viewBox units is on the page (for page.mouse), through the svg's own transform. */
export async function svgPointOnPage(page: Page, svgSelector: string, x: number, y: number): Promise<{ x: number; y: number }> {
  return page.locator(svgSelector).first().evaluate(
    (svg, [vx, vy]) => {
      const point = new DOMPoint(vx, vy).matrixTransform((svg as SVGSVGElement).getScreenCTM()!);
      return { x: point.x, y: point.y };
    },
    [x, y] as [number, number],
  );
}

/** Whether an element is wholly on screen and clear of the page's sticky header and its phone bar ("On this page"). */
export async function clearOfPageBars(page: Page, selector: string): Promise<boolean> {
  return page.locator(selector).first().evaluate((el) => {
    const bars = [...document.querySelectorAll('header, .toc-bar')].filter((bar) => ['sticky', 'fixed'].includes(getComputedStyle(bar).position));
    const covered = Math.max(0, ...bars.map((bar) => bar.getBoundingClientRect().bottom));
    const box = el.getBoundingClientRect();
    return box.height > 0 && box.top >= covered - 1 && box.bottom <= window.innerHeight + 1;
  });
}

/**
 * A Chromium of this file's own that throttles history.replaceState as a reader's does (~200 calls in 10 s):
 * launched WITHOUT Playwright's default --disable-ipc-flooding-protection, for URL-after-a-burst tests.
 */
export function launchThrottledBrowser(): Promise<Browser> {
  // The same flags as the shared Chromium (chromium-launch.ts), less that one.
  return chromium.launch(launchOptions(inject('chromiumDisableFeatures'), { ignoreDefaultArgs: ['--disable-ipc-flooding-protection'] }));
}
