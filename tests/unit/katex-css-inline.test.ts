/** src/build/katex-css-inline.ts: a page with math carries the KaTeX rules it uses, inline, and no others. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { inlineKatexCss, memoizedPurge } from '../../src/build/katex-css-inline';
import { purgeKatexCss } from '../../src/build/katex-css-purge';

const sheet =
  '@font-face{font-family:KaTeX_Main;src:url(/_astro/KaTeX_Main-Regular.woff2)format("woff2")}' +
  '@font-face{font-family:KaTeX_Size1;src:url(/_astro/KaTeX_Size1-Regular.woff2)format("woff2")}' +
  '.katex{font:1.21em KaTeX_Main}.katex .mfrac .frac-line{border-bottom-style:solid}.katex .delimsizing.size1{font-family:KaTeX_Size1}';
const page = (body: string) => `<html><head><link rel="stylesheet" href="/_astro/katex.abc.css"></head><body>${body}</body></html>`;

describe('inlineKatexCss', () => {
  it('replaces the link with the rules for the classes on the page, and the fonts those rules use', () => {
    const html = inlineKatexCss(page('<span class="katex"><span class="mfrac"><span class="frac-line"></span></span></span>'), sheet);
    expect(html).not.toContain('<link rel="stylesheet"');
    const css = /<style data-katex>([^<]*)<\/style>/.exec(html)![1]!;
    expect(css).toContain('.katex .mfrac .frac-line');
    expect(css).toContain('KaTeX_Main-Regular.woff2');
    expect(css).not.toContain('delimsizing');
    expect(css).not.toContain('KaTeX_Size1');
  });

  it('leaves a page without the KaTeX link as it was', () => {
    const html = '<html><head></head><body><p>No math.</p></body></html>';
    expect(inlineKatexCss(html, sheet)).toBe(html);
  });
});

describe('memoizedPurge', () => {
  it('gives what purgeKatexCss gives, for every set of classes', () => {
    const css = readFileSync(createRequire(import.meta.url).resolve('katex/dist/katex.min.css'), 'utf8');
    const purge = memoizedPurge();
    const sets = [
      ['katex', 'mfrac', 'frac-line', 'vlist', 'page-header'],
      ['katex', 'mfrac', 'frac-line', 'vlist', 'site-sidebar'],
      ['katex', 'katex-display', 'sqrt', 'hide-tail', 'mathscr'],
      [],
    ].map((classes) => new Set(classes));
    for (const used of sets) expect(purge(css, used)).toBe(purgeKatexCss(css, used));
    // Classes the sheet never names do not change the result.
    expect(purge(css, sets[0]!)).toBe(purge(css, sets[1]!));
  });
});
