/**
 * Every step that finishes the built site runs in one pass: each HTML page is read once, parsed at most
 * once (parse5, on first use), handed to every step in order, and written once if a step changed it.
 * Nine separate `astro:build:done` hooks each read and parsed every page again: at 200 generated pages
 * that was about 100 ms of build time per page.
 *
 * A step may
 *  - `buildStart`: begin work off the main thread while Astro is still compiling (see the interface);
 *  - `start`: prepare (read a list, open an index) before any page;
 *  - `page`: read the page (`page.html`, `page.document`) and collect facts, or replace `page.html`;
 *    steps see each page in the order they are listed, so a step that rewrites pages must come before
 *    the steps that need its result (the CSP hashes come after every step that changes a <style>);
 *  - `finish`: write site-wide files and fail the build, after every page (all steps finish side by side,
 *    so a step's finish must not depend on another's; then the first failure in step order fails the build);
 *  - `close`: release what `start` opened (Pagefind's service), also when the pass failed.
 *
 * Pages come in the order of their file paths, so every file a step writes is the same on every build.
 * BUILD_TIMINGS=1 logs each step's share of the pass.
 */
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { readFileSync, writeFileSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { collectGarbage } from './collect-garbage.ts';
import { SOURCE_ATTRIBUTE } from './link-check.ts';
import { parsePage, type ParsedDocument } from './parse-page.ts';

export type { ParsedDocument };

export interface PostBuildContext {
  /** The output folder (dist/). */
  outDir: string;
  /** Astro's cache folder (cacheDir), kept between builds. */
  cacheDir: string;
  logger: AstroIntegrationLogger;
}

export interface PostBuildPage {
  /** Absolute path of the HTML file. */
  readonly file: string;
  /** Site path: "/approaches/pure-rl/" for approaches/pure-rl/index.html, "/404" for 404.html. */
  readonly path: string;
  /** The page's HTML as the steps so far left it; assign to change the file. */
  html: string;
  /**
   * `html` parsed by parse5 (with source offsets when the page carries link-source marks, which the link
   * check cuts out by offset). Parsed on first use; parsed again after `html` changes. Its <style>
   * elements are empty: no step reads CSS from the tree, and leaving it out halves the parse
   * (src/build/parse-page.ts).
   */
  readonly document: ParsedDocument;
  /** An offset in `document`'s source locations → the same place in `html`. */
  sourceOffset(offset: number): number;
  /**
   * The first `document` a step asked for, kept when later steps change `html` (cutting link-source
   * marks, purging CSS, completing the CSP): for the last step that reads the page's content and
   * none of those edits, which may then change it (the search index), instead of parsing the page again.
   */
  readonly firstDocument: ParsedDocument;
}

/** What a step may use while Astro is still compiling and rendering (before any page exists). */
export interface BuildStartContext {
  /** Astro's cache folder (cacheDir), kept between builds. */
  cacheDir: string;
  logger: AstroIntegrationLogger;
}

export interface PostBuildStep {
  name: string;
  /**
   * Work that can begin as the build starts, off the main thread: Astro compiles and renders on one core
   * and leaves the other mostly idle (the social images use it). Not awaited by the build.
   */
  buildStart?(context: BuildStartContext): void | Promise<void>;
  start?(context: PostBuildContext): void | Promise<void>;
  page?(page: PostBuildPage, context: PostBuildContext): void | Promise<void>;
  finish?(context: PostBuildContext): void | Promise<void>;
  close?(): void | Promise<void>;
}

/** Every HTML file under `dir`, sorted by path. */
export async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => join(e.parentPath, e.name))
    .sort();
}

/** "approaches/pure-rl/index.html" → "/approaches/pure-rl/"; "404.html" → "/404". */
export function sitePathOf(outDir: string, file: string): string {
  return `/${relative(outDir, file).split(sep).join('/')}`.replace(/index\.html$/, '').replace(/\.html$/, '');
}

