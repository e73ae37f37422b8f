/**
 * <site-cards>: one card in the top layer (the Popover API), used for two jobs.
 * - Touch: tapping a glossary term or a citation opens its card in place instead of leaving the page;
 *   the card links on to the glossary or reference entry. A tap outside or Escape closes it (the
 *   popover's light dismiss) and focus returns to the word.
 * - Link previews: pointing at, focusing or tapping a link to another section of the site shows that
 *   section's heading and first sentences, from a file built at build time and fetched on first use.
 * Mouse hover and keyboard focus on terms and citations stay with the CSS cards (site-hover-cards.ts).
 * Loaded on first use by site-cards-loader.ts, which replays a tap that came before it.
 */
import { placeCard } from './card-placement';
import { stickyChromeBottom } from './chrome';
import { PREVIEWS_URL, previewFor, type Previews } from './link-preview-lookup';
import { CARD_LINKS, PREVIEW_LINKS, lastClickWasTap } from './card-triggers';
/** Wait this long on a hovered link before showing its preview, so passing over links shows nothing. */
const HOVER_INTENT_MS = 350;

let previews: Promise<Previews> | null = null;
function loadPreviews(): Promise<Previews> {
  previews ??= fetch(PREVIEWS_URL)
    .then((r) => (r.ok ? (r.json() as Promise<Previews>) : {}))
    .catch(() => ({}));
  return previews;
}

class SiteCards extends HTMLElement {
  private card = document.createElement('div');
  private trigger: HTMLAnchorElement | null = null;
  private hoverTimer = 0;

  connectedCallback(): void {
    const card = this.card;
    card.className = 'card-popover';
    card.id = 'card-popover';
    card.tabIndex = -1;
    card.setAttribute('popover', 'auto');
    document.body.append(card);
    // beforetoggle runs synchronously as the card closes (light dismiss, Escape or hidePopover), while
    // focus is still inside it; the later toggle event could land after the next card has opened.
    card.addEventListener('beforetoggle', (event) => {
      if ((event as ToggleEvent).newState === 'closed') this.closed();
    });
    document.addEventListener('keydown', this.onKeydown, { capture: true });
    document.addEventListener('click', this.onClick);
    document.addEventListener('pointerover', this.onPointerOver);
    document.addEventListener('pointerout', this.onPointerOut);
    document.addEventListener('focusin', this.onFocusIn);
    document.addEventListener('focusout', this.onFocusOut);
    addEventListener('scroll', this.reposition, { passive: true });
    addEventListener('resize', this.reposition);
    // Loaded by the reader's first pointer or focus, which may already rest on a link.
    // (After a tap the tapped link is both focused and :hover; the loader replays the tap instead.)
    if (lastClickWasTap()) return;
    const focused = document.activeElement;
    if (focused instanceof HTMLAnchorElement && focused.matches(PREVIEW_LINKS)) void this.peek(focused);
    const hovered = [...document.querySelectorAll<HTMLAnchorElement>(`${PREVIEW_LINKS}:hover`)].at(-1);
    if (hovered) this.hoverTimer = window.setTimeout(() => this.peek(hovered), HOVER_INTENT_MS);
  }

  /** A tap on a term, citation or previewed link, held by the loader until this element was ready. */
  tap(link: HTMLAnchorElement): void {
    if (link.matches(CARD_LINKS)) this.openCard(link);
    else this.tapPreview(link);
  }

  private isTap(): boolean {
    return lastClickWasTap();
  }

  private onKeydown = (event: KeyboardEvent): void => {
    // A preview opened by hover or focus is a tooltip: Escape hides it without moving focus.
    if (event.key === 'Escape' && this.card.dataset.mode === 'peek') this.hide();
  };

  private onClick = (event: MouseEvent): void => {
    if (!this.isTap() || event.defaultPrevented) return;
    const target = event.target as Element;
    const cardLink = target.closest<HTMLAnchorElement>(CARD_LINKS);
    if (cardLink) {
      event.preventDefault();
      this.openCard(cardLink);
      return;
    }
    const link = target.closest<HTMLAnchorElement>(PREVIEW_LINKS);
    if (!link || this.card.contains(link)) return;
    event.preventDefault();
    this.tapPreview(link);
  };

  private tapPreview(link: HTMLAnchorElement): void {
    void loadPreviews().then((all) => {
      const preview = previewFor(all, link.getAttribute('href')!, location.href);
      if (preview) this.show(link, 'tap', preview[0], preview[1], { href: link.getAttribute('href')!, label: 'Go to this section' });
      else location.assign(link.href);
    });
  }

  private onPointerOver = (event: PointerEvent): void => {
    if (event.pointerType !== 'mouse') return;
    const link = (event.target as Element).closest<HTMLAnchorElement>(PREVIEW_LINKS);
    if (!link || link === this.trigger) return;
    clearTimeout(this.hoverTimer);
    void loadPreviews();
    this.hoverTimer = window.setTimeout(() => this.peek(link), HOVER_INTENT_MS);
  };

