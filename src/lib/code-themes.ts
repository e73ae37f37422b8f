/** Shiki themes for code blocks; `defaultColor: false` makes the site's CSS pick one per site theme. */
export const shikiThemes = { light: 'github-light', dark: 'github-dark' } as const;
