/**
 * Readers search for a concept and expect the page that explains it first, and the result's main link
 * (what Enter opens) on the section about it. The queries go through the search box of the production
 * build, so what is tested is what a reader sees. The rank table (page rank among results, section
 * rank within the page's ranked sections) is printed for the closing note.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, openPage } from './support';

let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await launchBrowser();
  ({ page } = await openPage(browser, '/'));
});
afterAll(async () => {
  await browser?.close();
});

/** A query, the page that explains it, and the section(s) of it a reader should land on. */
const QUERIES: Array<[query: string, page: string, sections: string[]]> = [
  ['GRPO', '/approaches/pure-rl/', ['the-grpo-objective', 'from-ppo-to-grpo', 'why-grpo-drops-the-critic']],
  ['aha moment', '/approaches/pure-rl/', ['the-aha-moment']],
  ['majority voting', '/approaches/inference-time-scaling/', ['majority-voting-self-consistency']],
  ['self-consistency', '/approaches/inference-time-scaling/', ['majority-voting-self-consistency']],
  ['process reward model', '/approaches/inference-time-scaling/', ['outcome-and-process-reward-models', 'search-guided-by-a-process-reward-model']],
  ['pass@k', '/approaches/inference-time-scaling/', ['measuring-it-passk-and-consk', 'the-unbiased-passk-estimator']],
  ['cons@64', '/approaches/inference-time-scaling/', ['pass1-and-cons64-in-the-deepseek-r1-paper']],
  ['Sky-T1', '/on-a-budget/', ['sky-t1-a-32b-reasoning-model-for-under-450']],
  ['$6M', '/deepseek-r1/', ['what-the-6-million-refers-to']],
  ['6 million', '/deepseek-r1/', ['what-the-6-million-refers-to']],
  ['800K', '/approaches/sft-plus-rl/', ['stage-3-rejection-sampling-and-a-fresh-sft', 'fine-tuning-deepseek-v3-base-not-the-rl-checkpoint']],
  // The chapter is named after it: its top (title and the two meanings right below) is the place.
  ['distillation', '/approaches/distillation/', ['', 'two-meanings-of-distillation', 'deepseeks-distillation-sft-on-teacher-written-text']],
  ['cold start', '/approaches/sft-plus-rl/', ['stage-1-cold-start-data', 'two-meanings-of-cold-start']],
  ['rejection sampling', '/approaches/sft-plus-rl/', ['stage-3-rejection-sampling-and-a-fresh-sft']],
  ['KL penalty', '/approaches/pure-rl/', ['the-kl-penalty']],
  ['journey learning', '/on-a-budget/', ['journey-learning-training-on-the-wrong-turns-too']],
  ['s1 budget forcing', '/on-a-budget/', ['related-work-s1-and-budget-forcing']],
  ['TinyZero', '/on-a-budget/', ['tinyzero-the-r1-zero-recipe-on-a-3b-model']],
  ['language mixing', '/approaches/pure-rl/', ['what-went-wrong-readability-and-language-mixing']],
  ['beam search', '/approaches/inference-time-scaling/', ['beam-search']],
  ['group-relative advantage', '/approaches/pure-rl/', ['the-group-relative-advantage']],
  ['Countdown task', '/on-a-budget/', ['the-countdown-task-and-its-reward']],
];

interface Shown {
  /** Per result: the title link, then the further section links. */
  results: Array<{ title: string; sections: string[] }>;
}

async function searchBox(query: string): Promise<Shown> {
  const input = page.locator('[data-search-input]');
  if (!(await input.isVisible())) await page.keyboard.press('Control+k');
  await input.fill(query);
  const status = page.locator('[data-search-status]');
  await expect.poll(() => status.textContent()).toContain(`“${query.replace(/^\$/, '')}”`);
  await page.locator('.search-result').first().waitFor();
  return {
    results: await page.locator('.search-result').evaluateAll((items) =>
      items.map((li) => ({
        title: li.querySelector('.search-result-title')?.getAttribute('href') ?? '',
        sections: [...li.querySelectorAll('.search-sections a')].map((a) => a.getAttribute('href') ?? ''),
      })),
    ),
  };
}

