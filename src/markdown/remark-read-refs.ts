/**
 * Read step: finds every <Cite>, <Term>, <Equation> and <Figure> in a page and whether it has any
 * formula, and stores them in `vfile.data` (referenceUses, hasMath) for the steps that validate and
 * number them. Changes nothing in the tree.
 */
import type { Root } from 'mdast';
import type { MdxJsxAttribute } from 'mdast-util-mdx-jsx';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { REFERENCE_COMPONENTS, type MdxJsxElement, type ReferenceComponent, type ReferenceUse } from './vfile-data.ts';

const isReferenceComponent = (name: string | null): name is ReferenceComponent =>
  (REFERENCE_COMPONENTS as readonly (string | null)[]).includes(name);

/** Props written as literal strings; `{expressions}` are not statically known and are left out. */
function literalProps(node: MdxJsxElement): Record<string, string> {
  const props: Record<string, string> = {};
  for (const attribute of node.attributes) {
    if (attribute.type !== 'mdxJsxAttribute') continue;
    const { value } = attribute as MdxJsxAttribute;
    if (typeof value === 'string') props[attribute.name] = value;
    else if (value === null || value === undefined) props[attribute.name] = '';
  }
  return props;
}

export function remarkReadRefs() {
  return (tree: Root, file: VFile) => {
    const uses: ReferenceUse[] = [];
    let hasMath = false;
    visit(tree, (node) => {
      if (node.type === 'math' || node.type === 'inlineMath') hasMath = true;
      if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && isReferenceComponent(node.name)) {
        const displayMath: string[] = [];
        visit(node, 'math', (math) => {
          displayMath.push(math.value);
        });
        uses.push({ component: node.name, node, props: literalProps(node), displayMath });
      }
    });
    file.data.referenceUses = uses;
    file.data.hasMath = hasMath;
  };
}
