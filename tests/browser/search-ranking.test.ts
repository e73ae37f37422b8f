/**
 * Readers search for a concept and expect the page that explains it first. Queries run through
 * Pagefind's own API in Chromium, against the index of the production build, so the ranking tested
 * is the ranking the search box shows (the box itself is tested in site.test.ts).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, openPage } from './support';

interface Hit {
  url: string;
  subUrls: string[];
  excerpt: string;
}

let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await launchBrowser();
  ({ page } = await openPage(browser, '/'));
});
afterAll(async () => {
  await browser?.close();
});

// Passed as a string: vitest rewrites import() inside functions, which would break in the browser.
const SEARCH_IN_PAGE = `async (q) => {
  const pagefind = await import('/pagefind/pagefind.js');
  const { results } = await pagefind.search(q);
  return Promise.all(results.slice(0, 8).map(async (r) => {
    const d = await r.data();
    return { url: d.url, excerpt: d.excerpt, subUrls: d.sub_results.map((s) => s.url) };
  }));
}`;

function search(query: string): Promise<Hit[]> {
  return page.evaluate(`(${SEARCH_IN_PAGE})(${JSON.stringify(query)})`) as Promise<Hit[]>;
}

describe('search lands on the page that explains a concept', () => {
  it.each([
    ['GRPO', '/approaches/pure-rl/'],
    ['aha moment', '/approaches/pure-rl/'],
    ['majority voting', '/approaches/inference-time-scaling/'],
    ['self-consistency', '/approaches/inference-time-scaling/'],
    ['Sky-T1', '/on-a-budget/'],
    ['cold start', '/approaches/sft-plus-rl/'],
    ['pass@k', '/approaches/inference-time-scaling/'],
    ['TinyZero', '/on-a-budget/'],
  ])('"%s" → %s first', async (query, expected) => {
    const hits = await search(query);
    expect(hits.map((h) => h.url).slice(0, 3)[0]).toBe(expected);
  });

  it('results point at the matching section, not just the page', async () => {
    const [first] = await search('aha moment');
    expect(first!.subUrls.some((u) => /^\/approaches\/pure-rl\/#[a-z0-9-]*aha/.test(u))).toBe(true);
  });

  it('a glossary alias finds the term: "self-consistency" finds the majority-voting entry', async () => {
    const hits = await search('self-consistency');
    const glossary = hits.find((h) => h.url === '/reference/glossary/');
    expect(glossary).toBeDefined();
    expect(glossary!.excerpt.toLowerCase()).toContain('self-consistency');
  });

  it('finds a formula by its label, never by its TeX source', async () => {
    const hits = await search('group-relative advantage');
    expect(hits.slice(0, 3).map((h) => h.url)).toContain('/approaches/pure-rl/');
    // TeX control words that appear only inside rendered math must never be matched.
    for (const tex of ['operatorname', 'mathbb', 'varepsilon', 'displaystyle']) {
      const texHits = await search(tex);
      const marked = texHits.flatMap((h) => [...h.excerpt.matchAll(/<mark>([^<]*)<\/mark>/g)].map((m) => m[1]!.toLowerCase()));
      expect(marked.filter((w) => w.startsWith(tex))).toEqual([]);
    }
  });
});
