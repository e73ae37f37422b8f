/**
 * What every page loads of search: a few lines that fetch the search dialog's code on first use (the
 * button, `/` or Ctrl/Cmd+K; a pointer or focus on the button fetches it ahead), and the term
 * highlighter only on a page reached from a search result (`?highlight=`). The dialog's code (ranking,
 * suggestions, filters) is most of the search JavaScript, and most visits never open it.
 */
import { HIGHLIGHT_PARAM } from './highlight-param';
import { isSearchShortcut } from './search-shortcut';

type SearchElement = HTMLElement & { open(): void };

let loading: Promise<unknown> | undefined;
const load = (): Promise<unknown> => (loading ??= import('./site-search'));

/** Load the dialog's code, then open it; the element then handles the button and shortcuts itself. */
function openWhenLoaded(): void {
  stopListening();
  void load().then(async () => {
    await customElements.whenDefined('site-search');
    (document.querySelector('site-search') as SearchElement | null)?.open();
  });
}

function onKey(event: KeyboardEvent): void {
  if (!isSearchShortcut(event)) return;
  event.preventDefault();
  openWhenLoaded();
}

function onClick(): void {
  openWhenLoaded();
}

const button = document.querySelector<HTMLElement>('site-search [data-search-open]');
const prefetch = (): void => void load();

function stopListening(): void {
  document.removeEventListener('keydown', onKey);
  button?.removeEventListener('click', onClick);
}

document.addEventListener('keydown', onKey);
button?.addEventListener('click', onClick);
button?.addEventListener('pointerenter', prefetch, { once: true });
button?.addEventListener('focus', prefetch, { once: true });

if (new URLSearchParams(location.search).has(HIGHLIGHT_PARAM)) void import('./site-search-highlight');