class Page implements PostBuildPage {
  #html: string;
  #parsed: ReturnType<typeof parsePage> | undefined;
  #firstDocument: ParsedDocument | undefined;
  changed = false;
  readonly file: string;
  readonly path: string;
  // Fields written out, not as constructor parameter properties: scripts/publish-links.mjs loads this
  // module through Node's type stripping, which cannot run those.
  constructor(file: string, path: string, html: string) {
    this.file = file;
    this.path = path;
    this.#html = html;
  }
  get html(): string {
    return this.#html;
  }
  set html(value: string) {
    if (value === this.#html) return;
    this.#html = value;
    this.#parsed = undefined;
    this.changed = true;
  }
  get document(): ParsedDocument {
    this.#parsed ??= parsePage(this.#html, { sourceCodeLocationInfo: this.#html.includes(SOURCE_ATTRIBUTE) });
    this.#firstDocument ??= this.#parsed.document;
    return this.#parsed.document;
  }
  sourceOffset(offset: number): number {
    return this.#parsed ? this.#parsed.sourceOffset(offset) : offset;
  }
  get firstDocument(): ParsedDocument {
    return this.#firstDocument ?? this.document;
  }
}

/** Pages between two full garbage collections in the pass. */
const COLLECT_EVERY = 200;

/** Runs `steps` over a built site in `outDir`. */
export async function runPostBuild(steps: readonly PostBuildStep[], context: PostBuildContext, timings = Boolean(process.env.BUILD_TIMINGS)): Promise<void> {
  const spent = new Map<string, number>(steps.map((s) => [s.name, 0]));
  const timed = async (name: string, run: () => unknown) => {
    const started = performance.now();
    await run();
    spent.set(name, spent.get(name)! + performance.now() - started);
  };
  let io = 0;
  const files = await htmlFiles(context.outDir);
  const failures: unknown[] = [];
  try {
    for (const step of steps) if (step.start) await timed(step.name, () => step.start!(context));
    for (const [index, file] of files.entries()) {
      // Read and written synchronously: on a busy machine, waiting for the file system's thread to read
      // or write left the main thread idle for longer than the read takes (4.8 s in the pass at 1,000
      // generated pages, measured).
      let started = performance.now();
      const page = new Page(file, sitePathOf(context.outDir, file), readFileSync(file, 'utf8'));
      io += performance.now() - started;
      for (const step of steps) if (step.page) await timed(step.name, () => step.page!(page, context));
      started = performance.now();
      if (page.changed) writeFileSync(file, page.html);
      io += performance.now() - started;
      // One turn of the event loop per page, for what runs beside the pass: the Markdown worker's
      // replies and the search indexer's, which otherwise pile up in memory until the pass ends.
      await new Promise((resolve) => setImmediate(resolve));
      // Each page's parse trees are garbage once its steps are done, but V8 let them pile up: at 1,000
      // generated pages the process grew from 2.1 to 2.6–2.85 GB during the pass while under 0.3 GB of
      // the heap was live. A full collection every COLLECT_EVERY pages kept it at 2.2 GB, at no cost in
      // build time (measured at 1,000 pages).
      if ((index + 1) % COLLECT_EVERY === 0) collectGarbage();
    }
    // The steps finish side by side: each writes its own files, and most wait on other threads or
    // processes (the Markdown worker, the social images, Pagefind writing its index), which then overlap.
    // A failure counts in step order, whatever finished first.
    const finished = await Promise.allSettled(steps.map((step) => (step.finish ? timed(step.name, () => step.finish!(context)) : undefined)));
    for (const result of finished) if (result.status === 'rejected') failures.push(result.reason);
  } finally {
    for (const step of steps) await step.close?.();
  }
  if (timings) {
    const lines = [...spent].map(([name, ms]) => `  ${name}: ${ms.toFixed(0)} ms`);
    context.logger.info(`post-build pass over ${files.length} pages (BUILD_TIMINGS):\n  reading and writing pages: ${io.toFixed(0)} ms\n${lines.join('\n')}`);
  }
  if (failures.length > 0) throw failures[0];
}

/** The pass as the site's one `astro:build:done` hook. */
export function postBuildIntegration(steps: readonly PostBuildStep[]): AstroIntegration {
  let cacheDir = '';
  return {
    name: 'site-post-build',
    hooks: {
      'astro:config:done': ({ config }) => {
        cacheDir = fileURLToPath(config.cacheDir);
      },
      'astro:build:start': ({ logger }) => {
        for (const step of steps) {
          // A head start that fails only costs its time: the pass does the same work again.
          Promise.resolve(step.buildStart?.({ cacheDir, logger })).catch((error: unknown) => logger.warn(`${step.name}: no head start (${String(error)})`));
        }
      },
      'astro:build:done': ({ dir, logger }) => runPostBuild(steps, { outDir: fileURLToPath(dir), cacheDir, logger }),
    },
  };
}
