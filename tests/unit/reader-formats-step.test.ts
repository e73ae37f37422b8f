/** src/build/reader-formats-integration.ts: each listed page as Markdown (made on a worker thread) and llms-full.txt. */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { AstroIntegrationLogger } from 'astro';
import { describe, expect, it } from 'vitest';
import { runPostBuild } from '../../src/build/post-build';
import { readerFormatsStep } from '../../src/build/reader-formats-integration';

const logger = { info: () => {}, warn: () => {}, error: () => {}, debug: () => {} } as unknown as AstroIntegrationLogger;

function site(pages: Record<string, string>): string {
  const outDir = mkdtempSync(join(tmpdir(), 'reader-formats-'));
  const listed = Object.keys(pages).map((path) => `- [Page ${path}](http://example.test${path}): about ${path}`);
  writeFileSync(join(outDir, 'llms.txt'), `# Site\n\n> A site.\n\n## Pages\n\n${listed.join('\n')}\n`);
  for (const [path, body] of Object.entries(pages)) {
    const file = join(outDir, path, 'index.html');
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, `<!doctype html><html><body>${body}</body></html>`);
  }
  return outDir;
}

describe('reader formats step', () => {
  it('writes each listed page as Markdown, in llms.txt order in llms-full.txt', async () => {
    const outDir = site({
      '/b/': '<article><h2 id="x">Second</h2><p>Two <strong>bold</strong> words.</p></article>',
      '/a/': '<article><header><h1>Ignored</h1></header><p>First page, <time datetime="2026-01-02">today</time>.</p></article>',
    });
    await runPostBuild([readerFormatsStep()], { outDir, cacheDir: outDir, logger }, false);
    const b = readFileSync(join(outDir, 'b.md'), 'utf8');
    expect(b).toBe('# Page /b/\n\n> about /b/\n\nSource: http://example.test/b/\n\n## Second\n\nTwo **bold** words.\n');
    const full = readFileSync(join(outDir, 'llms-full.txt'), 'utf8');
    expect(full.indexOf('# Page /b/')).toBeLessThan(full.indexOf('# Page /a/'));
    expect(full).toContain('Source: http://example.test/a/ (updated 2026-01-02)');
  });

  it('fails the build naming the page whose Markdown cannot be made', async () => {
    const outDir = site({ '/fine/': '<article><p>Fine.</p></article>', '/broken/': '<main><p>No article here.</p></main>' });
    await expect(runPostBuild([readerFormatsStep()], { outDir, cacheDir: outDir, logger }, false)).rejects.toThrow(/no <article> in http:\/\/example\.test\/broken\//);
  });
});
