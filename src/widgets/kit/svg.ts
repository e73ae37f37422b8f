/**
 * SVG as data. A widget's view.ts describes its chart as SvgNode trees; Astro serialises them at build
 * time (svgToString, so the page has the chart without JavaScript) and the browser element turns the same
 * trees into DOM nodes (renderSvgNodes). One description, so the static and the live chart cannot drift.
 */

export interface SvgNode {
  tag: 'g' | 'rect' | 'line' | 'text' | 'path' | 'circle' | 'tspan' | 'title';
  attrs: Record<string, string | number>;
  text?: string;
  children?: SvgNode[];
}

export const SVG_NS = 'http://www.w3.org/2000/svg';

/** Escape text for XML/HTML content and attribute values. */
export function escapeXml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/** Serialize nodes to SVG markup (build time; the browser builds real nodes instead). */
export function svgToString(nodes: readonly SvgNode[]): string {
  return nodes
    .map((n) => {
      const attrs = Object.entries(n.attrs)
        .map(([k, v]) => ` ${k}="${escapeXml(String(v))}"`)
        .join('');
      const inner = (n.text !== undefined ? escapeXml(n.text) : '') + (n.children ? svgToString(n.children) : '');
      return `<${n.tag}${attrs}>${inner}</${n.tag}>`;
    })
    .join('');
}

/** Build DOM nodes for `nodes` (text via textContent only, never parsed as markup). */
export function createSvgNodes(nodes: readonly SvgNode[]): SVGElement[] {
  return nodes.map((n) => {
    const el = document.createElementNS(SVG_NS, n.tag);
    for (const [name, value] of Object.entries(n.attrs)) el.setAttribute(name, String(value));
    if (n.text !== undefined) el.textContent = n.text;
    if (n.children) el.append(...createSvgNodes(n.children));
    return el;
  });
}

/** Replace everything in `parent` except its <title> and <desc> (its accessible name and text) with `nodes`. */
export function renderSvgNodes(parent: Element, nodes: readonly SvgNode[]): void {
  for (const child of Array.from(parent.children)) if (child.tagName !== 'title' && child.tagName !== 'desc') child.remove();
  parent.append(...createSvgNodes(nodes));
}
