/**
 * <site-theme-select>: light, dark or auto (follow the OS). The choice is saved in localStorage; the
 * no-flash snippet in Base.astro applies it before first paint, this element keeps it current.
 */
const STORAGE_KEY = 'theme';
const prefersDark = matchMedia('(prefers-color-scheme: dark)');

function apply(choice: string): void {
  const root = document.documentElement;
  const dark = choice === 'dark' || (choice === 'auto' && prefersDark.matches);
  root.dataset.theme = dark ? 'dark' : 'light';
  root.dataset.themeChoice = choice;
}

class SiteThemeSelect extends HTMLElement {
  connectedCallback(): void {
    const select = this.querySelector('select');
    if (!select) return;
    select.value = document.documentElement.dataset.themeChoice ?? 'auto';
    select.addEventListener('change', () => {
      try {
        localStorage.setItem(STORAGE_KEY, select.value);
      } catch {
        /* private mode: the choice lasts for this page only */
      }
      apply(select.value);
    });
    prefersDark.addEventListener('change', () => apply(document.documentElement.dataset.themeChoice ?? 'auto'));
  }
}

customElements.define('site-theme-select', SiteThemeSelect);
