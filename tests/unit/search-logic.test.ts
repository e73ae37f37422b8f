/** The pure parts of search: highlight caps, section ranking, query spellings, suggestions, filters. */
import { describe, expect, it } from 'vitest';
import {
  boundedQuery,
  highlightTerms,
  MAX_HIGHLIGHT_TERMS,
  MAX_QUERY_LENGTH,
  MAX_TERM_LENGTH,
  termsPattern,
  withHighlightTerms,
} from '../../src/search/highlight-terms';
import { cleanQuery, queryHighlightTerms, queryVariants, resultHref } from '../../src/search/query';
import { pagefindFilters, pageFilters } from '../../src/search/search-filters';
import { headingCoverage, pageScore, rankSections, sectionScore } from '../../src/search/section-rank';
import { editDistance, nearestSuggestion, queryFound } from '../../src/search/suggest';

describe('highlightTerms', () => {
  it('keeps inner punctuation and drops surrounding quotes and commas', () => {
    expect(highlightTerms('?highlight=pass%40k&highlight=%22Sky-T1%2C%22&highlight=self-consistency')).toEqual([
      'pass@k',
      'sky-t1',
      'self-consistency',
    ]);
  });

  it('dedupes, drops single letters and over-long terms, and caps the count', () => {
    const many = Array.from({ length: 400 }, (_, i) => `highlight=term${i % 50}`).join('&');
    const terms = highlightTerms(`?${many}&highlight=${'x'.repeat(MAX_TERM_LENGTH + 1)}&highlight=a`);
    expect(terms).toEqual(['term0', 'term1', 'term2', 'term3', 'term4', 'term5']);
    expect(terms).toHaveLength(MAX_HIGHLIGHT_TERMS);
    expect(highlightTerms(`?highlight=${'y'.repeat(MAX_TERM_LENGTH + 1)}&highlight=a&highlight=GRPO`)).toEqual(['grpo']);
  });

  it('splits one value on spaces and leaves out stop words', () => {
    expect(highlightTerms('?highlight=aha%20moment')).toEqual(['aha', 'moment']);
    expect(highlightTerms('?highlight=two&highlight=levels&highlight=of&highlight=reasoning')).toEqual(['two', 'levels', 'reasoning']);
  });

  it('rewrites only the highlight parameters, keeping widget state in order', () => {
    expect(withHighlightTerms('?mv.p=0.6&highlight=a&highlight=b&mv.n=5', ['grpo'])).toBe('?mv.p=0.6&mv.n=5&highlight=grpo');
    expect(withHighlightTerms('?highlight=a', [])).toBe('');
  });

  it('matches terms at the start of a word, ignoring case, regex characters literal', () => {
    const pattern = termsPattern(['pass@k', 'cons@64', 'r1.5'])!;
    expect('Pass@k and cons@64, not xpass@k; R1.5 not R125'.match(pattern)).toEqual(['Pass@k', 'cons@64', 'R1.5']);
    expect(termsPattern([])).toBeNull();
  });

  it('bounds the search query', () => {
    expect(boundedQuery(`  ${'word '.repeat(100)}`).length).toBeLessThanOrEqual(MAX_QUERY_LENGTH);
  });

  it('drops invisible formatting characters a paste carries, from queries and highlight links', () => {
    expect(boundedQuery('\u202EGRPO\u202C')).toBe('GRPO');
    expect(boundedQuery('GR\u200BPO \u2066aha\u2069 \u00ADmoment\uFEFF')).toBe('GRPO aha moment');
    // Zero-width joiners stay: they belong to how some words are spelled.
    expect(boundedQuery('a\u200Db\u200Cc')).toBe('a\u200Db\u200Cc');
    expect(highlightTerms(`?${new URLSearchParams({ highlight: 'pass\u200B@k \u202Egrpo' })}`)).toEqual(['pass@k', 'grpo']);
  });
});

