/**
 * Shared helpers for browser tests: Debian's Chromium driven by playwright-core, with every console
 * error and every request that leaves 127.0.0.1 recorded so tests can assert there are none.
 *
 *   const browser = await launchBrowser();
 *   const { page, consoleErrors, foreignRequests } = await openPage(browser, '/approaches/pure-rl/');
 *   ...
 *   expect(consoleErrors).toEqual([]);
 *   await browser.close();
 */
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { inject } from 'vitest';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Base URL of the locally served build, e.g. http://127.0.0.1:40123 (no trailing slash). */
export function baseUrl(): string {
  return inject('baseUrl');
}

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

export interface OpenOptions {
  colorScheme?: 'light' | 'dark';
  /** Desktop 1280×800 by default; `phone` is 390×844 with touch. */
  device?: 'desktop' | 'phone';
  javaScriptEnabled?: boolean;
  /** Grant clipboard access (for copy-link tests). */
  clipboard?: boolean;
}

export interface OpenedPage {
  page: Page;
  context: BrowserContext;
  /** Console errors and uncaught exceptions on the page. */
  consoleErrors: string[];
  /** Requests (including from workers) to anything other than the local server. */
  foreignRequests: string[];
  /** Responses with status >= 400 (other than the deliberate 404 page test). */
  failedResponses: string[];
}

export async function openContext(browser: Browser, options: OpenOptions = {}): Promise<BrowserContext> {
  const phone = options.device === 'phone';
  const context = await browser.newContext({
    viewport: phone ? { width: 390, height: 844 } : { width: 1280, height: 800 },
    isMobile: phone,
    hasTouch: phone,
    colorScheme: options.colorScheme ?? 'light',
    javaScriptEnabled: options.javaScriptEnabled ?? true,
    reducedMotion: 'reduce',
  });
  if (options.clipboard) {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseUrl() });
  }
  return context;
}

export async function openPage(browser: Browser, path: string, options: OpenOptions = {}): Promise<OpenedPage> {
  const context = await openContext(browser, options);
  const page = await context.newPage();
  const consoleErrors: string[] = [];
  const foreignRequests: string[] = [];
  const failedResponses: string[] = [];
  const origin = new URL(baseUrl()).origin;
  page.on('console', (msg) => {
    if (msg.type() === 'error') consoleErrors.push(msg.text());
  });
  page.on('pageerror', (error) => consoleErrors.push(`uncaught: ${error.message}`));
  // Context-level events also see requests made by web workers (Pagefind searches from one).
  context.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:') && !url.startsWith('about:')) {
      foreignRequests.push(url);
    }
  });
  context.on('response', (response) => {
    if (response.status() >= 400) failedResponses.push(`${response.status()} ${response.url()}`);
  });
  await page.goto(baseUrl() + path);
  return { page, context, consoleErrors, foreignRequests, failedResponses };
}
