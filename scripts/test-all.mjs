// `npm test`: build the production site (search index included), then run every test:
// unit tests, checks over the built site, build-failure fixtures, and browser tests in Chromium.
// Ends with one summary line, "N passed, N failed".
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const run = (cmd, args, env = {}) =>
  spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } }).status ?? 1;

if (!existsSync('/usr/bin/chromium') && !process.env.CHROMIUM_PATH) {
  console.error('Chromium is missing: install it with `apt-get install -y chromium` (Debian) for the browser tests.');
  process.exit(1);
}

console.log('\n> Building the production site (NODE_ENV=production)\n');
// Search must be tested against a production build: a build under NODE_ENV=test has shipped without search.
if (run(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], { NODE_ENV: 'production' }) !== 0) {
  console.error('\nThe build failed; no tests were run.');
  console.log('0 passed, 1 failed');
  process.exit(1);
}

const report = join(tmpdir(), `vitest-report-${process.pid}.json`);
const status = run(process.execPath, [
  'node_modules/vitest/vitest.mjs',
  'run',
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${report}`,
]);

let passed = 0;
let failed = 0;
if (existsSync(report)) {
  const json = JSON.parse(readFileSync(report, 'utf8'));
  passed = json.numPassedTests ?? 0;
  failed = json.numFailedTests ?? 0;
}
// A file that fails to load fails no single test; count it so the summary never hides it.
if (status !== 0 && failed === 0) failed = 1;
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(status === 0 && passed > 0 ? 0 : 1);
