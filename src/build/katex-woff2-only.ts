/**
 * KaTeX's stylesheet lists each font three times (woff2, woff, ttf). Every browser this site supports
 * reads woff2, so the fallbacks only add bytes to the CSS and ~40 unused font files to the build.
 * This Vite plugin drops them when the stylesheet is loaded.
 */
import type { Plugin } from 'vite';

export function stripLegacyFontSources(css: string): string {
  return css.replace(/,\s*url\([^)]*\.(?:woff|ttf)\)\s*format\(["'](?:woff|truetype)["']\)/g, '');
}

export function katexWoff2Only(): Plugin {
  return {
    name: 'katex-woff2-only',
    enforce: 'pre',
    transform(code, id) {
      if (!/[\\/]katex[\\/]dist[\\/]katex(\.min)?\.css/.test(id)) return null;
      return { code: stripLegacyFontSources(code), map: null };
    },
  };
}
