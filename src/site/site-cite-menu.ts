/**
 * What the buttons of <site-cite> do (site-cite.ts adds them): copy "Cite this page" in a format, or open
 * the section menu ("Copy link", "Copy citation"). Loaded on first use. The menu is one shared popover:
 * top layer, light dismiss and Escape come with the Popover API.
 */
import { copyText } from './clipboard';
import { plainCitation } from './citation';
import { placeCard } from './card-placement';
import { stickyChromeBottom } from './chrome';

const STATUS_MS = 1800;
const MENU_ID = 'section-menu';

interface Section {
  button: HTMLButtonElement;
  id: string;
  text: string;
}

let menu: HTMLElement | undefined;
let menuFor: Section | undefined;
let statusTimer: ReturnType<typeof setTimeout> | undefined;

/** A press on one of the buttons: a copy button copies, a section button opens (or closes) the menu. */
export function press(host: HTMLElement, button: HTMLButtonElement): void {
  if (button.dataset.copy !== undefined) void copyFormat(host, button);
  else if (button.dataset.section) {
    const id = button.dataset.section;
    toggleMenu(host, { button, id, text: document.getElementById(id)?.textContent?.trim() ?? '' });
  }
}

async function copyFormat(host: HTMLElement, button: HTMLButtonElement): Promise<void> {
  const source = document.getElementById(button.dataset.copy ?? '');
  const ok = await copyText(source?.textContent?.trim() ?? '');
  say(host, ok ? (button.dataset.done ?? 'Copied') : 'Copy failed: select the text instead');
}

function menuOf(host: HTMLElement): HTMLElement {
  if (menu) return menu;
  const created = document.createElement('div');
  created.className = 'section-menu';
  created.popover = 'auto';
  created.setAttribute('role', 'menu');
  created.id = MENU_ID;
  created.append(menuItem(host, 'Copy link', 'link'), menuItem(host, 'Copy citation', 'citation'));
  created.addEventListener('toggle', (event) => {
    const open = (event as ToggleEvent).newState === 'open';
    menuFor?.button.setAttribute('aria-expanded', String(open));
    if (open) created.querySelector('button')?.focus();
  });
  created.addEventListener('keydown', (event) => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    event.preventDefault();
    const items = [...created.querySelectorAll('button')];
    const at = items.indexOf(document.activeElement as HTMLButtonElement);
    items[(at + (event.key === 'ArrowDown' ? 1 : items.length - 1)) % items.length]?.focus();
  });
  document.body.append(created);
  // Now that the menu exists, every section button can name it.
  for (const button of document.querySelectorAll('.section-menu-button')) button.setAttribute('aria-controls', MENU_ID);
  return (menu = created);
}

function menuItem(host: HTMLElement, label: string, action: 'link' | 'citation'): HTMLButtonElement {
  const item = document.createElement('button');
  item.type = 'button';
  item.setAttribute('role', 'menuitem');
  item.textContent = label;
  item.addEventListener('click', () => void copySection(host, action));
  return item;
}

function toggleMenu(host: HTMLElement, target: Section): void {
  const popover = menuOf(host);
  if (popover.matches(':popover-open') && menuFor?.button === target.button) {
    popover.hidePopover();
    return;
  }
  menuFor = target;
  popover.showPopover();
  // Below the button, or above it when the screen ends first (a heading near the bottom of a short
  // screen), never under the sticky header: placed as the cards are, once the menu has its size.
  const { left, top } = placeCard({
    anchor: target.button.getBoundingClientRect(),
    card: { width: popover.offsetWidth, height: popover.offsetHeight },
    viewport: { width: document.documentElement.clientWidth, height: innerHeight },
    topInset: stickyChromeBottom(),
    margin: 4,
  });
  popover.style.left = `${left}px`;
  popover.style.top = `${top}px`;
}

async function copySection(host: HTMLElement, action: 'link' | 'citation'): Promise<void> {
  const target = menuFor;
  if (!target) return;
  const url = new URL(`#${target.id}`, host.dataset.url).href;
  const text =
    action === 'link'
      ? url
      : plainCitation({ title: host.dataset.title ?? document.title, url, updated: new Date(host.dataset.updated ?? Date.now()), section: target.text });
  const ok = await copyText(text);
  menu?.hidePopover();
  target.button.focus();
  say(host, ok ? `${action === 'link' ? 'Link to this section' : 'Citation of this section'} copied` : 'Copy failed');
}

/** Shows a short message in the status region (announced to screen readers). */
function say(host: HTMLElement, message: string): void {
  const status = host.querySelector<HTMLElement>('[role="status"]');
  if (!status) return;
  status.textContent = message;
  status.classList.add('cite-toast-visible');
  clearTimeout(statusTimer);
  statusTimer = setTimeout(() => {
    status.classList.remove('cite-toast-visible');
    status.textContent = '';
  }, STATUS_MS);
}
