/** src/build/csp-unused-hashes.ts: a page's policy keeps the hashes of its own inline elements and no others. */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { dropUnusedHashes } from '../../src/build/csp-unused-hashes';

const hashOf = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
const policyOf = (html: string) => /content="([^"]*)"/.exec(html)![1]!;
const page = (policy: string, body: string) => `<html><head><meta http-equiv="content-security-policy" content="${policy}"></head><body>${body}</body></html>`;

describe('dropUnusedHashes', () => {
  const script = 'document.documentElement.className="js"';
  const style = '.a{color:red}';
  const policy = `default-src 'self'; script-src 'self' 'wasm-unsafe-eval' ${hashOf(script)} ${hashOf('other()')}; style-src 'self'; style-src-elem 'self' ${hashOf(style)} ${hashOf('.b{}')}; style-src-attr 'unsafe-inline';`;

  it('keeps the hashes of the inline script and style the page has, and every non-hash source', () => {
    const { html, dropped } = dropUnusedHashes(page(policy, `<script>${script}</script><style>${style}</style><script type="module" src="/x.js"></script>`));
    expect(dropped).toBe(2);
    expect(policyOf(html)).toBe(
      `default-src 'self'; script-src 'self' 'wasm-unsafe-eval' ${hashOf(script)}; style-src 'self'; style-src-elem 'self' ${hashOf(style)}; style-src-attr 'unsafe-inline';`,
    );
  });

  it('does not count an external script’s (empty) text as an inline element', () => {
    const empty = `script-src 'self' ${hashOf('')};`;
    const { html } = dropUnusedHashes(page(empty, '<script src="/x.js"></script>'));
    expect(policyOf(html)).toBe("script-src 'self';");
  });

  it('leaves a page without a policy, or with nothing to drop, byte for byte', () => {
    expect(dropUnusedHashes('<html><body><script>x</script></body></html>').dropped).toBe(0);
    const kept = page(`script-src 'self' ${hashOf(script)};`, `<script>${script}</script>`);
    expect(dropUnusedHashes(kept)).toEqual({ html: kept, dropped: 0 });
  });
});
