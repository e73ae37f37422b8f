/**
 * <site-search-highlight>: arriving from a search result (`?highlight=term`), mark the terms with
 * Pagefind's highlighter, skipping what the index leaves out (index-policy.ts), so only text that
 * could have matched is marked.
 */
import { INDEX_EXCLUDE_SELECTORS } from './index-policy';
import { HIGHLIGHT_PARAM } from './pagefind-runtime';

type Highlighter = new (options: Record<string, unknown>) => unknown;

class SiteSearchHighlight extends HTMLElement {
  connectedCallback(): void {
    if (new URLSearchParams(location.search).has(HIGHLIGHT_PARAM)) void this.highlight();
  }

  private async highlight(): Promise<void> {
    const url = '/pagefind/pagefind-highlight.js';
    try {
      const mod = (await import(/* @vite-ignore */ url)) as { default?: Highlighter };
      const Highlight = mod.default ?? (window as unknown as { PagefindHighlight?: Highlighter }).PagefindHighlight;
      if (!Highlight) return;
      new Highlight({
        highlightParam: HIGHLIGHT_PARAM,
        markContext: 'main',
        markOptions: { className: 'pagefind-highlight', exclude: [...INDEX_EXCLUDE_SELECTORS] },
      });
    } catch {
      /* no index in development builds */
    }
  }
}

customElements.define('site-search-highlight', SiteSearchHighlight);
