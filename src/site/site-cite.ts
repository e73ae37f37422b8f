/**
 * <site-cite>: the copy buttons of "Cite this page", and a "⋯" button beside each heading's anchor link
 * that opens a menu with "Copy link" and "Copy citation" for that section. Everything here is added by
 * script: without JavaScript the citation is plain selectable text and the anchor link still works.
 *
 * The buttons appear at once (nothing moves later); the code behind them (site-cite-menu.ts: the menu,
 * the citation text, the clipboard) arrives when the reader first points at, focuses or presses one.
 */
const BUTTONS = '.section-menu-button, site-cite button[data-copy]';

let actions: Promise<typeof import('./site-cite-menu')> | undefined;
const load = () => (actions ??= import('./site-cite-menu'));

class SiteCite extends HTMLElement {
  connectedCallback(): void {
    for (const button of this.querySelectorAll<HTMLButtonElement>('button[data-copy]')) button.hidden = false;
    if ('popover' in HTMLElement.prototype) this.addSectionButtons();
    const prefetch = (event: Event): void => {
      if ((event.target as Element | null)?.closest?.(BUTTONS)) void load().catch(() => {});
    };
    document.addEventListener('pointerover', prefetch, { passive: true });
    document.addEventListener('focusin', prefetch);
    document.addEventListener('click', (event) => {
      const button = (event.target as Element | null)?.closest?.<HTMLButtonElement>(BUTTONS);
      if (button) void load().then((menu) => menu.press(this, button));
    });
  }

  private addSectionButtons(): void {
    for (const wrapper of document.querySelectorAll<HTMLElement>('.heading-wrapper')) {
      const heading = wrapper.querySelector<HTMLElement>('h2[id], h3[id], h4[id]');
      if (!heading || wrapper.closest('site-cite')) continue;
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'section-menu-button';
      button.textContent = '⋯';
      button.dataset.section = heading.id;
      button.setAttribute('aria-label', `Share section: ${heading.textContent?.trim() ?? ''}`);
      button.setAttribute('aria-haspopup', 'menu');
      button.setAttribute('aria-expanded', 'false');
      wrapper.append(button);
    }
  }
}

customElements.define('site-cite', SiteCite);
