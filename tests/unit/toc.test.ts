import { describe, expect, it } from 'vitest';
import { buildToc, flattenToc } from '../../src/site/toc';

const h = (depth: number, slug: string) => ({ depth, slug, text: ` ${slug} ` });

describe('buildToc', () => {
  it('nests h3 under the preceding h2 and ignores h1 and h4', () => {
    const toc = buildToc([h(1, 'title'), h(2, 'a'), h(3, 'a1'), h(4, 'a1x'), h(3, 'a2'), h(2, 'b')]);
    expect(toc.map((i) => i.slug)).toEqual(['a', 'b']);
    expect(toc[0]!.children.map((i) => i.slug)).toEqual(['a1', 'a2']);
    expect(toc[0]!.children[0]!.children).toEqual([]);
    expect(toc[0]!.text).toBe('a');
  });

  it('keeps an h3 that comes before any h2 at the top level instead of dropping it', () => {
    expect(buildToc([h(3, 'early'), h(2, 'a')]).map((i) => i.slug)).toEqual(['early', 'a']);
  });

  it('flattens in document order', () => {
    const toc = buildToc([h(2, 'a'), h(3, 'a1'), h(2, 'b'), h(3, 'b1')]);
    expect(flattenToc(toc).map((i) => i.slug)).toEqual(['a', 'a1', 'b', 'b1']);
  });
});
