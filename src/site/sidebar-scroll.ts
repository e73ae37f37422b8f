/** Runs once on every page with the sidebar (imported by the layout's chrome script, src/layouts/Doc.astro). */
// Bring the current page's link into view inside the sidebar only: Element.scrollIntoView would also
// scroll the page itself, and a reader arriving at a #fragment must stay there.
// Measured at the first frame, when the browser lays the page out anyway: measuring while this module runs
// (as the page finishes loading) forced a layout of everything parsed since the last frame, inside the
// script's own task. On a phone the sidebar is a closed menu (SIDEBAR_IS_MENU) with nothing to
// scroll, so it is not measured at all.
import { SIDEBAR_IS_MENU } from './chrome';

const inner = document.querySelector<HTMLElement>('#site-nav .sidebar-inner');
const link = inner?.querySelector<HTMLElement>('a[aria-current="page"]');
if (inner && link && !matchMedia(SIDEBAR_IS_MENU).matches) {
  requestAnimationFrame(() => {
    if (inner.scrollHeight <= inner.clientHeight) return;
    const top = link.getBoundingClientRect().top - inner.getBoundingClientRect().top + inner.scrollTop;
    if (top + link.offsetHeight > inner.scrollTop + inner.clientHeight || top < inner.scrollTop) {
      inner.scrollTop = Math.max(0, top - inner.clientHeight / 3);
    }
  });
}
export {};
