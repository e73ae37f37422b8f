/**
 * The site's Markdown plugins run through a real MDX compiler (Sätteri, the one Astro's MDX
 * integration uses, with the site's plugin lists) on small in-memory pages: what they number and
 * publish, and how a mistake fails with the file and line. Line numbers below count from the first
 * line of each page body.
 */
import type { Root as MdastRoot } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import katex from 'katex';
import { visit } from 'unist-util-visit';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { glossary } from '../../src/data/glossary';
import { sources } from '../../src/data/sources';
import { refsOf } from '../../src/markdown/vfile-data';
import { compileMdxPage } from './mdx-page';

const key = sources[0]!.id;
const key2 = sources[1]!.id;
const term = glossary[0]!.id;
const term2 = glossary[1]!.id;

/** Compiles one page body as content/approaches/demo.mdx of this project; `file.data` is the page's `ctx.data`. */
async function compilePage(...lines: string[]) {
  const { data, mdast, hast } = compileMdxPage(lines.join('\n'));
  return { file: { data }, mdast, hast };
}

/** The literal props of every use of a component, in page order. */
function propsOf(tree: MdastRoot, component: string): Record<string, unknown>[] {
  const found: Record<string, unknown>[] = [];
  visit(tree, (node) => {
    if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name === component) {
      const element = node as MdxJsxFlowElement | MdxJsxTextElement;
      found.push(Object.fromEntries(element.attributes.flatMap((a) => (a.type === 'mdxJsxAttribute' ? [[a.name, a.value]] : []))));
    }
  });
  return found;
}

describe('numbering', () => {
  it('numbers citations by first use and counts repeats', async () => {
    const { file, mdast } = await compilePage(`A <Cite id="${key2}" /> b <Cite id="${key}" /> c <Cite id="${key2}" loc="§2" />.`);
    expect(file.data.contentRefs?.citations).toEqual([
      { id: key2, n: 1, count: 2 },
      { id: key, n: 2, count: 1 },
    ]);
    expect(propsOf(mdast, 'Cite')).toEqual([
      { id: key2, n: '1', occurrence: '1' },
      { id: key, n: '2', occurrence: '1' },
      { id: key2, loc: '§2', n: '1', occurrence: '2' },
    ]);
  });

  it('counts the uses of each glossary term on the page, for unique hover-card ids', async () => {
    const { file, mdast } = await compilePage(`<Term id="${term}">a</Term>, <Term id="${term2}">b</Term> and <Term id="${term}">a again</Term>.`);
    expect(propsOf(mdast, 'Term').map((p) => `${p.id} ${p.occurrence}`)).toEqual([`${term} 1`, `${term2} 1`, `${term} 2`]);
    expect(file.data.contentRefs?.terms).toEqual([term, term2]);
  });

  it('numbers equations and figures in page order and keeps each equation’s TeX and label', async () => {
    const { file, mdast } = await compilePage(
      '<Equation id="eq-a" label="First">',
      '',
      '$$',
      'a^2',
      '$$',
      '',
      '</Equation>',
      '',
      '<Figure id="fig-x" caption="A box" />',
      '',
      '<Equation id="eq-b" label="Second">',
      '',
      '$$',
      'b',
      '$$',
      '',
      '</Equation>',
    );
    expect(file.data.contentRefs?.equations).toEqual([
      { id: 'eq-a', label: 'First', tex: 'a^2', number: 1 },
      { id: 'eq-b', label: 'Second', tex: 'b', number: 2 },
    ]);
    expect(file.data.contentRefs?.figures).toEqual([{ id: 'fig-x', caption: 'A box', number: 1 }]);
    expect(propsOf(mdast, 'Equation').map((p) => p.number)).toEqual(['1', '2']);
    expect(file.data.contentRefs?.hasMath).toBe(true);
  });

  it('publishes the page’s references as Astro frontmatter', async () => {
    const { file } = await compilePage(`Plain text <Cite id="${key}" />.`);
    const refs = refsOf(file.data.astro?.frontmatter ?? {});
    expect(refs).toBe(file.data.contentRefs);
    expect(refs.hasMath).toBe(false);
  });
});

