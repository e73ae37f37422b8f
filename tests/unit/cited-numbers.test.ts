import { describe, expect, it } from 'vitest';
import type { Root } from 'mdast';
import { mdxToMdast } from 'satteri';
import { findFigures, uncitedFigures, uncitedGlossaryEntries } from '../../src/markdown/cited-numbers';
import { findUncitedBlocks } from '../../src/markdown/mdast-cited-numbers';
import { contentFeatures } from '../../src/markdown/pipeline';
import { glossary } from '../../src/data/glossary';
import { compileMdxPage } from './mdx-page';
import { sourcesById } from '../../src/data/sources';

const figures = (text: string) => findFigures(text).map((f) => f.text);
const kinds = (text: string) => findFigures(text).map((f) => f.kind);

describe('findFigures: sourced-looking figures', () => {
  it.each([
    ['accuracy rose from 17.7% to 78.7%', ['17.7%', '78.7%']],
    ['gains of +17.9% on GSM8K and 27 percent on AIME', ['+17.9%', '27 percent']],
    ['R1 scores 79.8 against 79.2', ['79.8', '79.2']],
    ['the population standard deviation is about 0.433', ['0.433']],
    ['about 800K samples, 2.788M GPU-hours, 14.8T tokens and a 128K-token context', ['800K', '2.788M', '14.8T', '128K']],
    ['the Abel data has 120k examples; PRM800K has 1.5 million labels', ['120k', '1.5 million']],
    ['327,680 prompts and 6,998 examples', ['327,680', '6,998']],
    ['a 7B student, a 671B-parameter teacher and no 0.5B model', ['7B', '671B', '0.5B']],
    ['under $450, roughly $5.58M, about $6 million', ['$450', '$5.58M', '$6 million']],
    ['often quoted as six million dollars', ['six million dollars']],
    ['released 2025-01-20, announced 12 September 2024', ['2025-01-20', '12 September 2024']],
    ['the January 2025 paper; the copy dated Feb 05, 2025', ['January 2025', 'Feb 05, 2025']],
  ])('finds the figures in %j', (text, expected) => {
    expect(figures(text)).toEqual(expected);
  });

  it('labels each figure with its kind', () => {
    expect(kinds('79.8, 17.7%, 800K, 7B, $450, January 2025')).toEqual(['score', 'percent', 'count', 'size', 'money', 'date']);
  });

  it('reports the offset of each figure', () => {
    expect(findFigures('R1 scores 79.8')).toEqual([{ text: '79.8', kind: 'score', index: 10 }]);
  });
});

describe('findFigures: pragmatic about false positives', () => {
  it.each([
    'the four approaches, in three stages, over 64 samples',
    'see Table 2, Tables 4 and 5, Figure 3 and eq. 2',
    'see §2.3, §2.3.1–2.3.4 and Section 4.1',
    'pass@1, cons@64 and pass@k',
    'the 89th percentile, the 1st stage, the top 500 students',
    'AIME 2024, CNMO 2024 and GPT-4o-0513 against o1-1217',
    'Qwen2.5-32B-Instruct, DeepSeek-R1-Distill-Qwen-7B and Llama-3.3-70B-Instruct',
    'Llama 3.1 or Llama 3.3 licenses, AlpacaEval 2.0, Claude-3.5-Sonnet and Apache-2.0 terms',
    'eight H100 GPUs or H800s',
    'a cyclist riding at 18 km/h for two and a half hours covers 18 × 2.5 = 45 km',
    'Step 1. Generate. Step 2. Filter.',
  ])('finds nothing in %j', (text) => {
    expect(findFigures(text)).toEqual([]);
  });
});

describe('uncitedFigures', () => {
  it('reports nothing for a cited block and everything for an uncited one', () => {
    expect(uncitedFigures('R1 scores 79.8', true)).toEqual([]);
    expect(uncitedFigures('R1 scores 79.8', false).map((f) => f.text)).toEqual(['79.8']);
  });
});

/** Run the plugin exactly as a build would: Sätteri compiles the page (content/demo.mdx) with the site's plugins. */
function run(mdx: string, description?: string): void {
  compileMdxPage(mdx, { path: 'content/demo.mdx', frontmatter: description === undefined ? {} : { description } });
}

const tree = (mdx: string) => mdxToMdast(mdx, { features: contentFeatures }) as Root;

