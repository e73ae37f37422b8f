/**
 * Formulas are rendered as MathML only (katex-options.ts) and drawn by the browser (MathML Core). A few
 * things in KaTeX's MathML need a touch for that, done once at build time here:
 *  - letters styled with `mathvariant` (\mathbb, \mathbf, \mathcal) are written as their Unicode
 *    characters, since MathML Core ignores the attribute (math-alphabets.ts);
 *  - spacing TeX gives and MathML Core's operator table does not: a thin space after a function name
 *    (\log p, \arg\max) unless a bracket follows, after a comma and around \dots, and no space around
 *    operators in sub- and superscripts (o_{<t}), as TeX sets them; \, \: \; and \! at TeX's widths;
 *  - \hat and \tilde use accent characters rather than ASCII ^ and ~;
 *  - each table cell carries its column's alignment (aligned, cases, arrays), which global.css applies;
 *  - a display formula is wrapped in `<span class="katex-display">`, the box that centres it and scrolls
 *    sideways when it is wider than the column (KaTeX wraps only its HTML output so).
 * Everything else KaTeX writes that MathML Core leaves out (column spacing, \boxed, styled text) is
 * styled in src/styles/global.css.
 */
import type { Element, ElementContent, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import katex from 'katex';
import { SKIP, visit } from 'unist-util-visit';
import { katexOptions } from './katex-options.ts';
import { STYLED_VARIANTS, styledText } from './math-alphabets.ts';

export const DISPLAY_CLASS = 'katex-display';

const hasClass = (node: Element, name: string) => Array.isArray(node.properties.className) && node.properties.className.includes(name);

/** Whether `node` is a rendered formula (KaTeX's `span.katex`, holding its <math>). */
const isFormula = (node: Element): boolean => hasClass(node, 'katex');

/**
 * Writes each `mathvariant` the browser would ignore on a token (mi, mn) as characters, and drops the
 * attribute. Text (\text, \texttt: mtext) keeps it and is styled by CSS, so it stays plain words.
 */
function styleLetters(math: Element): void {
  visit(math, 'element', (node: Element) => {
    if (node.tagName !== 'mi' && node.tagName !== 'mn') return;
    const variant = node.properties.mathvariant;
    if (typeof variant !== 'string' || !STYLED_VARIANTS.has(variant)) return;
    visit(node, 'text', (text) => {
      text.value = styledText(text.value, variant);
    });
    delete node.properties.mathvariant;
  });
}

/** U+2061 FUNCTION APPLICATION, which KaTeX writes after \log, \max, \operatorname{…}. */
const FUNCTION_APPLICATION = '\u2061';
const OPENING = new Set(['(', '[', '{', '\u27e8', '|', '\u2016', '\u2223', '\u230a', '\u2308']);
const THIN_SPACE = '0.1667em';
const PUNCTUATION = new Set([',', ';']);
const BRACKETS = new Set(['(', ')', '[', ']', '{', '}', '\u27e8', '\u27e9', '\u230a', '\u230b', '\u2308', '\u2309']);
/** Bars that are brackets when KaTeX marks them as fences (\big|, \left\|), and relations otherwise (\mid). */
const FENCE_BARS = new Set(['|', '\u2016', '\u2225', '\u2223']);
const ELLIPSES = new Set(['\u2026', '\u22ef']);
const CLOSING = new Set([')', ']', '}', '\u27e9', '\u230b', '\u2309']);
const BINARY = new Set(['+', '\u2212', '\u00b1', '\u2213', '\u22c5', '\u00d7', '\u2217', '\u2218', '\u2295', '\u2297', '\u2216', '\u2227', '\u2228', '\u2229', '\u222a', '\u00b7']);
const isClosing = (after: ElementContent | undefined) => after?.type === 'element' && after.tagName === 'mo' && CLOSING.has(textOf(after).trim());
/** Whether a binary operator after this sibling is an ordinary symbol (a sign, \cdot in [\cdot]). */
const isSignPosition = (before: ElementContent | undefined) =>
  before?.type === 'element' && before.tagName === 'mo' && !CLOSING.has(textOf(before).trim()) && !ELLIPSES.has(textOf(before).trim());
/** Elements whose children after the first are scripts (set in script style). */
const SCRIPTED = new Set(['msub', 'msup', 'msubsup', 'munder', 'mover', 'munderover', 'mmultiscripts']);

const textOf = (node: ElementContent): string =>
  node.type === 'text' ? node.value : node.type === 'element' ? node.children.map(textOf).join('') : '';

/** The first token (mi, mo, mn, …) of an element, looking into rows and the bases of scripts. */
function firstToken(node: ElementContent | undefined): Element | undefined {
  while (node?.type === 'element' && !node.tagName.match(/^m[ion]$|^mtext$|^mspace$/)) node = node.children.find((child) => child.type === 'element');
  return node?.type === 'element' ? node : undefined;
}

/**
 * KaTeX writes TeX's spacing commands as space characters in <mtext>, whose width is the font's idea
 * of a thin or medium space, and \! (a negative thin space) as a thin space plus an invisible
 * separator, which browsers draw as a positive space. These become <mspace> of TeX's widths; a negative
 * width is not allowed on mspace in MathML Core, so \! is a class whose negative margin global.css sets.
 */
const SPACES: Record<string, string> = { '\u2009': '0.1667em', '\u2005': '0.2222em', '\u2005\u200a': '0.2778em' };
export const NEGATIVE_THIN_SPACE_CLASS = 'negative-thin-space';

function spaceCommand(node: Element): Element | undefined {
  if (node.tagName !== 'mtext') return undefined;
  const text = textOf(node);
  if (text === '\u2009\u2063') return { type: 'element', tagName: 'mspace', properties: { className: [NEGATIVE_THIN_SPACE_CLASS] }, children: [] };
  const width = SPACES[text];
  return width ? { type: 'element', tagName: 'mspace', properties: { width }, children: [] } : undefined;
}

/** Sets TeX's spacing where MathML Core's operator dictionary differs (see the module comment). */
function spaceOperators(node: Element, inScript: boolean): void {
  node.children.forEach((child, index) => {
    if (child.type !== 'element') return;
    const space = spaceCommand(child);
    if (space) {
      node.children[index] = space;
      return;
    }
    if (child.tagName === 'mo' && child.properties.lspace === undefined && child.properties.rspace === undefined) {
      const text = textOf(child).trim();
      if (text === FUNCTION_APPLICATION) {
        // The next token, past explicit spaces (\! in \min\!\Bigg().
        const next = firstToken(node.children.slice(index + 1).find((sibling) => sibling.type === 'element' && sibling.tagName !== 'mspace' && !spaceCommand(sibling)));
        if (next && !(next.tagName === 'mo' && OPENING.has(textOf(next).trim()))) child.properties.rspace = THIN_SPACE;
      } else if (inScript) {
        child.properties.lspace = '0em';
        child.properties.rspace = '0em';
      } else if (BRACKETS.has(text) || (FENCE_BARS.has(text) && (child.properties.stretchy !== undefined || child.properties.fence !== undefined))) {
        // A bracket inside a row (\big(, \Bigg[) would get MathML's default spacing on both sides.
        child.properties.lspace = '0em';
        child.properties.rspace = '0em';
      } else if (node.children.filter((sibling) => sibling.type === 'element').length === 1) {
        // An operator alone ($\equiv$ in a sentence) is an ordinary symbol in TeX: no space around it.
        child.properties.lspace = '0em';
        child.properties.rspace = '0em';
      } else if (BINARY.has(text) && (isSignPosition(node.children[index - 1]) || isClosing(node.children[index + 1]))) {
        // A binary operator after a relation, an opening bracket or a comma (= −x, [\cdot]), or before a
        // closing bracket, is an ordinary symbol in TeX: no space.
        child.properties.lspace = '0em';
        child.properties.rspace = '0em';
      } else if (PUNCTUATION.has(text)) {
        child.properties.lspace = '0em';
        child.properties.rspace = THIN_SPACE;
      } else if (ELLIPSES.has(text)) {
        // TeX sets \dots as an inner atom: a thin space on either side (r_1, \dots, r_G).
        child.properties.lspace = THIN_SPACE;
        child.properties.rspace = THIN_SPACE;
      }
    }
    spaceOperators(child, inScript || (SCRIPTED.has(node.tagName) && index > 0));
  });
  if (!inScript) spaceFunctionNames(node);
}

const isFunctionApplication = (node: ElementContent | undefined) => node?.type === 'element' && node.tagName === 'mo' && textOf(node).trim() === FUNCTION_APPLICATION;

/**
 * A thin space before a function name that follows an ordinary atom or a closing bracket (\beta \log
 * x, f(x) \log y), as TeX puts between an ordinary atom and an operator; MathML has no operator there
 * to carry it.
 */
function spaceFunctionNames(row: Element): void {
  for (let index = row.children.length - 1; index >= 2; index--) {
    if (!isFunctionApplication(row.children[index])) continue;
    const before = row.children[index - 2]!;
    if (before.type !== 'element' || before.tagName === 'mspace' || spaceCommand(before) || isFunctionApplication(before)) continue;
    if (before.tagName === 'mo' && !CLOSING.has(textOf(before).trim())) continue;
    row.children.splice(index - 1, 0, { type: 'element', tagName: 'mspace', properties: { width: THIN_SPACE }, children: [] });
  }
}

/**
 * KaTeX writes \hat and \tilde with the ASCII ^ and ~, which the math font draws as a full-size caret
 * and tilde that sit on the letter; the accent characters are the ones made to go above it (the small
 * modifier letters, or the combining marks that stretch for \widehat and \widetilde).
 */
const ACCENTS: Record<string, [small: string, wide: string]> = { '^': ['\u02c6', '\u0302'], '~': ['\u02dc', '\u0303'] };

function fixAccents(formula: Element): void {
  visit(formula, 'element', (node: Element) => {
    if (node.tagName !== 'mover' || node.properties.accent !== 'true') return;
    const accent = node.children.filter((child) => child.type === 'element')[1];
    if (accent?.tagName !== 'mo' || accent.children.length !== 1 || accent.children[0]!.type !== 'text') return;
    const forms = ACCENTS[accent.children[0]!.value];
    if (forms) accent.children[0]!.value = accent.properties.stretchy === 'true' ? forms[1] : forms[0];
  });
}

/**
 * Each cell gets its column's alignment from the table's columnalign list (the last value repeats), so
 * that global.css can align it: MathML Core reads columnalign on neither the table nor the cell.
 */
function alignCells(formula: Element): void {
  visit(formula, 'element', (table: Element) => {
    if (table.tagName !== 'mtable' || typeof table.properties.columnalign !== 'string') return;
    const aligns = table.properties.columnalign.split(/\s+/).filter(Boolean);
    for (const row of table.children) {
      if (row.type !== 'element' || row.tagName !== 'mtr') continue;
      row.children
        .filter((cell): cell is Element => cell.type === 'element' && cell.tagName === 'mtd')
        .forEach((cell, column) => {
          const align = aligns[Math.min(column, aligns.length - 1)];
          if (align && align !== 'center' && cell.properties.columnalign === undefined) cell.properties.columnalign = align;
        });
    }
  });
}

const isDisplayMath = (formula: Element) =>
  formula.children.some((child) => child.type === 'element' && child.tagName === 'math' && child.properties.display === 'block');

/** Adapts every KaTeX formula in the tree (see the module comment). */
export function adaptFormulas(tree: Root | Element): void {
  visit(tree, 'element', (node: Element, index, parent) => {
    if (!isFormula(node)) return;
    styleLetters(node);
    fixAccents(node);
    alignCells(node);
    spaceOperators(node, false);
    if (parent && index !== undefined && isDisplayMath(node) && !(parent.type === 'element' && hasClass(parent, DISPLAY_CLASS))) {
      const box: Element = { type: 'element', tagName: 'span', properties: { className: [DISPLAY_CLASS] }, children: [node] };
      parent.children[index] = box as ElementContent;
    }
    return SKIP;
  });
}

/** One formula as HTML, rendered and adapted exactly as the Markdown pipeline does it. */
export function renderFormula(tex: string, displayMode: boolean): string {
  const root = fromHtml(katex.renderToString(tex, { ...katexOptions, displayMode }), { fragment: true });
  adaptFormulas(root);
  return toHtml(root);
}
