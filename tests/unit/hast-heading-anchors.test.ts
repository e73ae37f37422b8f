import { describe, expect, it } from 'vitest';
import type { ElementContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { h } from 'hastscript';
import { toHtml } from 'hast-util-to-html';
import { defineHastPlugin, markdownToHtml } from 'satteri';
import { renderFormula } from '../../src/markdown/katex-mathml';
import { headingAnchors } from '../../src/markdown/hast-heading-anchors';
import { anchorHeadingHtml, anchorLink, headingText } from '../../src/site/anchor-heading';

/** Gives the headings the ids listed (by their text), as an earlier plugin would. */
const setIds = (ids: Record<string, string>) =>
  defineHastPlugin({
    name: 'test-set-ids',
    element: {
      filter: ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'],
      visit(node, ctx) {
        const id = ids[ctx.textContent(node)];
        if (id) ctx.setProperty(node, 'id', id);
      },
    },
  });

/** The page's HTML after Sätteri runs the anchor plugin on headings given these ids. */
const render = (markdown: string, ids: Record<string, string>) =>
  markdownToHtml(markdown, { hastPlugins: [setIds(ids), headingAnchors], features: { smartPunctuation: false } }).html;

describe('headingAnchors', () => {
  it('wraps h2-h4 with ids and adds a labeled link after the heading', () => {
    const html = render('## GRPO\n\n##### Deep\n\n### No id\n', { GRPO: 'grpo', Deep: 'deep' });
    const root = fromHtml(html, { fragment: true });
    const elements = root.children.filter((c) => c.type === 'element') as unknown as { tagName: string; children: { type: string; tagName: string; properties: Record<string, unknown>; children: { properties?: Record<string, unknown>; children: { value: string }[] }[] }[] }[];
    const wrapper = elements[0]!;
    expect(wrapper.tagName).toBe('div');
    const [heading, link] = wrapper.children.filter((c) => c.type === 'element');
    expect(heading!.tagName).toBe('h2');
    expect(link!.tagName).toBe('a');
    expect(link!.properties.href).toBe('#grpo');
    expect(link!.children[0]!.children[0]!.value).toBe('Link to section: GRPO');
    expect(link!.children[0]!.properties).toHaveProperty('dataPagefindIgnore');
    // h5 and headings without ids are left alone.
    expect(elements[1]!.tagName).toBe('h5');
    expect(elements[2]!.tagName).toBe('h3');
  });
});

describe('anchor-heading markup', () => {
  it('is the same from the Sätteri plugin and from the component helper', () => {
    const html = render('### Why “R1” & not R2\n', { 'Why “R1” & not R2': 'why-r1' });
    const same = (markup: string) => toHtml(fromHtml(markup, { fragment: true }));
    expect(same(html).trim()).toBe(same(anchorHeadingHtml('h3', 'why-r1', 'Why “R1” &amp; not R2')));
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
