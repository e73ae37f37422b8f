/**
 * <site-fragment-keeper>: widgets grow when their scripts replace the static build-time version, which
 * pushes content down after the browser has already scrolled to a #fragment. Until the reader scrolls
 * or types, keep the fragment's target where the browser put it (below the sticky header).
 */
import { fragmentId } from './scroll-spy';

/** Widgets have settled long before this; after it the page is the reader's alone. */
const KEEP_MS = 4000;
const READER_MOVES = ['wheel', 'touchstart', 'keydown', 'mousedown'];

class SiteFragmentKeeper extends HTMLElement {
  connectedCallback(): void {
    const id = fragmentId(location.hash);
    const target = id ? document.getElementById(id) : null;
    const main = document.querySelector('main');
    // A widget that keeps its state in the fragment (the R1 pipeline's #stage-…) scrolls itself.
    if (!target || !main || target.closest('[data-widget]')) return;
    let readerMoved = false;
    const stop = () => (readerMoved = true);
    for (const type of READER_MOVES) addEventListener(type, stop, { once: true, passive: true });
    const observer = new ResizeObserver(() => {
      if (!readerMoved) target.scrollIntoView({ block: 'start' });
    });
    observer.observe(main);
    setTimeout(() => observer.disconnect(), KEEP_MS);
  }
}

customElements.define('site-fragment-keeper', SiteFragmentKeeper);
