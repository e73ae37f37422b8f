/**
 * Update an <svg> to show new SvgNode trees while touching as little of the DOM as possible: nodes that
 * stay the same (axes, grid, labels) are left alone, changed attributes and texts are set in place, and
 * only surplus or different nodes are added or removed. A chart redrawn a few times per second during
 * training then costs the browser a few attribute writes instead of a rebuilt subtree, which keeps the
 * main thread's tasks short.
 */
// KIT CANDIDATE: a general alternative to kit/svg's renderSvgNodes for charts that redraw often.
import { createSvgNodes, type SvgNode } from '../kit/svg';

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
