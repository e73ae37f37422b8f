/**
 * <site-link-toast>: a heading's, figure's or equation's anchor link puts #id in the address bar (the
 * browser does that); this element also copies the full URL and says so. It is the status region that
 * shows the message.
 */
import { copyText } from './clipboard';

const ANCHOR_LINKS = 'a.anchor-link, a.figure-anchor, a.equation-anchor';
const SHOW_MS = 1800;

class SiteLinkToast extends HTMLElement {
  private hideTimer: ReturnType<typeof setTimeout> | undefined;

  connectedCallback(): void {
    document.addEventListener('click', this.onClick);
  }

  private onClick = (event: MouseEvent): void => {
    const link = (event.target as Element | null)?.closest?.(ANCHOR_LINKS);
    if (!(link instanceof HTMLAnchorElement)) return;
    void copyText(link.href).then((ok) => ok && this.show('Link to this section copied'));
  };

  private show(message: string): void {
    this.textContent = message;
    this.classList.add('visible');
    clearTimeout(this.hideTimer);
    this.hideTimer = setTimeout(() => this.classList.remove('visible'), SHOW_MS);
  }
}

customElements.define('site-link-toast', SiteLinkToast);
