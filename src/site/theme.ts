/**
 * The reader's colour theme: what may be stored and how a stored value is read. Used by the no-flash
 * script in Base.astro (passed in with define:vars) and by <site-theme-toggle>, so both agree.
 */
export const THEME_CHOICES = ['light', 'dark', 'auto'] as const;
export type ThemeChoice = (typeof THEME_CHOICES)[number];

/** localStorage key of the saved choice. */
export const THEME_STORAGE_KEY = 'theme';

/** A stored value as a choice: anything unknown (a typo, an old format, null) means "auto". */
export function parseThemeChoice(stored: string | null | undefined): ThemeChoice {
  return (THEME_CHOICES as readonly string[]).includes(stored ?? '') ? (stored as ThemeChoice) : 'auto';
}

/** Whether a choice shows the dark palette, given the OS preference. */
export function isDark(choice: ThemeChoice, systemPrefersDark: boolean): boolean {
  return choice === 'dark' || (choice === 'auto' && systemPrefersDark);
}

/**
 * The no-flash script Base.astro inlines first in <body> (after the CSP meta, which closes <head>): runs before first paint and sets data-theme (the
 * palette) and data-theme-choice (what the toggle shows) from the saved choice, else the OS setting. While
 * the choice is "auto" the page follows the OS setting as it changes, on every page (the book has no toggle).
 * Written from the constants above so the script and the toggle cannot disagree on the rules.
 */
// Sent in every page, so without its indentation (every line ends in ; { or }, so nothing else changes).
// Pure: the browser bundles that import this module's constants must not keep the string.
export const THEME_BOOT_SCRIPT = /* @__PURE__ */ `(() => {
  const root = document.documentElement;
  root.classList.replace('no-js', 'js');
  let choice = 'auto';
  try {
    const stored = localStorage.getItem(${JSON.stringify(THEME_STORAGE_KEY)});
    if (${JSON.stringify(THEME_CHOICES)}.includes(stored)) choice = stored;
  } catch {}
  const system = matchMedia('(prefers-color-scheme: dark)');
  const dark = choice === 'dark' || (choice === 'auto' && system.matches);
  root.dataset.theme = dark ? 'dark' : 'light';
  root.dataset.themeChoice = choice;
  system.addEventListener('change', () => {
    if (root.dataset.themeChoice === 'auto') root.dataset.theme = system.matches ? 'dark' : 'light';
  });
})();`.replace(/\n\s*/g, '');
