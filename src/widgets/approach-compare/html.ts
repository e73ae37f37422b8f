/**
 * HTML as data, for the comparison's result list: view.ts describes it once as HtmlNode trees, Astro
 * serialises them at build time (so the page shows the default verdicts without JavaScript) and the
 * element turns the same trees into DOM nodes, so the static and the live list cannot drift. The kit has
 * the same idea for SVG only (kit/svg.ts); this is its HTML counterpart, kept here because the kit is
 * not ours to change. Text goes in through escaping or textContent, never parsed as markup.
 */
import { escapeXml } from '../kit/svg';

export interface HtmlNode {
  tag: 'li' | 'ul' | 'div' | 'p' | 'a' | 'span' | 'strong' | 'table' | 'caption' | 'thead' | 'tbody' | 'tr' | 'th' | 'td';
  attrs?: Record<string, string>;
  children?: (HtmlNode | string)[];
}

/** Markup for `nodes` (build time). */
export function htmlToString(nodes: readonly (HtmlNode | string)[]): string {
  return nodes
    .map((node) => {
      if (typeof node === 'string') return escapeXml(node);
      const attrs = Object.entries(node.attrs ?? {})
        .map(([name, value]) => ` ${name}="${escapeXml(value)}"`)
        .join('');
      return `<${node.tag}${attrs}>${htmlToString(node.children ?? [])}</${node.tag}>`;
    })
    .join('');
}

/** DOM nodes for `nodes` (in the browser). */
export function createHtmlNodes(nodes: readonly (HtmlNode | string)[]): Node[] {
  return nodes.map((node) => {
    if (typeof node === 'string') return document.createTextNode(node);
    const element = document.createElement(node.tag);
    for (const [name, value] of Object.entries(node.attrs ?? {})) element.setAttribute(name, value);
    element.append(...createHtmlNodes(node.children ?? []));
    return element;
  });
}
