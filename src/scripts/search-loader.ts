/**
 * Loads Pagefind's UI into the search dialog on first use. The files come from the index build
 * (dist/pagefind/), so the UI always matches the index. Under `astro dev` there is no index; the
 * dialog says so instead of failing silently.
 */
declare global {
  interface Window {
    PagefindUI?: new (options: Record<string, unknown>) => unknown;
  }
}

let loading: Promise<void> | null = null;

/** `/` (outside text fields) or Ctrl/Cmd+K opens search. */
export function isSearchShortcut(event: KeyboardEvent): boolean {
  if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'k') return true;
  if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey) return false;
  const target = event.target as HTMLElement | null;
  const typing = target?.closest('input, textarea, select, [contenteditable=""], [contenteditable="true"]');
  return !typing;
}

function addStylesheet(href: string): void {
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = href;
  document.head.append(link);
}

function addScript(src: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = src;
    script.onload = () => resolve();
    script.onerror = () => reject(new Error(`could not load ${src}`));
    document.head.append(script);
  });
}

export function loadSearch(dialog: HTMLDialogElement): Promise<void> {
  const status = dialog.querySelector<HTMLElement>('[data-search-status]')!;
  loading ??= (async () => {
    status.textContent = 'Loading search…';
    addStylesheet('/pagefind/pagefind-ui.css');
    await addScript('/pagefind/pagefind-ui.js');
    if (!window.PagefindUI) throw new Error('Pagefind UI did not start');
    new window.PagefindUI({
      element: '#search-ui',
      showSubResults: true,
      showImages: false,
      resetStyles: false,
      highlightParam: 'highlight',
      autofocus: true,
      translations: { placeholder: 'Search: GRPO, aha moment, majority voting…' },
    });
    status.textContent = '';
  })().catch(() => {
    status.textContent =
      'Search is not available here: the search index exists only in a built site. Run `npm start` (build + preview) to use it.';
    loading = null;
  });
  return loading.then(() => {
    dialog.querySelector<HTMLInputElement>('.pagefind-ui__search-input')?.focus();
  });
}
