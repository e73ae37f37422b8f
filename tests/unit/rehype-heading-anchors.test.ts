import { describe, expect, it } from 'vitest';
import type { ElementContent, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { h } from 'hastscript';
import { toHtml } from 'hast-util-to-html';
import { renderFormula } from '../../src/markdown/katex-mathml';
import { rehypeHeadingAnchors } from '../../src/markdown/rehype-heading-anchors';
import { anchorHeadingHtml, anchorLink, headingText } from '../../src/site/anchor-heading';

const heading = (tag: string, id: string | undefined, text: string) => ({
  type: 'element' as const,
  tagName: tag,
  properties: id ? { id } : {},
  children: [{ type: 'text' as const, value: text }],
});

describe('rehypeHeadingAnchors', () => {
  it('wraps h2-h4 with ids and adds a labeled link after the heading', () => {
    const tree: Root = { type: 'root', children: [heading('h2', 'grpo', 'GRPO'), heading('h5', 'deep', 'Deep'), heading('h3', undefined, 'No id')] };
    rehypeHeadingAnchors()(tree);
    const wrapper = tree.children[0] as unknown as { tagName: string; children: { tagName: string; properties: Record<string, unknown>; children: { properties?: Record<string, unknown>; children: { value: string }[] }[] }[] };
    expect(wrapper.tagName).toBe('div');
    expect(wrapper.children[0]!.tagName).toBe('h2');
    const link = wrapper.children[1]!;
    expect(link.tagName).toBe('a');
    expect(link.properties.href).toBe('#grpo');
    expect(link.children[0]!.children[0]!.value).toBe('Link to section: GRPO');
    expect(link.children[0]!.properties).toHaveProperty('dataPagefindIgnore');
    // h5 and headings without ids are left alone.
    expect((tree.children[1] as { tagName: string }).tagName).toBe('h5');
    expect((tree.children[2] as { tagName: string }).tagName).toBe('h3');
  });
});

describe('anchor-heading markup', () => {
  it('is the same from the rehype plugin and from the component helper', () => {
    const tree: Root = { type: 'root', children: [heading('h3', 'why-r1', 'Why “R1” & not R2')] };
    rehypeHeadingAnchors()(tree);
    expect(anchorHeadingHtml('h3', 'why-r1', 'Why “R1” &amp; not R2')).toBe(toHtml(tree));
  });

  it('labels the link with the heading text, reading math from its MathML without the TeX source', () => {
    const formula = fromHtml(renderFormula('\\hat{x}', false), { fragment: true }).children as ElementContent[];
    expect(headingText(h('h2', ['Reward ', ...formula]))).toBe('Reward x\u02c6');
    const link = anchorLink('reward', '  Reward x ');
    expect(toHtml(link)).toBe(
      '<a class="anchor-link" href="#reward"><span class="sr-only" data-pagefind-ignore="">Link to section: Reward x</span><span aria-hidden="true" class="anchor-icon">#</span></a>',
    );
  });
});
