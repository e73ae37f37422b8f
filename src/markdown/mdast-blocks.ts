/**
 * Where Sätteri's MDX tree differs from remark-mdx's in a way the plugins see: a component written on
 * one line with text inside (`<Aside>R1 reaches 79.8.</Aside>`) is a flow element whose children are
 * the text itself, where remark-mdx made a paragraph holding a text element. Both render the same
 * (MDX drops a paragraph that holds only a component), so the plugins treat such an element as the
 * paragraph it was: a block of its own.
 */
import type { Nodes } from 'mdast';

/** Node types that are blocks (flow content); everything else in mdast is phrasing. */
const BLOCKS: ReadonlySet<string> = new Set([
  'paragraph', 'heading', 'thematicBreak', 'blockquote', 'list', 'listItem', 'table', 'tableRow', 'tableCell', 'html', 'code',
  'math', 'definition', 'footnoteDefinition', 'yaml', 'toml', 'mdxJsxFlowElement', 'mdxFlowExpression', 'mdxjsEsm',
]);

/** A flow component holding only phrasing content (text, emphasis, inline components): a paragraph in all but name. */
export function isParagraphLikeElement(node: Readonly<Nodes>): boolean {
  return node.type === 'mdxJsxFlowElement' && node.children.length > 0 && node.children.every((child) => !BLOCKS.has(child.type));
}
