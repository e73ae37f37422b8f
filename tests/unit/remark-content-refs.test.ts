import { describe, expect, it } from 'vitest';
import { VFile } from 'vfile';
import type { Root } from 'mdast';
import { checkTex, collectContentRefs, pathOfContentFile } from '../../src/markdown/remark-content-refs';
import { sources } from '../../src/data/sources';

const pos = (line: number) => ({ start: { line, column: 1, offset: 0 }, end: { line, column: 2, offset: 1 } });
const jsx = (name: string, attrs: Record<string, string>, line: number, children: unknown[] = []) => ({
  type: 'mdxJsxFlowElement',
  name,
  attributes: Object.entries(attrs).map(([k, v]) => ({ type: 'mdxJsxAttribute', name: k, value: v })),
  children,
  position: pos(line),
});
const math = (value: string, line: number) => ({ type: 'math', value, position: pos(line) });
const tree = (...children: unknown[]) => ({ type: 'root', children }) as unknown as Root;
const file = () => new VFile({ path: '/site/content/approaches/demo.mdx' });
const key = sources[0]!.id;
const key2 = sources[1]!.id;

describe('collectContentRefs', () => {
  it('numbers citations by first use and counts repeats', () => {
    const t = tree(jsx('Cite', { id: key2 }, 3), jsx('Cite', { id: key }, 4), jsx('Cite', { id: key2 }, 5));
    const refs = collectContentRefs(t, file());
    expect(refs.citations).toEqual([
      { id: key2, n: 1, count: 2 },
      { id: key, n: 2, count: 1 },
    ]);
    const third = (t.children[2] as unknown as { attributes: { name: string; value: string }[] }).attributes;
    expect(third.find((a) => a.name === 'n')?.value).toBe('1');
    expect(third.find((a) => a.name === 'occurrence')?.value).toBe('2');
  });

  it('rejects an unknown citation key with file and line', () => {
    expect(() => collectContentRefs(tree(jsx('Cite', { id: 'nope' }, 7)), file())).toThrow(/demo\.mdx:7:1: unknown citation key "nope"/);
  });

  it('collects numbered equations with their TeX and label', () => {
    const t = tree(jsx('Equation', { id: 'eq-a', label: 'First' }, 2, [math('a^2', 4)]), jsx('Equation', { id: 'eq-b', label: 'Second' }, 8, [math('b', 10)]));
    const refs = collectContentRefs(t, file());
    expect(refs.equations).toEqual([
      { id: 'eq-a', label: 'First', tex: 'a^2', number: 1 },
      { id: 'eq-b', label: 'Second', tex: 'b', number: 2 },
    ]);
    expect(refs.hasMath).toBe(true);
  });

  it('rejects duplicate and badly named ids, and equations without a formula', () => {
    const dup = tree(jsx('Figure', { id: 'fig-x', caption: 'c' }, 2), jsx('Figure', { id: 'fig-x', caption: 'c' }, 9));
    expect(() => collectContentRefs(dup, file())).toThrow(/:9:1: the id "fig-x" is already used at .*demo\.mdx:2:1/);
    expect(() => collectContentRefs(tree(jsx('Figure', { id: 'Fig 1', caption: 'c' }, 2)), file())).toThrow(/must look like fig-/);
    expect(() => collectContentRefs(tree(jsx('Equation', { id: 'eq-x', label: 'l' }, 2)), file())).toThrow(/exactly one \$\$/);
  });

  it('rejects invalid TeX with the expression and line', () => {
    expect(() => collectContentRefs(tree(math('\\fracc{1}{2}', 12)), file())).toThrow(/demo\.mdx:12:1: invalid TeX in "\\fracc\{1\}\{2\}"/);
  });
});

describe('helpers', () => {
  it('checkTex accepts valid TeX and explains invalid TeX', () => {
    expect(checkTex('\\frac{1}{2}', true)).toBeNull();
    expect(checkTex('\\frac{1}{2', true)).toMatch(/KaTeX parse error/);
  });

  it('maps content files to site paths', () => {
    expect(pathOfContentFile('/site/content/approaches/pure-rl.mdx', '/site/content')).toBe('/approaches/pure-rl/');
    expect(pathOfContentFile('/site/content/deepseek-r1.mdx', '/site/content')).toBe('/deepseek-r1/');
    expect(pathOfContentFile('/elsewhere/x.mdx', '/site/content')).toBeNull();
  });
});
