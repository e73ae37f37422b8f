// `npm test`: type-check (astro check), build the production site (search index included) and build it
// a second time from scratch, side by side; check the two builds are identical (when
// scripts/check-reproducible.mjs exists), then run every
// test: unit tests, checks over the built site (html-validate over every page among them:
// tests/site/html-validate.test.ts), build-failure fixtures, and browser tests in Chromium.
// Prints how long each phase took and ends with one summary line, "N passed, N failed".
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';

const node = process.execPath;

if (!existsSync(process.env.CHROMIUM_PATH ?? '/usr/bin/chromium')) {
  console.error('Chromium is missing: install it with `apt-get install -y chromium` (Debian) for the browser tests.');
  process.exit(1);
}

/**
 * Run a command; resolves to { ok, seconds, output }. With `buffer`, its output is kept and returned
 * instead of printed, so two steps can run at once without interleaving their lines.
 */
function step(args, { env = {}, buffer = false } = {}) {
  const started = performance.now();
  return new Promise((resolve) => {
    const child = spawn(node, args, {
      env: { ...process.env, ...env },
      stdio: buffer ? ['ignore', 'pipe', 'pipe'] : 'inherit',
    });
    const chunks = [];
    child.stdout?.on('data', (chunk) => chunks.push(chunk));
    child.stderr?.on('data', (chunk) => chunks.push(chunk));
    child.on('close', (code) =>
      resolve({ ok: code === 0, seconds: (performance.now() - started) / 1000, output: Buffer.concat(chunks).toString() }),
    );
  });
}

const seconds = (s) => `${s.toFixed(1)} s`;
const started = performance.now();
/** Phase durations for the closing timing line, e.g. "build 17.6 s". */
const timings = [];
/** Steps outside vitest that failed (check, build, reproducible); each counts as one failure. */
const failedSteps = [];
let failedTests = 0;

function finish(passed) {
  timings.push(`total ${seconds((performance.now() - started) / 1000)}`);
  console.log(`\n${timings.join(' · ')}`);
  if (failedSteps.length) console.log(`failed steps: ${failedSteps.join(', ')}`);
  const failed = failedSteps.length + failedTests;
  console.log(`${passed} passed, ${failed} failed`);
  process.exit(failed === 0 && passed > 0 ? 0 : 1);
}

// The type check, the production build and a second clean build (for the reproducibility check) are
// independent and each mostly single-threaded: on two cores the three together take about the time of
// the two longest. Each build gets its own empty cache, so both are clean builds. Their output is
// printed afterwards, the check's first.
const scratch = mkdtempSync(join(tmpdir(), 'npm-test-'));
const reproducible = existsSync('scripts/check-reproducible.mjs');
const cleanBuild = (outDir, cache) =>
  // Search must be tested against a production build: a build under NODE_ENV=test has shipped without search.
  step(['node_modules/astro/bin/astro.mjs', 'build', ...(outDir ? ['--outDir', outDir] : [])], {
    env: { NODE_ENV: 'production', ASTRO_CACHE_DIR: join(scratch, cache) },
    buffer: true,
  });
console.log(`\n> astro check and the production build (NODE_ENV=production)${reproducible ? ', and a second clean build' : ''}, side by side\n`);
const [check, build, second] = await Promise.all([
  step(['node_modules/astro/bin/astro.mjs', 'check'], { buffer: true }),
  cleanBuild(null, 'cache-first'),
  reproducible ? cleanBuild(join(scratch, 'second'), 'cache-second') : null,
]);
process.stdout.write(`${check.output}\n${build.output}`);
timings.push(`check ${seconds(check.seconds)}, build ${seconds(build.seconds)}${second ? ` and second build ${seconds(second.seconds)}` : ''} side by side`);
if (!check.ok) failedSteps.push('astro check');
if (!build.ok) {
  failedSteps.push('build');
  console.error('\nThe build failed; no tests were run.');
  rmSync(scratch, { recursive: true, force: true });
  finish(0);
}

if (second) {
  console.log('\n> Two clean builds give identical HTML (scripts/check-reproducible.mjs)\n');
  if (!second.ok) {
    process.stdout.write(second.output);
    failedSteps.push('reproducible builds (the second build failed)');
  } else {
    const compared = await step(['scripts/check-reproducible.mjs', '--compare', 'dist', join(scratch, 'second')]);
    if (!compared.ok) failedSteps.push('reproducible builds');
  }
}
rmSync(scratch, { recursive: true, force: true });

console.log('\n> Unit, site and browser tests\n');
const report = join(tmpdir(), `vitest-report-${process.pid}.json`);
const tests = await step([
  'node_modules/vitest/vitest.mjs',
  'run',
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${report}`,
]);
timings.push(`tests ${seconds(tests.seconds)}${projectSpans(report)}`);

let passed = 0;
if (existsSync(report)) {
  const json = JSON.parse(readFileSync(report, 'utf8'));
  passed = json.numPassedTests ?? 0;
  failedTests = json.numFailedTests ?? 0;
  rmSync(report, { force: true });
}
// A file that fails to load fails no single test; count it so the summary never hides it.
if (!tests.ok && failedTests === 0) failedTests = 1;
finish(passed);

/** " (unit 3.1 s, site 40.2 s, browser 61.0 s; overlapping)": first file start to last file end, per project. */
function projectSpans(path) {
  if (!existsSync(path)) return '';
  const spans = new Map();
  for (const file of JSON.parse(readFileSync(path, 'utf8')).testResults ?? []) {
    const project = /^tests\/(\w+)\//.exec(relative(process.cwd(), file.name))?.[1] ?? 'other';
    const span = spans.get(project) ?? { start: Infinity, end: 0 };
    spans.set(project, { start: Math.min(span.start, file.startTime), end: Math.max(span.end, file.endTime) });
  }
  const parts = [...spans].map(([name, { start, end }]) => `${name} ${seconds((end - start) / 1000)}`);
  return parts.length ? ` (${parts.join(', ')}; overlapping)` : '';
}
