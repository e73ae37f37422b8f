/**
 * Read step: finds every <Cite>, <Term>, <Equation> and <Figure> in a page and whether it has any
 * formula, and stores them in `ctx.data` (referenceUses, hasMath) for the steps that validate and
 * number them. Changes nothing in the tree.
 */
import type { Nodes } from 'mdast';
import { defineMdastPlugin, type MdastVisitorContext } from 'satteri';
import { REFERENCE_COMPONENTS, type MdxJsxElement, type ReferenceComponent } from './vfile-data.ts';

export const isReferenceComponent = (name: string | null): name is ReferenceComponent =>
  (REFERENCE_COMPONENTS as readonly (string | null)[]).includes(name);

/** Props written as literal strings; `{expressions}` are not statically known and are left out. */
function literalProps(node: Readonly<MdxJsxElement>): Record<string, string> {
  const props: Record<string, string> = {};
  for (const attribute of node.attributes) {
    if (attribute.type !== 'mdxJsxAttribute') continue;
    const { value } = attribute;
    if (typeof value === 'string') props[attribute.name] = value;
    else if (value === null || value === undefined) props[attribute.name] = '';
  }
  return props;
}

/** The `$$ … $$` blocks inside an element, in order. */
function displayMathIn(node: Readonly<Nodes>, found: string[] = []): string[] {
  if (node.type === 'math') found.push(node.value);
  if ('children' in node) for (const child of node.children) displayMathIn(child, found);
  return found;
}

function readUse(node: Readonly<MdxJsxElement>, ctx: MdastVisitorContext): void {
  if (!isReferenceComponent(node.name)) return;
  ctx.data.referenceUses!.push({ component: node.name, node, props: literalProps(node), displayMath: displayMathIn(node as Nodes) });
}

export const readRefs = defineMdastPlugin({
  name: 'read-refs',
  // Positions name the file and line of a mistake (the validate step reads them from the stored nodes).
  options: { position: true },
  before(_root, ctx) {
    ctx.data.referenceUses = [];
    ctx.data.hasMath = false;
  },
  mdxJsxFlowElement: readUse,
  mdxJsxTextElement: readUse,
  math(_node, ctx) {
    ctx.data.hasMath = true;
  },
  inlineMath(_node, ctx) {
    ctx.data.hasMath = true;
  },
});
