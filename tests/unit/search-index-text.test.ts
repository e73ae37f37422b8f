/** The copy of a page that Pagefind indexes: separated table cells, readable math, headings collected. */
import { describe, expect, it } from 'vitest';
import { renderFormula } from '../../src/markdown/katex-mathml';
import { CELL_SEPARATOR, indexedPage, ROW_END } from '../../src/search/index-text';

const body = (html: string) => `<!doctype html><html><body><main data-pagefind-body>${html}</main></body></html>`;
const textOf = (html: string) => html.replace(/<[^>]+>/g, '');

describe('indexedPage', () => {
  it('keeps only what Pagefind reads: the language, the title and the marked body', () => {
    const page = `<!doctype html><html lang="en" data-theme="x&quot;y"><head><title>GRPO &amp; friends</title><style>p{}</style></head><body>
      <nav class="sidebar"><a href="/a/">Sidebar link</a></nav><aside class="toc"><h2 id="toc-title">On this page</h2></aside>
      <main data-pagefind-body><h1>GRPO</h1><h2 id="adv">Group advantages</h2><p>Text.</p></main><footer>Footer</footer></body></html>`;
    const { html, headings } = indexedPage(page);
    expect(html).toBe('<!doctype html><html lang="en" data-theme="x&quot;y"><head><title>GRPO &amp; friends</title></head><body><main data-pagefind-body=""><h1>GRPO</h1><h2 id="adv">Group advantages</h2><p>Text.</p></main></body></html>');
    expect(headings).toEqual([{ id: 'adv', text: 'Group advantages' }]);
  });

  it('separates table cells and rows', () => {
    const { html } = indexedPage(body('<table><tr><th>Model</th><th>AIME pass@1</th></tr><tr><td>R1</td><td>79.8</td></tr></table>'));
    expect(textOf(html)).toContain(`Model${CELL_SEPARATOR}AIME pass@1${ROW_END}R1${CELL_SEPARATOR}79.8${ROW_END}`);
  });

  it('writes inline math as readable text, never TeX', () => {
    const inline = renderFormula('\\pi_\\theta(o_i \\mid q) \\cdot \\frac{1}{G}', false);
    const { html } = indexedPage(body(`<p>The policy ${inline} samples.</p>`));
    const text = textOf(html).replace(/\s+/g, ' ');
    expect(text).toMatch(/The policy πθ\(oi ∣ q\) ⋅ 1 \/ G samples\./);
    expect(text).not.toMatch(/\\|mathrm|frac|theta/);
  });

  it('drops a numbered display formula (its label stands beside it) and keeps the label', () => {
    const display = renderFormula('A_i = r_i', true);
    const { html } = indexedPage(
      body(`<figure class="equation"><div class="equation-body">${display}</div><figcaption>Group-relative advantage</figcaption></figure>`),
    );
    expect(textOf(html).trim()).toBe('Group-relative advantage');
  });

  it('writes styled letters as the plain letters a reader types', () => {
    const inline = renderFormula('\\mathbb{E} + \\mathbf{x} \\in \\mathbb{R}^n', false);
    const text = textOf(indexedPage(body(`<p>Mean ${inline} here.</p>`)).html).replace(/\s+/g, ' ');
    expect(text).toContain('Mean E + x ∈ R^n here.');
  });

  it('collects h2 and h3 headings with ids, math read from MathML', () => {
    const math = renderFormula('k', false);
    const { headings } = indexedPage(body(`<h2 id="pass-k">pass@${math}</h2><h3 id="x">Cold start</h3><h4 id="y">Deep</h4><h2>No id</h2>`));
    expect(headings).toEqual([
      { id: 'pass-k', text: 'pass@k' },
      { id: 'x', text: 'Cold start' },
    ]);
  });
});
