/**
 * Link previews: for every built page, its title and lede, and for each h2/h3 section its heading and
 * first sentences. Made once per build from the built HTML (link-previews-integration.ts) and fetched by
 * the browser on first use (site-cards.ts), so pages carry none of it.
 *
 * Keys and values: see link-preview-lookup.ts.
 */
import { parse } from 'parse5';
import type { DefaultTreeAdapterMap } from 'parse5';

type Node = DefaultTreeAdapterMap['childNode'] | DefaultTreeAdapterMap['document'];
type ElementNode = DefaultTreeAdapterMap['element'];

import type { Previews } from './link-preview-lookup.ts';

/** Shortest and longest preview text, in characters. */
const MIN_TEXT = 140;
const MAX_TEXT = 280;

/** Left out of preview text: cards, citation numbers, anchor labels, widgets. */
const SKIPPED_CLASSES = ['hover-card', 'cite', 'anchor-link', 'sr-only', 'widget'];

function attr(el: ElementNode, name: string): string | undefined {
  return el.attrs.find((a) => a.name === name)?.value;
}

function classes(el: ElementNode): string[] {
  return (attr(el, 'class') ?? '').split(/\s+/);
}

function isElement(node: Node): node is ElementNode {
  return 'tagName' in node;
}

/** Readable text of a node: math as its MathML text (not its TeX annotation), cards and anchor labels left out. */
export function readableText(node: Node): string {
  if (node.nodeName === '#text') return (node as DefaultTreeAdapterMap['textNode']).value;
  if (!isElement(node)) return 'childNodes' in node ? node.childNodes.map(readableText).join('') : '';
  if (node.tagName === 'annotation' || node.tagName === 'script' || node.tagName === 'style') return '';
  if (classes(node).some((c) => SKIPPED_CLASSES.includes(c))) return '';
  return node.childNodes.map(readableText).join('');
}

/**
 * The first sentences of a text, at least `min` characters when the text has them, cut at a sentence end
 * no later than `max`, or else at a word with an ellipsis.
 */
export function firstSentences(text: string, min = MIN_TEXT, max = MAX_TEXT): string {
  const clean = text.replace(/\s+/g, ' ').replace(/\s+([.,;:)])/g, '$1').trim();
  if (clean.length <= max) return clean;
  const ends = [...clean.slice(0, max + 1).matchAll(/[.!?:](?=\s+[A-Z(“"‘'$\d])/g)].map((m) => m.index! + 1);
  const sentenceEnd = ends.filter((i) => i >= min).at(0) ?? ends.at(-1);
  if (sentenceEnd !== undefined && sentenceEnd >= min / 2) return clean.slice(0, sentenceEnd);
  const cut = clean.lastIndexOf(' ', max - 1);
  return `${clean.slice(0, cut > min / 2 ? cut : max - 1).replace(/[,;:]$/, '')}…`;
}

function findAll(node: Node, test: (el: ElementNode) => boolean, out: ElementNode[] = []): ElementNode[] {
  if (isElement(node) && test(node)) out.push(node);
  if ('childNodes' in node) for (const child of node.childNodes) findAll(child as Node, test, out);
  return out;
}

/** The previews of one built page: itself and each section with an id, in document order. */
export function pagePreviews(path: string, html: string): Previews {
  return previewsOf(path, parse(html));
}

/** The same from a page already parsed by parse5 (the build parses each page once: src/build/post-build.ts). */
export function previewsOf(path: string, doc: DefaultTreeAdapterMap['document']): Previews {
  const article = findAll(doc, (el) => el.tagName === 'article')[0];
  if (!article) return {};
  const previews: Previews = {};
  const title = findAll(article, (el) => el.tagName === 'h1')[0];
  const lede = findAll(article, (el) => classes(el).includes('lede'))[0];
  if (title) previews[path] = [readableText(title).trim(), lede ? firstSentences(readableText(lede)) : ''];
  // Sections: a heading wrapper, then the paragraphs after it (at the same level) until the next heading.
  const walk = (parent: ElementNode) => {
    const children = parent.childNodes.filter(isElement);
    children.forEach((el, i) => {
      if (!classes(el).includes('heading-wrapper')) return;
      const heading = el.childNodes.find((c): c is ElementNode => isElement(c) && /^h[23]$/.test(c.tagName));
      const id = heading && attr(heading, 'id');
      if (!heading || !id) return;
      let text = '';
      for (const next of children.slice(i + 1)) {
        if (classes(next).includes('heading-wrapper') || text.length >= MAX_TEXT) break;
        // Paragraphs first; a section that opens with a list is previewed by the list.
        if (next.tagName === 'p') text += ` ${readableText(next)}`;
        else if (!text && (next.tagName === 'ul' || next.tagName === 'ol')) text += next.childNodes.filter(isElement).map(readableText).join(' ');
      }
      previews[`${path}#${id}`] = [readableText(heading).trim(), firstSentences(text)];
    });
    for (const el of children) if (el.tagName === 'section' || el.tagName === 'div') walk(el);
  };
  walk(article);
  return previews;
}
