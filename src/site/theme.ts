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
