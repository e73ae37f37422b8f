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

/*
 * Update an <svg> to show new SvgNode trees while touching as little of the DOM as possible: nodes that
 * stay the same (axes, grid, labels) are left alone, changed attributes and texts are set in place, and
 * only surplus or different nodes are added or removed. A chart redrawn many times a second (training, a
 * drag) then costs a few attribute writes, and a focused drag handle stays the same node, keeping focus.
 */

/** Make `parent`'s element children (after any <title> and <desc>) match `nodes`. */
export function patchSvgNodes(parent: Element, nodes: readonly SvgNode[]): void {
  const children = Array.from(parent.children).filter((c) => c.tagName !== 'title' && c.tagName !== 'desc');
  nodes.forEach((node, i) => {
    const existing = children[i];
    if (!existing || existing.tagName !== node.tag) {
      const [created] = createSvgNodes([node]);
      if (existing) existing.replaceWith(created!);
      else parent.append(created!);
      return;
    }
    patchAttributes(existing, node);
    if (node.children) patchSvgNodes(existing, node.children);
    else if (node.text !== undefined && existing.textContent !== node.text) existing.textContent = node.text;
  });
  for (const extra of children.slice(nodes.length)) extra.remove();
}

function patchAttributes(element: Element, node: SvgNode): void {
  for (const [name, value] of Object.entries(node.attrs)) {
    const text = String(value);
    if (element.getAttribute(name) !== text) element.setAttribute(name, text);
  }
  for (const name of element.getAttributeNames()) if (!(name in node.attrs)) element.removeAttribute(name);
}
