import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import katex from 'katex';
import { describe, expect, it } from 'vitest';
import { classesIn, purgeKatexCss } from '../../src/build/katex-css-purge';
import { katexOptions } from '../../src/markdown/katex-options';

const css = readFileSync(createRequire(import.meta.url).resolve('katex/dist/katex.min.css'), 'utf8');

describe('KaTeX stylesheet purge', () => {
  it('keeps the rules a rendered formula needs and drops the others, with their fonts', () => {
    const html = katex.renderToString('\\frac{a}{b} + \\sqrt{x}', { ...katexOptions, displayMode: true });
    const purged = purgeKatexCss(css, classesIn(html));
    expect(purged.length).toBeLessThan(css.length / 2);
    for (const needed of ['.katex-display', '.mfrac', '.hide-tail', '.katex .vlist']) expect(purged).toContain(needed);
    // Constructs this formula does not use, and a font family no remaining rule names.
    expect(purged).not.toContain('.mathscr');
    expect(purged).not.toContain('.boxpad');
    expect(purged).not.toContain('font-family:KaTeX_Fraktur');
    expect(purged).toContain('font-family:KaTeX_Main');
  });

  it('reads every class of every element', () => {
    expect([...classesIn('<p class="a  b"><span class="c">x</span><i data-class="no"></i></p>')]).toEqual(['a', 'b', 'c']);
  });
});
