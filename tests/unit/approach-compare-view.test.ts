/**
 * The approach comparison's view: the state in; the scenario sentence, the summary, the four rows (as HTML
 * data, with a link to each chapter section and a citation per example) and the decision table out.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import GithubSlugger from 'github-slugger';
import { describe, expect, it } from 'vitest';
import { defaultState } from '../../src/widgets/kit/schema';
import { readState, writeState } from '../../src/widgets/kit/url-state';
import { EVIDENCE } from '../../src/widgets/approach-compare/evidence';
import { htmlToString, type HtmlNode } from '../../src/widgets/approach-compare/html';
import { approachCompare } from '../../src/widgets/approach-compare/schema';
import {
  APPROACH_INFO,
  approachCompareView,
  decisionCell,
  decisionTable,
  type ApproachCompareState,
} from '../../src/widgets/approach-compare/view';

const defaults = defaultState(approachCompare);
const state = (changes: Partial<ApproachCompareState>): ApproachCompareState => ({ ...defaults, ...changes });

/** All text of a node tree, in document order. */
const textOf = (node: HtmlNode | string): string => (typeof node === 'string' ? node : (node.children ?? []).map(textOf).join(''));
/** Every node of a tree with the given tag. */
const findAll = (node: HtmlNode | string, tag: HtmlNode['tag']): HtmlNode[] =>
  typeof node === 'string' ? [] : [...(node.tag === tag ? [node] : []), ...(node.children ?? []).flatMap((child) => findAll(child, tag))];

