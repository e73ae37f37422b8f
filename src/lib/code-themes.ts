/** Shiki themes for code blocks; `defaultColor: false` makes the site's CSS pick one per site theme. */
export const shikiThemes = { light: 'github-light-default', dark: 'github-dark-default' } as const;
