import { describe, expect, it } from 'vitest';
import { markdownToHtml } from 'satteri';
import { renderMath } from '../../src/markdown/hast-render-math';
import { alignedCellStyle, tableScroll } from '../../src/markdown/hast-table-scroll';

/** Markdown to HTML through Sätteri with the site's formula and table plugins. */
const run = (markdown: string): string =>
  markdownToHtml(markdown, { hastPlugins: [renderMath, tableScroll], features: { math: true, gfm: true, smartPunctuation: false } }).html;

describe('tableScroll', () => {
  it('wraps each table in a labelled, focusable scroll region', () => {
    const html = run('| a |\n| - |\n| 1 |\n\nText.\n\n| b |\n| - |\n| 2 |\n');
    expect(html).toMatch(/<section class="table-scroll" tabindex="0" aria-label="Table 1 \(scrolls sideways\)">\s*<table>/);
    expect(html).toContain('aria-label="Table 2 (scrolls sideways)"');
  });

  it('turns a column alignment into CSS, since the align attribute is obsolete HTML', () => {
    const html = run('| Score | Value | Note |\n| ---: | :---: | --- |\n| 9 | 1 | x |\n');
    expect(html).toContain('<th style="text-align:right">Score</th>');
    expect(html).toContain('<td style="text-align:center">1</td>');
    expect(html).toContain('<td>x</td>');
    expect(html).not.toContain('align=');
    // A cell that already has a style keeps it, and an `align` attribute from elsewhere becomes CSS too.
    expect(alignedCellStyle({ align: 'center', style: 'color:red' })).toBe('color:red;text-align:center');
    expect(alignedCellStyle({ style: 'text-align:right' })).toBeUndefined();
  });

  it('never looks inside a formula (KaTeX lays out with tables of its own in MathML)', () => {
    const html = run('$$\n\\begin{array}{cc} a & b \\\\ c & d \\end{array}\n$$\n');
    expect(html).toContain('<mtable');
    expect(html).not.toContain('table-scroll');
  });
});
