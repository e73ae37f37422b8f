// Trainer in Chromium (npm run bench:trainer-browser, after npm run build): the default GRPO run on
// /playground/train/ — seconds and steps to 30 % and 60 % training-pool accuracy, steps per second, and how
// long the page's main thread was busy at a time while the worker trained (CPU and wall time per task from a
// trace, plus the Long Tasks API). Also the trainer's JavaScript weight (the widget's page script with every
// chunk it imports, and the worker with its chunks; budget 60 KB gzipped). Prints figures; asserts nothing. On a
// shared machine compare CPU times.
import { readFileSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { startStaticServer } from './static-server.mjs';

const DIST = process.env.SITE_DIST ?? 'dist';
if (!existsSync(join(DIST, 'playground/train/index.html'))) {
  console.error(`No build in ${DIST}/: run npm run build first.`);
  process.exit(1);
}
const ROOT = '[data-widget="grpo-trainer"]';

/**
 * Gzipped bytes of a built script and everything it loads, followed through static imports
 * (`from"./chunk.js"`) and worker URLs (`new URL("/_astro/worker-….js", …)`); each file counted once.
 */
function scriptWeight(file, seen = new Map()) {
  if (seen.has(file)) return seen;
  const source = readFileSync(join(DIST, '_astro', file), 'utf8');
  seen.set(file, gzipSync(source, { level: 9 }).length);
  for (const m of source.matchAll(/from\s*["']\.\/([^"']+\.js)["']|new URL\([`"']\/_astro\/([^`"']+\.js)[`"']/g)) scriptWeight(m[1] ?? m[2], seen);
  return seen;
}
const trainerPage = readFileSync(join(DIST, 'playground/train/index.html'), 'utf8');
const entry = trainerPage.match(/\/_astro\/(GrpoTrainer[^"]*\.js)/)?.[1];
if (entry) {
  const files = scriptWeight(entry);
  const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
  const sum = (names) => names.reduce((total, name) => total + files.get(name), 0);
  const names = [...files.keys()];
  const worker = names.filter((name) => /worker/.test(name));
  console.log(`Trainer JavaScript, gzipped: ${kb(sum(names))} in all (budget 60 KB): page script and chunks ${kb(sum(names.filter((n) => !worker.includes(n))))}, worker ${kb(sum(worker))}`);
}
const LIMIT_S = Number(process.argv[2] ?? 90);

/** Tasks of the renderer main thread(s) in a Chromium trace: wall and CPU time in ms. */
function mainThreadTasks(path) {
  const events = JSON.parse(readFileSync(path, 'utf8')).traceEvents;
  const mains = new Set(events.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`));
  return events
    .filter((e) => e.name === 'RunTask' && mains.has(`${e.pid}:${e.tid}`) && e.dur !== undefined)
    .map((e) => ({ wallMs: e.dur / 1000, cpuMs: (e.tdur ?? e.dur) / 1000 }));
}

const server = await startStaticServer(DIST, 0);
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const tracePath = join(tmpdir(), `bench-trainer-trace-${process.pid}.json`);
try {
  const page = await browser.newPage();
  await page.goto(`${server.url}/playground/train/`);
  await page.waitForFunction((root) => document.querySelector(`${root} [data-out="status"]`)?.textContent?.includes('Ready'), ROOT, { timeout: 60_000 });
  await page.evaluate(() => {
    window.longTasks = [];
    new PerformanceObserver((list) => { for (const e of list.getEntries()) window.longTasks.push(e.duration); }).observe({ type: 'longtask' });
  });
  await browser.startTracing(page, { path: tracePath, categories: ['toplevel', 'devtools.timeline', 'disabled-by-default-devtools.timeline'] });
  const read = () => page.evaluate((root) => {
    const text = (name) => document.querySelector(`${root} [data-metric="${name}"]`)?.textContent ?? '';
    return { step: Number(text('step')), accuracy: Number(text('accuracy').replace(/[<>%]/g, '')) / 100 };
  }, ROOT);
  const t0 = Date.now();
  await page.click(`${ROOT} [data-action="train"]`);
  const marks = {};
  let last = { step: 0, accuracy: 0 };
  while (Date.now() - t0 < LIMIT_S * 1000 && !marks[0.6]) {
    last = await read();
    for (const level of [0.3, 0.6]) if (!marks[level] && last.accuracy >= level) marks[level] = { s: (Date.now() - t0) / 1000, step: last.step };
    await page.waitForTimeout(100);
  }
  const seconds = (Date.now() - t0) / 1000;
  await page.click(`${ROOT} [data-action="pause"]`);
  await browser.stopTracing();
  const tasks = mainThreadTasks(tracePath);
  const longTasks = await page.evaluate(() => window.longTasks);
  const max = (xs) => Math.max(0, ...xs).toFixed(1);
  const at = (level) => (marks[level] ? `${marks[level].s.toFixed(1)} s (step ${marks[level].step})` : `not within ${LIMIT_S} s`);
  console.log(`Chromium, default GRPO run: ${last.step} steps in ${seconds.toFixed(1)} s = ${(last.step / seconds).toFixed(1)} steps/s`);
  console.log(`  30 % accuracy: ${at(0.3)}; 60 %: ${at(0.6)}`);
  console.log(`  main thread while training: ${tasks.length} tasks, longest ${max(tasks.map((t) => t.cpuMs))} ms CPU / ${max(tasks.map((t) => t.wallMs))} ms wall; ` +
    `tasks over 50 ms CPU: ${tasks.filter((t) => t.cpuMs > 50).length}; Long Tasks API entries: ${longTasks.length}`);
} finally {
  rmSync(tracePath, { force: true });
  await browser.close();
  server.close();
}
