import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import katex from 'katex';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';
import { UNSTYLED_KATEX_CLASSES, leanKatexHtml } from '../../src/markdown/katex-lean';
import { katexOptions } from '../../src/markdown/katex-options';

const TEX = String.raw`\hat{A}_i = \frac{r_i - \operatorname{mean}(r_1, \dots, r_G)}{\operatorname{std}(r_1, \dots, r_G)} + \left( \sum_{k=1}^{n} x_k^{2} \right)`;
/** The first element with this class, and the class names of every element inside it. */
function part(tree: Root, name: string): Element {
  let found: Element | undefined;
  visit(tree, 'element', (e: Element) => {
    if (!found && ((e.properties.className as string[] | undefined) ?? []).includes(name)) found = e;
  });
  return found!;
}
function classesInside(element: Element): string[] {
  const names: string[] = [];
  visit(element, 'element', (e: Element) => {
    if (e !== element) names.push(...((e.properties.className as string[] | undefined) ?? []));
  });
  return names;
}
const rendered = () => fromHtml(katex.renderToString(TEX, { ...katexOptions, displayMode: true }), { fragment: true });

describe('leanKatexHtml', () => {
  it('drops the TeX-class names from the HTML rendering and keeps every other class', () => {
    const tree = rendered();
    const before = classesInside(part(tree, 'katex-html'));
    expect(before.some((c) => UNSTYLED_KATEX_CLASSES.has(c))).toBe(true);
    leanKatexHtml(tree);
    const after = classesInside(part(tree, 'katex-html'));
    expect(after.filter((c) => UNSTYLED_KATEX_CLASSES.has(c))).toEqual([]);
    expect(after).toEqual(before.filter((c) => !UNSTYLED_KATEX_CLASSES.has(c)));
    expect(after).toContain('mfrac');
  });

  it('leaves the MathML half (what assistive technology reads) byte for byte', () => {
    const original = rendered();
    const lean = rendered();
    leanKatexHtml(lean);
    expect(toHtml(part(lean, 'katex-mathml'))).toBe(toHtml(part(original, 'katex-mathml')));
  });

  it('drops only names that no rule in KaTeX’s stylesheet selects', () => {
    const require = createRequire(import.meta.url);
    const css = readFileSync(require.resolve('katex/dist/katex.min.css'), 'utf8');
    const styled = new Set([...css.matchAll(/\.([A-Za-z][\w-]*)/g)].map((m) => m[1]));
    for (const name of UNSTYLED_KATEX_CLASSES) expect(styled.has(name), name).toBe(false);
  });
});
