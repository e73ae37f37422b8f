/**
 * What opens a card, shared by the small eager loader (site-cards-loader.ts) and the card element it
 * loads (site-cards.ts): the links that have a card or a preview, and whether the last pointer was a touch.
 */

/** A glossary term's or a citation's link: a tap opens its card in place. */
export const CARD_LINKS = '.has-card > a';
/** Links in the text that may have a preview: not terms, citations, heading anchors or widget controls. */
export const PREVIEW_LINKS = 'main article a[href]:not(.has-card a, .anchor-link, .figure-anchor, [data-widget] a, .ref-list a)';

/** The last pointer that went down ('' after a key press): a click right after a touch is a tap. */
let lastPointer = '';
document.addEventListener('pointerdown', (e) => (lastPointer = e.pointerType), { capture: true, passive: true });
document.addEventListener('keydown', () => (lastPointer = ''), { capture: true, passive: true });

export function lastClickWasTap(): boolean {
  return lastPointer === 'touch' || lastPointer === 'pen';
}
