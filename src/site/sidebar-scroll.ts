/** Runs once on every page with the sidebar (imported by the layout's chrome script, src/layouts/Doc.astro). */
// Bring the current page's link into view inside the sidebar only: Element.scrollIntoView would also
// scroll the page itself, and a reader arriving at a #fragment must stay there.
const inner = document.querySelector<HTMLElement>('#site-nav .sidebar-inner');
const link = inner?.querySelector<HTMLElement>('a[aria-current="page"]');
if (inner && link && inner.scrollHeight > inner.clientHeight) {
  const top = link.getBoundingClientRect().top - inner.getBoundingClientRect().top + inner.scrollTop;
  if (top + link.offsetHeight > inner.scrollTop + inner.clientHeight || top < inner.scrollTop) {
    inner.scrollTop = Math.max(0, top - inner.clientHeight / 3);
  }
}
export {};
