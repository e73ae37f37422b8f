/** src/build/post-build.ts: every post-build step over each built page, read, parsed and written once. */
import { mkdtempSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AstroIntegrationLogger } from 'astro';
import { describe, expect, it } from 'vitest';
import { runPostBuild, sitePathOf, type ParsedDocument, type PostBuildContext, type PostBuildStep } from '../../src/build/post-build';

const logger = { info: () => {}, warn: () => {}, error: () => {}, debug: () => {} } as unknown as AstroIntegrationLogger;

/** A built site in a temp folder: `files` maps a path under it to its text. */
function site(files: Record<string, string>): PostBuildContext {
  const outDir = mkdtempSync(join(tmpdir(), 'post-build-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(outDir, path, '..'), { recursive: true });
    writeFileSync(join(outDir, path), text);
  }
  return { outDir, cacheDir: join(outDir, '.cache'), logger };
}

const page = (body: string) => `<!doctype html><html><head><title>t</title></head><body>${body}</body></html>`;

describe('post-build pass', () => {
  it('gives every step each page in path order, one parse shared until a step changes the page', async () => {
    const context = site({ 'b/index.html': page('<p id="b">B</p>'), 'a/index.html': page('<p id="a">A</p>'), '404.html': page('x'), 'c.txt': 'not a page' });
    const seen: string[] = [];
    const documents: ParsedDocument[] = [];
    const steps: PostBuildStep[] = [
      { name: 'first', page: (p) => void (seen.push(`first ${p.path}`), documents.push(p.document)) },
      { name: 'second', page: (p) => void (seen.push(`second ${p.path}`), documents.push(p.document)) },
    ];
    await runPostBuild(steps, context, false);
    expect(seen).toEqual(['first /404', 'second /404', 'first /a/', 'second /a/', 'first /b/', 'second /b/']);
    // Each page parsed once for both steps.
    expect(documents[0]).toBe(documents[1]);
    expect(documents[2]).toBe(documents[3]);
    expect(documents[2]).not.toBe(documents[0]);
  });

  it('parses again after a change, keeps the first parse, and writes only the pages that changed', async () => {
    const context = site({ 'a/index.html': page('<p>A</p>'), 'b/index.html': page('<p>B</p>') });
    const file = (path: string) => join(context.outDir, path);
    const before = statSync(file('b/index.html')).mtimeMs;
    let first: ParsedDocument | undefined;
    let afterChange: ParsedDocument | undefined;
    let kept: ParsedDocument | undefined;
    const steps: PostBuildStep[] = [
      {
        name: 'edit',
        page(p) {
          if (p.path !== '/a/') return;
          first = p.document;
          p.html = p.html.replace('<p>A</p>', '<p>A, edited</p>');
          afterChange = p.document;
          kept = p.firstDocument;
        },
      },
    ];
    await runPostBuild(steps, context, false);
    expect(readFileSync(file('a/index.html'), 'utf8')).toContain('<p>A, edited</p>');
    expect(afterChange).not.toBe(first);
    expect(kept).toBe(first);
    expect(statSync(file('b/index.html')).mtimeMs).toBe(before);
  });

  it('finishes every step, then fails with the first failure; closes every step even when a page step throws', async () => {
    const finished: string[] = [];
    const closed: string[] = [];
    const step = (name: string, fail?: 'page' | 'finish'): PostBuildStep => ({
      name,
      page() {
        if (fail === 'page') throw new Error(`${name} failed on a page`);
      },
      finish() {
        finished.push(name);
        if (fail === 'finish') throw new Error(`${name} failed`);
      },
      close: () => void closed.push(name),
    });
    await expect(runPostBuild([step('one', 'finish'), step('two', 'finish'), step('three')], site({ 'index.html': page('') }), false)).rejects.toThrow('one failed');
    expect(finished).toEqual(['one', 'two', 'three']);
    expect(closed).toEqual(['one', 'two', 'three']);
    closed.length = 0;
    finished.length = 0;
    await expect(runPostBuild([step('one', 'page'), step('two')], site({ 'index.html': page('') }), false)).rejects.toThrow('one failed on a page');
    expect(finished).toEqual([]);
    expect(closed).toEqual(['one', 'two']);
  });

  it('names pages by their site path', () => {
    expect(sitePathOf('/out', '/out/approaches/pure-rl/index.html')).toBe('/approaches/pure-rl/');
    expect(sitePathOf('/out', '/out/index.html')).toBe('/');
    expect(sitePathOf('/out', '/out/404.html')).toBe('/404');
  });
});
