/**
 * <site-book-folds>: /book/ keeps each chapter's body in a closed <details> (src/pages/book.astro), so a
 * phone's first load lays out the title page and contents instead of 17,000 elements. This element makes
 * the folds invisible to a reader who scrolls, follows links, prints or comes back:
 * - a chapter opens as the reader nears it (half a screen ahead, in either direction: on a phone the first
 *   chapter is then still folded on load);
 * - a link to anything inside a closed chapter opens it before the browser scrolls, so the landing is exact
 *   (Chromium opens the fold by itself, but scrolls before the chapter is laid out);
 * - printing opens every chapter (the print style does it too, for pages without this script);
 * - "back" and reload reopen the chapters that were open, so the browser's restored scroll position means
 *   the same place.
 * The browser's find in page opens a closed <details> on its own.
 */

/**
 * The id a fragment names; a malformed escape names none. The rule of src/site/scroll-spy.ts, written out:
 * importing it from this book-only script would split that module into a chunk of its own, one more file
 * on every page (as src/widgets/kit/start.ts notes).
 */
function fragmentId(hash: string): string {
  try {
    return decodeURIComponent(hash.replace(/^#/, ''));
  } catch {
    return '';
  }
}

const FOLDS = 'details.book-chapter-body';
const REOPEN_KEY = 'book-open-chapters';

class SiteBookFolds extends HTMLElement {
  private observer: IntersectionObserver | undefined;

  connectedCallback(): void {
    const folds = [...document.querySelectorAll<HTMLDetailsElement>(FOLDS)];
    if (!folds.length) return;
    this.reopenAfterReturn(folds);
    // A fragment in the address bar on load (or typed later): open its chapter and land on it.
    this.openTarget(fragmentId(location.hash), true);
    addEventListener('hashchange', () => this.openTarget(fragmentId(location.hash), true));
    // Capture phase: the chapter is open before the browser's own scroll to the link's target.
    document.addEventListener('click', this.onClick, true);
    addEventListener('beforeprint', () => folds.forEach((fold) => (fold.open = true)));
    addEventListener('pagehide', () => {
      const open = folds.flatMap((fold, i) => (fold.open ? [i] : []));
      try {
        sessionStorage.setItem(REOPEN_KEY, JSON.stringify(open));
      } catch {
        // Storage off (private mode, quota): a return then starts folded, nothing worse.
      }
    });
    this.observer = new IntersectionObserver(this.onNear, { rootMargin: '50% 0px 50% 0px' });
    for (const fold of folds) if (!fold.open) this.observer.observe(fold);
    for (const fold of folds) fold.addEventListener('toggle', () => this.onOpened(fold));
  }

  private onNear = (entries: IntersectionObserverEntry[]): void => {
    for (const entry of entries) {
      if (!entry.isIntersecting) continue;
      (entry.target as HTMLDetailsElement).open = true;
      this.observer?.unobserve(entry.target);
    }
  };

  /** A fold opened any other way (its summary, find in page, a link) needs no watching. */
  private onOpened(fold: HTMLDetailsElement): void {
    if (!fold.open) return;
    this.observer?.unobserve(fold);
    // An open chapter hides its summary: if the keyboard was on it, carry on from the chapter's title.
    const summary = fold.querySelector(':scope > summary');
    const title = fold.closest('article')?.querySelector('h1');
    if (summary && title && document.activeElement === summary) {
      title.tabIndex = -1;
      title.focus({ preventScroll: true });
    }
  }

  private onClick = (event: MouseEvent): void => {
    const link = (event.target as Element | null)?.closest?.('a[href*="#"]');
    if (!(link instanceof HTMLAnchorElement) || link.pathname !== location.pathname) return;
    this.openTarget(fragmentId(link.hash), false);
  };

  /** Opens the closed chapter that holds the element with this id; `land` scrolls to it as well. */
  private openTarget(id: string | null, land: boolean): void {
    const target = id ? document.getElementById(id) : null;
    const fold = target?.closest<HTMLDetailsElement>(FOLDS);
    if (!target || !fold || fold.open) return;
    fold.open = true;
    if (land) target.scrollIntoView({ block: 'start' });
  }

  private reopenAfterReturn(folds: HTMLDetailsElement[]): void {
    const navigation = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
    if (navigation?.type !== 'back_forward' && navigation?.type !== 'reload') return;
    let open: unknown;
    try {
      open = JSON.parse(sessionStorage.getItem(REOPEN_KEY) ?? '[]');
    } catch {
      return;
    }
    if (!Array.isArray(open)) return;
    for (const i of open) if (Number.isInteger(i) && folds[i]) folds[i].open = true;
  }
}

customElements.define('site-book-folds', SiteBookFolds);
