/**
 * Number step, after mdast-validate-refs: numbers the page's references in document order and hands
 * each component its numbers as props, so the rendered ids and labels depend only on this page:
 * - <Cite>: `n` (citations are numbered by first use) and `occurrence` (k-th citation of that source);
 * - <Term>: `occurrence` (k-th use of that term), which makes its hover-card id unique on the page;
 * - <Equation>, <Figure>: `number`.
 * The summary goes to `ctx.data.contentRefs`.
 */
import type { MdxJsxAttributeNode as MdxJsxAttribute } from 'satteri';
import { defineMdastPlugin, type MdastVisitorContext } from 'satteri';
import { isReferenceComponent } from './mdast-read-refs.ts';
import { requireData, withAttributes, type ContentRefs, type MdxJsxElement, type PageCitation, type ReferenceUse } from './vfile-data.ts';

/** The page's numbered references, and the numeric props each use gets (in the order of `uses`). Pure. */
export function numberReferences(uses: readonly ReferenceUse[], hasMath: boolean): { refs: ContentRefs; props: Record<string, number>[] } {
  const citations = new Map<string, PageCitation>();
  const termUses = new Map<string, number>();
  const refs: ContentRefs = { citations: [], terms: [], equations: [], figures: [], hasMath };
  const props = uses.map(({ component, props, displayMath }): Record<string, number> => {
    const id = props.id!; // mdast-validate-refs has checked every required prop
    switch (component) {
      case 'Cite': {
        let citation = citations.get(id);
        if (!citation) {
          citation = { id, n: citations.size + 1, count: 0 };
          citations.set(id, citation);
        }
        citation.count += 1;
        return { n: citation.n, occurrence: citation.count };
      }
      case 'Term': {
        const occurrence = (termUses.get(id) ?? 0) + 1;
        termUses.set(id, occurrence);
        return { occurrence };
      }
      case 'Equation': {
        const number = refs.equations.length + 1;
        refs.equations.push({ id, label: props.label!, tex: displayMath[0]!, number });
        return { number };
      }
      case 'Figure': {
        const number = refs.figures.length + 1;
        refs.figures.push({ id, caption: props.caption!, number });
        return { number };
      }
    }
  });
  refs.citations = [...citations.values()];
  refs.terms = [...termUses.keys()];
  return { refs, props };
}

/** Per page: the props still to hand out, in document order (the order mdast-read-refs met the uses). */
const pending = new WeakMap<object, { props: Record<string, number>[]; next: number }>();

function setNumbers(node: Readonly<MdxJsxElement>, ctx: MdastVisitorContext): void {
  if (!isReferenceComponent(node.name)) return;
  const queue = pending.get(ctx.data)!;
  const numbers = queue.props[queue.next++]!;
  const attributes: MdxJsxAttribute[] = [];
  for (const a of node.attributes) if (!(a.type === 'mdxJsxAttribute' && a.name in numbers)) attributes.push(a as MdxJsxAttribute);
  for (const [name, value] of Object.entries(numbers)) attributes.push({ type: 'mdxJsxAttribute', name, value: String(value) });
  ctx.replaceNode(node, withAttributes(node, attributes));
}

export const numberRefs = defineMdastPlugin({
  name: 'number-refs',
  before(_root, ctx) {
    const uses = requireData(ctx.data, 'referenceUses', 'read-refs');
    const { refs, props } = numberReferences(uses, requireData(ctx.data, 'hasMath', 'read-refs'));
    ctx.data.contentRefs = refs;
    pending.set(ctx.data, { props, next: 0 });
  },
  // The same visitors, in the same document order, as the read step that listed the uses.
  mdxJsxFlowElement: setNumbers,
  mdxJsxTextElement: setNumbers,
});
