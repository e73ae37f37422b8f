import { describe, expect, it } from 'vitest';
import { buildNav, pageHref, prevNext, type NavPage } from '../../src/site/nav';

const page = (id: string, section: NavPage['data']['section'], order: number): NavPage => ({ id, data: { title: id, section, order } });
const pages = [
  page('approaches/pure-rl', 'Approaches', 2),
  page('foundations/what-is-a-reasoning-model', 'Foundations', 1),
  page('approaches/inference-time-scaling', 'Approaches', 1),
  page('reference/glossary', 'Reference', 1),
];

describe('nav', () => {
  it('turns content paths into URLs with a trailing slash', () => {
    expect(pageHref('approaches/pure-rl')).toBe('/approaches/pure-rl/');
    expect(pageHref('deepseek-r1')).toBe('/deepseek-r1/');
    expect(pageHref('reference/index')).toBe('/reference/');
  });

  it('groups by section in the fixed section order, then by order', () => {
    const nav = buildNav(pages);
    expect(nav.map((g) => g.section)).toEqual(['Foundations', 'Approaches', 'Reference']);
    expect(nav[1]!.links.map((l) => l.href)).toEqual(['/approaches/inference-time-scaling/', '/approaches/pure-rl/']);
  });

  it('links prev and next across section boundaries', () => {
    expect(prevNext(pages, 'approaches/inference-time-scaling')).toEqual({
      prev: { href: '/foundations/what-is-a-reasoning-model/', title: 'foundations/what-is-a-reasoning-model' },
      next: { href: '/approaches/pure-rl/', title: 'approaches/pure-rl' },
    });
    expect(prevNext(pages, 'foundations/what-is-a-reasoning-model').prev).toBeUndefined();
    expect(prevNext(pages, 'reference/glossary').next).toBeUndefined();
  });
});
