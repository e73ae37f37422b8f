/**
 * Bad input fails the build with a message naming the file (and line, where there is one).
 * Each fixture folder is built on its own with CONTENT_DIR pointing at it. Only the two failures that
 * need a real build are here: Astro's own frontmatter parsing, and the link check over built pages.
 * The Markdown plugins' failures (unknown citation or term, invalid TeX, duplicate ids) are tested
 * in-process through the MDX compiler in tests/unit/markdown-pipeline.test.ts; a missing frontmatter
 * field is a unit test of the schema in tests/unit/page-schema.test.ts.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const scratch = mkdtempSync(join(tmpdir(), 'fixture-builds-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function buildFixture(name: string, env: Record<string, string> = {}): { status: number; output: string } {
  const result = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', join(scratch, name, 'dist')], {
    env: {
      ...process.env,
      CONTENT_DIR: resolve('tests/fixtures', name),
      ASTRO_CACHE_DIR: join(scratch, name, 'cache'),
      NODE_ENV: 'production',
      FORCE_COLOR: '0',
      ...env,
    },
    encoding: 'utf8',
  });
  // Strip terminal colours, which Astro prints even when asked not to.
  const output = `${result.stdout}\n${result.stderr}`.replace(/\x1b\[[0-9;]*m/g, '');
  return { status: result.status ?? 1, output };
}

describe('build failures name the file', () => {
  it('malformed YAML frontmatter', () => {
    const { status, output } = buildFixture('bad-frontmatter');
    expect(status).not.toBe(0);
    // js-yaml stops at the end of the unterminated quoted string: line 6 of the fixture.
    expect(output).toMatch(/bad-frontmatter\/page\.mdx:\d+/);
  });

  it('a broken internal link or #fragment', () => {
    // This fixture publishes no list of its own (the site's list names pages the fixture does not have).
    const { status, output } = buildFixture('broken-link', { PUBLISHED_LINKS_FILE: join(scratch, 'no-published-links.txt') });
    expect(status).not.toBe(0);
    expect(output).toMatch(/broken-link\/page\.mdx:10: link to \/no\/such\/page\//);
    expect(output).toMatch(/broken-link\/page\.mdx:10: link to \/page\/#no-such-section: .*no element with id "no-such-section"/);
  });

  it('a published #fragment that no longer resolves, while a heading alias and a moved page keep theirs', () => {
    const fixture = resolve('tests/fixtures/published-links');
    const { status, output } = buildFixture('published-links', { PUBLISHED_LINKS_FILE: join(fixture, 'published-links.txt') });
    expect(status).not.toBe(0);
    expect(output).toMatch(/1 published link\(s\) .* no longer resolve/);
    expect(output).toMatch(/\/page\/#removed-section: \/page\/ has no element with id "removed-section".*\[in .*published-links\/page\.mdx\]/);
    // The old heading id (an alias) and the old URL (a redirect page) still resolve, so they are not named.
    expect(output).not.toMatch(/\/page\/#first-name:/);
    expect(output).not.toMatch(/\/old-page\/(#first-name)?:/);
    const redirect = join(scratch, 'published-links', 'dist', 'old-page', 'index.html');
    expect(existsSync(redirect)).toBe(true);
    const html = readFileSync(redirect, 'utf8');
    expect(html).toContain('http-equiv="refresh" content="0;url=/page/"');
    expect(html).toMatch(/<link rel="canonical" href="[^"]*\/page\/"/);
    // The sitemap lists the page at its new URL only.
    const sitemap = readFileSync(join(scratch, 'published-links', 'dist', 'sitemap-0.xml'), 'utf8');
    expect(sitemap).toMatch(/<loc>[^<]*\/page\/<\/loc>/);
    expect(sitemap).not.toContain('/old-page/');
  });
});
