/** Formulas as MathML only, made ready for MathML Core at build time (src/markdown/katex-mathml.ts). */
import { describe, expect, it } from 'vitest';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';
import { NEGATIVE_THIN_SPACE_CLASS, renderFormula } from '../../src/markdown/katex-mathml';
import { STYLED_VARIANTS, plainLetters, styledText } from '../../src/markdown/math-alphabets';

const tree = (tex: string, display = false): Root => fromHtml(renderFormula(tex, display), { fragment: true });
const elements = (root: Root, tagName?: string): Element[] => {
  const found: Element[] = [];
  visit(root, 'element', (node: Element) => {
    if (!tagName || node.tagName === tagName) found.push(node);
  });
  return found;
};
const text = (node: Element | Root): string => {
  let out = '';
  visit(node, 'text', (t) => {
    out += t.value;
  });
  return out;
};
/** The mo elements of a formula, as [text, lspace, rspace]. */
const operators = (tex: string) =>
  elements(tree(tex), 'mo').map((mo) => [text(mo), mo.properties.lspace, mo.properties.rspace] as const);

describe('math alphabets', () => {
  it('writes styled letters as their own characters, including the letterlike ones', () => {
    expect(styledText('ER', 'double-struck')).toBe('𝔼ℝ');
    expect(styledText('x1', 'bold')).toBe('𝐱𝟏');
    expect(styledText('LJ', 'script')).toBe('ℒ𝒥');
    expect(styledText('θΩ', 'bold-italic')).toBe('𝜽𝜴');
    expect(styledText('h', 'italic')).toBe('ℎ');
    expect(styledText('a b', 'monospace')).toBe('𝚊 𝚋');
    expect(styledText('x', 'normal')).toBe('x');
  });

  it('reads every styled letter back as the plain one', () => {
    const plain = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789αβγδεζηθικλμνξοπρστυφχψωΑΒΓΔΘΛΞΠΣΦΨΩ';
    for (const variant of STYLED_VARIANTS) {
      const styled = styledText(plain, variant);
      expect(styled).not.toBe(plain);
      expect(plainLetters(styled)).toBe(plain);
    }
    // Letterlike symbols that are not styled letters stay as they are.
    expect(plainLetters('ℓ ℏ ∇')).toBe('ℓ ℏ ∇');
  });
});

