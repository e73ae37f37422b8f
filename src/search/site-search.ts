/**
 * <site-search>: the search button and its dialog. The button, `/` (outside text fields) and
 * Ctrl/Cmd+K open it. Results are rendered by us over Pagefind's JavaScript API rather than Pagefind's
 * own UI, which alone is ~33 KB gzip and would push a first search past the 160 KB budget (README).
 */
import { loadPagefind, type SearchResult } from './pagefind-runtime';
import { resultItem } from './search-results';

const PAGE_SIZE = 5;
const DEBOUNCE_MS = 120;
const NO_INDEX =
  'Search is not available here: the search index exists only in a built site. Run `npm start` (build + preview) to use it.';

/** `/` (outside text fields) or Ctrl/Cmd+K opens search. */
function isSearchShortcut(event: KeyboardEvent): boolean {
  if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'k') return true;
  if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey) return false;
  const target = event.target as HTMLElement | null;
  const typing = target?.closest('input, textarea, select, [contenteditable=""], [contenteditable="true"]');
  return !typing;
}

class SiteSearch extends HTMLElement {
  private dialog!: HTMLDialogElement;
  private input!: HTMLInputElement;
  private status!: HTMLElement;
  private list!: HTMLOListElement;
  private more!: HTMLButtonElement;
  private results: SearchResult[] = [];
  private shown = 0;
  /** Bumped by every query, so a slow answer to an older query is dropped. */
  private generation = 0;

  connectedCallback(): void {
    const part = <T extends Element>(selector: string) => this.querySelector<T>(selector)!;
    this.dialog = part('[data-search-dialog]');
    this.input = part('[data-search-input]');
    this.status = part('[data-search-status]');
    this.list = part('[data-search-results]');
    this.more = part('[data-search-more]');
    const kbd = this.querySelector('[data-search-kbd]');
    if (kbd && /Mac|iPhone|iPad/.test(navigator.platform)) kbd.textContent = '⌘K';

    part('[data-search-open]').addEventListener('click', () => this.open());
    part('[data-search-close]').addEventListener('click', () => this.dialog.close());
    // A click on the backdrop (outside the frame) closes the dialog.
    this.dialog.addEventListener('click', (event) => {
      if (event.target === this.dialog) this.dialog.close();
    });
    document.addEventListener('keydown', (event) => {
      if (!isSearchShortcut(event)) return;
      event.preventDefault();
      this.open();
    });
    this.input.addEventListener('input', () => void this.run());
    this.input.addEventListener('keydown', (event) => this.onInputKey(event));
    this.list.addEventListener('keydown', (event) => this.onListKey(event));
    this.more.addEventListener('click', () => void this.showMore(this.generation));
  }

  private open(): void {
    if (!this.dialog.open) this.dialog.showModal();
    this.input.focus();
    this.input.select();
    // Start fetching the runtime as the reader starts typing, not before the dialog is used.
    loadPagefind().catch(() => (this.status.textContent = NO_INDEX));
  }

  private async run(): Promise<void> {
    const query = this.input.value.trim();
    const current = ++this.generation;
    if (!query) {
      this.list.replaceChildren();
      this.status.textContent = '';
      this.more.hidden = true;
      return;
    }
    let search;
    try {
      search = await (await loadPagefind()).debouncedSearch(query, {}, DEBOUNCE_MS);
    } catch {
      this.status.textContent = NO_INDEX;
      return;
    }
    if (search === null || current !== this.generation) return; // a newer keystroke took over
    this.results = search.results;
    this.shown = 0;
    this.list.replaceChildren();
    const count = this.results.length;
    this.status.textContent = count
      ? `${count} ${count === 1 ? 'page matches' : 'pages match'} “${query}”`
      : `No page matches “${query}”`;
    await this.showMore(current);
  }

  private async showMore(current: number): Promise<void> {
    const batch = this.results.slice(this.shown, this.shown + PAGE_SIZE);
    this.shown += batch.length;
    const data = await Promise.all(batch.map((r) => r.data()));
    if (current !== this.generation) return;
    this.list.append(...data.map(resultItem));
    this.more.hidden = this.shown >= this.results.length;
  }

  /** Enter in the box opens the first result; Down moves into the results. */
  private onInputKey(event: KeyboardEvent): void {
    const first = this.list.querySelector<HTMLAnchorElement>('a');
    if (event.key === 'Enter' && first) first.click();
    if (event.key === 'ArrowDown' && first) {
      event.preventDefault();
      first.focus();
    }
  }

  /** Up and Down move between result links; Up from the first returns to the box. */
  private onListKey(event: KeyboardEvent): void {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const links = [...this.list.querySelectorAll<HTMLAnchorElement>('a')];
    const index = links.indexOf(document.activeElement as HTMLAnchorElement);
    if (index < 0) return;
    event.preventDefault();
    const next = event.key === 'ArrowDown' ? links[index + 1] : links[index - 1];
    (next ?? (event.key === 'ArrowUp' ? this.input : links[index]))?.focus();
  }
}

customElements.define('site-search', SiteSearch);
