/**
 * The copy of a page that Pagefind indexes, made at build time from the built HTML (the served page
 * is not changed). Pagefind reads a page's text as a browser would lay it out inline, so:
 *  - table cells ran together ("ModelAIME pass@1AIME cons@64"): cells are separated by " · " and rows
 *    end with "; ";
 *  - rendered math left a hole in the sentence: an inline formula becomes its readable text, taken from
 *    KaTeX's MathML (never the TeX source); a numbered display formula is dropped, as its
 *    plain-language label stands beside it;
 *  - the h2/h3 headings are collected for "did you mean" suggestions (suggest.ts);
 *  - only what Pagefind reads is kept: the <html> element's attributes (the language), the <title>, and
 *    the data-pagefind-body elements, where every data-pagefind-* attribute of the site sits. Sending
 *    the whole page (head, sidebar, header) made the copy three times larger for the same index.
 * Parsed with parse5, which the link check already uses at build time.
 */
import { parse, serialize, serializeOuter, type DefaultTreeAdapterMap } from 'parse5';
import { plainLetters } from '../markdown/math-alphabets.ts';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];
type ParentNode = DefaultTreeAdapterMap['parentNode'];

export const CELL_SEPARATOR = ' · ';
export const ROW_END = '; ';

export interface IndexedPage {
  html: string;
  headings: { id: string; text: string }[];
}

const isElement = (node: Node): node is Element => 'tagName' in node;
const classes = (el: Element) => (el.attrs.find((a) => a.name === 'class')?.value ?? '').split(/\s+/);
const hasClass = (el: Element, name: string) => classes(el).includes(name);
const attr = (el: Element, name: string) => el.attrs.find((a) => a.name === name)?.value;

function textNode(value: string, parentNode: ParentNode): DefaultTreeAdapterMap['textNode'] {
  return { nodeName: '#text', value, parentNode };
}

/** Plain text of a node, without a formula's TeX source (its MathML reads as text). */
function plainText(node: Node): string {
  if (node.nodeName === '#text') return (node as DefaultTreeAdapterMap['textNode']).value;
  if (!isElement(node) || node.tagName === 'annotation') return '';
  return node.childNodes.map(plainText).join('');
}

/**
 * A formula's readable text from KaTeX's MathML: tokens separated by spaces where the maths separates
 * them, fractions as "a / b", sub- and superscripts written after their base. No TeX control words, and
 * styled letters as plain ones (𝔼 → E), as a reader types them.
 */
export function mathText(node: Node): string {
  if (node.nodeName === '#text') return plainLetters((node as DefaultTreeAdapterMap['textNode']).value);
  if (!isElement(node) || node.tagName === 'annotation') return '';
  const parts = node.childNodes.filter(isElement).map(mathText);
  switch (node.tagName) {
    case 'mi':
    case 'mn':
    case 'mtext':
      return node.childNodes.map(mathText).join('');
    case 'mo':
      return ` ${node.childNodes.map(mathText).join('').trim()} `;
    case 'mfrac':
      return `${parts[0] ?? ''} / ${parts[1] ?? ''}`;
    case 'msup':
      return `${parts[0] ?? ''}^${parts[1] ?? ''}`;
    case 'msqrt':
      return `√(${parts.join('')})`;
    case 'mspace':
      return ' ';
    default:
      return parts.join('');
  }
}

/** The readable text of a `.katex` element (its MathML), whitespace tidied. */
function katexText(katex: Element): string {
  const math = findFirst(katex, (el) => el.tagName === 'math');
  return math
    ? mathText(math)
        .replace(/\s+/g, ' ')
        .replace(/\s+([,.;)\]])/g, '$1')
        .replace(/([([])\s+/g, '$1')
        .replace(/([\p{L}\p{N}])\s+\(/gu, '$1(')
        .trim()
    : '';
}

function findFirst(node: Node, test: (el: Element) => boolean): Element | undefined {
  if (!isElement(node) && !('childNodes' in node)) return undefined;
  if (isElement(node) && test(node)) return node;
  for (const child of (node as ParentNode).childNodes ?? []) {
    const found = findFirst(child, test);
    if (found) return found;
  }
  return undefined;
}

function transform(node: ParentNode, inEquation: boolean, headings: IndexedPage['headings']): void {
  const children = node.childNodes;
  for (let i = 0; i < children.length; i++) {
    const child = children[i]!;
    if (!isElement(child)) continue;
    if (hasClass(child, 'katex')) {
      // A numbered display formula is represented by its label; an inline one by its text.
      const text = inEquation ? '' : katexText(child);
      children[i] = textNode(text ? ` ${text} ` : ' ', node);
      continue;
    }
    if ((child.tagName === 'h2' || child.tagName === 'h3') && attr(child, 'id')) {
      const text = plainText(child).replace(/\s+/g, ' ').trim();
      if (text) headings.push({ id: attr(child, 'id')!, text });
    }
    transform(child, inEquation || hasClass(child, 'equation-body'), headings);
    if (child.tagName === 'td' || child.tagName === 'th') {
      const isLast = !children.slice(i + 1).some((n) => isElement(n) && (n.tagName === 'td' || n.tagName === 'th'));
      child.childNodes.push(textNode(isLast ? ROW_END : CELL_SEPARATOR, child));
    }
  }
}

/** The page as Pagefind should index it, and its headings. */
export function indexedPage(html: string): IndexedPage {
  return indexedDocument(parse(html));
}

function findAll(node: Node, test: (el: Element) => boolean, into: Element[] = []): Element[] {
  if (isElement(node) && test(node)) return (into.push(node), into);
  for (const child of 'childNodes' in node ? node.childNodes : []) findAll(child, test, into);
  return into;
}

/** The same from a page parsed by parse5, which this changes (the build parses each page once). */
export function indexedDocument(document: DefaultTreeAdapterMap['document']): IndexedPage {
  const headings: IndexedPage['headings'] = [];
  const bodies = findAll(document, (el) => el.attrs.some((a) => a.name === 'data-pagefind-body'));
  const root = document.childNodes.find(isElement);
  if (bodies.length === 0 || !root) {
    // Without a marked body Pagefind indexes the whole page.
    transform(document, false, headings);
    return { html: serialize(document), headings };
  }
  for (const body of bodies) transform(body, false, headings);
  const title = findFirst(root, (el) => el.tagName === 'title');
  const rootAttributes = root.attrs.map((a) => ` ${a.name}="${a.value.replaceAll('&', '&amp;').replaceAll('"', '&quot;')}"`).join('');
  const html = `<!doctype html><html${rootAttributes}><head>${title ? serializeOuter(title) : ''}</head><body>${bodies.map((body) => serializeOuter(body)).join('')}</body></html>`;
  return { html, headings };
}
