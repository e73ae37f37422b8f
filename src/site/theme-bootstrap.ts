/**
 * The no-flash theme snippet Base.astro inlines into every page's <head>: it runs before first paint
 * and picks the theme (the saved choice, else the OS setting) that <site-theme-select> keeps current.
 * It is a string so Base.astro can give the page's Content-Security-Policy its exact hash
 * (an inline script without one is blocked; a file would cost a render-blocking request).
 */
export const THEME_BOOTSTRAP_SCRIPT = `(() => {
  const root = document.documentElement;
  root.classList.replace('no-js', 'js');
  let choice = 'auto';
  try {
    choice = localStorage.getItem('theme') || 'auto';
  } catch {}
  const dark = choice === 'dark' || (choice !== 'light' && matchMedia('(prefers-color-scheme: dark)').matches);
  root.dataset.theme = dark ? 'dark' : 'light';
  root.dataset.themeChoice = choice;
})();`;