describe('link sources', () => {
  it('marks each link with the project-relative file and line it was written on', async () => {
    const { hast } = await compilePage('Intro.', '', 'See [a page](/a/) and', '<a href="/b/#c">a section</a>.');
    const links: [unknown, unknown][] = [];
    visit(hast, (node) => {
      if (node.type === 'element' && node.tagName === 'a') links.push([node.properties.href, node.properties.dataMdxSource]);
      if (node.type === 'mdxJsxTextElement' && node.name === 'a') {
        const attr = (name: string) => node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === name)?.value;
        links.push([attr('href'), attr('data-mdx-source')]);
      }
    });
    expect(links).toEqual([
      ['/a/', 'content/approaches/demo.mdx:3'],
      ['/b/#c', 'content/approaches/demo.mdx:4'],
    ]);
  });
});

describe('math', () => {
  afterEach(() => vi.restoreAllMocks());

  it('renders each formula once, as MathML only', async () => {
    const render = vi.spyOn(katex, 'renderToString');
    const { hast } = await compilePage('Inline $x^2$ and $y$.', '', '$$', '\\frac{1}{2}', '$$');
    expect(render).toHaveBeenCalledTimes(3);
    const classes: string[] = [];
    visit(hast, 'element', (node) => {
      if (node.tagName === 'math' || node.properties.className === undefined) return;
      classes.push(...(node.properties.className as string[]));
    });
    expect(classes.filter((c) => c === 'katex')).toHaveLength(3);
    expect(classes).toContain('katex-display');
    expect(classes).not.toContain('katex-error');
    expect(classes).not.toContain('katex-html');
    let maths = 0;
    visit(hast, 'element', (node) => void (node.tagName === 'math' && maths++));
    expect(maths).toBe(3);
  });
});

describe('mistakes fail with file and line', () => {
  const fails = (lines: string[], message: RegExp) => expect(compilePage(...lines)).rejects.toThrow(message);

  it('an unknown citation key', () =>
    fails(['Fine.', '', 'A claim <Cite id="no-such-paper-2099" />.'], /demo\.mdx:3:9: unknown citation key "no-such-paper-2099"/));

  it('an unknown glossary term', () =>
    fails(['Fine.', '', '', 'Some <Term id="no-such-term">jargon</Term>.'], /demo\.mdx:4:6: unknown glossary term "no-such-term"/));

  it('invalid TeX, with the formula', () =>
    fails(['Fine: $x^2$.', '', 'Broken: $\\fracc{1}{2}$.'], /demo\.mdx:3:9: invalid TeX in "\\fracc\{1\}\{2\}": KaTeX parse error/));

  it('TeX that only strict mode rejects', () => fails(['', 'Unicode in math mode: $é$.'], /demo\.mdx:2:23: invalid TeX in "é"/));

  it('an id used twice, naming both places', () =>
    fails(['<Figure id="fig-x" caption="c" />', '', '<Figure id="fig-x" caption="c" />'], /demo\.mdx:3:1: the id "fig-x" is already used at .*demo\.mdx:1:1/));

  it('badly named ids, missing props and an equation without its formula', async () => {
    await fails(['<Figure id="Fig 1" caption="c" />'], /demo\.mdx:1:1: figure id "Fig 1" must look like fig-/);
    await fails(['<Equation id="eq-x" label="l">', '', 'no formula', '', '</Equation>'], /demo\.mdx:1:1: <Equation id="eq-x"> must contain exactly one \$\$/);
    await fails(['', '<Figure id="fig-y" />'], /demo\.mdx:2:1: <Figure> needs a literal caption="..." attribute/);
    await fails(['<Cite id={someKey} />'], /demo\.mdx:1:1: <Cite> needs a literal id="..." attribute/);
  });
});
