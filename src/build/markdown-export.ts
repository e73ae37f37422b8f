/**
 * Each page as Markdown, for tools, LLMs and offline readers: made from the page's built HTML (so it says
 * exactly what the page says) with rehype-remark (hast → mdast) and remark-stringify, after a pass that
 * turns the site's components into plain Markdown:
 * - formulas back into TeX (`$…$`, `$$…$$`) from KaTeX's annotation;
 * - citations into numbered links to the source's URL, and the page's reference list kept, numbered;
 * - glossary terms into links to the glossary; hover cards, anchor links and screen-reader-only labels out;
 * - widgets into their static text (the default view rendered at build time), without controls or charts;
 * - figures into their number, caption and description.
 */
import type { Element, ElementContent, Root, RootContent } from 'hast';
import { fromParse5 } from 'hast-util-from-parse5';
import { defaultHandlers, type Handle } from 'hast-util-to-mdast';
import rehypeRemark from 'rehype-remark';
import remarkGfm from 'remark-gfm';
import remarkMath from 'remark-math';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';
import { SKIP, visit } from 'unist-util-visit';
import { parse, parseFragment, type DefaultTreeAdapterMap } from 'parse5';
import { forEachElement } from './link-check.ts';

type ParsedNode = DefaultTreeAdapterMap['node'];
type ParsedElement = DefaultTreeAdapterMap['element'];

export interface MarkdownPage {
  title: string;
  description: string;
  /** Absolute URL of the HTML page; relative links are made absolute against it. */
  url: string;
  /** ISO date of the last revision, when known. */
  updated?: string;
}

const classesOf = (node: Element): string[] => {
  const c: unknown = node.properties?.className;
  return Array.isArray(c) ? c.map(String) : typeof c === 'string' ? c.split(/\s+/) : [];
};
const hasClass = (node: Element, name: string) => classesOf(node).includes(name);

/** The TeX source KaTeX keeps in its MathML annotation. */
function texOf(node: Element): string {
  let tex = '';
  visit(node, 'element', (child: Element) => {
    if (child.tagName === 'annotation' && child.properties?.encoding === 'application/x-tex') {
      tex = child.children.map((c) => (c.type === 'text' ? c.value : '')).join('');
      return false;
    }
  });
  return tex.trim();
}

function textOf(node: RootContent | ElementContent): string {
  if (node.type === 'text') return node.value;
  if (node.type === 'element') return node.children.map(textOf).join('');
  return '';
}

/** Everything a reader of the Markdown does not need: UI, hidden labels, cards, charts, scripts. */
function isDropped(node: Element): boolean {
  if (['script', 'style', 'template', 'button', 'input', 'select', 'textarea', 'svg', 'noscript', 'label', 'output'].includes(node.tagName)) {
    // A widget's <output> holds its result; keep its text.
    return node.tagName !== 'output';
  }
  const drop = ['anchor-link', 'hover-card', 'sr-only', 'toc', 'toc-mobile', 'ref-more', 'backlinks', 'widget-controls', 'needs-js', 'copy-code', 'heading-alias', 'cite-this-page'];
  return classesOf(node).some((c) => drop.includes(c)) || node.properties?.hidden === true || node.tagName === 'site-cite';
}

const BLOCKS = new Set(['p', 'div', 'ul', 'ol', 'li', 'dl', 'dt', 'dd', 'pre', 'figure', 'figcaption', 'section', 'blockquote', 'h2', 'h3', 'h4']);

/** GFM table cells hold one line: block content (a widget's lists) is lifted into it, separated by spaces. */
function inlineOnly(children: readonly ElementContent[]): ElementContent[] {
  return children.flatMap((child): ElementContent[] => {
    if (child.type !== 'element') return [child];
    if (child.properties?.dataMath) return [{ ...child, tagName: 'span', properties: { dataMath: 'inline' } }];
    if (BLOCKS.has(child.tagName)) return [{ type: 'text', value: ' ' }, ...inlineOnly(child.children), { type: 'text', value: ' ' }];
    return [{ ...child, children: inlineOnly(child.children) }];
  });
}

