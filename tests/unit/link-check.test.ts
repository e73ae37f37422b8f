import { describe, expect, it } from 'vitest';
import { duplicateIds, extractIds, extractLinks, findBrokenLinks, readHtml, resolveInternal, type BuiltPage } from '../../src/build/link-check';

describe('link-check', () => {
  it('extracts ids and links but not from inside scripts', () => {
    const html = '<h2 id="a">A</h2><a class="x" href="/b/#c&amp;d">b</a><script>const s = \'<a href="/nope/">\'; const t = \' id="ghost"\'</script>';
    expect([...extractIds(html)]).toEqual(['a']);
    expect(extractLinks(html)).toEqual(['/b/#c&d']);
  });

  it('reads HTML as a browser does: unquoted attributes, entities, SVG, but not <template> contents', () => {
    const html =
      "<p id=bare></p><a href='/single/'>s</a><svg><g id=\"in-svg\"><a href=\"/svg/\"><text>t</text></a></g></svg>" +
      '<template><a href="/inert/" id="inert">x</a></template><a href="/a/?x=1&amp;y=&#50;">e</a><style>a[id="nope"]{}</style>';
    expect([...extractIds(html)]).toEqual(['bare', 'in-svg']);
    expect(extractLinks(html)).toEqual(['/single/', '/svg/', '/a/?x=1&y=2']);
  });

  it('reads where each link was written and removes that mark, leaving the rest byte for byte', () => {
    const html = '<p>See <a href="/x/" data-mdx-source="content/a.mdx:3">x</a>, <a class="k" href="#y">y</a>\n<a data-mdx-source="content/a.mdx:4" href="/z/">z</a></p>';
    const facts = readHtml(html);
    expect(facts.links).toEqual(['/x/', '#y', '/z/']);
    expect(facts.sources).toEqual(['content/a.mdx:3', undefined, 'content/a.mdx:4']);
    expect(facts.withoutSources).toBe('<p>See <a href="/x/">x</a>, <a class="k" href="#y">y</a>\n<a href="/z/">z</a></p>');
    expect(readHtml(facts.withoutSources).withoutSources).toBe(facts.withoutSources);
  });

  it('removes every mark from a page with thousands of marked links, in order, with the text between intact', () => {
    const marked = Array.from({ length: 3000 }, (_, i) => `<a href="/p${i}/" data-mdx-source="content/a.mdx:${i + 1}">${i}</a>`).join('\n');
    const facts = readHtml(`<main>${marked}</main>`);
    expect(facts.sources).toHaveLength(3000);
    expect(facts.sources.at(-1)).toBe('content/a.mdx:3000');
    expect(facts.withoutSources).toBe(`<main>${Array.from({ length: 3000 }, (_, i) => `<a href="/p${i}/">${i}</a>`).join('\n')}</main>`);
  });

  it('keeps links of marked chrome apart and checks each distinct one once for the whole site', () => {
    const html = '<nav data-link-check="chrome"><ul><li><a href="/a/">a</a></li><li><a href="/gone/">g</a></li></ul></nav><p><a href="/a/#x">x</a></p>';
    const facts = readHtml(html);
    expect(facts.chromeLinks).toEqual(['/a/', '/gone/']);
    expect(facts.links).toEqual(['/a/#x']);
    const page = (path: string): BuiltPage => ({ path, ids: new Set(['x']), links: facts.links, chromeLinks: facts.chromeLinks });
    const pages = new Map(['/', '/a/', '/b/'].map((p) => [p, page(p)]));
    // Three pages carry the broken chrome link; it is reported once.
    expect(findBrokenLinks(pages)).toEqual([{ from: '/', href: '/gone/', reason: 'no page at /gone/' }]);
  });

  it('resolves relative links and skips other origins and files', () => {
    expect(resolveInternal('/approaches/pure-rl/', '#grpo')).toEqual({ path: '/approaches/pure-rl/', fragment: 'grpo' });
    expect(resolveInternal('/approaches/pure-rl/', '../distillation/')).toEqual({ path: '/approaches/distillation/', fragment: '' });
    expect(resolveInternal('/', 'https://arxiv.org/abs/2501.12948')).toBeNull();
    expect(resolveInternal('/', 'mailto:x@example.org')).toBeNull();
    expect(resolveInternal('/', '/sitemap-index.xml')).toBeNull();
  });

  it('reports missing pages, missing fragments and a missing trailing slash', () => {
    const page = (path: string, ids: string[], links: string[]): BuiltPage => ({ path, ids: new Set(ids), links });
    const pages = new Map([
      ['/', page('/', ['top'], ['/a/#one', '/a/#two', '/b/', '/a', '#top'])],
      ['/a/', page('/a/', ['one'], [])],
    ]);
    expect(findBrokenLinks(pages).map((b) => `${b.href}: ${b.reason}`)).toEqual([
      '/a/#two: /a/ has no element with id "two"',
      '/b/: no page at /b/',
      '/a: no page at /a (did you mean /a/ with a trailing slash?)',
    ]);
  });

  it('names where a broken link was written, when the page knows', () => {
    const pages = new Map([['/', { path: '/', ids: new Set<string>(), links: ['/gone/', '/also-gone/'], sources: ['content/index.mdx:7', undefined] }]]);
    expect(findBrokenLinks(pages)).toEqual([
      { from: '/', href: '/gone/', reason: 'no page at /gone/', source: 'content/index.mdx:7' },
      { from: '/', href: '/also-gone/', reason: 'no page at /also-gone/' },
    ]);
  });

  it('finds duplicate ids', () => {
    expect(duplicateIds('<p id="x"></p><p id="y"></p><p id="x"></p>')).toEqual(['x']);
  });
});
