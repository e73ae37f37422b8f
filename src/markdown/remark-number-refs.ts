/**
 * Number step, after remark-validate-refs: numbers the page's references in document order and hands
 * each component its numbers as props, so the rendered ids and labels depend only on this page:
 * - <Cite>: `n` (citations are numbered by first use) and `occurrence` (k-th citation of that source);
 * - <Term>: `occurrence` (k-th use of that term), which makes its hover-card id unique on the page;
 * - <Equation>, <Figure>: `number`.
 * The summary goes to `vfile.data.contentRefs`.
 */
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { requireData, type ContentRefs, type MdxJsxElement, type PageCitation } from './vfile-data.ts';

function setProp(node: MdxJsxElement, name: string, value: number): void {
  node.attributes = node.attributes.filter((a) => !(a.type === 'mdxJsxAttribute' && a.name === name));
  node.attributes.push({ type: 'mdxJsxAttribute', name, value: String(value) });
}

export function remarkNumberRefs() {
  return (_tree: Root, file: VFile) => {
    const citations = new Map<string, PageCitation>();
    const termUses = new Map<string, number>();
    const refs: ContentRefs = {
      citations: [],
      terms: [],
      equations: [],
      figures: [],
      hasMath: requireData(file, 'hasMath', 'remark-read-refs'),
    };

    for (const { component, node, props, displayMath } of requireData(file, 'referenceUses', 'remark-read-refs')) {
      const id = props.id!; // remark-validate-refs has checked every required prop
      switch (component) {
        case 'Cite': {
          let citation = citations.get(id);
          if (!citation) {
            citation = { id, n: citations.size + 1, count: 0 };
            citations.set(id, citation);
          }
          citation.count += 1;
          setProp(node, 'n', citation.n);
          setProp(node, 'occurrence', citation.count);
          break;
        }
        case 'Term': {
          const occurrence = (termUses.get(id) ?? 0) + 1;
          termUses.set(id, occurrence);
          setProp(node, 'occurrence', occurrence);
          break;
        }
        case 'Equation': {
          const number = refs.equations.length + 1;
          refs.equations.push({ id, label: props.label!, tex: displayMath[0]!, number });
          setProp(node, 'number', number);
          break;
        }
        case 'Figure': {
          const number = refs.figures.length + 1;
          refs.figures.push({ id, caption: props.caption!, number });
          setProp(node, 'number', number);
          break;
        }
      }
    }
    refs.citations = [...citations.values()];
    refs.terms = [...termUses.keys()];
    file.data.contentRefs = refs;
  };
}
