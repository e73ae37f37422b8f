/**
 * <site-not-found> on the 404 page: reads the damaged address and offers the pages it most likely meant
 * (src/site/not-found.ts, fetched only here), keeping the link's query and #section. An address that
 * differs from a page's only in case, in punctuation pasted after it or in a file ending goes straight to
 * that page: the reader followed a link to it. Without JavaScript the page still offers search and the
 * way home.
 */
import type { KnownPage } from './not-found';

class SiteNotFound extends HTMLElement {
  async connectedCallback(): Promise<void> {
    let pages: KnownPage[];
    try {
      pages = JSON.parse(this.dataset.pages ?? '[]') as KnownPage[];
    } catch {
      return;
    }
    const { suggestPages } = await import('./not-found');
    const suggestions = suggestPages(location.pathname, pages);
    const keep = location.search + location.hash;
    const exact = suggestions.filter((suggestion) => suggestion.exact);
    if (exact.length === 1) {
      location.replace(exact[0]!.href + keep);
      return;
    }
    const list = this.querySelector('ul');
    if (!list || suggestions.length === 0) return;
    for (const suggestion of suggestions) {
      const link = document.createElement('a');
      link.href = suggestion.href + keep;
      link.textContent = suggestion.title;
      const address = document.createElement('span');
      address.className = 'not-found-address';
      address.textContent = suggestion.href;
      const item = document.createElement('li');
      item.append(link, ' ', address);
      list.append(item);
    }
    this.hidden = false;
  }
}

customElements.define('site-not-found', SiteNotFound);
