/**
 * <site-hover-cards>: citation and glossary cards are plain HTML that CSS shows on hover and focus
 * (src/reference/Cite.astro, Term.astro). This element gives a repeated citation or term a copy of
 * its first use's card (only the first carries one in the HTML), keeps an open card on screen, and
 * lets Escape hide it without moving focus (WCAG 1.4.13).
 */
import { stickyChromeBottom } from './chrome';

/** At this width and below, CSS shows cards as a bottom sheet: nothing to place. */
const SHEET_CARDS = '(max-width: 40rem)';
const EDGE_MARGIN = 8;

function hostOf(event: Event): Element | null | undefined {
  return (event.target as Element | null)?.closest?.('.has-card');
}

/**
 * The card a citation or term shows: its own, or (for a repeated use) a copy of the card its link is
 * described by. The copy has no id and is hidden from assistive technology, which already reads the
 * original through aria-describedby.
 */
function cardFor(host: Element): HTMLElement | null {
  const own = host.querySelector<HTMLElement>(':scope > .hover-card');
  if (own) return own;
  const id = host.querySelector(':scope > a[aria-describedby]')?.getAttribute('aria-describedby');
  const original = id ? document.getElementById(id) : null;
  if (!original?.classList.contains('hover-card')) return null;
  const copy = original.cloneNode(true) as HTMLElement;
  copy.removeAttribute('id');
  copy.setAttribute('aria-hidden', 'true');
  host.append(copy);
  return copy;
}

/** Shift a card left or right if it would overflow the viewport; show it below its term if the sticky header would cover it. */
function place(event: Event): void {
  const host = hostOf(event);
  const card = host ? cardFor(host) : null;
  if (!host || !card || matchMedia(SHEET_CARDS).matches) return;
  card.style.transform = '';
  host.classList.remove('card-below');
  const rect = card.getBoundingClientRect();
  if (rect.width === 0) return; // not shown (dismissed)
  let shift = 0;
  if (rect.right > innerWidth - EDGE_MARGIN) shift = innerWidth - EDGE_MARGIN - rect.right;
  if (rect.left + shift < EDGE_MARGIN) shift = EDGE_MARGIN - rect.left;
  if (shift) card.style.transform = `translateX(${Math.round(shift)}px)`;
  // The header and, below 72rem, the "On this page" bar under it: a card above the word must clear both.
  if (rect.top < stickyChromeBottom() + EDGE_MARGIN) host.classList.add('card-below');
}

function dismissOnEscape(event: KeyboardEvent): void {
  if (event.key !== 'Escape') return;
  for (const el of document.querySelectorAll('.has-card:hover, .has-card:focus-within')) el.classList.add('card-dismissed');
}

/** Leaving a dismissed card's term lets it open again next time. */
function undismiss(event: Event): void {
  hostOf(event)?.classList.remove('card-dismissed');
}

class SiteHoverCards extends HTMLElement {
  connectedCallback(): void {
    document.addEventListener('mouseover', place);
    document.addEventListener('focusin', place);
    document.addEventListener('keydown', dismissOnEscape);
    document.addEventListener('focusout', undismiss);
    document.addEventListener('mouseout', undismiss);
  }
}

customElements.define('site-hover-cards', SiteHoverCards);