describe('renderFormula', () => {
  it('gives MathML only, with its TeX kept as an annotation, nothing hidden', () => {
    const html = renderFormula('\\frac{a}{b}', false);
    expect(html).toMatch(/^<span class="katex"><math xmlns="http:\/\/www.w3.org\/1998\/Math\/MathML"><semantics>/);
    expect(html).toContain('<annotation encoding="application/x-tex">\\frac{a}{b}</annotation>');
    expect(html).not.toMatch(/katex-html|katex-mathml|aria-hidden|style=/);
  });

  it('wraps a display formula in the box that centres and scrolls it; an inline one is not wrapped', () => {
    const [box] = tree('x = 1', true).children as Element[];
    expect(box!.properties.className).toEqual(['katex-display']);
    const math = elements(tree('x = 1', true), 'math')[0]!;
    expect(math.properties.display).toBe('block');
    expect(renderFormula('x = 1', false)).not.toContain('katex-display');
  });

  it('writes \\mathbb, \\mathbf and \\mathcal letters as characters and drops mathvariant; text keeps it for CSS', () => {
    const root = tree('\\mathbb{E}_{x \\sim \\mathcal{D}} \\mathbf{r} + \\text{if} \\texttt{<think>}');
    const identifiers = elements(root, 'mi');
    expect(identifiers.map(text)).toEqual(['𝔼', 'x', '𝒟', '𝐫']);
    expect(identifiers.every((mi) => mi.properties.mathvariant === undefined)).toBe(true);
    const texts = elements(root, 'mtext');
    expect(texts.map(text)).toEqual(['if', '<think>']);
    expect(texts[1]!.properties.mathvariant).toBe('monospace');
  });

  it('spaces function names as TeX does: a thin space after one unless a bracket follows, and before one after a letter', () => {
    expect(operators('\\log p')).toEqual([['\u2061', undefined, '0.1667em']]);
    expect(operators('\\log(p)')[0]).toEqual(['\u2061', undefined, undefined]);
    expect(operators('\\operatorname{clip}\\!\\left(x\\right)')[0]).toEqual(['\u2061', undefined, undefined]);
    const beforeLog = elements(tree('\\beta \\log x'), 'mrow')[0]!.children as Element[];
    expect(beforeLog.map((node) => node.tagName)).toEqual(['mi', 'mspace', 'mi', 'mo', 'mi']);
    expect(beforeLog[1]!.properties.width).toBe('0.1667em');
  });

  it('sets operators in sub- and superscripts without spaces, and a sign after a relation as a sign', () => {
    expect(operators('o_{<t}')).toEqual([['<', '0em', '0em']]);
    expect(operators('a = -b')).toEqual([
      ['=', undefined, undefined],
      ['\u2212', '0em', '0em'],
    ]);
    expect(operators('a - b')).toEqual([['\u2212', undefined, undefined]]);
    expect(operators('[\\cdot]')[1]).toEqual(['\u22c5', '0em', '0em']);
    expect(operators('a \\cdot b')).toEqual([['\u22c5', undefined, undefined]]);
  });

  it('sets an operator standing alone in a sentence ($\\equiv$) without spaces', () => {
    expect(operators('\\equiv')).toEqual([['\u2261', '0em', '0em']]);
  });

  it('spaces commas, \\dots and big brackets as TeX does', () => {
    expect(operators('r_1, \\dots, r_G')).toEqual([
      [',', '0em', '0.1667em'],
      ['\u2026', '0.1667em', '0.1667em'],
      [',', '0em', '0.1667em'],
    ]);
    expect(operators('a \\big( b \\big)')).toEqual([
      ['(', '0em', '0em'],
      [')', '0em', '0em'],
    ]);
    // \mid is a relation, not a bracket: its spacing comes from the operator dictionary.
    expect(operators('a \\mid b')).toEqual([['\u2223', undefined, undefined]]);
  });

  it('writes TeX spacing commands as spaces of TeX widths, and \\! as the negative space CSS sets', () => {
    const spaces = elements(tree('a\\,b\\:c\\;d\\!e'), 'mspace');
    expect(spaces.map((s) => s.properties.width ?? s.properties.className)).toEqual(['0.1667em', '0.2222em', '0.2778em', [NEGATIVE_THIN_SPACE_CLASS]]);
    expect(elements(tree('a\\,b'), 'mtext')).toEqual([]);
  });

  it('puts accent characters over letters, small for \\hat and \\tilde, stretching for the wide ones', () => {
    const accents = (tex: string) => elements(tree(tex), 'mover').map((mover) => text(mover.children[1] as Element));
    expect(accents('\\hat{A} \\tilde{x} \\widehat{xy} \\widetilde{xy} \\bar{x}')).toEqual(['\u02c6', '\u02dc', '\u0302', '\u0303', '\u02c9']);
  });

  it('gives each table cell its column’s alignment, the last one repeating', () => {
    const cells = (tex: string) => elements(tree(tex, true), 'mtr').map((row) => (row.children as Element[]).map((cell) => cell.properties.columnalign ?? 'center'));
    expect(cells('\\begin{aligned} a &= b & c &= d \\\\ e &= f \\end{aligned}')).toEqual([
      ['right', 'left', 'right', 'left'],
      ['right', 'left'],
    ]);
    expect(cells('\\begin{array}{lcr} a & b & c \\end{array}')).toEqual([['left', 'center', 'right']]);
    expect(cells('\\begin{cases} 1 & x \\end{cases}')).toEqual([['left', 'left']]);
  });

  it('fails on invalid TeX, so the build does', () => {
    expect(() => renderFormula('\\fracc{1}{2}', true)).toThrow(/KaTeX parse error/);
  });
});
