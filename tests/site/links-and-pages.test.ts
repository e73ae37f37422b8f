import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { duplicateIds, extractIds, extractLinks, findBrokenLinks, type BuiltPage } from '../../src/build/link-check';
import { builtPages, DIST, metaContent, tagText } from './built-site';

const pages = builtPages();

describe('the built site', () => {
  it('has the pages a reader expects', () => {
    const paths = pages.map((p) => p.path);
    for (const path of ['/', '/404', '/foundations/what-is-a-reasoning-model/', '/reference/glossary/', '/reference/formulas/', '/reference/bibliography/']) {
      expect(paths).toContain(path);
    }
  });

  it('resolves every internal link and #fragment', () => {
    const map = new Map<string, BuiltPage>(pages.map((p) => [p.path, { path: p.path, ids: extractIds(p.html), links: extractLinks(p.html) }]));
    expect(findBrokenLinks(map)).toEqual([]);
  });

  it('never repeats an id within a page', () => {
    const problems = pages.flatMap((p) => duplicateIds(p.html).map((id) => `${p.path}: ${id}`));
    expect(problems).toEqual([]);
  });

  it.each(pages.map((p) => [p.path, p] as const))('%s has one h1, a title, a description and a canonical URL', (_path, page) => {
    // /book/ is the exception: one h1 per chapter, as on the chapters' own pages (tests/site/publish.test.ts).
    if (page.path !== '/book/') expect(tagText(page.html, 'h1')).toHaveLength(1);
    expect(tagText(page.html, 'title')[0]?.length).toBeGreaterThan(3);
    expect(metaContent(page.html, 'name', 'description')?.length).toBeGreaterThan(20);
    expect(page.html).toMatch(/<link rel="canonical" href="https?:\/\/[^"]+"/);
    expect(metaContent(page.html, 'property', 'og:title')).toBeTruthy();
  });

  it('loads nothing from another origin (HTML and CSS)', () => {
    const external: string[] = [];
    for (const page of pages) {
      // Resources the browser fetches by itself: scripts, styles, images, media, frames, preloads.
      const re = /<(script|img|iframe|source|video|audio|link)\b[^>]*?(?:src|href)="((?:https?:)?\/\/[^"]+)"/gi;
      for (const m of page.html.matchAll(re)) {
        const tag = m[0];
        if (m[1] === 'link' && /rel="(canonical|alternate|sitemap)"/.test(tag)) continue;
        external.push(`${page.path}: ${m[2]}`);
      }
    }
    const assets = readdirSync(join(DIST, '_astro')).filter((f) => f.endsWith('.css') || f.endsWith('.js'));
    for (const asset of assets) {
      const text = readFileSync(join(DIST, '_astro', asset), 'utf8');
      for (const m of text.matchAll(/url\(\s*['"]?((?:https?:)?\/\/[^'")]+)/g)) external.push(`${asset}: ${m[1]}`);
      for (const m of text.matchAll(/import\(\s*['"]((?:https?:)?\/\/[^'"]+)/g)) external.push(`${asset}: ${m[1]}`);
    }
    expect(external).toEqual([]);
  });

  it('ships a sitemap and robots.txt that point at each other', () => {
    const robots = readFileSync(join(DIST, 'robots.txt'), 'utf8');
    expect(robots).toMatch(/Sitemap: https?:\/\/.+\/sitemap-index\.xml/);
    const sitemap = readFileSync(join(DIST, 'sitemap-0.xml'), 'utf8');
    expect(sitemap).toContain('/foundations/what-is-a-reasoning-model/');
    expect(sitemap).not.toContain('/404');
  });

  it('loads KaTeX styles only on pages with math', () => {
    for (const page of pages) {
      const hasMath = page.html.includes('class="katex"');
      // Inline, cut to the rules that page uses (src/build/katex-css-inline.ts).
      const loadsKatex = /<style data-katex>[^<]*\.katex\{/.test(page.html);
      expect(`${page.path}: ${loadsKatex}`).toBe(`${page.path}: ${hasMath}`);
    }
  });

  it('renders math as HTML plus MathML, never as a KaTeX error', () => {
    const withMath = pages.filter((p) => p.html.includes('class="katex"'));
    expect(withMath.length).toBeGreaterThan(0);
    for (const page of withMath) {
      expect(page.html).toContain('<math xmlns="http://www.w3.org/1998/Math/MathML"');
      expect(page.html).not.toContain('katex-error');
    }
  });

  it('keeps math, anchor labels and navigation out of the search index', () => {
    for (const page of pages.filter((p) => p.html.includes('data-pagefind-body'))) {
      const body = page.html.slice(page.html.indexOf('data-pagefind-body'));
      // Anchor labels carry data-pagefind-ignore; navigation sits outside <main>, or is marked ignored.
      for (const m of body.matchAll(/<span class="sr-only"[^>]*>Link to section/g)) expect(m[0]).toContain('data-pagefind-ignore');
      for (const m of body.matchAll(/<nav\b[^>]*>/g)) expect(`${page.path} ${m[0]}`).toMatch(/data-pagefind-ignore|aria-label="Sections of this page"/);
    }
  });
});
