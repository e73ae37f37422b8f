/**
 * <site-search-highlight>: arriving from a search result (`?highlight=term`), mark the terms in the
 * page's main text. The terms are capped first (highlight-terms.ts) and the URL rewritten to the
 * capped list, so a shared link never carries more than the page will mark.
 */
import { HIGHLIGHT_PARAM, highlightTerms, withHighlightTerms } from './highlight-terms';
import { markTerms } from './mark-terms';

export const HIGHLIGHT_CLASS = 'pagefind-highlight';

class SiteSearchHighlight extends HTMLElement {
  connectedCallback(): void {
    if (!new URLSearchParams(location.search).has(HIGHLIGHT_PARAM)) return;
    const terms = highlightTerms(location.search);
    const search = withHighlightTerms(location.search, terms);
    if (search !== location.search) {
      history.replaceState(history.state, '', `${location.pathname}${search}${location.hash}`);
    }
    const main = document.querySelector('main');
    if (main) markTerms(main, terms, HIGHLIGHT_CLASS);
  }
}

customElements.define('site-search-highlight', SiteSearchHighlight);