  private onPointerOut = (event: PointerEvent): void => {
    if (event.pointerType !== 'mouse') return;
    const to = event.relatedTarget as Node | null;
    const from = (event.target as Element).closest(PREVIEW_LINKS);
    if (!from || (to && (from.contains(to) || this.card.contains(to)))) return;
    clearTimeout(this.hoverTimer);
    if (this.card.dataset.mode === 'peek' && document.activeElement !== this.trigger) this.hide();
  };

  private onFocusIn = (event: FocusEvent): void => {
    const link = (event.target as Element).closest?.<HTMLAnchorElement>(PREVIEW_LINKS);
    if (link && !this.isTap()) this.peek(link);
  };

  private onFocusOut = (event: FocusEvent): void => {
    if (this.card.dataset.mode === 'peek' && event.target === this.trigger) this.hide();
  };

  private async peek(link: HTMLAnchorElement): Promise<void> {
    const preview = previewFor(await loadPreviews(), link.getAttribute('href')!, location.href);
    // Still pointed at or focused once the data is here?
    if (preview && (link.matches(':hover') || document.activeElement === link)) this.show(link, 'peek', preview[0], preview[1]);
  }

  private openCard(link: HTMLAnchorElement): void {
    const host = link.parentElement!;
    // A repeated citation or term has no card of its own: its link is described by the first use's.
    const describedBy = link.getAttribute('aria-describedby');
    const source = host.querySelector(':scope > .hover-card') ?? (describedBy ? document.getElementById(describedBy) : null);
    if (!source) return;
    const isTerm = host.classList.contains('term');
    const go = { href: link.getAttribute('href')!, label: isTerm ? 'Open in the glossary' : 'Go to the reference list' };
    // The CSS card (sticky :hover after a tap) is hidden before the popover is measured: shown, it can
    // reach past the screen's right edge, and a phone then zooms the page out for that moment, so the
    // popover was placed for a taller screen than the reader has and ended below its bottom edge.
    host.classList.add('card-dismissed');
    this.show(link, 'tap', link.textContent ?? '', '', go, source);
    // Again once focus has moved into the popover: leaving the word (focusout) lifts the dismissal.
    host.classList.add('card-dismissed');
  }

  private show(
    trigger: HTMLAnchorElement,
    mode: 'tap' | 'peek',
    heading: string,
    text: string,
    go?: { href: string; label: string },
    copyFrom?: Element,
  ): void {
    const card = this.card;
    if (card.matches(':popover-open')) this.hide();
    this.trigger = trigger;
    card.dataset.mode = mode;
    // A tap opens a small dialog the reader moves into; hover and focus show a tooltip beside the link.
    card.setAttribute('popover', mode === 'tap' ? 'auto' : 'manual');
    card.setAttribute('role', mode === 'tap' ? 'dialog' : 'tooltip');
    if (mode === 'tap') card.setAttribute('aria-label', heading);
    else card.removeAttribute('aria-label');
    const body = document.createElement('div');
    if (copyFrom) body.append(...[...copyFrom.childNodes].map((n) => n.cloneNode(true)));
    else {
      const title = document.createElement('strong');
      title.className = 'card-popover-title';
      title.textContent = heading;
      body.append(title, document.createElement('br'), text);
    }
    card.replaceChildren(body);
    if (go) {
      const link = document.createElement('a');
      link.className = 'card-popover-go';
      link.setAttribute('href', go.href);
      link.textContent = `${go.label} →`;
      card.append(link);
    }
    card.showPopover();
    this.reposition();
    if (mode === 'tap') card.focus({ preventScroll: true });
    else trigger.setAttribute('aria-describedby', card.id);
  }

  private hide(): void {
    if (this.card.matches(':popover-open')) this.card.hidePopover();
  }

  /** After the card closes: tidy up, and give focus back to the word if it was in the card. */
  private closed(): void {
    const trigger = this.trigger;
    this.trigger = null;
    if (!trigger) return;
    if (trigger.getAttribute('aria-describedby') === this.card.id) trigger.removeAttribute('aria-describedby');
    const active = document.activeElement;
    if (this.card.dataset.mode === 'tap' && (!active || active === document.body || this.card.contains(active))) {
      // Back on the word, its CSS card must not pop up again until the reader leaves it.
      trigger.closest('.has-card')?.classList.add('card-dismissed');
      trigger.focus({ preventScroll: true });
    }
    delete this.card.dataset.mode;
  }

  private reposition = (): void => {
    const card = this.card;
    if (!this.trigger || !card.matches(':popover-open')) return;
    const word = this.trigger.getClientRects()[0] ?? this.trigger.getBoundingClientRect();
    const { left, top } = placeCard({
      anchor: word,
      card: { width: card.offsetWidth, height: card.offsetHeight },
      viewport: { width: document.documentElement.clientWidth, height: innerHeight },
      topInset: stickyChromeBottom(),
    });
    card.style.left = `${left}px`;
    card.style.top = `${top}px`;
  };
}

customElements.define('site-cards', SiteCards);
