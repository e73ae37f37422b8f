/** Measurements of the page chrome shared by the scroll-spy, the cards, the sidebar and its menu. */

/**
 * Where the sidebar is a menu opened from the header rather than a column (the layout's 50rem breakpoint:
 * global.css and Sidebar.astro).
 */
export const SIDEBAR_IS_MENU = '(max-width: 50rem)';

/** Bottom of the sticky chrome at the top of the screen: the header, and the phone bar when it shows. */
export function stickyChromeBottom(): number {
  let bottom = 0;
  for (const el of document.querySelectorAll<HTMLElement>('.site-header, .toc-bar')) {
    const box = el.getBoundingClientRect();
    if (box.height > 0) bottom = Math.max(bottom, box.bottom);
  }
  return bottom;
}
