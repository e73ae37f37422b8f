/**
 * Astro's security.csp gives every page the hashes of every inline <script> and <style> its components
 * could emit, across the site: a chapter's policy carried 19 hashes for its 4 inline elements (about
 * 0.7 KB gzip of random base64 on every page). After the build, and after csp-style-hashes.ts has added
 * the styles Astro leaves out, cspHashesStep keeps in each page's script-src and style-src(-elem) only the
 * hashes of inline elements that page has. Nothing on the site inserts a <script> or <style> at run time
 * (the CSP browser test fails on any refused one), so a hash no element of the page matches allows nothing.
 */
import { createHash } from 'node:crypto';
import { addMissingStyleHashes } from './csp-style-hashes.ts';
import type { PostBuildStep } from './post-build.ts';

const POLICY_META = /(<meta http-equiv="content-security-policy" content=")([^"]*)(")/;
/** <script> and <style> are raw text in HTML: their content is exactly what the browser hashes. */
const INLINE_ELEMENT = /<(script|style)\b([^>]*)>([\s\S]*?)<\/\1>/g;
const HASH_SOURCE = /^'sha(256|384|512)-[A-Za-z0-9+/=]+'$/;

/** The page with hash sources that match none of its inline scripts or styles removed, and how many went. */
export function dropUnusedHashes(html: string): { html: string; dropped: number } {
  const meta = POLICY_META.exec(html);
  if (!meta) return { html, dropped: 0 };
  const used = new Set<string>();
  for (const [, tag, attrs, text] of html.matchAll(INLINE_ELEMENT)) {
    if (tag === 'script' && /\ssrc=/.test(attrs!)) continue;
    for (const algorithm of ['sha256', 'sha384', 'sha512']) used.add(`'${algorithm}-${createHash(algorithm).update(text!).digest('base64')}'`);
  }
  let dropped = 0;
  const directives = meta[2]!
    .split(';')
    .map((d) => d.trim())
    .filter(Boolean)
    .map((directive) => {
      const [name, ...sources] = directive.split(/\s+/);
      const kept = sources.filter((s) => !HASH_SOURCE.test(s) || used.has(s));
      dropped += sources.length - kept.length;
      return [name, ...kept].join(' ');
    });
  if (dropped === 0) return { html, dropped };
  const policy = `${directives.join('; ')};`;
  return { html: html.replace(POLICY_META, (_all, open: string, _old, close: string) => open + policy + close), dropped };
}

/**
 * The CSP step of the post-build pass (src/build/post-build.ts): first the style hashes Astro leaves out
 * (csp-style-hashes.ts), then only the page's own hashes are kept. It must come after every step that
 * changes a page's inline <script> or <style> elements.
 */
export function cspHashesStep(): PostBuildStep {
  let pages = 0;
  let added = 0;
  let dropped = 0;
  return {
    name: 'csp-hashes',
    start() {
      pages = added = dropped = 0;
    },
    page(page) {
      const completed = addMissingStyleHashes(page.html);
      const kept = dropUnusedHashes(completed.html);
      page.html = kept.html;
      if (completed.added > 0) pages += 1;
      added += completed.added;
      dropped += kept.dropped;
    },
    finish({ logger }) {
      logger.info(`added ${added} style hashes Astro left out, on ${pages} pages; dropped ${dropped} CSP hashes that match no inline element of their page`);
    },
  };
}
