/**
 * The search box, on Pagefind's JavaScript API. Pagefind's runtime and the index are fetched on first
 * use only. We render results ourselves instead of loading Pagefind's default UI: that UI alone is
 * ~33 KB gzip and would push a first search past the 160 KB budget (see the README's figures).
 * Under `astro dev` there is no index; the dialog says so instead of failing silently.
 */
import { excerptSegments } from '~/search/excerpt';

interface SubResult {
  title: string;
  url: string;
  excerpt: string;
}
interface ResultData {
  url: string;
  excerpt: string;
  meta: { title?: string };
  sub_results: SubResult[];
}
interface SearchResult {
  id: string;
  data: () => Promise<ResultData>;
}
interface Pagefind {
  options: (o: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  debouncedSearch: (q: string, o?: object, ms?: number) => Promise<{ results: SearchResult[] } | null>;
}

const PAGE_SIZE = 5;
let pagefind: Promise<Pagefind> | null = null;

/** `/` (outside text fields) or Ctrl/Cmd+K opens search. */
export function isSearchShortcut(event: KeyboardEvent): boolean {
  if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'k') return true;
  if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey) return false;
  const target = event.target as HTMLElement | null;
  const typing = target?.closest('input, textarea, select, [contenteditable=""], [contenteditable="true"]');
  return !typing;
}

function loadPagefind(): Promise<Pagefind> {
  pagefind ??= (async () => {
    const url = '/pagefind/pagefind.js';
    const pf = (await import(/* @vite-ignore */ url)) as Pagefind;
    // Result links carry ?highlight=…, which the target page uses to mark the terms.
    await pf.options({ highlightParam: 'highlight', excerptLength: 22 });
    await pf.init();
    return pf;
  })();
  pagefind.catch(() => (pagefind = null));
  return pagefind;
}

function excerptNode(excerpt: string, className: string): HTMLElement {
  const p = document.createElement('p');
  p.className = className;
  for (const { text, mark } of excerptSegments(excerpt)) {
    if (mark) {
      const m = document.createElement('mark');
      m.textContent = text;
      p.append(m);
    } else {
      p.append(text);
    }
  }
  return p;
}

function resultItem(data: ResultData): HTMLLIElement {
  const li = document.createElement('li');
  li.className = 'search-result';
  const link = document.createElement('a');
  link.href = data.url;
  link.className = 'search-result-title';
  link.textContent = data.meta.title ?? data.url;
  li.append(link, excerptNode(data.excerpt, 'search-excerpt'));
  // Sections of the page that match: a link straight to each (Pagefind found them by heading id).
  const pagePath = data.url.split(/[?#]/)[0];
  const sections = data.sub_results.filter((s) => s.url.includes('#') && s.url.split(/[?#]/)[0] === pagePath).slice(0, 3);
  if (sections.length) {
    const ul = document.createElement('ul');
    ul.className = 'search-sections';
    for (const s of sections) {
      const item = document.createElement('li');
      const a = document.createElement('a');
      a.href = s.url;
      a.textContent = s.title;
      item.append(a, excerptNode(s.excerpt, 'search-excerpt'));
      ul.append(item);
    }
    li.append(ul);
  }
  return li;
}

export function setUpSearch(dialog: HTMLDialogElement): { open: () => Promise<void> } {
  const input = dialog.querySelector<HTMLInputElement>('[data-search-input]')!;
  const status = dialog.querySelector<HTMLElement>('[data-search-status]')!;
  const list = dialog.querySelector<HTMLOListElement>('[data-search-results]')!;
  const more = dialog.querySelector<HTMLButtonElement>('[data-search-more]')!;
  let results: SearchResult[] = [];
  let shown = 0;
  let generation = 0;

  async function showMore(current: number) {
    const batch = results.slice(shown, shown + PAGE_SIZE);
    shown += batch.length;
    const data = await Promise.all(batch.map((r) => r.data()));
    if (current !== generation) return;
    list.append(...data.map(resultItem));
    more.hidden = shown >= results.length;
  }

  async function run() {
    const query = input.value.trim();
    const current = ++generation;
    if (!query) {
      list.replaceChildren();
      status.textContent = '';
      more.hidden = true;
      return;
    }
    let pf: Pagefind;
    try {
      pf = await loadPagefind();
    } catch {
      status.textContent = 'Search is not available here: the search index exists only in a built site. Run `npm start` (build + preview) to use it.';
      return;
    }
    const search = await pf.debouncedSearch(query, {}, 120);
    if (search === null || current !== generation) return; // a newer keystroke took over
    results = search.results;
    shown = 0;
    list.replaceChildren();
    status.textContent = results.length
      ? `${results.length} ${results.length === 1 ? 'page matches' : 'pages match'} “${query}”`
      : `No page matches “${query}”`;
    await showMore(current);
  }

  input.addEventListener('input', () => void run());
  more.addEventListener('click', () => void showMore(generation));
  // Enter in the box opens the first result; Down moves into the results.
  input.addEventListener('keydown', (event) => {
    const first = list.querySelector<HTMLAnchorElement>('a');
    if (event.key === 'Enter' && first) first.click();
    if (event.key === 'ArrowDown' && first) {
      event.preventDefault();
      first.focus();
    }
  });
  list.addEventListener('keydown', (event) => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const links = [...list.querySelectorAll<HTMLAnchorElement>('a')];
    const index = links.indexOf(document.activeElement as HTMLAnchorElement);
    if (index < 0) return;
    event.preventDefault();
    const next = event.key === 'ArrowDown' ? links[index + 1] : links[index - 1];
    (next ?? (event.key === 'ArrowUp' ? input : links[index]))?.focus();
  });

  return {
    async open() {
      if (!dialog.open) dialog.showModal();
      input.focus();
      input.select();
      // Start fetching the runtime as the reader starts typing, not before the dialog is used.
      loadPagefind().catch(() => {
        status.textContent = 'Search is not available here: the search index exists only in a built site. Run `npm start` (build + preview) to use it.';
      });
    },
  };
}
