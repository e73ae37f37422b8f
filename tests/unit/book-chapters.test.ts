import { describe, expect, it } from 'vitest';
import { BOOK_MAX_CHAPTERS, bookContents } from '../../src/build/book-chapters';
import type { NavPage } from '../../src/site/nav';

type Section = NavPage['data']['section'];
const page = (id: string, section: Section, order: number): NavPage => ({ id, data: { title: id, section, order } });
const site = [
  page('reference/glossary', 'Reference', 3),
  page('approaches/pure-rl', 'Approaches', 2),
  page('playground/train', 'Playground', 1),
  page('foundations/what-is-a-reasoning-model', 'Foundations', 1),
  page('reference/formulas', 'Reference', 2),
  page('approaches/inference-time-scaling', 'Approaches', 1),
];
/** `n` generated pages in the Reference section, after the site's own (as scripts/bench-scale.mjs adds them). */
const generated = (n: number) => Array.from({ length: n }, (_, i) => page(`generated/page-${String(i + 1).padStart(4, '0')}`, 'Reference', 100 + i));

describe('the book\'s chapters', () => {
  it('are the pages in reading order, without the playground and the formula index', () => {
    const { chapters, onlineOnly } = bookContents(site);
    expect(chapters.map((p) => p.id)).toEqual([
      'foundations/what-is-a-reasoning-model',
      'approaches/inference-time-scaling',
      'approaches/pure-rl',
      'reference/glossary',
    ]);
    expect(onlineOnly).toEqual([]);
  });

  it('stop at the bound on a large site; the rest, in reading order, are online only', () => {
    const { chapters, onlineOnly } = bookContents([...generated(1000), ...site]);
    expect(chapters).toHaveLength(BOOK_MAX_CHAPTERS);
    expect(chapters.slice(0, 4).map((p) => p.id)).toEqual(bookContents(site).chapters.map((p) => p.id));
    expect(chapters.at(-1)!.id).toBe(`generated/page-${String(BOOK_MAX_CHAPTERS - 4).padStart(4, '0')}`);
    expect(onlineOnly).toHaveLength(1000 - (BOOK_MAX_CHAPTERS - 4));
    expect(onlineOnly[0]!.id).toBe(`generated/page-${String(BOOK_MAX_CHAPTERS - 3).padStart(4, '0')}`);
    expect(onlineOnly.at(-1)!.id).toBe('generated/page-1000');
  });
});
