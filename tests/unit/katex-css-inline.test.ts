/** src/build/katex-css-inline.ts: a page with math carries the KaTeX rules it uses, inline, and no others. */
import { describe, expect, it } from 'vitest';
import { inlineKatexCss } from '../../src/build/katex-css-inline';

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
