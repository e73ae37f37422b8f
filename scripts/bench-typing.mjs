// Typing at the reward box's limit (npm run bench:typing, after npm run build): the reward playground on
// /playground/ holding a completion of MAX_INPUT_CHARS characters, and the last 20 typed key by key with a
// pause in the middle (the widget scores the text then). Three variants: scoring in the worker (what
// readers get), scoring on the page (no Worker, the fallback), and a bare <textarea> with the same text
// (what the browser itself spends on a box this size). Prints, per variant: long tasks, the longest frame,
// the slowest keystroke (Event Timing), the page's slowest keydown/input handlers and the widget's own
// longest run. Asserts nothing (tests/browser/widget-robustness.test.ts asserts where the work runs).
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { startStaticServer } from './static-server.mjs';

const DIST = process.env.SITE_DIST ?? 'dist';
if (!existsSync(join(DIST, 'playground/index.html'))) {
  console.error(`No build in ${DIST}/: run npm run build first.`);
  process.exit(1);
}
/** src/lib/rewards.ts MAX_INPUT_CHARS; read from the page's box so the two cannot drift. */
const BOX = '#reward-playground-c';
const END = '</think><answer>\\boxed{1/2}</answer>';
const LINE = 'We multiply the numerators and the denominators, then reduce the fraction.\n';

const server = await startStaticServer(DIST, 0);
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  // As readers run it: Chromium's own throttles stay on.
  ignoreDefaultArgs: ['--disable-ipc-flooding-protection'],
  args: ['--no-sandbox', '--disable-gpu'],
});

/** Install the collectors: long tasks, frames, event timing, handler time around the page's own listeners. */
function collect() {
  const metrics = (window.metrics = { longTasks: [], frames: [], slowest: 0, handlers: [], keystrokes: 0, work: [], stop: false });
  const widget = customElements.get('reward-playground-widget')?.prototype;
  for (const name of ['onText', 'render']) {
    const method = widget?.[name];
    if (!widget || !method) continue;
    widget[name] = function (...args) {
      const start = performance.now();
      try {
        return method.apply(this, args);
      } finally {
        metrics.work.push(performance.now() - start);
      }
    };
  }
  new PerformanceObserver((list) => metrics.longTasks.push(...list.getEntries().map((e) => Math.round(e.duration)))).observe({ type: 'longtask' });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) metrics.slowest = Math.max(metrics.slowest, e.duration);
  }).observe({ type: 'event', durationThreshold: 16 });
  for (const type of ['keydown', 'input']) {
    let start = 0;
    window.addEventListener(type, () => (start = performance.now()), { capture: true });
    window.addEventListener(type, () => {
      metrics.handlers.push(performance.now() - start);
      if (type === 'input') metrics.keystrokes += 1;
    });
  }
  let last = performance.now();
  const frame = (now) => {
    metrics.frames.push(now - last);
    last = now;
    if (!metrics.stop) requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
}

try {
  for (const variant of ['worker', 'no worker', 'bare textarea']) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, reducedMotion: 'reduce' });
    const page = await context.newPage();
    if (variant === 'no worker') await page.addInitScript(() => (window.Worker = undefined));
    await page.goto(`${server.url}/playground/`);
    const limit = Number(await page.getAttribute(BOX, 'maxlength'));
    const body = LINE.repeat(Math.ceil(limit / LINE.length)).slice(0, limit - '<think>'.length - END.length);
    const completion = `<think>${body}${END}`;
    let selector = BOX;
    if (variant === 'bare textarea') {
      selector = '#bare';
      await page.evaluate(() => {
        const bare = document.createElement('textarea');
        bare.id = 'bare';
        bare.rows = 8;
        bare.style.width = '40rem';
        document.body.prepend(bare);
      });
    }
    // As a paste (typing 200,000 characters would take minutes), then the last 20 by key.
    await page.locator(selector).evaluate((el, text) => {
      el.value = text;
      el.dispatchEvent(new Event('input', { bubbles: true }));
    }, completion.slice(0, limit - 20));
    await page.locator(selector).press('Tab');
    await page.waitForTimeout(2000);
    await page.evaluate(collect);
    await page.focus(selector);
    await page.keyboard.press('ControlOrMeta+End');
    await page.keyboard.type(completion.slice(-20, -10), { delay: 40 });
    await page.waitForTimeout(700);
    await page.keyboard.type(completion.slice(-10), { delay: 40 });
    await page.waitForTimeout(1200);
    const m = await page.evaluate(() => {
      const { metrics } = window;
      metrics.stop = true;
      return {
        longTasks: metrics.longTasks,
        longestFrame: Math.round(Math.max(0, ...metrics.frames)),
        slowestKeystroke: metrics.slowest,
        slowestHandler: Math.round(Math.max(0, ...metrics.handlers) * 100) / 100,
        keystrokes: metrics.keystrokes,
        widgetWork: Math.round(Math.max(0, ...metrics.work) * 100) / 100,
      };
    });
    console.log(`${variant.padEnd(14)} ${limit.toLocaleString('en-US')} chars: longest frame ${m.longestFrame} ms, slowest keystroke ${m.slowestKeystroke} ms, ` +
      `slowest handler ${m.slowestHandler} ms, widget's longest run ${m.widgetWork} ms, long tasks [${m.longTasks.join(', ')}], ${m.keystrokes} keystrokes`);
    await context.close();
  }
} finally {
  await browser.close();
  await server.close();
}
