/**
 * <site-theme-toggle>: light, dark or auto (follow the OS). The choice is saved in localStorage; the
 * no-flash snippet in Base.astro applies it before first paint, this element keeps it current. A stored
 * value it does not know reads as auto, so the control is never left without a choice. Following the OS
 * while the choice is auto is the no-flash snippet's job (src/site/theme.ts), on every page.
 */
import { THEME_STORAGE_KEY, isDark, parseThemeChoice, type ThemeChoice } from './theme';

const prefersDark = matchMedia('(prefers-color-scheme: dark)');

function apply(choice: ThemeChoice): void {
  const root = document.documentElement;
  root.dataset.theme = isDark(choice, prefersDark.matches) ? 'dark' : 'light';
  root.dataset.themeChoice = choice;
}

class SiteThemeToggle extends HTMLElement {
  connectedCallback(): void {
    const current = parseThemeChoice(document.documentElement.dataset.themeChoice);
    const radios = [...this.querySelectorAll<HTMLInputElement>('input[data-theme-choice]')];
    for (const radio of radios) {
      radio.checked = radio.value === current;
      radio.addEventListener('change', () => {
        if (!radio.checked) return;
        const choice = parseThemeChoice(radio.value);
        try {
          localStorage.setItem(THEME_STORAGE_KEY, choice);
        } catch {
          /* private mode: the choice lasts for this page only */
        }
        apply(choice);
      });
    }
  }
}

customElements.define('site-theme-toggle', SiteThemeToggle);
