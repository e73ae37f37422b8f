/**
 * <site-search-highlight>: arriving from a search result (`?highlight=term`), mark the terms in the
 * page's main text. The terms are capped first (highlight-terms.ts) and the URL rewritten to the
 * capped list, so a shared link never carries more than the page will mark.
 */
import { HIGHLIGHT_PARAM, highlightTerms, withHighlightTerms } from './highlight-terms';
import { markTerms } from './mark-terms';

export const HIGHLIGHT_CLASS = 'pagefind-highlight';
export const HIGHLIGHT_MEASURE = 'search-highlight';

class SiteSearchHighlight extends HTMLElement {
  connectedCallback(): void {
    if (!new URLSearchParams(location.search).has(HIGHLIGHT_PARAM)) return;
    const start = performance.now();
    const terms = highlightTerms(location.search);
    const search = withHighlightTerms(location.search, terms);
    if (search !== location.search) {
      history.replaceState(history.state, '', `${location.pathname}${search}${location.hash}`);
    }
    const main = document.querySelector('main');
    if (main) markTerms(main, terms, HIGHLIGHT_CLASS);
    // Read by scripts/bench.mjs: how long capping and marking took on this page.
    performance.measure(HIGHLIGHT_MEASURE, { start });
  }
}

customElements.define('site-search-highlight', SiteSearchHighlight);
