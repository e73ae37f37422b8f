import { describe, expect, it } from 'vitest';
import { duplicateIds, extractIds, extractLinks, findBrokenLinks, resolveInternal, type BuiltPage } from '../../src/build/link-check';

describe('link-check', () => {
  it('extracts ids and links but not from inside scripts', () => {
    const html = '<h2 id="a">A</h2><a class="x" href="/b/#c&amp;d">b</a><script>const s = \'<a href="/nope/">\'; const t = \' id="ghost"\'</script>';
    expect([...extractIds(html)]).toEqual(['a']);
    expect(extractLinks(html)).toEqual(['/b/#c&d']);
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

  it('finds duplicate ids', () => {
    expect(duplicateIds('<p id="x"></p><p id="y"></p><p id="x"></p>')).toEqual(['x']);
  });
});