describe('section ranking', () => {
  const loc = (...scores: number[]) => scores.map((s, i) => ({ weight: 1, balanced_score: s, location: i }));
  const page = '/approaches/inference-time-scaling/';
  const sections = [
    { title: 'Inference-time scaling', url: `${page}?highlight=prm`, weighted_locations: loc(500) },
    { title: 'What inference-time scaling is', url: `${page}#what`, weighted_locations: loc(300) },
    { title: 'Chain-of-thought prompting', url: `${page}#cot`, weighted_locations: loc(100) },
    { title: 'Outcome and process reward models', url: `${page}#orm-prm`, weighted_locations: loc(200, 200, 200) },
    { title: 'Elsewhere', url: '/other/#x', weighted_locations: loc(9999) },
    { title: 'No match', url: `${page}#none`, weighted_locations: [] },
  ];

  it('puts the section with the most and strongest matches first, keeping only this page’s sub-results', () => {
    expect(rankSections(page, sections, 'process reward model').map((s) => s.url)).toEqual([
      `${page}#orm-prm`,
      `${page}?highlight=prm`,
      `${page}#what`,
      `${page}#cot`,
    ]);
  });

  it('the page top wins only for a page named after the query', () => {
    const top = (title: string) => ({ title, url: '/p/', weighted_locations: loc(500) });
    const section = { title: 'From PPO to GRPO', url: '/p/#from-ppo-to-grpo', weighted_locations: loc(400) };
    expect(rankSections('/p/', [top('Pure reinforcement learning: R1-Zero and GRPO'), section], 'GRPO')[0]!.url).toBe('/p/#from-ppo-to-grpo');
    expect(rankSections('/p/', [top('GRPO: group-relative policy optimization'), section], 'GRPO')[0]!.url).toBe('/p/');
  });

  it('a page whose best section names the query outranks one that only mentions it', () => {
    const named = { title: 'What went wrong: readability and language mixing', url: '/a/#w' };
    const mentioned = { title: 'The language-consistency reward', url: '/b/#l' };
    expect(pageScore(1.28, named, 'language mixing')).toBeGreaterThan(pageScore(1.38, mentioned, 'language mixing'));
    expect(pageScore(2, undefined, 'x')).toBe(2);
  });

  it('a heading that names the query outweighs the same score in body text', () => {
    expect(headingCoverage('process reward model', 'Outcome and process reward models')).toBe(1);
    expect(headingCoverage('aha moment', 'The training loop')).toBe(0);
    const a = { title: 'The aha moment', url: '#a', weighted_locations: loc(100) };
    const b = { title: 'The training loop', url: '#b', weighted_locations: loc(100) };
    expect(sectionScore(a, 'aha moment')).toBeGreaterThan(sectionScore(b, 'aha moment'));
  });
});

describe('query spellings', () => {
  it('drops currency signs and tildes', () => {
    expect(cleanQuery(' ~$6M ')).toBe('6M');
  });

  it('searches an amount in its other spellings', () => {
    expect(queryVariants('$6M')).toEqual(['6m', '6 million']);
    expect(queryVariants('6 million')).toEqual(['6 million', '6m']);
    expect(queryVariants('800K samples')).toEqual(['800k samples', '800 thousand samples', '800,000 samples']);
    expect(queryVariants('GRPO')).toEqual(['grpo']);
    expect(queryVariants('   ')).toEqual([]);
  });

  it('links highlight the words as typed, punctuation kept', () => {
    expect(queryHighlightTerms('pass@k Sky-T1')).toEqual(['pass@k', 'sky-t1']);
    expect(queryHighlightTerms('$6M')).toEqual(['$6m', '6m', 'million']);
  });

  it('replaces Pagefind’s highlight list in a result URL and keeps the fragment', () => {
    expect(resultHref('/a/?highlight=passk#measuring', ['pass@k'])).toBe('/a/?highlight=pass%40k#measuring');
    expect(resultHref('/a/', [])).toBe('/a/');
  });
});

describe('did you mean', () => {
  const list = [
    { label: 'GRPO', url: '/approaches/pure-rl/#grpo' },
    { label: 'PPO', url: '/approaches/pure-rl/#ppo' },
    { label: 'Majority voting', url: '/approaches/inference-time-scaling/#majority-voting' },
  ];

  it('measures edits, counting a swap of neighbours as one', () => {
    expect(editDistance('grppo', 'grpo')).toBe(1);
    expect(editDistance('gpro', 'grpo')).toBe(1);
    expect(editDistance('kitten', 'sitting')).toBe(3);
  });

  it('offers the nearest term within the allowed edits, and nothing for an exact or far query', () => {
    expect(nearestSuggestion('GRPPO', list)?.label).toBe('GRPO');
    expect(nearestSuggestion('majority votng', list)?.label).toBe('Majority voting');
    expect(nearestSuggestion('GRPO', list)).toBeNull();
    expect(nearestSuggestion('transformer', list)).toBeNull();
  });

  it('knows a loose match from a real one', () => {
    expect(queryFound('grppo', ['G', '√((G', 'G)'])).toBe(false);
    expect(queryFound('pass@k', ['pass@k.'])).toBe(true);
    expect(queryFound('majority vot', ['Majority', 'voting'])).toBe(true);
  });
});

describe('filters', () => {
  it('gives each page its kind and approach', () => {
    expect(pageFilters({ section: 'Approaches', approach: 'pure-rl' })).toEqual({ kind: 'chapter', approach: 'pure-rl' });
    expect(pageFilters({ section: 'Reference' })).toEqual({ kind: 'reference' });
    expect(pageFilters({ section: 'Playground' })).toEqual({ kind: 'playground' });
  });

  it('ORs values of one filter and ANDs filters', () => {
    expect(
      pagefindFilters([
        { name: 'kind', value: 'chapter' },
        { name: 'kind', value: 'reference' },
        { name: 'approach', value: 'pure-rl' },
      ]),
    ).toEqual({ kind: { any: ['chapter', 'reference'] }, approach: { any: ['pure-rl'] } });
  });
});
