/**
 * Helpers shared by the widget browser tests (majority vote, best-of-N, pass@k, ...): finding the
 * page that embeds a widget, typing into a box by keyboard, and the percent format the widgets show.
 * They were copied into each test file; one copy keeps the tests in step with each other.
 */
import type { Page } from 'playwright-core';
import { baseUrl } from './support';

/** Pages that may embed a widget, in order of preference (the first one that does is used). */
export const WIDGET_PAGES = ['/approaches/inference-time-scaling/', '/playground/', '/playground-scratch-w1/'];

/** The first page in `candidates` whose HTML embeds data-widget="<widget>". */
export async function findWidgetPage(widget: string, candidates: readonly string[] = WIDGET_PAGES): Promise<string> {
  for (const path of candidates) {
    const response = await fetch(baseUrl() + path);
    if (response.ok && (await response.text()).includes(`data-widget="${widget}"`)) return path;
  }
  throw new Error(`No page embeds data-widget="${widget}" (tried ${candidates.join(', ')})`);
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
