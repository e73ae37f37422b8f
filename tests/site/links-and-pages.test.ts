import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { duplicateIds, extractIds, extractLinks, findBrokenLinks, type BuiltPage } from '../../src/build/link-check';
import { builtPages, DIST, metaContent, tagText } from './built-site';
import { woff2Tables, cmapCodePoints } from './woff2';
import { mathCharacters } from '../../src/build/math-font-subset';

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

  it('a page without widgets loads one script file: the chrome\'s, importing nothing else up front', () => {
    // A module shared with another page's own script (the book's, a widget's) would be split into a chunk of its
    // own, and every page would fetch one file more.
    for (const page of pages.filter((p) => !p.html.includes('data-widget=') && p.path !== '/book/')) {
      const scripts = [...page.html.matchAll(/<script type="module" src="([^"]+)"/g)].map((m) => m[1]!);
      expect(scripts, page.path).toHaveLength(1);
      const code = readFileSync(join(DIST, scripts[0]!), 'utf8');
      // Static imports only: import("…") loads later, on use (search, the cite menu, the cards).
      expect(code.match(/(?:\bimport|\bfrom)\s*["'][^"']+["']/g) ?? [], page.path).toEqual([]);
    }
  });

  it('lists every section of a page in its "On this page", and gives each a link to copy', () => {
    // Headings a component renders (the formula index's groups) are not among those Astro collects from the
    // Markdown: the formulas page once listed none of its five groups. Chrome headings are left out.
    const chrome = new Set(['toc-title']);
    const missing: string[] = [];
    let checked = 0;
    for (const page of pages) {
      const listed = new Set([...page.html.matchAll(/data-toc-link="([^"]+)"/g)].map((m) => m[1]!));
      if (!listed.size) continue;
      for (const [, id] of page.html.matchAll(/<h2\b[^>]*\bid="([^"]+)"/g)) {
        if (chrome.has(id!)) continue;
        checked += 1;
        if (!listed.has(id!)) missing.push(`${page.path}#${id}: not in "On this page"`);
        if (!page.html.includes(`<a class="anchor-link" href="#${id}"`)) missing.push(`${page.path}#${id}: no anchor link`);
      }
    }
    expect(missing).toEqual([]);
    expect(checked).toBeGreaterThan(50);
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

  it('preloads the math font, and carries the math rules, only on pages with math (the book: rules, no preload)', () => {
    for (const page of pages) {
      const hasMath = page.html.includes('class="katex"');
      const preloadsFont = /<link rel="preload" href="\/_astro\/stix-two-math[^"]*\.woff2" as="font"/.test(page.html);
      const stylesMath = page.html.includes('.katex math{font-family:STIX Two Math,math');
      const declaresFont = page.html.includes('@font-face{font-family:STIX Two Math');
      // The book's first screen has no formula, and its preload only delayed first paint (book.astro).
      const shouldPreload = hasMath && page.path !== '/book/';
      expect(`${page.path}: ${preloadsFont} ${stylesMath} ${declaresFont}`).toBe(`${page.path}: ${shouldPreload} ${hasMath} ${hasMath}`);
    }
    expect(pages.find((page) => page.path === '/book/')?.html).toContain('class="katex"');
  });

  it('self-hosts one math font, cut to the formulas but with its OpenType MATH table, and nothing of KaTeX’s stylesheet or fonts', () => {
    const assets = readdirSync(join(DIST, '_astro'));
    const fonts = assets.filter((name) => /\.(woff2?|ttf)$/.test(name));
    expect(fonts).toEqual([expect.stringMatching(/^stix-two-math-.*\.woff2$/)]);
    expect(assets.filter((name) => /katex/i.test(name))).toEqual([]);
    const tables = woff2Tables(readFileSync(join(DIST, '_astro', fonts[0]!)));
    expect(tables.get('MATH')?.length).toBeGreaterThan(1000);
    // Every character drawn in any formula of the site has a glyph in the shipped font.
    const covered = cmapCodePoints(tables.get('cmap')!);
    const used = new Set<string>();
    for (const page of pages) mathCharacters(page.html, used);
    expect(used.size).toBeGreaterThan(50);
    const invisible = /[\u2061-\u2064]/u; // function application, invisible times/separator/plus: never drawn
    expect([...used].filter((char) => !invisible.test(char) && !covered.has(char.codePointAt(0)!))).toEqual([]);
    // Every page with math points at that file.
    for (const page of pages.filter((p) => p.html.includes('class="katex"'))) expect(page.html).toContain(`/_astro/${fonts[0]}`);
  });

  it('renders math as MathML only, never as a KaTeX error', () => {
    const withMath = pages.filter((p) => p.html.includes('class="katex"'));
    expect(withMath.length).toBeGreaterThan(0);
    for (const page of withMath) {
      expect(page.html).toContain('<math xmlns="http://www.w3.org/1998/Math/MathML"');
      expect(page.html).toContain('<annotation encoding="application/x-tex">');
      expect(page.html).not.toMatch(/katex-error|katex-html|katex-mathml/);
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
