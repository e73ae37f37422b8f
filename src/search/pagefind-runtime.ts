/**
 * Pagefind's runtime in the browser, fetched from the built site's /pagefind/ on first use only (the
 * URL is not known to the bundler, so it is imported by string). Under `astro dev` there is no index:
 * the promise rejects and the caller says so.
 */

import { HIGHLIGHT_PARAM } from './highlight-terms';
import type { PagefindFilterObject } from './search-filters';
import type { RankableSection } from './section-rank';

export interface SubResult extends RankableSection {
  excerpt: string;
}
export interface ResultData {
  url: string;
  excerpt: string;
  meta: { title?: string };
  sub_results: SubResult[];
}
export interface SearchResult {
  id: string;
  score: number;
  data: () => Promise<ResultData>;
}
export interface SearchOptions {
  filters?: PagefindFilterObject;
}
export interface Pagefind {
  options: (o: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  search: (q: string, o?: SearchOptions) => Promise<{ results: SearchResult[] } | null>;
  debouncedSearch: (q: string, o?: SearchOptions, ms?: number) => Promise<{ results: SearchResult[] } | null>;
}

let pagefind: Promise<Pagefind> | null = null;

export function loadPagefind(): Promise<Pagefind> {
  pagefind ??= (async () => {
    const url = '/pagefind/pagefind.js';
    const pf = (await import(/* @vite-ignore */ url)) as Pagefind;
    // noWorker: search in this thread. The index is small (a query takes milliseconds) and Pagefind's
    // worker script would add 12 KB gzip to the first search, past its 140 KB budget.
    await pf.options({ highlightParam: HIGHLIGHT_PARAM, excerptLength: 22, noWorker: true });
    await pf.init();
    return pf;
  })();
  // A failed load (no index yet, network) is retried on the next keystroke.
  pagefind.catch(() => (pagefind = null));
  return pagefind;
}
