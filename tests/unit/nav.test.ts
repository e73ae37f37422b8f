import { describe, expect, it } from 'vitest';
import { buildNav, buildSiteNav, pageHref, prevNext, sidebarFor, sidebarLinks, siteNav, SMALL_SECTION, type NavPage } from '../../src/site/nav';
import { SECTIONS } from '../../src/site/page-schema';

type Section = NavPage['data']['section'];
const page = (id: string, section: Section, order: number, sidebarLabel?: string): NavPage => ({
  id,
  data: { title: id, section, order, ...(sidebarLabel ? { sidebarLabel } : {}) },
});
const pages = [
  page('approaches/pure-rl', 'Approaches', 2, 'Pure RL'),
  page('foundations/what-is-a-reasoning-model', 'Foundations', 1),
  page('approaches/inference-time-scaling', 'Approaches', 1),
  page('reference/glossary', 'Reference', 1),
];

/** The site's own pages plus `n` generated ones in the Reference section, 50 per folder (as the bench adds them). */
function siteWith(n: number): NavPage[] {
  const generated = Array.from({ length: n }, (_, i) => {
    const folder = `section-${String(Math.floor(i / 50) + 1).padStart(2, '0')}`;
    return page(`generated/${folder}/page-${String(i + 1).padStart(4, '0')}`, 'Reference', 100 + i);
  });
  return [...pages, page('reference/formulas', 'Reference', 2), ...generated];
}

describe('nav', () => {
  it('turns content paths into URLs with a trailing slash', () => {
    expect(pageHref('approaches/pure-rl')).toBe('/approaches/pure-rl/');
    expect(pageHref('deepseek-r1')).toBe('/deepseek-r1/');
    expect(pageHref('reference/index')).toBe('/reference/');
  });

  it('groups by section in the fixed section order, then by order, labelled by sidebarLabel or title', () => {
    const nav = buildNav(pages);
    expect(nav.map((g) => g.section)).toEqual(['Foundations', 'Approaches', 'Reference']);
    expect(nav[1]!.links.map((l) => l.href)).toEqual(['/approaches/inference-time-scaling/', '/approaches/pure-rl/']);
    expect(nav[1]!.links.map((l) => l.label)).toEqual(['approaches/inference-time-scaling', 'Pure RL']);
  });

  it('links prev and next across section boundaries', () => {
    const nav = siteNav(pages);
    expect(prevNext(nav, 'approaches/inference-time-scaling')).toMatchObject({
      prev: { href: '/foundations/what-is-a-reasoning-model/', title: 'foundations/what-is-a-reasoning-model' },
      next: { href: '/approaches/pure-rl/', title: 'approaches/pure-rl' },
    });
    expect(prevNext(nav, 'foundations/what-is-a-reasoning-model').prev).toBeUndefined();
    expect(prevNext(nav, 'reference/glossary').next).toBeUndefined();
  });

  it('computes the navigation once for the same pages, even as new objects (Astro returns fresh entries on every call)', () => {
    const fresh = () => pages.map((p) => ({ id: p.id, data: { ...p.data } }));
    expect(siteNav(fresh())).toBe(siteNav(fresh()));
  });

  it('computes it again when a page the navigation shows changes', () => {
    const before = siteNav(pages);
    const renamed = pages.map((p) => (p.id === 'approaches/pure-rl' ? { ...p, data: { ...p.data, sidebarLabel: 'RL only' } } : p));
    const after = siteNav(renamed);
    expect(after).not.toBe(before);
    expect(after.groups[1]!.links.map((l) => l.label)).toContain('RL only');
  });
});

describe('sidebar of one page', () => {
  it('opens the current section and keeps the other small sections closed', () => {
    const items = sidebarFor(buildSiteNav(pages), '/approaches/pure-rl/');
    expect(items.map((i) => (i.kind === 'section' ? [i.section, i.open] : [i.section, i.kind]))).toEqual([
      ['Foundations', false],
      ['Approaches', true],
      ['Reference', false],
    ]);
  });

  it('shows a large section as one link, or as its folders with only the current folder open', () => {
    const nav = buildSiteNav(siteWith(120));
    const fromChapter = sidebarFor(nav, '/approaches/pure-rl/');
    expect(fromChapter.at(-1)).toEqual({ kind: 'section-link', section: 'Reference', href: '/reference/glossary/' });

    const fromGenerated = sidebarFor(nav, '/generated/section-02/page-0060/');
    const reference = fromGenerated.at(-1)!;
    expect(reference.kind).toBe('folders');
    if (reference.kind !== 'folders') return;
    expect(reference.folders.map((f) => [f.label, f.kind])).toEqual([
      ['Reference', 'folder-link'],
      ['Section 01', 'folder-link'],
      ['Section 02', 'folder'],
      ['Section 03', 'folder-link'],
    ]);
    expect(sidebarLinks(fromGenerated)).toContain('/generated/section-02/page-0060/');
  });

  it('has a size that does not grow with the number of pages', () => {
    const counts = (n: number) => {
      const nav = buildSiteNav(siteWith(n));
      return ['/approaches/pure-rl/', '/reference/glossary/', '/generated/section-01/page-0001/'].map((href) => sidebarLinks(sidebarFor(nav, href)).length);
    };
    const [chapter200, glossary200, generated200] = counts(200);
    const [chapter1000, glossary1000, generated1000] = counts(1000);
    expect(chapter1000).toBe(chapter200);
    // A page of the large section lists its own folder in full and one link per other folder.
    expect(glossary1000 - glossary200).toBe(1000 / 50 - 200 / 50);
    expect(generated1000 - generated200).toBe(1000 / 50 - 200 / 50);
    expect(generated1000).toBeLessThan(SMALL_SECTION * SECTIONS.length + 50 + 1000 / 50);
  });
});
