/**
 * Shared helpers for browser tests: Debian's Chromium driven by playwright-core, with every console
 * error and every request that leaves 127.0.0.1 recorded so tests can assert there are none.
 *
 *   const browser = await launchBrowser();          // in beforeAll; connects to the one shared Chromium
 *   it('...', async () => {
 *     const { page, consoleErrors, foreignRequests } = await openPage(browser, '/approaches/pure-rl/');
 *     ...
 *     expect(consoleErrors).toEqual([]);
 *   });                                               // the page's context closes when the test ends
 *   await browser.close();                            // in afterAll; disconnects, Chromium keeps running
 *
 * Cleanup: a context opened inside a test closes when that test finishes, passed or failed
 * (vitest's onTestFinished), so a failing assertion never leaves a page open; closing it by hand as
 * well is harmless. A context opened in beforeAll closes when its file's browser disconnects.
 * `withPage` gives the same guarantee to code that runs outside a test.
 */
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { inject, onTestFinished, TestRunner } from 'vitest';

/** Base URL of the locally served build, e.g. http://127.0.0.1:40123 (no trailing slash). */
export function baseUrl(): string {
  return inject('baseUrl');
}

/**
 * The Chromium started once for all browser test files (tests/browser/global-setup.ts). The returned
 * Browser is this file's own connection: `close()` closes the contexts it opened and disconnects.
 */
export function launchBrowser(): Promise<Browser> {
  const endpoint = inject('chromiumEndpoint');
  if (!endpoint) throw new Error('No shared Chromium: run browser tests through the "browser" vitest project.');
  return chromium.connect(endpoint);
}

export interface OpenOptions {
  colorScheme?: 'light' | 'dark';
  /** Desktop 1280×800 by default; `phone` is 390×844 with touch. */
  device?: 'desktop' | 'phone';
  /** A window of this size instead of the device's (same touch and mobile settings). */
  viewport?: { width: number; height: number };
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
  /**
   * Every Content-Security-Policy violation on the page so far, as "directive blocked-uri sample"
   * (recorded from before the page's first script runs).
   */
  cspViolations(): Promise<string[]>;
  /**
   * Resolves once the page has nothing left to load: web fonts ready and no request in flight
   * (workers' requests included). A signal, unlike `networkidle`, which always waits 500 ms more.
   */
  settled(): Promise<void>;
}

export async function openContext(browser: Browser, options: OpenOptions = {}): Promise<BrowserContext> {
  const phone = options.device === 'phone';
  const context = await browser.newContext({
    viewport: options.viewport ?? (phone ? { width: 390, height: 844 } : { width: 1280, height: 800 }),
    isMobile: phone,
    hasTouch: phone,
    colorScheme: options.colorScheme ?? 'light',
    javaScriptEnabled: options.javaScriptEnabled ?? true,
    reducedMotion: 'reduce',
  });
  // Inside a test, close the context when the test finishes, whether it passed or not.
  if (TestRunner.getCurrentTest()) onTestFinished(() => context.close());
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
  const settled = trackRequests(context, page);
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __cspViolations: string[] }).__cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.effectiveDirective} ${e.blockedURI} ${e.sample}`.trim()));
  });
  await page.goto(baseUrl() + path);
  const cspViolations = () => page.evaluate(() => [...(window as unknown as { __cspViolations: string[] }).__cspViolations]);
  return { page, context, consoleErrors, foreignRequests, failedResponses, settled, cspViolations };
}

/**
 * Open a page, hand it to `use`, and close its context afterwards even if `use` throws. Inside a
 * test, openPage alone already does this; withPage also works in hooks and shared helpers.
 */
export async function withPage<T>(
  browser: Browser,
  path: string,
  options: OpenOptions,
  use: (opened: OpenedPage) => Promise<T>,
): Promise<T> {
  const opened = await openPage(browser, path, options);
  try {
    return await use(opened);
  } finally {
    await opened.context.close();
  }
}

/**
 * What makes the page wider than its window (runs in the page): each element, and each run of text (which can
 * spill out of a box that fits), whose right edge is past the window's and which no scrolling box holds.
 * Empty when the page fits.
 */
export function widerThanTheScreen(): string[] {
  const width = document.documentElement.clientWidth;
  if (document.documentElement.scrollWidth <= width) return [];
  const unheld = (node: Node) => {
    let holder = node.parentElement;
    while (holder && getComputedStyle(holder).overflowX === 'visible') holder = holder.parentElement;
    return !holder || holder === document.body || holder === document.documentElement;
  };
  const found: string[] = [];
  for (const element of document.body.querySelectorAll('*')) {
    const box = element.getBoundingClientRect();
    if (box.width === 0 || box.right <= width + 0.5 || !unheld(element)) continue;
    found.push(`${element.localName}.${[...element.classList].join('.')} ends at ${Math.round(box.right)} px: "${(element.textContent ?? '').trim().slice(0, 40)}"`);
  }
  const text = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = text.nextNode(); node; node = text.nextNode()) {
    const range = document.createRange();
    range.selectNodeContents(node);
    const box = range.getBoundingClientRect();
    if (box.width === 0 || box.right <= width + 0.5 || !unheld(node)) continue;
    found.push(`text in ${node.parentElement!.localName}.${[...node.parentElement!.classList].join('.')} ends at ${Math.round(box.right)} px: "${(node.textContent ?? '').trim().slice(0, 40)}"`);
  }
  return found.length ? found.slice(0, 5) : [`the page is ${document.documentElement.scrollWidth} px wide`];
}

/** Count requests in flight; the returned function waits until the page has settled. */
function trackRequests(context: BrowserContext, page: Page): () => Promise<void> {
  let inFlight = 0;
  const idle: Array<() => void> = [];
  const finished = () => {
    inFlight -= 1;
    if (inFlight === 0) for (const resolve of idle.splice(0)) resolve();
  };
  context.on('request', () => (inFlight += 1));
  context.on('requestfinished', finished);
  context.on('requestfailed', finished);
  return async () => {
    // A finished request (a script, a font) can start another; look again after the page has
    // painted twice, until a look finds nothing in flight.
    for (;;) {
      await page.evaluate(async () => {
        await document.fonts.ready;
        await new Promise((frame) => requestAnimationFrame(() => requestAnimationFrame(frame)));
      });
      if (inFlight === 0) return;
      await new Promise<void>((resolve) => idle.push(resolve));
    }
  };
}
