/**
 * <site-search>: the search button and its dialog. The button, `/` (outside text fields) and
 * Ctrl/Cmd+K open it. Results are rendered by us over Pagefind's JavaScript API rather than Pagefind's
 * own UI, which alone is ~33 KB gzip and would push a first search past the budget (README).
 * A query runs in each of its spellings (query.ts), filtered by the pressed chips (search-filters.ts);
 * when what was typed is not found, the nearest glossary term or heading is offered (suggest.ts).
 */
import dialogStylesheet from './search-dialog.css?url';
import { excerptSegments } from './excerpt';
import { loadPagefind, type ResultData, type SearchResult } from './pagefind-runtime';
import { cleanQuery, queryHighlightTerms, queryVariants } from './query';
import { pagefindFilters, type FilterName } from './search-filters';
import { planResult, resultItem } from './search-results';
import { nearestSuggestion, queryFound, SUGGESTIONS_PATH, type Suggestion } from './suggest';
import { isSearchShortcut } from './search-shortcut';
import { searchDialog } from './search-dialog-markup';

const PAGE_SIZE = 5;
/** Short: a warm Pagefind search takes a few milliseconds, and the list should follow typing closely. */
const DEBOUNCE_MS = 50;
const NO_INDEX =
  'Search is not available here: the search index exists only in a built site. Run `npm start` (build + preview) to use it.';

/** Results of several spellings of one query, each page once at its best score, best first. */
function mergeResults(lists: ReadonlyArray<SearchResult[]>): SearchResult[] {
  const byId = new Map<string, SearchResult>();
  for (const list of lists) {
    for (const r of list) {
      const seen = byId.get(r.id);
      if (!seen || r.score > seen.score) byId.set(r.id, r);
    }
  }
  return [...byId.values()].sort((a, b) => b.score - a.score);
}

function markedWords(data: readonly ResultData[]): string[] {
  return data
    .flatMap((d) => [d.excerpt, ...d.sub_results.map((s) => s.excerpt)])
    .flatMap((excerpt) => excerptSegments(excerpt).filter((s) => s.mark).map((s) => s.text));
}

let suggestions: Promise<Suggestion[]> | null = null;
function loadSuggestions(): Promise<Suggestion[]> {
  suggestions ??= fetch(SUGGESTIONS_PATH).then((r) => (r.ok ? (r.json() as Promise<Suggestion[]>) : []));
  suggestions.catch(() => (suggestions = null));
  return suggestions;
}

// The dialog's styles come with its code, not in every page's CSS (most visits never open search);
// the dialog opens once they apply.
let styled = false;
const stylesReady = new Promise<void>((resolve) => {
  const link = Object.assign(document.createElement('link'), { rel: 'stylesheet', href: dialogStylesheet });
  link.addEventListener('load', () => resolve());
  link.addEventListener('error', () => resolve());
  document.head.append(link);
}).then(() => {
  styled = true;
});

class SiteSearch extends HTMLElement {
  private dialog!: HTMLDialogElement;
  private input!: HTMLInputElement;
  private status!: HTMLElement;
  private suggest!: HTMLElement;
  private list!: HTMLOListElement;
  private more!: HTMLButtonElement;
  private chips: HTMLButtonElement[] = [];
  private results: SearchResult[] = [];
  private shown = 0;
  private query = '';
  private terms: string[] = [];
  private timer: number | undefined;
  /** Bumped by every query, so a slow answer to an older query is dropped. */
  private generation = 0;

  connectedCallback(): void {
    if (!this.querySelector('[data-search-dialog]')) this.append(searchDialog());
    const part = <T extends Element>(selector: string) => this.querySelector<T>(selector)!;
    this.dialog = part('[data-search-dialog]');
    this.input = part('[data-search-input]');
    this.status = part('[data-search-status]');
    this.suggest = part('[data-search-suggest]');
    this.list = part('[data-search-results]');
    this.more = part('[data-search-more]');
    this.chips = [...this.querySelectorAll<HTMLButtonElement>('[data-filter-name]')];
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
    this.input.addEventListener('input', () => this.schedule());
    this.input.addEventListener('keydown', (event) => this.onInputKey(event));
    this.list.addEventListener('keydown', (event) => this.onListKey(event));
    this.more.addEventListener('click', () => void this.showMore(this.generation));
    for (const chip of this.chips) {
      chip.addEventListener('click', () => {
        chip.setAttribute('aria-pressed', String(chip.getAttribute('aria-pressed') !== 'true'));
        void this.run();
      });
    }
  }

