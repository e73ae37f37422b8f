// Build cost at scale. Prints figures; asserts nothing.
//
//   npm run bench:scale                 N = 20, 200, 1000
//   npm run bench:scale -- 20 200       only those N
//   BENCH_KEEP=1 npm run bench:scale    keep the temp copies (their paths are printed)
//   BENCH_BASELINE=0 npm run bench:scale skip the build of the site alone (no ms per added page)
//   BENCH_EXT=md npm run bench:scale    generated pages as plain .md instead of .mdx (they use no components);
//                                       the temp copy's collection then also reads .md files
//
// For each N: copies the project to a temp folder (node_modules is a symlink to ours, the Astro cache a
// fresh folder of its own, so every build starts cold), adds N pages from the shared generator
// (../shared/bench/gen-pages.mjs, the same pages other stacks are measured with) under
// content/generated/ with the frontmatter our schema needs, and runs a production build under
// /usr/bin/time. Prints wall and CPU seconds, milliseconds per added page (against a build of the site
// with no added pages, made first), peak RSS of the largest process, and the average HTML per page.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
// The generator lives beside the project (../shared/bench/); a git worktree sits one level deeper.
const GENERATOR =
  process.env.GEN_PAGES ??
  ['../shared/bench/gen-pages.mjs', '../../shared/bench/gen-pages.mjs'].map((p) => resolve(ROOT, p)).find((p) => existsSync(p)) ??
  resolve(ROOT, '../shared/bench/gen-pages.mjs');
const TIME = '/usr/bin/time';
const EXT = process.env.BENCH_EXT === 'md' ? 'md' : 'mdx';
const sizes = process.argv.slice(2).map(Number).filter((n) => Number.isInteger(n) && n > 0);
const runs = sizes.length > 0 ? sizes : [20, 200, 1000];

if (!existsSync(GENERATOR)) {
  console.error(`Page generator not found at ${GENERATOR} (set GEN_PAGES).`);
  process.exit(1);
}
if (!existsSync(TIME)) {
  console.error(`${TIME} is needed for CPU time and peak RSS (apt-get install time).`);
  process.exit(1);
}

/** The project without its build output, caches and git data; node_modules is linked, not copied. */
function copyProject() {
  const dir = mkdtempSync(join(tmpdir(), 'bench-scale-'));
  const skip = new Set(['node_modules', 'dist', '.astro', '.git', 'test-results', 'tmp']);
  for (const entry of readdirSync(ROOT)) {
    if (skip.has(entry)) continue;
    cpSync(join(ROOT, entry), join(dir, entry), { recursive: true });
  }
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
  return dir;
}

/**
 * The generator writes title and description only; our schema also needs a sidebar section and an
 * order. Generated pages go to the Reference section, in generator order, after the site's own pages.
 */
function addGeneratedPages(dir, n) {
  const out = join(dir, 'content', 'generated');
  const gen = spawnSync(process.execPath, [GENERATOR, out, String(n), '--ext', EXT], { encoding: 'utf8' });
  if (gen.status !== 0) throw new Error(`gen-pages failed: ${gen.stderr}`);
  if (EXT === 'md') readMarkdownPagesToo(dir);
  const files = readdirSync(out, { recursive: true }).filter((f) => String(f).endsWith(`.${EXT}`)).map(String).sort();
  files.forEach((file, i) => {
    const path = join(out, file);
    const text = readFileSync(path, 'utf8');
    writeFileSync(path, text.replace(/^---\n/, `---\nsection: Reference\norder: ${100 + i}\n`));
  });
  return files.length;
}

/** BENCH_EXT=md: the temp copy's content collection reads .md pages as well as .mdx. */
function readMarkdownPagesToo(dir) {
  const config = join(dir, 'src', 'content.config.ts');
  const text = readFileSync(config, 'utf8');
  if (!text.includes("pattern: '**/[^_]*.mdx'")) throw new Error('bench-scale: src/content.config.ts no longer globs **/[^_]*.mdx; update readMarkdownPagesToo');
  writeFileSync(config, text.replace("pattern: '**/[^_]*.mdx'", "pattern: '**/[^_]*.{md,mdx}'"));
}

/**
 * The generated pages are sample text whose tables state figures without a <Cite>, which our
 * cited-numbers build rule rejects. In the temp copy only, the rule skips content/generated/ (it still
 * runs, and costs the same, on the site's own pages).
 */
