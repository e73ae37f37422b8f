// Size budgets, measured on the built site (run `npm run build` first). Prints figures; asserts nothing.
//  - per page: JavaScript (gzip) loaded before search is opened, and everything a first visit transfers
//    except fonts (HTML + CSS + JS + images, gzip);
//  - search: what a first one-word search fetches (UI, runtime, index chunks), measured in Chromium;
//    how fast the result list follows the last keystroke; the longest task on a chapter opened with
//    400 highlight= terms (now capped) against the highlighter used before.
import { execFileSync } from 'node:child_process';
import { readFileSync, existsSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { loadavg } from 'node:os';
import { chromium } from 'playwright-core';
import { precompress, startStaticServer } from './static-server.mjs';

const DIST = process.env.SITE_DIST ?? 'dist';
if (!existsSync(join(DIST, 'index.html'))) {
  console.error(`No build in ${DIST}/: run npm run build first.`);
  process.exit(1);
}
const gz = (buf) => gzipSync(buf, { level: 9 }).length;
const kb = (n) => (n / 1024).toFixed(1);
const fileAt = (url) => join(DIST, decodeURIComponent(url.split(/[?#]/)[0]));

/** A JS file and every module it imports statically or dynamically from /_astro/ (dynamic: counted separately). */
function jsClosure(url, seen = new Set()) {
  if (seen.has(url) || !existsSync(fileAt(url))) return seen;
  seen.add(url);
  const text = readFileSync(fileAt(url), 'utf8');
  for (const m of text.matchAll(/(?:from|import)\s*["'](\.{1,2}\/[^"']+|\/_astro\/[^"']+)["']/g)) {
    jsClosure(new URL(m[1], `http://x${url}`).pathname, seen);
  }
  return seen;
}

function pageCost(html) {
  const css = [...html.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].map((m) => m[1]);
  const scripts = [...html.matchAll(/<script[^>]*src="([^"]+)"/g)].map((m) => m[1]);
  const inlineJs = [...html.matchAll(/<script(?![^>]*src=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]).join('\n');
  // Module scripts inlined by Astro may import chunks.
  const imported = [...inlineJs.matchAll(/(?:from|import)\s*["'](\/_astro\/[^"']+)["']/g)].map((m) => m[1]);
  const js = new Set();
  for (const s of [...scripts, ...imported]) for (const u of jsClosure(s)) js.add(u);
  // Inline scripts travel inside the HTML: they count towards JS, and towards the total only once.
  const inlineBytes = inlineJs.trim() ? gz(Buffer.from(inlineJs)) : 0;
  const externalJsBytes = [...js].reduce((n, u) => n + gz(readFileSync(fileAt(u))), 0);
  const jsBytes = inlineBytes + externalJsBytes;
  const cssBytes = css.reduce((n, u) => n + gz(readFileSync(fileAt(u))), 0);
  const images = [...html.matchAll(/<(?:img|link rel="icon")[^>]*(?:src|href)="(\/[^"]+)"/g)].map((m) => m[1]).filter((u) => existsSync(fileAt(u)));
  const imageBytes = images.reduce((n, u) => n + gz(readFileSync(fileAt(u))), 0);
  const htmlBytes = gz(Buffer.from(html));
  return { htmlBytes, cssBytes, jsBytes, imageBytes, total: htmlBytes + cssBytes + externalJsBytes + imageBytes };
}

const pages = readdirSync(DIST, { recursive: true, withFileTypes: true })
  .filter((e) => e.isFile() && e.name.endsWith('.html'))
  .map((e) => join(e.parentPath, e.name))
  .map((file) => ({ path: `/${relative(DIST, file).split(sep).join('/')}`.replace(/index\.html$/, ''), html: readFileSync(file, 'utf8') }))
  .sort((a, b) => a.path.localeCompare(b.path));

console.log('First visit, gzip KB (fonts excluded)   budget for text pages (no widgets): JS <= 10, total <= 33');
console.log('(* html includes its inline scripts, which the js column also shows; total counts them once)');
console.log('page'.padEnd(48), 'html*'.padStart(6), 'css'.padStart(6), 'js'.padStart(6), 'total'.padStart(7), ' widgets');
for (const { path, html } of pages) {
  const c = pageCost(html);
  const widgets = [...new Set([...html.matchAll(/data-widget="([^"]+)"/g)].map((m) => m[1]))].join(',');
  console.log(path.padEnd(48), kb(c.htmlBytes).padStart(6), kb(c.cssBytes).padStart(6), kb(c.jsBytes).padStart(6), kb(c.total).padStart(7), ' ' + (widgets || '-'));
}

// First search: open the dialog on a text page, search one word, and sum what /pagefind/ served.
// LIGHTHOUSE_ONLY=1 skips the browser measurements below and goes straight to Lighthouse.
const server = process.env.LIGHTHOUSE_ONLY ? null : await startStaticServer(DIST, 0);
if (server) {
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
try {
  const context = await browser.newContext();
  const page = await context.newPage();
  const fetched = new Set();
  context.on('request', (r) => {
    const u = new URL(r.url());
    if (u.pathname.startsWith('/pagefind/')) fetched.add(u.pathname);
  });
  await page.goto(`${server.url}/foundations/what-is-a-reasoning-model/`);
  await page.waitForLoadState('networkidle');
  const before = fetched.size;
  await page.keyboard.press('Control+k');
  await page.locator('[data-search-input]').fill('grpo');
  await page.locator('.search-result').first().waitFor({ timeout: 15000 });
  await page.waitForLoadState('networkidle');
  const files = [...fetched];
  const total = files.reduce((n, u) => n + gz(readFileSync(fileAt(u))), 0);
  console.log(`\nSearch: ${before} requests to /pagefind/ before first use (budget 0)`);
  console.log(`First search for "grpo": ${files.length} files, ${kb(total)} KB gzip (budget 140)`);
  for (const u of files) console.log(`  ${u.padEnd(50)} ${kb(gz(readFileSync(fileAt(u)))).padStart(6)} KB`);

  // Result list: from the input event (the last keystroke) to the list rendered for that query, warm
  // index, debounce included. Status and list are watched with a MutationObserver, not polled.
  console.log(`\nResult list after the last keystroke (warm, debounce included), ms (machine load ${loadavg()[0].toFixed(1)}):`);
  for (const query of ['grpo', 'aha moment', 'process reward model', 'pass@k', '$6M', '800K', 'GRPPO', 'cold start']) {
    const runs = [];
    for (let i = 0; i < 5; i++) {
      runs.push(
        await page.evaluate(async ([q, i]) => {
          const input = document.querySelector('[data-search-input]');
          const list = document.querySelector('[data-search-results]');
          const status = document.querySelector('[data-search-status]');
          input.value = '';
          input.dispatchEvent(new Event('input'));
          await new Promise((r) => setTimeout(r, 150));
          const shown = q.replace(/[$~]/g, '').trim();
          const t0 = performance.now();
          input.value = i % 2 ? q : ` ${q}`; // differ from the last run so no cache answers
          input.dispatchEvent(new Event('input'));
          return new Promise((resolve) => {
            const done = () => status.textContent.includes(`“${shown}”`) && list.children.length > 0;
            const observer = new MutationObserver(() => {
              if (done()) {
                observer.disconnect();
                resolve(performance.now() - t0);
              }
            });
            observer.observe(status, { childList: true, characterData: true, subtree: true });
            observer.observe(list, { childList: true });
          });
        }, [query, i]),
      );
    }
    runs.sort((a, b) => a - b);
    console.log(`  ${query.padEnd(24)} median ${runs[2].toFixed(0).padStart(4)}  max ${runs[4].toFixed(0).padStart(4)}`);
  }

  // A crafted link: 400 highlight terms on the longest chapter. Longest main-thread task while the page
  // loads and highlights (PerformanceObserver 'longtask'); "before" runs the highlighter this site used
  // until now (Pagefind's, one walk per term) on the same page and terms.
  const CHAPTER = '/approaches/pure-rl/';
  const terms = ['grpo', 'policy', 'reward', 'advantage', ...Array.from({ length: 396 }, (_, i) => `term${i}`)];
  const highlightQuery = terms.map((t) => `highlight=${encodeURIComponent(t)}`).join('&');
  const longest = async (url, afterLoad) => {
    const p = await context.newPage();
    await p.addInitScript(() => {
      window.__longTasks = [];
      new PerformanceObserver((list) => window.__longTasks.push(...list.getEntries().map((e) => e.duration))).observe({ type: 'longtask', buffered: true });
    });
    await p.goto(`${server.url}${url}`);
    await p.waitForLoadState('networkidle');
    if (afterLoad) {
      await p.evaluate(() => (window.__longTasks = []));
      await p.evaluate(afterLoad);
      await p.waitForTimeout(300);
    }
    const tasks = await p.evaluate(() => window.__longTasks);
    const marks = await p.evaluate(() => document.querySelectorAll('mark').length);
    const search = await p.evaluate(() => location.search);
    // Set by src/search/site-search-highlight.ts around capping and marking.
    const highlightMs = await p.evaluate(() => performance.getEntriesByName('search-highlight')[0]?.duration ?? 0);
    await p.close();
    return { max: Math.max(0, ...tasks), marks, highlightMs, params: new URLSearchParams(search).getAll('highlight').length };
  };
  const plain = await longest(CHAPTER);
  const capped = await longest(`${CHAPTER}?${highlightQuery}`);
  // The old highlighter takes minutes on a loaded machine: measured only when asked for.
  const pagefindHighlighter = process.env.BENCH_OLD_HIGHLIGHTER
    ? await longest(
        CHAPTER,
        `(async () => {
      history.replaceState(null, '', location.pathname + '?${highlightQuery.replaceAll('highlight=', 'old-highlight=')}');
      const mod = await import('/pagefind/pagefind-highlight.js');
      const Highlight = mod.default ?? window.PagefindHighlight;
      new Highlight({ highlightParam: 'old-highlight', markContext: 'main', markOptions: { className: 'old' } });
    })()`,
      )
    : null;
  console.log(`\nLoading ${CHAPTER} with 400 highlight= terms: longest task, ms (no assertion; machine load ${loadavg()[0].toFixed(1)})`);
  console.log(`  no highlight terms:               ${plain.max.toFixed(0).padStart(6)}`);
  console.log(`  400 terms, capped (now):          ${capped.max.toFixed(0).padStart(6)}  (URL keeps ${capped.params} terms, ${capped.marks} marks; capping and marking took ${capped.highlightMs.toFixed(0)} ms)`);
  console.log(
    pagefindHighlighter
      ? `  400 terms, Pagefind highlighter:  ${pagefindHighlighter.max.toFixed(0).padStart(6)}  (before: every term walked; ${pagefindHighlighter.marks} marks)`
      : '  400 terms, Pagefind highlighter (the one used before): set BENCH_OLD_HIGHLIGHTER=1 to measure (takes minutes)',
  );
} finally {
  await browser.close();
  await server.close();
}
}

// Lighthouse (mobile), only when LIGHTHOUSE_BIN points at an installed lighthouse CLI (it is not a
// dependency: e.g. `npm i --prefix /tmp/lh lighthouse@12.2.3`, then LIGHTHOUSE_BIN=/tmp/lh/node_modules/.bin/lighthouse).
// LIGHTHOUSE_RUNS=3 runs each page three times and prints the median performance score (scores are noisy
// on a loaded machine); LIGHTHOUSE_PAGES=/a/,/b/ limits the run to those pages.
if (process.env.LIGHTHOUSE_BIN && !existsSync(process.env.LIGHTHOUSE_BIN)) {
  console.log(`\nLighthouse skipped: LIGHTHOUSE_BIN=${process.env.LIGHTHOUSE_BIN} does not exist.`);
} else if (process.env.LIGHTHOUSE_BIN) {
  const { spawn } = await import('node:child_process');
  // Asynchronous on purpose: the pages come from a server in this process, which a synchronous
  // child would block (Lighthouse then waits forever for the first page).
  const runLighthouse = (args, env) =>
    new Promise((resolve) => {
      const child = spawn(process.env.LIGHTHOUSE_BIN, args, { env, stdio: ['ignore', 'ignore', 'pipe'] });
      let stderr = '';
      child.stderr.on('data', (chunk) => (stderr += chunk));
      // A LIGHTHOUSE_BIN that does not exist: one failed run, not a crash after the sizes are printed.
      child.on('error', (error) => resolve({ status: -1, stderr: String(error) }));
      child.on('close', (status) => resolve({ status, stderr }));
    });
  const { mkdtempSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const reports = mkdtempSync(join(tmpdir(), 'lighthouse-'));
  const lhServer = await startStaticServer(DIST, 0);
  await precompress(DIST); // so no page's first run waits for its compression
  const runs = Math.max(1, Number(process.env.LIGHTHOUSE_RUNS ?? 1));
  const only = process.env.LIGHTHOUSE_PAGES?.split(',');
  const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)];
  // Scores move with the machine as much as with the page: the same build's book scored a median of 99 on
  // one machine and 90 on another, where pages of 600 to 1,000 elements lost points too.
  // So each row gives Lighthouse's own CPU benchmark for its runs (the median; higher is faster), and the
  // table names the browser, so that runs are compared like for like.
  const browserVersion = (() => {
    try {
      return execFileSync(process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    } catch {
      return 'browser version unknown';
    }
  })();
  console.log(`\nLighthouse, mobile (performance: median of ${runs} run${runs > 1 ? 's' : ''}; machine load ${loadavg()[0].toFixed(1)}; ${browserVersion};`);
  console.log('pages served as by npm start, brotli; doc KB is the HTML as transferred; bench is Lighthouse\'s CPU benchmark index)');
  console.log('page'.padEnd(48), 'perf'.padStart(5), 'a11y'.padStart(5), 'b-p'.padStart(5), 'seo'.padStart(5), '  runs      DOM nodes  TBT ms  FCP ms  LCP ms  doc KB  bench');
  try {
    for (const { path } of pages.filter((p) => !p.path.endsWith('404.html') && (!only || only.includes(p.path)))) {
      const results = [];
      for (let i = 0; i < runs; i++) {
        const out = join(reports, `${path.replace(/\W+/g, '_') || 'home'}-${i}.json`);
        const run = await runLighthouse(
          [`${lhServer.url}${path}`, '--quiet', '--output=json', `--output-path=${out}`, '--chrome-flags=--headless=new --no-sandbox --disable-gpu', '--only-categories=performance,accessibility,best-practices,seo'],
          { ...process.env, CHROME_PATH: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' },
        );
        if (run.status !== 0) {
          console.log(path.padEnd(48), 'lighthouse failed:', run.stderr.trim().split('\n').at(-1));
          continue;
        }
        results.push(JSON.parse(readFileSync(out, 'utf8')));
      }
      if (!results.length) continue;
      const score = (r, c) => Math.round(r.categories[c].score * 100);
      const documentBytes = (r) => r.audits['network-requests']?.details?.items?.find((item) => item.resourceType === 'Document')?.transferSize ?? NaN;
      const perfs = results.map((r) => score(r, 'performance'));
      const last = results.at(-1);
      const cols = [median(perfs), ...['accessibility', 'best-practices', 'seo'].map((c) => score(last, c))].map((n) => String(n).padStart(5));
      const audit = (name) => median(results.map((r) => r.audits[name]?.numericValue ?? NaN));
      console.log(
        path.padEnd(48),
        cols.join(''),
        `  ${perfs.join('/').padEnd(9)} ${String(last.audits['dom-size']?.numericValue ?? '?').padStart(6)}  ${audit('total-blocking-time').toFixed(0).padStart(6)}  ${audit('first-contentful-paint').toFixed(0).padStart(6)}  ${audit('largest-contentful-paint').toFixed(0).padStart(6)}  ${kb(documentBytes(last)).padStart(6)}  ${median(results.map((r) => r.environment?.benchmarkIndex ?? NaN)).toFixed(0).padStart(5)}`,
      );
    }
  } finally {
    await lhServer.close();
  }
}

// Build at scale (issue 10, item 5) takes many minutes of cold builds: its own script, or here on request.
if (process.env.BENCH_SCALE === '1') {
  const { spawnSync } = await import('node:child_process');
  console.log('');
  spawnSync(process.execPath, [join(import.meta.dirname, 'bench-scale.mjs')], { stdio: 'inherit' });
} else {
  console.log('\nBuild at scale: npm run bench:scale (or BENCH_SCALE=1 npm run bench), cold builds with 20, 200 and 1,000 generated pages.');
}
