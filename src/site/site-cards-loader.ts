/**
 * Loads the card element (site-cards.ts: tap cards and link previews) on the reader's first pointer,
 * focus or key press, so a first visit that only reads never downloads it. A tap on a term, a citation
 * or a previewed link that lands before the code has arrived is held (no navigation) and replayed.
 * Hover and focus cards on terms and citations are CSS and need none of this.
 */
import { CARD_LINKS, PREVIEW_LINKS, lastClickWasTap } from './card-triggers';

/** What site-cards.ts adds to its element for the replay. */
interface CardsElement extends HTMLElement {
  tap(link: HTMLAnchorElement): void;
}

let ready = false;
let loading: Promise<CardsElement | null> | null = null;
function load(): Promise<CardsElement | null> {
  loading ??= import('./site-cards').then(
    () => {
      ready = true;
      return document.querySelector<CardsElement>('site-cards');
    },
    (error: unknown) => {
      loading = null; // the next use tries again
      throw error;
    },
  );
  return loading;
}

const FIRST_USE = ['pointerdown', 'pointerover', 'focusin', 'keydown'] as const;
const onFirstUse = (): void => {
  for (const type of FIRST_USE) document.removeEventListener(type, onFirstUse, { capture: true });
  load().catch(() => {}); // a tap later tries again, or follows its link
};
if (document.querySelector('site-cards')) {
  for (const type of FIRST_USE) document.addEventListener(type, onFirstUse, { capture: true, passive: true });
  document.addEventListener(
    'click',
    (event) => {
      if (ready || !lastClickWasTap() || event.defaultPrevented) return;
      const link = (event.target as Element).closest<HTMLAnchorElement>(`${CARD_LINKS}, ${PREVIEW_LINKS}`);
      if (!link) return;
      event.preventDefault();
      // If the card code cannot arrive (offline, a failed deploy), the tap does what a link does.
      const follow = () => location.assign(link.href);
      load().then((cards) => (cards ? cards.tap(link) : follow()), follow);
    },
    { capture: true },
  );
}