function exemptGeneratedFromCitedNumbers(dir) {
  const pipeline = join(dir, 'src', 'markdown', 'pipeline.ts');
  const text = readFileSync(pipeline, 'utf8');
  if (!/\bcitedNumbers\b/.test(text) || !/export const mdastContentPlugins\b/.test(text)) {
    throw new Error('bench-scale: src/markdown/pipeline.ts no longer lists citedNumbers in mdastContentPlugins; update exemptGeneratedFromCitedNumbers');
  }
  writeFileSync(
    pipeline,
    `${text}
// Added by scripts/bench-scale.mjs in its temp copy: generated sample pages are not held to the rule.
{
  const at = mdastContentPlugins.indexOf(citedNumbers);
  mdastContentPlugins[at] = ({ fileURL }) => (fileURL?.pathname.includes('/content/generated/') ? null : citedNumbers);
}
`,
  );
}

function htmlStats(dist) {
  const files = readdirSync(dist, { recursive: true, withFileTypes: true }).filter((e) => e.isFile() && e.name.endsWith('.html'));
  let bytes = 0;
  let generatedBytes = 0;
  let generated = 0;
  for (const e of files) {
    const size = statSync(join(e.parentPath, e.name)).size;
    bytes += size;
    if (relative(dist, e.parentPath).split(sep)[0] === 'generated') {
      generatedBytes += size;
      generated++;
    }
  }
  return { pages: files.length, avg: bytes / files.length, avgGenerated: generated ? generatedBytes / generated : 0 };
}

/** One cold production build of `dir` under /usr/bin/time -v. */
function build(dir) {
  // node_modules/.bin first: its `node` is the project's Node 24 (a bare `node` may be older).
  const env = { ...process.env, PATH: `${join(ROOT, 'node_modules', '.bin')}:${process.env.PATH}`, ASTRO_CACHE_DIR: join(dir, '.astro-cache'), ASTRO_TELEMETRY_DISABLED: '1' };
  const started = process.hrtime.bigint();
  const run = spawnSync(TIME, ['-v', join(dir, 'node_modules', '.bin', 'astro'), 'build', '--silent'], { cwd: dir, env, encoding: 'utf8', maxBuffer: 1 << 28 });
  const wall = Number(process.hrtime.bigint() - started) / 1e9;
  if (run.status !== 0) throw new Error(`build failed in ${dir}:\n${run.stdout.slice(-3000)}\n${run.stderr.slice(-3000)}`);
  const field = (name) => Number(run.stderr.match(new RegExp(`${name}: ([\\d.]+)`))?.[1] ?? NaN);
  return { wall, cpu: field('User time \\(seconds\\)') + field('System time \\(seconds\\)'), peakRssKb: field('Maximum resident set size \\(kbytes\\)') };
}

/** The 1-minute load average when a build ends: timings on a shared machine mean little without it. */
const load = () => loadavg()[0].toFixed(1);

function measure(n) {
  const dir = copyProject();
  try {
    exemptGeneratedFromCitedNumbers(dir);
    const added = n > 0 ? addGeneratedPages(dir, n) : 0;
    const result = build(dir);
    return { n: added, ...result, load: load(), ...htmlStats(join(dir, 'dist')), dir };
  } finally {
    if (!process.env.BENCH_KEEP) rmSync(dir, { recursive: true, force: true });
  }
}

const fmt = (x, digits = 1) => x.toFixed(digits);
console.log(`Build at scale (cold builds, generated ${EXT === 'md' ? 'plain Markdown (.md)' : 'MDX'} pages from ../shared/bench/gen-pages.mjs)`);
const baseline = process.env.BENCH_BASELINE === '0' ? undefined : measure(0);
const header = ['added N', 'pages', 'wall s', 'cpu s', 'ms/added page', 'cpu ms/added page', 'peak RSS MB', 'HTML/page KB', 'HTML/gen page KB', 'load after'];
const print = (row) => console.log(row.map((c, i) => String(c).padStart(i === 0 ? 7 : header[i].length + 2)).join(''));
print(header);
if (baseline) print([0, baseline.pages, fmt(baseline.wall), fmt(baseline.cpu), '-', '-', fmt(baseline.peakRssKb / 1024, 0), fmt(baseline.avg / 1024), '-', baseline.load]);
for (const n of runs) {
  const r = measure(n);
  const perPage = baseline ? fmt(((r.wall - baseline.wall) * 1000) / r.n) : '-';
  const cpuPerPage = baseline ? fmt(((r.cpu - baseline.cpu) * 1000) / r.n) : '-';
  print([r.n, r.pages, fmt(r.wall), fmt(r.cpu), perPage, cpuPerPage, fmt(r.peakRssKb / 1024, 0), fmt(r.avg / 1024), fmt(r.avgGenerated / 1024), r.load]);
  if (process.env.BENCH_KEEP) console.log(`  kept ${r.dir}`);
}
console.log('ms/added page = (wall - wall of the site alone) / N, cpu ms likewise from CPU time (steadier on a busy machine); peak RSS = largest single process (/usr/bin/time -v); load after = 1-minute load average as the build ended.');
