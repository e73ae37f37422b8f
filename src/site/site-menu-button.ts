/**
 * <site-menu-button>: around the header's menu toggle. At phone width the toggle opens the sidebar
 * (the element its aria-controls names) over the page; the rest of the page is inert so focus stays
 * inside; Escape or the toggle closes it and returns focus to the toggle.
 */
import { SIDEBAR_IS_MENU } from './chrome';

class SiteMenuButton extends HTMLElement {
  private toggle: HTMLButtonElement | null = null;
  private menu: HTMLElement | null = null;

  connectedCallback(): void {
    this.toggle = this.querySelector('button');
    this.menu = document.getElementById(this.toggle?.getAttribute('aria-controls') ?? '');
    if (!this.toggle || !this.menu) return;
    this.toggle.addEventListener('click', () => this.setOpen(!this.isOpen()));
    document.addEventListener('keydown', this.onKeydown);
    // Leaving phone width with the menu open would leave the page inert.
    matchMedia(SIDEBAR_IS_MENU).addEventListener('change', (event) => !event.matches && this.setOpen(false));
  }

  private isOpen(): boolean {
    return document.documentElement.classList.contains('menu-open');
  }

  /** Everything but the menu and its toggle: made inert while the menu is open. */
  private outside(): HTMLElement[] {
    return [
      ...document.querySelectorAll<HTMLElement>(
        'body > *:not(.page):not(.site-header), .page > *:not(.sidebar), .site-header > *:not(site-menu-button)',
      ),
    ];
  }

  private setOpen(open: boolean): void {
    document.documentElement.classList.toggle('menu-open', open);
    this.toggle!.setAttribute('aria-expanded', String(open));
    for (const el of this.outside()) el.inert = open;
    // Focus (and so scroll into view) the current page's link; a selector list would pick whichever link
    // comes first in the menu ("Overview"), leaving the reader's own page below the fold on a short screen.
    if (open) (this.menu!.querySelector<HTMLElement>('a[aria-current="page"]') ?? this.menu!.querySelector<HTMLElement>('a'))?.focus();
  }

  private onKeydown = (event: KeyboardEvent): void => {
    if (!this.isOpen()) return;
    const toggle = this.toggle!;
    if (event.key === 'Escape') {
      this.setOpen(false);
      toggle.focus();
    } else if (event.key === 'Tab') {
      // Inert keeps focus off the page, but Tab would still leave for the browser's own UI: wrap around.
      // Stops are the links and group toggles a reader can reach (links in a closed group are hidden).
      const reachable = [...this.menu!.querySelectorAll<HTMLElement>('a[href], summary')].filter((el) => el.checkVisibility());
      const stops = [toggle, ...reachable];
      const first = stops[0]!;
      const last = stops[stops.length - 1]!;
      if (!event.shiftKey && document.activeElement === last) {
        event.preventDefault();
        first.focus();
      } else if (event.shiftKey && document.activeElement === first) {
        event.preventDefault();
        last.focus();
      }
    }
  };
}

customElements.define('site-menu-button', SiteMenuButton);
