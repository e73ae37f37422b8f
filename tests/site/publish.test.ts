/**
 * The built site's publishing formats: llms.txt, the .md pages, /book/, the social images, the date and
 * citation on every page, the changelog and the published links.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse, type DefaultTreeAdapterMap } from 'parse5';
import { articleSource } from '../../src/build/markdown-export';
import { forEachElement } from '../../src/build/link-check';
import { parsePublishedLinks } from '../../src/build/published-links';
import { listedPages, markdownFileFor } from '../../src/build/reader-formats-integration';
import { builtPages, DIST, metaContent, tagText } from './built-site';

/** Every content page's site path, from content/ (the URL is the path). */
function contentPaths(): string[] {
  return readdirSync('content', { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.mdx') && !e.name.startsWith('_'))
    .map((e) => `/${join(e.parentPath, e.name).replace(/^content\//, '').replace(/\.mdx$/, '')}/`)
    .sort();
}

const pages = builtPages();
const html = (path: string) => pages.find((p) => p.path === path)!.html;

/** Width and height from a PNG's IHDR chunk. */
function pngSize(file: string): { width: number; height: number } {
  const bytes = readFileSync(file);
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe('llms.txt and Markdown pages', () => {
  const llms = readFileSync(join(DIST, 'llms.txt'), 'utf8');
  const listed = listedPages(llms);

  it('has a title, a summary and one line per page, each URL a built page with its .md beside it', () => {
    expect(llms).toMatch(/^# Reasoning LLMs, explained\n\n> \S/);
    const paths = listed.map((p) => new URL(p.url).pathname).sort();
    expect(paths).toEqual(contentPaths());
    for (const path of paths) {
      expect(existsSync(join(DIST, path, 'index.html')), path).toBe(true);
      expect(existsSync(join(DIST, markdownFileFor(path))), `${path} as .md`).toBe(true);
    }
  });

  it('pure-rl.md keeps formulas as TeX and resolves citations to numbered references with URLs', () => {
    const md = readFileSync(join(DIST, 'approaches/pure-rl.md'), 'utf8');
    expect(md).toMatch(/^# Pure reinforcement learning/);
    // The GRPO objective, as TeX in a display block.
    expect(md).toMatch(/\$\$\n\\begin\{aligned\}[^$]*\\mathcal\{J\}_\{\\text\{GRPO\}\}/);
    // An in-text citation links to the source, and the reference list is numbered with the same URL.
    expect(md).toMatch(/\[\\\[1[^\]]*\\\]\]\(https:\/\/arxiv\.org\/abs\/2501\.12948\)/);
    expect(md).toMatch(/^1\. .*\]\(https:\/\/arxiv\.org\/abs\/2501\.12948\)/m);
    // No HTML, hover-card text or screen-reader labels left behind.
    expect(md).not.toMatch(/<span|<div|Link to section|Link to equation/);
  });

  it('the export sends each page\'s whole first <article>, as an HTML parser finds it, to be converted', () => {
    for (const page of pages) {
      let article: DefaultTreeAdapterMap['element'] | undefined;
      forEachElement(parse(page.html, { sourceCodeLocationInfo: true }), (node) => {
        if (!article && node.nodeName === 'article') article = node;
      });
      const location = article?.sourceCodeLocation;
      const expected = location ? page.html.slice(location.startOffset, location.endOffset) : undefined;
      expect(articleSource(page.html), page.path).toBe(expected);
    }
  });

  it('llms-full.txt holds every page in the order llms.txt lists them', () => {
    const full = readFileSync(join(DIST, 'llms-full.txt'), 'utf8');
    const positions = listed.map((p) => full.indexOf(`# ${p.title}\n`));
    expect(positions.every((at) => at > 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });
});

describe('/book/', () => {
  const book = html('/book/');

  it('has every chapter\'s title as an h1, in reading order (the playground and formula index stay online)', () => {
    const titles = listedPages(readFileSync(join(DIST, 'llms.txt'), 'utf8'))
      .filter((p) => !/^\/(playground|reference\/formulas)\//.test(new URL(p.url).pathname))
      .map((p) => p.title.replace(/'/g, '&#39;'));
    const h1s = tagText(book, 'h1').slice(1);
    expect(h1s.map((t) => t.replace(/&#x27;|’/g, '&#39;').replace(/'/g, '&#39;'))).toEqual(titles);
  });

  it('numbers figures and equations by chapter, and has no repeated id', () => {
    expect(book).toMatch(/>Figure \d+\.1</);
    expect(book).toMatch(/>\(\d+\.1\)</);
    const ids = [...book.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]);
    expect(ids.length - new Set(ids).size).toBe(0);
  });
});

describe('dated, citable and shareable pages', () => {
  it('each content page shows its date, reading time and a BibTeX citation with its canonical URL', () => {
    for (const path of contentPaths()) {
      const page = html(path);
      expect(page, path).toMatch(/Updated <time datetime="\d{4}-\d{2}-\d{2}"[^>]*>/);
      expect(page, path).toMatch(/\d+ min read/);
      const canonical = page.match(/<link rel="canonical" href="([^"]+)"/)![1]!;
      expect(page, path).toContain(`howpublished = {\\url{${canonical}}}`);
    }
  });

  it('each indexed page has a 1200×630 og:image that exists, and a large twitter card', () => {
    for (const page of pages.filter((p) => !p.html.includes('name="robots" content="noindex"'))) {
      const image = metaContent(page.html, 'property', 'og:image');
      expect(image, page.path).toBeDefined();
      const file = join(DIST, new URL(image!).pathname);
      expect(pngSize(file), page.path).toEqual({ width: 1200, height: 630 });
      expect(metaContent(page.html, 'name', 'twitter:card'), page.path).toBe('summary_large_image');
    }
  });

  it('the changelog lists dated changes that link to pages', () => {
    const changelog = html('/changelog/');
    expect(changelog).toMatch(/<time datetime="2026-11-26"[^>]*>26 November 2026<\/time>/);
    expect(changelog).toContain('href="/playground/train/"');
  });
});

describe('published links', () => {
  it('the list holds every page and every section, figure and equation anchor the site offers', () => {
    const published = new Set(parsePublishedLinks(readFileSync('src/data/published-links.txt', 'utf8')));
    for (const path of contentPaths()) {
      expect(published.has(path), path).toBe(true);
      for (const m of html(path).matchAll(/<a class="(?:anchor-link|figure-anchor|equation-anchor)"[^>]*href="#([^"]+)"/g)) {
        expect(published.has(`${path}#${m[1]}`), `${path}#${m[1]} (run npm run links:publish)`).toBe(true);
      }
    }
  });

  it('`npm run links:publish`, the command the failure above names, runs and finds nothing to add', () => {
    // It loads the build's TypeScript through Node's type stripping, which cannot run every TypeScript
    // construct (a constructor parameter property once broke it, unnoticed). Run on a copy of the list.
    const scratch = mkdtempSync(join(tmpdir(), 'published-links-'));
    try {
      const copy = join(scratch, 'published-links.txt');
      copyFileSync('src/data/published-links.txt', copy);
      const output = execFileSync(process.execPath, ['scripts/publish-links.mjs', DIST], {
        env: { ...process.env, PUBLISHED_LINKS_FILE: copy },
        encoding: 'utf8',
      });
      expect(output).toMatch(/: \d+ links \(0 new\)/);
      expect(readFileSync(copy, 'utf8')).toBe(readFileSync('src/data/published-links.txt', 'utf8'));
    } finally {
      rmSync(scratch, { recursive: true, force: true });
    }
  });
});
