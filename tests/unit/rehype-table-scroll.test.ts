import { describe, expect, it } from 'vitest';
import type { Root } from 'hast';
import { h } from 'hastscript';
import { toHtml } from 'hast-util-to-html';
import { rehypeTableScroll } from '../../src/markdown/rehype-table-scroll';

const run = (...children: Root['children']): string => {
  const tree: Root = { type: 'root', children };
  rehypeTableScroll()(tree);
  return toHtml(tree);
};

describe('rehypeTableScroll', () => {
  it('wraps each table in a labelled, focusable scroll region', () => {
    const html = run(h('table', [h('tr', [h('td', 'a')])]), h('table', [h('tr', [h('td', 'b')])]));
    expect(html).toContain('<section class="table-scroll" tabindex="0" aria-label="Table 1 (scrolls sideways)"><table>');
    expect(html).toContain('aria-label="Table 2 (scrolls sideways)"');
  });

  it('turns a column alignment into CSS, since the align attribute is obsolete HTML', () => {
    const html = run(h('table', [h('tr', [h('th', { align: 'right' }, 'Score'), h('td', { align: 'center', style: 'color:red' }, '9'), h('td', '1')])]));
    expect(html).toContain('<th style="text-align:right">Score</th>');
    expect(html).toContain('<td style="color:red;text-align:center">9</td>');
    expect(html).toContain('<td>1</td>');
    expect(html).not.toContain('align=');
  });

  it('never looks inside a formula (KaTeX lays out with tables of its own in MathML)', () => {
    const formula = h('span', { className: ['katex'] }, [h('math', [h('mtable', [h('table')])])]);
    const html = run(formula);
    expect(html).not.toContain('table-scroll');
  });
});
