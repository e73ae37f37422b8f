/**
 * <site-fragment-keeper>: widgets grow when their scripts replace the static build-time version, which
 * pushes content down after the browser has already scrolled to a #fragment. Until the reader scrolls
 * or types, keep the fragment's target where the browser put it (below the sticky header).
 * A #fragment damaged on its way here (a ")." from the sentence it was pasted in, capitals, cut short)
 * names no element, and the browser stays at the top: it is read as the section it meant
 * (src/site/damaged-links.ts) and the address corrected, so the reader lands there after all.
 */
import { repairFragment } from './damaged-links';
import { fragmentId } from './scroll-spy';

/** Widgets have settled long before this; after it the page is the reader's alone. */
const KEEP_MS = 4000;
const READER_MOVES = ['wheel', 'touchstart', 'keydown', 'mousedown'];

class SiteFragmentKeeper extends HTMLElement {
  connectedCallback(): void {
    let id = fragmentId(location.hash);
    if (id && !document.getElementById(id)) {
      // A fragment cut short is completed only to a section, never into a widget's own ids (its state).
      const anchored = [...document.querySelectorAll('main [id]')].filter((element) => !element.closest('[data-widget]')).map((element) => element.id);
      const meant = repairFragment(id, (candidate) => document.getElementById(candidate) !== null, anchored);
      if (meant) {
        // Replaces the address (no new history entry), scrolls to the section and sets :target.
        location.replace(`#${encodeURIComponent(meant)}`);
        id = meant;
      }
    }
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