/** Rewrites the page's hast in place into what plain Markdown can say. */
export function simplifyForMarkdown(tree: Root, page: MarkdownPage, refUrls: ReadonlyMap<string, string>): void {
  visit(tree, 'element', (node: Element, index, parent) => {
    if (!parent || index === undefined) return;
    const replace = (...nodes: ElementContent[]) => {
      parent.children.splice(index, 1, ...nodes);
      return [SKIP, index + nodes.length] as [typeof SKIP, number];
    };
    if (isDropped(node)) return replace();
    // Formulas: data-math marks them for the handlers below.
    if (hasClass(node, 'katex-display') || (hasClass(node, 'katex') && node.tagName === 'span')) {
      const display = hasClass(node, 'katex-display');
      return replace({ type: 'element', tagName: display ? 'div' : 'span', properties: { dataMath: display ? 'display' : 'inline' }, children: [{ type: 'text', value: texOf(node) }] });
    }
    // An equation's number "(5)" is text before its label, not a link to itself.
    if (hasClass(node, 'equation-anchor')) {
      const number = node.children.find((c): c is Element => c.type === 'element' && hasClass(c, 'equation-number'));
      return replace({ type: 'text', value: `${number ? textOf(number) : ''} ` });
    }
    // A citation "[1, §2]" links to its source.
    if (hasClass(node, 'cite')) {
      const link = node.children.find((c): c is Element => c.type === 'element' && c.tagName === 'a');
      const id = String(link?.properties?.href ?? '').replace(/^#ref-/, '');
      const label = link ? textOf(link) : '';
      const href = refUrls.get(id);
      return replace(href ? { type: 'element', tagName: 'a', properties: { href }, children: [{ type: 'text', value: label }] } : { type: 'text', value: label });
    }
    // A figure: its caption and its diagram's description stand in for the drawing.
    if (node.tagName === 'figure' && hasClass(node, 'figure')) {
      const caption = node.children.find((c): c is Element => c.type === 'element' && c.tagName === 'figcaption');
      let desc = '';
      visit(node, 'element', (child: Element) => {
        if (!desc && child.tagName === 'desc') desc = textOf(child).trim();
      });
      const text = [caption ? textOf(caption).trim() : '', desc].filter(Boolean).join(' ');
      return replace({ type: 'element', tagName: 'p', properties: {}, children: [{ type: 'element', tagName: 'em', properties: {}, children: [{ type: 'text', value: text }] }] });
    }
    // Relative links become absolute, so the Markdown works wherever it is read.
    if (node.tagName === 'a' && typeof node.properties?.href === 'string') {
      const href = node.properties.href;
      if (!/^[a-z][a-z0-9+.-]*:/i.test(href)) node.properties.href = new URL(href, page.url).href;
    }
  });
  visit(tree, 'element', (node: Element) => {
    if (node.tagName === 'td' || node.tagName === 'th') {
      node.children = inlineOnly(node.children);
      return SKIP;
    }
  });
}

const mathHandler =
  (fallback: Handle): Handle =>
  (state, node, parent) => {
    const kind = node.properties?.dataMath;
    if (kind === 'display') return { type: 'math', value: textOf(node) } as never;
    if (kind === 'inline') return { type: 'inlineMath', value: textOf(node) } as never;
    return fallback(state, node, parent);
  };

/** hast → mdast, and mdast → text: made once, used for every page. */
const toMarkdownTree = unified()
  .use(rehypeRemark, { handlers: { div: mathHandler(defaultHandlers.div), span: mathHandler(defaultHandlers.span) } })
  .use(remarkGfm)
  .use(remarkMath)
  .use(remarkStringify, { bullet: '-', emphasis: '_', rule: '-' })
  .freeze();
const writeMarkdown = unified().use(remarkGfm).use(remarkMath).use(remarkStringify, { bullet: '-', emphasis: '_', rule: '-' }).freeze();

/** The Markdown of one page: a title, its description, a source line, then its content. */
export async function pageToMarkdown(html: string, page: MarkdownPage): Promise<string> {
  return documentToMarkdown(parse(html), page);
}

/**
 * The source of the page's first <article> element, tags included, or undefined when it has none. Only
 * this part is sent to the export worker and parsed there: on a generated page it is a quarter of the
 * HTML (the head's styles and scripts and the sidebar are the rest). Nested articles are counted, so the
 * slice ends at the first article's own closing tag. Every match is a tag because built HTML spells a
 * literal "<" in text and code listings as "&lt;" (tests/site/publish.test.ts checks, on every built
 * page, that the slice is the first <article> as parse5 locates it).
 */
export function articleSource(html: string): string | undefined {
  const start = html.search(/<article[\s>]/);
  if (start < 0) return undefined;
  const tags = /<(\/?)article[\s>]/g;
  tags.lastIndex = start;
  let depth = 0;
  for (let match = tags.exec(html); match; match = tags.exec(html)) {
    depth += match[1] ? -1 : 1;
    if (depth === 0) return html.slice(start, html.indexOf('>', match.index) + 1);
  }
  return undefined;
}

/** The Markdown of one page from the source of its <article> (articleSource). */
export async function articleToMarkdown(article: string, page: MarkdownPage): Promise<string> {
  return documentToMarkdown(parseFragment(article), page);
}

/** The first <article> of a parse5 document, depth-first in document order. */
function firstArticle(document: ParsedNode): ParsedElement | undefined {
  let found: ParsedElement | undefined;
  forEachElement(document, (node) => {
    if (!found && node.nodeName === 'article') found = node;
  });
  return found;
}

/**
 * The same from a page already parsed by parse5 (the build parses each page once: src/build/post-build.ts).
 * Only the <article> becomes hast: converting the whole page (sidebar, header, scripts) cost more than
 * the rest of the export.
 */
export async function documentToMarkdown(document: ParsedNode, page: MarkdownPage): Promise<string> {
  const found = firstArticle(document);
  if (!found) throw new Error(`no <article> in ${page.url}`);
  const article = fromParse5(found as Parameters<typeof fromParse5>[0]) as Element;
  // The page header (title, lede, date) is written from the page's data instead.
  article.children = article.children.filter((c) => !(c.type === 'element' && c.tagName === 'header'));
  // Sources cited on the page: id → URL, from its reference list.
  const refUrls = new Map<string, string>();
  visit(article, 'element', (node: Element) => {
    const id = String(node.properties?.id ?? '');
    if (node.tagName === 'li' && id.startsWith('ref-')) {
      const link = node.children.find((c): c is Element => c.type === 'element' && c.tagName === 'a');
      if (typeof link?.properties?.href === 'string') refUrls.set(id.slice(4), link.properties.href);
    }
  });
  const tree: Root = { type: 'root', children: article.children };
  simplifyForMarkdown(tree, page, refUrls);
  const markdown = writeMarkdown.stringify((await toMarkdownTree.run(tree as never)) as never);
  const header = [`# ${page.title}`, '', `> ${page.description}`, '', `Source: ${page.url}${page.updated ? ` (updated ${page.updated})` : ''}`, ''];
  return `${header.join('\n')}\n${String(markdown).trim()}\n`;
}
