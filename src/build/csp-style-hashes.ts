/**
 * Completes the style hashes of each page's Content-Security-Policy <meta> (security.csp in
 * astro.config.mjs). Astro 7.3 hashes the styles of pages and layouts, but not those of components
 * used inside MDX content (widgets, figures, reference lists): their <style> elements reach the page
 * through content "propagation", which its hash collection (trackStyleHashes) does not read, and the
 * browser then refuses them. addMissingStyleHashes adds the missing hashes, page by page, after the build
 * (cspHashesStep in csp-unused-hashes.ts).
 * Styles added at run time still need a hash, so an injected <style> stays blocked.
 */
import { createHash } from 'node:crypto';

const POLICY_META = /(<meta http-equiv="content-security-policy" content=")([^"]*)(")/;
/** <style> is raw text in HTML: its content is exactly what the browser hashes. */
const STYLE_ELEMENT = /<style\b[^>]*>([\s\S]*?)<\/style>/g;

/** The CSP source for `css`; SHA-256 as configured (security.csp.algorithm). */
export function styleHashSource(css: string): string {
  return `'sha256-${createHash('sha256').update(css).digest('base64')}'`;
}

/**
 * The page with a hash for each of its <style> elements in the policy's style-src-elem (style-src when
 * there is none), and how many were added. Pages without a policy come back unchanged.
 */
export function addMissingStyleHashes(html: string): { html: string; added: number } {
  const meta = POLICY_META.exec(html);
  if (!meta) return { html, added: 0 };
  const directives = meta[2]!.split(';').map((d) => d.trim()).filter(Boolean);
  const name = directives.some((d) => d.startsWith('style-src-elem ')) ? 'style-src-elem' : 'style-src';
  const index = directives.findIndex((d) => d === name || d.startsWith(`${name} `));
  const sources = index === -1 ? [name, "'self'"] : directives[index]!.split(/\s+/);
  const missing = [...new Set([...html.matchAll(STYLE_ELEMENT)].map((m) => styleHashSource(m[1]!)))].filter(
    (source) => !sources.includes(source),
  );
  if (missing.length === 0) return { html, added: 0 };
  const directive = [...sources, ...missing].join(' ');
  if (index === -1) directives.push(directive);
  else directives[index] = directive;
  const policy = `${directives.join('; ')};`;
  return { html: html.replace(POLICY_META, (_all, open: string, _old, close: string) => open + policy + close), added: missing.length };
}