describe('approach-compare view', () => {
  it('states the default scenario and its verdicts', () => {
    const view = approachCompareView(defaults);
    expect(view.scenario).toBe(
      'With a few hundred dollars for training, answers a rule can check, a strong teacher model and room for longer answers:',
    );
    expect(view.summary).toBe('Fits: Inference-time scaling, Pure SFT / distillation. Partly: Pure RL. Doesn’t fit: SFT + RL.');
    expect(view.sentence).toBe(`${view.scenario} ${view.summary}`);
    expect(view.caveat).toBe('');
    expect(view.rows.map((row) => row.attrs?.['data-verdict'])).toEqual(['fits', 'partly', 'no', 'fits']);
  });

  it('changes the rows when an answer changes', () => {
    const withTeacher = approachCompareView(defaults);
    const without = approachCompareView(state({ teacher: 'no' }));
    expect(without.rows[3]!.attrs?.['data-verdict']).toBe('no');
    expect(textOf(without.rows[3]!)).toContain('there is no teacher to copy');
    expect(textOf(without.rows[1]!)).not.toBe(textOf(withTeacher.rows[1]!));
    expect(without.summary).toBe('Fits: Inference-time scaling. Partly: Pure RL. Doesn’t fit: SFT + RL, Pure SFT / distillation.');

    const rich = approachCompareView(state({ budget: 'millions', teacher: 'no' }));
    expect(rich.rows.map((row) => row.attrs?.['data-verdict'])).toEqual(['fits', 'fits', 'fits', 'no']);

    const fast = approachCompareView(state({ latency: 'tight' }));
    expect(fast.rows[0]!.attrs?.['data-verdict']).toBe('no');
    expect(fast.caveat).toMatch(/answer at length too/);
    expect(fast.scenario).toContain('answers that must stay fast');
  });

  it('links each row to its chapter section and cites every example', () => {
    const titles = { 'deepseek-r1': 'DeepSeek-R1: Incentivizing…' };
    const view = approachCompareView(state({ budget: 'millions' }), titles);
    for (const row of view.rows) {
      const [name] = findAll(row, 'a');
      const approach = row.attrs!['data-approach'] as keyof typeof APPROACH_INFO;
      expect(name!.attrs).toMatchObject({ class: 'approach-compare-name', href: APPROACH_INFO[approach].href });
      const examples = findAll(findAll(row, 'ul')[0]!, 'li');
      expect(examples.length).toBeGreaterThan(0);
      for (const example of examples) {
        const cite = findAll(example, 'a')[0]!;
        expect(cite.attrs?.href).toMatch(/^\/reference\/bibliography\/#ref-[a-z0-9-]+$/);
        expect(textOf(cite)).toMatch(/^\[.+\]$/);
      }
    }
    const pureRl = htmlToString([view.rows[1]!]);
    expect(pureRl).toContain(`${EVIDENCE['r1-zero'].text} <a class="approach-compare-cite" href="/reference/bibliography/#ref-deepseek-r1"`);
    expect(pureRl).toContain('title="DeepSeek-R1: Incentivizing…, §2.2.4">[R1 paper, §2.2.4]</a>');
    expect(pureRl).toContain('<span aria-hidden="true">✓</span> Fits');
  });

  it('links to headings the chapters have', () => {
    for (const { href } of Object.values(APPROACH_INFO)) {
      const [path, fragment] = href.split('#') as [string, string];
      const source = readFileSync(join(__dirname, '../../content', `${path.replace(/^\/|\/$/g, '')}.mdx`), 'utf8');
      const slugger = new GithubSlugger();
      const ids = [...source.matchAll(/^#{2,4} (.+)$/gm)].map((m) => slugger.slug(m[1]!.replace(/\\\$/g, '$')));
      expect(ids, href).toContain(fragment);
    }
  });

  it('escapes text when writing markup', () => {
    expect(htmlToString([{ tag: 'p', attrs: { title: '"x" & <y>' }, children: ['<b>&'] }])).toBe(
      '<p title="&quot;x&quot; &amp; &lt;y&gt;">&lt;b&gt;&amp;</p>',
    );
  });

  it('builds the decision table from the rules', () => {
    expect(decisionCell('pure-rl', 'budget')).toEqual([
      { verdict: 'fits', answers: ['Millions of $'] },
      { verdict: 'partly', answers: ['Hundreds of $', 'Thousands of $'] },
      { verdict: 'no', answers: ['None'] },
    ]);
    expect(decisionCell('inference-time-scaling', 'budget')).toEqual([
      { verdict: 'fits', answers: ['None', 'Hundreds of $', 'Thousands of $', 'Millions of $'] },
    ]);
    expect(decisionCell('distillation', 'teacher')).toEqual([
      { verdict: 'fits', answers: ['Yes'] },
      { verdict: 'no', answers: ['No'] },
    ]);
    const table = decisionTable();
    expect(findAll(table, 'tr')).toHaveLength(5);
    expect(findAll(table, 'th').map(textOf).slice(0, 5)).toEqual([
      'Approach',
      'Training budget',
      'Answer check',
      'A strong teacher?',
      'Longer answers OK?',
    ]);
    expect(htmlToString([table])).toContain('<th scope="row"><a href="/approaches/pure-rl/#when-to-use-pure-rl">Pure RL</a></th>');
    // One verdict for every answer: the budget never decides whether inference-time scaling fits.
    expect(htmlToString([table])).toContain(
      '<span class="approach-compare-cell approach-compare-fits"><strong>Fits:</strong> any answer</span></td>',
    );
  });

  it('keeps every answer in the URL except the defaults', () => {
    const chosen = state({ budget: 'millions', teacher: 'no' });
    const search = writeState('approach-compare', approachCompare.fields, chosen, '');
    expect(search).toBe('?approach-compare.budget=millions&approach-compare.teacher=no');
    expect(readState('approach-compare', approachCompare.fields, search).state).toEqual(chosen);
    expect(writeState('approach-compare', approachCompare.fields, defaults, '')).toBe('');
    expect(readState('approach-compare', approachCompare.fields, '?approach-compare.budget=billions').problems).toEqual([
      'approach-compare.budget: "billions" is not one of none, hundreds, thousands, millions',
    ]);
  });
});
