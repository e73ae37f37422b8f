/**
 * <site-toc>: around the "On this page" column, marks the entry of the section being read
 * (aria-current="true"). The decision is scroll-spy.ts's; this element only measures and marks.
 */
import { activeSection, fragmentId, scrollTopToReveal } from './scroll-spy';
import { PAGE_TOP_ID } from './toc';

/** Anything scrolled up to just below the sticky header counts as being read. */
const READING_LINE_BELOW_HEADER = 24;

class SiteToc extends HTMLElement {
  private links: HTMLAnchorElement[] = [];
  private headings: HTMLElement[] = [];
  private scheduled = false;

  connectedCallback(): void {
    this.links = [...this.querySelectorAll<HTMLAnchorElement>('[data-toc-link]')];
    this.headings = this.links
      .map((a) => a.dataset.tocLink!)
      .filter((id) => id !== PAGE_TOP_ID)
      .map((id) => document.getElementById(id))
      .filter((h): h is HTMLElement => h !== null);
    if (!this.links.length) return;
    addEventListener('scroll', this.schedule, { passive: true });
    addEventListener('resize', this.schedule);
    addEventListener('hashchange', this.schedule);
    this.update();
  }

  private schedule = (): void => {
    if (this.scheduled) return;
    this.scheduled = true;
    requestAnimationFrame(() => this.update());
  };

  private update(): void {
    this.scheduled = false;
    const root = document.documentElement;
    const headerHeight = parseFloat(getComputedStyle(root).getPropertyValue('--header-h')) * 16 || 56;
    const target = fragmentId(location.hash);
    const current = activeSection({
      headingTops: this.headings.map((h) => h.getBoundingClientRect().top),
      threshold: headerHeight + READING_LINE_BELOW_HEADER,
      scrollBottom: scrollY + innerHeight,
      pageHeight: root.scrollHeight,
      viewportHeight: innerHeight,
      targetIndex: this.headings.findIndex((h) => h.id === target),
    });
    const id = current < 0 ? PAGE_TOP_ID : this.headings[current]!.id;
    for (const link of this.links) {
      if (link.dataset.tocLink === id) {
        link.setAttribute('aria-current', 'true');
        this.keepVisible(link);
      } else link.removeAttribute('aria-current');
    }
  }

  private keepVisible(link: HTMLElement): void {
    const box = link.closest<HTMLElement>('.toc');
    if (!box || box.scrollHeight <= box.clientHeight) return;
    const scrollTop = scrollTopToReveal({
      top: link.offsetTop - box.offsetTop,
      height: link.offsetHeight,
      scrollTop: box.scrollTop,
      clientHeight: box.clientHeight,
    });
    if (scrollTop !== null) box.scrollTop = scrollTop;
  }
}

customElements.define('site-toc', SiteToc);
