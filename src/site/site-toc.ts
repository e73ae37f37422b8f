/**
 * <site-toc>: around each "On this page" list (the desktop column and the phone bar). One shared
 * scroll-spy decides which section is being read (scroll-spy.ts decides; this file only measures and
 * marks): each list marks that entry aria-current="true", the column scrolls itself (never the page)
 * so the entry stays in view, and the phone bar shows the section's name. The bar's list closes when an
 * entry is chosen, on Escape and on a tap outside it.
 */
import { activeSection, fragmentId, scrollTopToReveal } from './scroll-spy';
import { PAGE_TOP_ID } from './toc';
import { stickyChromeBottom } from './chrome';

/** Anything scrolled up to just below the sticky header (and phone bar) counts as being read. */
const READING_LINE_BELOW_CHROME = 24;

const lists = new Set<SiteToc>();
let headings: HTMLElement[] = [];
let scheduled = false;

function schedule(): void {
  if (scheduled) return;
  scheduled = true;
  requestAnimationFrame(update);
}

function update(): void {
  scheduled = false;
  const root = document.documentElement;
  const target = fragmentId(location.hash);
  const current = activeSection({
    headingTops: headings.map((h) => h.getBoundingClientRect().top),
    threshold: stickyChromeBottom() + READING_LINE_BELOW_CHROME,
    scrollBottom: scrollY + innerHeight,
    pageHeight: root.scrollHeight,
    viewportHeight: innerHeight,
    targetIndex: headings.findIndex((h) => h.id === target),
  });
  const id = current < 0 ? PAGE_TOP_ID : headings[current]!.id;
  for (const list of lists) list.mark(id);
}

function start(ids: string[]): void {
  headings = ids
    .filter((id) => id !== PAGE_TOP_ID)
    .map((id) => document.getElementById(id))
    .filter((h): h is HTMLElement => h !== null);
  addEventListener('scroll', schedule, { passive: true });
  addEventListener('resize', schedule);
  addEventListener('hashchange', schedule);
}

class SiteToc extends HTMLElement {
  private links: HTMLAnchorElement[] = [];
  private details: HTMLDetailsElement | null = null;

  connectedCallback(): void {
    this.links = [...this.querySelectorAll<HTMLAnchorElement>('[data-toc-link]')];
    if (!this.links.length) return;
    if (!lists.size) start(this.links.map((a) => a.dataset.tocLink!));
    lists.add(this);
    this.details = this.querySelector('details');
    if (this.details) this.closesLikeAMenu(this.details);
    schedule();
  }

  disconnectedCallback(): void {
    lists.delete(this);
  }

  mark(id: string): void {
    for (const link of this.links) {
      if (link.dataset.tocLink !== id) {
        link.removeAttribute('aria-current');
        continue;
      }
      link.setAttribute('aria-current', 'true');
      const label = this.querySelector('[data-toc-current]');
      if (label) label.textContent = link.textContent;
      if (!this.details) this.keepVisible(link);
    }
  }

  /** Scroll the list's own box (not the page) so the marked entry is visible. */
  private keepVisible(link: HTMLElement): void {
    const box = this.querySelector<HTMLElement>('.toc');
    if (!box || box.scrollHeight <= box.clientHeight) return;
    const scrollTop = scrollTopToReveal({
      top: link.getBoundingClientRect().top - box.getBoundingClientRect().top + box.scrollTop,
      height: link.offsetHeight,
      scrollTop: box.scrollTop,
      clientHeight: box.clientHeight,
    });
    if (scrollTop !== null) box.scrollTop = scrollTop;
  }

  private closesLikeAMenu(details: HTMLDetailsElement): void {
    const summary = details.querySelector('summary');
    details.addEventListener('click', (event) => {
      if ((event.target as Element).closest('a')) details.open = false;
    });
    details.addEventListener('keydown', (event) => {
      if (event.key !== 'Escape' || !details.open) return;
      details.open = false;
      summary?.focus();
    });
    document.addEventListener('click', (event) => {
      if (details.open && !details.contains(event.target as Node)) details.open = false;
    });
  }
}

customElements.define('site-toc', SiteToc);
