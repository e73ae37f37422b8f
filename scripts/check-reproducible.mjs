/**
 * Builds the site twice from scratch (each build with its own empty cache and output folder) and
 * checks that every HTML page comes out byte-identical. Prints the first difference it finds and
 * exits with 1 when any page differs.
 *
 *   node_modules/.bin/node scripts/check-reproducible.mjs [--keep]
 *   node_modules/.bin/node scripts/check-reproducible.mjs --compare <dist-a> <dist-b>
 *
 * --keep leaves the two builds in the temporary folder for inspection. --compare only compares two
 * builds made elsewhere (npm test makes its second clean build beside the first, at the same time).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';

const keep = process.argv.includes('--keep');
const compareAt = process.argv.indexOf('--compare');
const given = compareAt >= 0 ? process.argv.slice(compareAt + 1, compareAt + 3) : [];
if (compareAt >= 0 && given.length !== 2) {
  console.error('usage: check-reproducible.mjs --compare <dist-a> <dist-b>');
  process.exit(2);
}
const scratch = given.length ? '' : mkdtempSync(join(tmpdir(), 'reproducible-'));

function build(name) {
  const outDir = join(scratch, name, 'dist');
  const started = Date.now();
  const result = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', outDir], {
    env: { ...process.env, NODE_ENV: 'production', ASTRO_CACHE_DIR: join(scratch, name, 'cache') },
    encoding: 'utf8',
  });
  if (result.status !== 0) {
    throw new Error(`${result.stdout}\n${result.stderr}\nbuild ${name} failed (exit ${result.status})`);
  }
  console.log(`build ${name}: ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return outDir;
}

function htmlFiles(dir) {
  return readdirSync(dir, { recursive: true })
    .filter((f) => f.endsWith('.html'))
    .map((f) => relative(dir, join(dir, f)))
    .sort();
}

/** The line, column and a little context around the first character where two texts differ. */
function firstDifference(a, b) {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i += 1;
  const line = a.slice(0, i).split('\n').length;
  const column = i - a.lastIndexOf('\n', i - 1);
  const around = (s) => JSON.stringify(s.slice(Math.max(0, i - 80), i + 80));
  return `line ${line}, column ${column}:\n    first:  ${around(a)}\n    second: ${around(b)}`;
}

try {
  const [first, second] = given.length ? given : [build('first'), build('second')];
  const pages = htmlFiles(first);
  const problems = [];
  const secondPages = new Set(htmlFiles(second));
  for (const page of pages) {
    if (!secondPages.delete(page)) {
      problems.push(`${page}: only in the first build`);
      continue;
    }
    const a = readFileSync(join(first, page), 'utf8');
    const b = readFileSync(join(second, page), 'utf8');
    if (a !== b) problems.push(`${page} differs at ${firstDifference(a, b)}`);
  }
  for (const page of secondPages) problems.push(`${page}: only in the second build`);

  if (problems.length === 0) {
    console.log(`identical: ${pages.length} HTML pages are byte-identical across two clean builds`);
  } else {
    console.error(`${problems.length} of ${pages.length} HTML page(s) differ between two clean builds; the first:\n  ${problems[0]}`);
    if (problems.length > 1) console.error(`others:\n  ${problems.slice(1).map((p) => p.split(' differs')[0]).join('\n  ')}`);
    process.exitCode = 1;
  }
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 2;
} finally {
  if (!scratch) {
    /* builds made by the caller */
  } else if (keep) console.log(`builds kept in ${scratch}`);
  else rmSync(scratch, { recursive: true, force: true });
}