describe('remarkCitedNumbers: blocks that must fail', () => {
  it('a paragraph with a score and no citation, naming file, line and figure', () => {
    expect(() => run('# Results\n\nR1 reaches 79.8 on AIME 2024.\n')).toThrow(
      /demo\.mdx:3:1: paragraph states "79\.8" \(score\) without a <Cite>/,
    );
  });

  it('a list item, even when the lead-in paragraph cites', () => {
    const mdx = 'Results <Cite id="deepseek-r1" />:\n\n- R1 reaches 79.8.\n- Cited 72.6 <Cite id="deepseek-r1" />.\n';
    expect(() => run(mdx)).toThrow(/demo\.mdx:3:1: list item states "79\.8"/);
  });

  it('a nested list item on its own line', () => {
    const mdx = '- Parent <Cite id="deepseek-r1" />\n  - child with 800K samples\n';
    expect(() => run(mdx)).toThrow(/demo\.mdx:2:3: list item states "800K" \(count\)/);
  });

  it('a table row when neither neighbouring paragraph cites', () => {
    const mdx = '## Side by side\n\n| Model | AIME |\n|---|---:|\n| R1 | 79.8 <Cite id="deepseek-r1" /> |\n| o1 | 79.2 |\n';
    expect(() => run(mdx)).toThrow(/demo\.mdx:6:1: table row states "79\.2"/);
  });

  it('text inside a component, on one line or several', () => {
    expect(() => run('<Aside>R1 reaches 79.8.</Aside>\n')).toThrow(/demo\.mdx:1:1: paragraph states "79\.8"/);
    expect(() => run('<Aside kind="note">\nR1 reaches 79.8.\n</Aside>\n')).toThrow(/demo\.mdx:2:1: paragraph states "79\.8"/);
  });

  it('a figure caption, which cannot hold a citation', () => {
    const mdx = '<Figure id="fig-x" caption="The students reuse ~800K samples.">\n  <Chart />\n</Figure>\n';
    expect(() => run(mdx)).toThrow(/demo\.mdx:1:1: figure caption states "800K"/);
  });

  it('the frontmatter description', () => {
    expect(() => run('Text.\n', 'Sky-T1 for under $450.')).toThrow(/frontmatter description states "\$450" \(money\)/);
  });

  it('money, dates and sizes as well as scores', () => {
    expect(() => run('Trained for \\$450.\n')).toThrow(/"\$450" \(money\)/);
    expect(() => run('Released on 2025-01-20.\n')).toThrow(/"2025-01-20" \(date\)/);
    expect(() => run('A 3B model learned.\n')).toThrow(/"3B" \(size\)/);
  });

  it('figures outside an <Ours> marker in the same block', () => {
    expect(() => run('We get <Ours>0.433</Ours> from a mean of 0.25.\n')).toThrow(/"0\.25"/);
  });

  it('every failing block at once, as one fatal message', () => {
    let message = '';
    try {
      run('First 79.8.\n\nSecond 17.7%.\n');
    } catch (error) {
      message = String((error as Error).message);
      expect((error as { fatal?: boolean }).fatal).toBe(true);
    }
    expect(message).toMatch(/^2 blocks state figures without a citation:/);
    expect(message).toMatch(/demo\.mdx:1:1: .*"79\.8"/);
    expect(message).toMatch(/demo\.mdx:3:1: .*"17\.7%"/);
  });
});

describe('remarkCitedNumbers: blocks that must pass', () => {
  it.each([
    ['a cited paragraph', 'R1 reaches 79.8 <Cite id="deepseek-r1" loc="Table 4" />.\n'],
    ['a cited list item', '- R1 reaches 79.8 <Cite id="deepseek-r1" />.\n'],
    ['self-computed numbers in <Ours>', 'The mean is <Ours>0.25 and the deviation 0.433</Ours>.\n'],
    ['a made-up example in <Ours kind="example">', 'Suppose <Ours kind="example">\\$10 per million tokens</Ours>.\n'],
    ['headings, code and maths', '## Under \\$450\n\n```text\n79.8\n```\n\n$$\n0.433\n$$\n\nThe value is $p = 0.6$ or `1e-5`.\n'],
    ['prose without figures', 'Four approaches in three stages, see Table 2 and §2.3.1, with pass@1 and cons@64.\n'],
    ['a table with a cited lead-in', 'All numbers from the post <Cite id="sky-t1" />:\n\n| Model | AIME |\n|---|---:|\n| Sky-T1 | 43.3 |\n'],
    ['a table with a cited source note after it', '| Model | Size |\n|---|---|\n| R1 | 671B |\n\nSources for the table: <Cite id="deepseek-r1-repo" />.\n'],
    ['a table whose rows cite', '| Model | AIME |\n|---|---:|\n| R1 | 79.8 <Cite id="deepseek-r1" /> |\n'],
    ['a figure caption without figures', '<Figure id="fig-x" caption="Two ways to train the same base model.">\n  <Chart />\n</Figure>\n'],
    ['component attributes other than captions', '<Aside kind="caution" title="What is behind under $30">\nNo figures here.\n</Aside>\n'],
  ])('%s', (_name, mdx) => {
    expect(() => run(mdx)).not.toThrow();
  });

  it('a frontmatter description without figures', () => {
    expect(() => run('Text.\n', 'How small teams built reasoning models for hundreds of dollars or less.')).not.toThrow();
  });

  it('findUncitedBlocks reports instead of throwing', () => {
    expect(findUncitedBlocks(tree('Fine <Cite id="x" /> 79.8.\n\nNot fine 79.8.\n'))).toEqual([
      { kind: 'paragraph', line: 3, column: 1, figures: [{ text: '79.8', kind: 'score', index: 9 }] },
    ]);
  });
});

describe('glossary entries', () => {
  const entry = (id: string, definition: string, sources?: { id: string; loc?: string }[]) => ({ id, definition, sources });

  it('flag a figure without sources, and unknown source keys', () => {
    const problems = uncitedGlossaryEntries(
      [
        entry('a', 'Released in January 2025 under the MIT license.'),
        entry('b', 'A 3B model.', [{ id: 'tinyzero', loc: 'README' }]),
        entry('c', 'A general idea with no figures.'),
        entry('d', 'Cites a key that does not exist.', [{ id: 'nope' }]),
      ],
      sourcesById,
    );
    expect(problems.map((p) => p.id)).toEqual(['a', 'd']);
    expect(problems[0]!.message).toMatch(/"January 2025" \(date\)/);
    expect(problems[1]!.message).toMatch(/unknown source "nope"/);
  });

  it('the real glossary: every entry that states a figure has sources, and every source key exists', () => {
    expect(uncitedGlossaryEntries(glossary, sourcesById)).toEqual([]);
  });
});