  /** Public: the loader (search-loader.ts) opens the dialog after fetching this code on first use. */
  open(): void {
    if (!styled) {
      void stylesReady.then(() => this.open());
      return;
    }
    if (!this.dialog.open) this.dialog.showModal();
    this.input.focus();
    this.input.select();
    // Start fetching the runtime as the reader starts typing, not before the dialog is used.
    loadPagefind().catch(() => (this.status.textContent = NO_INDEX));
  }

  private schedule(): void {
    window.clearTimeout(this.timer);
    this.timer = window.setTimeout(() => void this.run(), DEBOUNCE_MS);
  }

  private pressedFilters() {
    return pagefindFilters(
      this.chips
        .filter((c) => c.getAttribute('aria-pressed') === 'true')
        .map((c) => ({ name: c.dataset.filterName as FilterName, value: c.dataset.filterValue ?? '' })),
    );
  }

  private async run(): Promise<void> {
    window.clearTimeout(this.timer);
    const query = cleanQuery(this.input.value);
    const current = ++this.generation;
    this.suggest.replaceChildren();
    if (!query) {
      this.list.replaceChildren();
      this.status.textContent = '';
      this.more.hidden = true;
      return;
    }
    let lists: SearchResult[][];
    try {
      const pagefind = await loadPagefind();
      const filters = this.pressedFilters();
      const answers = await Promise.all(queryVariants(this.input.value).map((q) => pagefind.search(q, { filters })));
      lists = answers.map((a) => a?.results ?? []);
    } catch {
      this.status.textContent = NO_INDEX;
      return;
    }
    if (current !== this.generation) return; // a newer keystroke took over
    this.query = query;
    this.terms = queryHighlightTerms(this.input.value);
    this.results = mergeResults(lists);
    this.shown = 0;
    this.list.replaceChildren();
    const count = this.results.length;
    this.showStatus(count ? `${count} ${count === 1 ? 'page matches' : 'pages match'}` : 'No page matches', query);
    const shown = await this.showMore(current);
    if (current === this.generation && !queryFound(query, markedWords(shown))) await this.offerSuggestion(query, current);
  }

  /**
   * "12 pages match “query”": the reader's query in its own <bdi>, so that bidirectional controls in it
   * (a pasted U+202E) cannot reorder the quote marks and the rest of the message around it.
   */
  private showStatus(message: string, query: string): void {
    const quoted = document.createElement('bdi');
    quoted.textContent = query;
    this.status.replaceChildren(`${message} “`, quoted, '”');
  }

  /** "Did you mean …?": a button that searches for the nearest known term instead. */
  private async offerSuggestion(query: string, current: number): Promise<void> {
    const nearest = nearestSuggestion(query, await loadSuggestions().catch(() => []));
    if (!nearest || current !== this.generation) return;
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'search-suggestion';
    button.textContent = nearest.label;
    button.addEventListener('click', () => {
      this.input.value = nearest.label;
      this.input.focus();
      void this.run();
    });
    this.suggest.replaceChildren('Did you mean ', button, '?');
  }

  private async showMore(current: number): Promise<ResultData[]> {
    const batch = this.results.slice(this.shown, this.shown + PAGE_SIZE);
    this.shown += batch.length;
    const data = await Promise.all(batch.map((r) => r.data()));
    if (current !== this.generation) return data;
    const planned = data
      .map((d, i) => ({ d, plan: planResult(d, batch[i]!.score, this.query, this.terms) }))
      .sort((a, b) => b.plan.score - a.plan.score);
    this.list.append(...planned.map(({ d, plan }) => resultItem(d, plan)));
    this.more.hidden = this.shown >= this.results.length;
    return data;
  }

  /** Enter in the box opens the first result (its best section); Down moves into the results. */
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
