/** src/build/csp-style-hashes.ts: each page's policy ends up listing a hash for every <style> it has. */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { addMissingStyleHashes, styleHashSource } from '../../src/build/csp-style-hashes';

const hashOf = (css: string) => `'sha256-${createHash('sha256').update(css).digest('base64')}'`;
const policyOf = (html: string) => /content="([^"]*)"/.exec(html)![1]!;

const head = (policy: string, styles: string[]) =>
  `<html><head><meta http-equiv="content-security-policy" content="${policy}">` +
  `${styles.map((css) => `<style>${css}</style>`).join('')}</head><body></body></html>`;

describe('addMissingStyleHashes', () => {
  it('hashes exactly the text of the element', () => {
    expect(styleHashSource('.a{color:red}')).toBe(hashOf('.a{color:red}'));
  });

  it('adds the hashes Astro left out to style-src-elem, once each, and leaves the rest of the policy alone', () => {
    const known = '.page{margin:0}';
    const policy = `default-src 'self'; script-src 'self' 'sha256-abc='; style-src 'self' ; style-src-elem 'self' ${hashOf(known)}; style-src-attr 'unsafe-inline';`;
    const { html, added } = addMissingStyleHashes(head(policy, [known, '.widget{padding:1rem}', '.widget{padding:1rem}']));
    expect(added).toBe(1);
    const directives = policyOf(html).split(';').map((d) => d.trim());
    expect(directives).toContain(`style-src-elem 'self' ${hashOf(known)} ${hashOf('.widget{padding:1rem}')}`);
    expect(directives).toContain("script-src 'self' 'sha256-abc='");
    expect(directives).toContain("style-src-attr 'unsafe-inline'");
    expect(directives).toContain("default-src 'self'");
  });

  it('uses style-src when the policy has no style-src-elem', () => {
    const { html } = addMissingStyleHashes(head("default-src 'self'; style-src 'self';", ['p{}']));
    expect(policyOf(html)).toContain(`style-src 'self' ${hashOf('p{}')}`);
  });

  it('leaves a page without a policy, or with nothing missing, unchanged', () => {
    const bare = '<html><head><style>p{}</style></head></html>';
    expect(addMissingStyleHashes(bare)).toEqual({ html: bare, added: 0 });
    const complete = head(`style-src-elem 'self' ${hashOf('p{}')};`, ['p{}']);
    expect(addMissingStyleHashes(complete)).toEqual({ html: complete, added: 0 });
  });
});
