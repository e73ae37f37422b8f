// What the main thread does while a page loads on a phone (after npm run build):
//   node_modules/.bin/node scripts/bench-load-tasks.mjs /playground/ [/book/ …]
// Records a Chromium performance trace of one load (412×823 phone viewport, no CPU throttling: Lighthouse's
// default "simulate" mode also observes an unthrottled load and multiplies task times by 4) and prints each
// main-thread task of at least BENCH_MIN_TASK_MS (default 10) with what fills it (parsing, style, layout,
// paint, scripts by file), where first contentful paint falls, and the font work of the load: how many font
// instances the layout had to set up (one per family, size, weight and style in use; on Linux each asks the
// browser process for its rendering settings, synchronously) and how long that took. Figures to read,
// never assertions; the machine's load average is printed with them because they move with it.
import { existsSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { startStaticServer } from './static-server.mjs';

const DIST = process.env.SITE_DIST ?? 'dist';
const paths = process.argv.slice(2);
if (!paths.length) paths.push('/playground/');
if (!existsSync(join(DIST, 'index.html'))) {
  console.error(`No build in ${DIST}/: run npm run build first.`);
  process.exit(1);
}
const MIN_TASK_MS = Number(process.env.BENCH_MIN_TASK_MS ?? 10);
const FONT_STRIKE = 'WebSandboxSupportLinux::GetWebFontRenderStyleForStrike';
const FONT_DATA = 'FontCache::GetFontPlatformData';
/** Trace events that say what a task spent its time on (nested ones are counted inside their parent). */
const KINDS = new Set(['ParseHTML', 'UpdateLayoutTree', 'Layout', 'PrePaint', 'Paint', 'Layerize', 'EvaluateScript', 'v8.evaluateModule', 'FunctionCall', 'TimerFire', 'FireAnimationFrame', 'EventDispatch', 'MajorGC', 'MinorGC']);

const server = await startStaticServer(DIST, 0);
// Compress each page before its traced load, so the trace does not include the server's first compression.
for (const path of paths) await fetch(server.url + path, { headers: { 'Accept-Encoding': 'br' } }).then((res) => res.arrayBuffer());
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
try {
  for (const path of paths) {
    const context = await browser.newContext({ viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    const events = [];
    cdp.on('Tracing.dataCollected', (e) => events.push(...e.value));
    const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
    await cdp.send('Tracing.start', {
      transferMode: 'ReportEvents',
      traceConfig: { includedCategories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'loading', 'fonts'] },
    });
    const load = loadavg()[0];
    await page.goto(server.url + path, { waitUntil: 'load' });
    await page.waitForTimeout(3000);
    await cdp.send('Tracing.end');
    await complete;
    await context.close();

    // The page's main thread: the renderer thread that parsed this page's HTML.
    const threadOf = (e) => `${e.pid}:${e.tid}`;
    const parse = events.find((e) => e.name === 'ParseHTML' && String(e.args?.beginData?.url ?? '').includes(path));
    if (!parse) {
      console.log(`${path}: no HTML parse in the trace`);
      continue;
    }
    const main = events.filter((e) => threadOf(e) === threadOf(parse) && e.ph === 'X').sort((a, b) => a.ts - b.ts);
    const start = main.find((e) => e.name === 'ParseHTML').ts;
    const at = (ts) => `${((ts - start) / 1000).toFixed(0).padStart(5)} ms`;
    const fcp = events.find((e) => e.name === 'firstContentfulPaint' && threadOf(e) === threadOf(parse));
    console.log(`\n${path}  (load average ${load.toFixed(1)}; times from the start of parsing; first contentful paint at ${fcp ? at(fcp.ts).trim() : '?'})`);
    const sumMs = (list) => list.reduce((s, e) => s + e.dur, 0) / 1000;
    let blockingTimes4 = 0;
    for (const task of main.filter((e) => e.name === 'RunTask' && e.ts >= start && e.dur / 1000 >= MIN_TASK_MS)) {
      const parts = {};
      const counted = [];
      let fontMs = 0;
      for (const e of main) {
        if (e === task || e.ts < task.ts || e.ts + e.dur > task.ts + task.dur) continue;
        if (e.name === FONT_STRIKE) fontMs += e.dur / 1000;
        if (!KINDS.has(e.name) || counted.some((c) => e.ts >= c.ts && e.ts + e.dur <= c.ts + c.dur)) continue;
        counted.push(e);
        const file = e.args?.data?.url?.split('/').pop();
        const key = file ? `${e.name} ${file.split('.')[0]}` : e.name;
        parts[key] = (parts[key] ?? 0) + e.dur / 1000;
      }
      if (!fcp || task.ts + task.dur > fcp.ts) blockingTimes4 += Math.max(0, (4 * task.dur) / 1000 - 50);
      const what = Object.entries(parts)
        .sort((a, b) => b[1] - a[1])
        .slice(0, 6)
        .map(([k, ms]) => `${k} ${ms.toFixed(0)}`)
        .join(', ');
      const fonts = fontMs >= 1 ? ` (font set-up ${fontMs.toFixed(0)})` : '';
      console.log(`  ${at(task.ts)}  ${(task.dur / 1000).toFixed(0).padStart(4)} ms  ${what}${fonts}`);
    }
    const strikes = main.filter((e) => e.name === FONT_STRIKE);
    // The font cache calls itself (a family list, then each family): count only the outermost calls.
    const fontData = main.filter((e) => e.name === FONT_DATA);
    const outerFontData = fontData.filter((e) => !fontData.some((o) => o !== e && o.ts <= e.ts && o.ts + o.dur >= e.ts + e.dur));
    console.log(
      `  layout ${sumMs(main.filter((e) => e.name === 'Layout')).toFixed(0)} ms, style ${sumMs(main.filter((e) => e.name === 'UpdateLayoutTree')).toFixed(0)} ms, ` +
        `font instances set up ${strikes.length} (${sumMs(outerFontData).toFixed(0)} ms in the font cache, ${sumMs(strikes).toFixed(0)} ms of it waiting for the browser process); ` +
        `after first paint, sum of (4 × task − 50 ms), roughly what Lighthouse's simulation counts as blocking: ${blockingTimes4.toFixed(0)} ms`,
    );
  }
} finally {
  await browser.close();
  await server.close();
}