const path = (href: string) => href.split(/[?#]/)[0];
const fragment = (href: string) => href.split('#')[1] ?? '';

const table: string[] = [];

describe('search lands on the section that explains a concept', () => {
  it.each(QUERIES)('"%s" → %s', async (query, expectedPage, expectedSections) => {
    const { results } = await searchBox(query);
    const pageRank = results.findIndex((r) => path(r.title) === expectedPage) + 1;
    const hit = results[pageRank - 1];
    const ranked = hit ? [hit.title, ...hit.sections].map(fragment) : [];
    const sectionRank = ranked.findIndex((f) => expectedSections.includes(f)) + 1;
    table.push(
      `| ${query} | ${expectedPage} | ${expectedSections.map((f) => (f ? `#${f}` : '(top)')).join(' or ')} | ${pageRank || '-'} | ${sectionRank || '-'} | ${fragment(hit?.title ?? '') ? `#${fragment(hit!.title)}` : '(top)'} |`,
    );
    expect(pageRank, `results: ${results.map((r) => r.title).join(', ')}`).toBe(1);
    // The main link (and Enter) opens the section about the concept.
    expect(expectedSections, `main link: ${hit!.title}`).toContain(fragment(hit!.title));
    expect(hit!.title).toMatch(/\?highlight=/);
  });

  it('prints the rank table', () => {
    console.log(
      [
        '| query | expected page | expected section(s) | page rank | section rank | main link (Enter) opens |',
        '|---|---|---|---|---|---|',
        ...table,
      ].join('\n'),
    );
    expect(table).toHaveLength(QUERIES.length);
  });
});

// Passed as a string: vitest rewrites import() inside functions, which would break in the browser.
const SEARCH_IN_PAGE = `async (q) => {
  const pagefind = await import('/pagefind/pagefind.js');
  const { results } = await pagefind.search(q);
  return Promise.all(results.slice(0, 8).map(async (r) => {
    const d = await r.data();
    return { url: d.url, excerpt: d.excerpt, subExcerpts: d.sub_results.map((s) => s.excerpt) };
  }));
}`;

function indexSearch(query: string): Promise<Array<{ url: string; excerpt: string; subExcerpts: string[] }>> {
  return page.evaluate(`(${SEARCH_IN_PAGE})(${JSON.stringify(query)})`) as Promise<
    Array<{ url: string; excerpt: string; subExcerpts: string[] }>
  >;
}

describe('the index holds readable text', () => {
  it('a glossary alias finds the term: "self-consistency" finds the majority-voting entry', async () => {
    const hits = await indexSearch('self-consistency');
    const glossary = hits.find((h) => h.url.startsWith('/reference/glossary/'));
    expect(glossary).toBeDefined();
    expect(glossary!.excerpt.toLowerCase()).toContain('self-consistency');
  });

  it('finds a formula by its label, never by its TeX source', async () => {
    const hits = await indexSearch('group-relative advantage');
    expect(hits.slice(0, 3).map((h) => h.url.split('?')[0])).toContain('/approaches/pure-rl/');
    // TeX control words that appear only inside rendered math must never be matched.
    for (const tex of ['operatorname', 'mathbb', 'varepsilon', 'displaystyle']) {
      const texHits = await indexSearch(tex);
      const marked = texHits.flatMap((h) => [...h.excerpt.matchAll(/<mark>([^<]*)<\/mark>/g)].map((m) => m[1]!.toLowerCase()));
      expect(marked.filter((w) => w.startsWith(tex))).toEqual([]);
    }
  });

  it('table cells are separated, and reference chrome is not indexed', async () => {
    const cells = await indexSearch('AIME cons@64 MATH-500');
    const text = cells.flatMap((h) => [h.excerpt, ...h.subExcerpts]).join(' ');
    expect(text).toMatch(/cons@64(<\/mark>)? · /);
    expect(text).not.toMatch(/ModelAIME|pass@1AIME/);
    for (const chrome of ['Link to equation', 'In the bibliography', '↩']) {
      const hits = await indexSearch(chrome);
      const all = hits.flatMap((h) => [h.excerpt, ...h.subExcerpts]).join(' ').replace(/<\/?mark>/g, '');
      expect(all, chrome).not.toContain(chrome);
    }
  });

  it('inline math reads as text in excerpts, not as a hole', async () => {
    // "writes $G$ answers to each question" in the training loop of pure-rl.
    const hits = await indexSearch('writes answers each question');
    const text = hits.flatMap((h) => [h.excerpt, ...h.subExcerpts]).join(' ').replace(/<\/?mark>/g, '');
    expect(text).toMatch(/writes G answers/);
  });
});
