/**
 * <site-cite>: the copy buttons of "Cite this page", and a menu beside each heading's anchor link with
 * "Copy link" and "Copy citation" for that section. Everything here is added by script: without
 * JavaScript the citation is plain selectable text and the anchor link still works.
 * The menu is one shared popover (top layer, light dismiss and Escape come with the Popover API).
 */
import { copyText } from './clipboard';
import { plainCitation } from './citation';

const STATUS_MS = 1800;

class SiteCite extends HTMLElement {
  private menu: HTMLElement | undefined;
  private menuFor: { button: HTMLButtonElement; id: string; text: string } | undefined;
  private statusTimer: ReturnType<typeof setTimeout> | undefined;

  connectedCallback(): void {
    for (const button of this.querySelectorAll<HTMLButtonElement>('button[data-copy]')) {
      button.hidden = false;
      button.addEventListener('click', async () => {
        const source = document.getElementById(button.dataset.copy ?? '');
        const ok = await copyText(source?.textContent?.trim() ?? '');
        this.say(ok ? (button.dataset.done ?? "Copied") : 'Copy failed: select the text instead');
      });
    }
    if ('popover' in HTMLElement.prototype) this.addSectionMenus();
  }

  private addSectionMenus(): void {
    const menu = document.createElement('div');
    menu.className = 'section-menu';
    menu.popover = 'auto';
    menu.setAttribute('role', 'menu');
    menu.id = 'section-menu';
    menu.append(this.menuItem('Copy link', 'link'), this.menuItem('Copy citation', 'citation'));
    menu.addEventListener('toggle', (event) => {
      const open = (event as ToggleEvent).newState === 'open';
      this.menuFor?.button.setAttribute('aria-expanded', String(open));
      if (open) menu.querySelector('button')?.focus();
    });
    menu.addEventListener('keydown', (event) => {
      if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
      event.preventDefault();
      const items = [...menu.querySelectorAll('button')];
      const at = items.indexOf(document.activeElement as HTMLButtonElement);
      items[(at + (event.key === 'ArrowDown' ? 1 : items.length - 1)) % items.length]?.focus();
    });
    document.body.append(menu);
    this.menu = menu;

    for (const wrapper of document.querySelectorAll<HTMLElement>('.heading-wrapper')) {
      const heading = wrapper.querySelector<HTMLElement>('h2[id], h3[id], h4[id]');
      if (!heading || wrapper.closest('site-cite')) continue;
      const text = heading.textContent?.trim() ?? '';
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'section-menu-button';
      button.textContent = '⋯';
      button.setAttribute('aria-label', `Share section: ${text}`);
      button.setAttribute('aria-haspopup', 'menu');
      button.setAttribute('aria-expanded', 'false');
      button.setAttribute('aria-controls', menu.id);
      button.addEventListener('click', () => this.openMenu({ button, id: heading.id, text }));
      wrapper.append(button);
    }
  }

  private menuItem(label: string, action: 'link' | 'citation'): HTMLButtonElement {
    const item = document.createElement('button');
    item.type = 'button';
    item.setAttribute('role', 'menuitem');
    item.textContent = label;
    item.addEventListener('click', () => void this.copySection(action));
    return item;
  }

  private openMenu(target: { button: HTMLButtonElement; id: string; text: string }): void {
    const menu = this.menu!;
    if (menu.matches(':popover-open') && this.menuFor?.button === target.button) {
      menu.hidePopover();
      return;
    }
    this.menuFor = target;
    const box = target.button.getBoundingClientRect();
    menu.style.top = `${Math.round(box.bottom + 4)}px`;
    menu.style.left = `${Math.round(Math.min(box.left, window.innerWidth - 200))}px`;
    menu.showPopover();
  }

  private async copySection(action: 'link' | 'citation'): Promise<void> {
    const target = this.menuFor;
    if (!target) return;
    const url = new URL(`#${target.id}`, this.dataset.url).href;
    const text =
      action === 'link'
        ? url
        : plainCitation({ title: this.dataset.title ?? document.title, url, updated: new Date(this.dataset.updated ?? Date.now()), section: target.text });
    const ok = await copyText(text);
    this.menu?.hidePopover();
    target.button.focus();
    this.say(ok ? `${action === 'link' ? 'Link to this section' : 'Citation of this section'} copied` : 'Copy failed');
  }

  /** Shows a short message in the status region (announced to screen readers). */
  private say(message: string): void {
    const status = this.querySelector<HTMLElement>('[role="status"]');
    if (!status) return;
    status.textContent = message;
    status.classList.add('cite-toast-visible');
    clearTimeout(this.statusTimer);
    this.statusTimer = setTimeout(() => {
      status.classList.remove('cite-toast-visible');
      status.textContent = '';
    }, STATUS_MS);
  }
}

customElements.define('site-cite', SiteCite);
