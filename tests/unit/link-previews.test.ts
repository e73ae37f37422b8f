import { describe, expect, it } from 'vitest';
import { firstSentences, pagePreviews } from '../../src/site/link-previews';
import { previewFor } from '../../src/site/link-preview-lookup';
import { renderFormula } from '../../src/markdown/katex-mathml';

const page = `<!doctype html><html><body><main><article>
<header class="page-header"><h1>Pure RL</h1><p class="lede">Training from rewards alone.</p></header>
<div class="heading-wrapper level-h2"><h2 id="grpo">GRPO ${renderFormula('\\alpha', false)}</h2><a class="anchor-link" href="#grpo"><span class="sr-only">Link to section: GRPO</span></a></div>
<p>Each answer is scored against its group<span class="cite"><a href="#ref-x">[1]</a><span class="hover-card">Long reference</span></span>. The mean is subtracted.</p>
<div class="heading-wrapper level-h2"><h2 id="list-first">List first</h2></div>
<ul><li>One point.</li><li>Another point.</li></ul>
</article></main></body></html>`;

describe('pagePreviews', () => {
  const previews = pagePreviews('/approaches/pure-rl/', page);

  it('gives the page its title and lede', () => {
    expect(previews['/approaches/pure-rl/']).toEqual(['Pure RL', 'Training from rewards alone.']);
  });

  it('gives each section its heading (math as MathML text, not TeX) and first sentences, without cards or anchor labels', () => {
    expect(previews['/approaches/pure-rl/#grpo']).toEqual(['GRPO α', 'Each answer is scored against its group. The mean is subtracted.']);
  });

  it('previews a section that opens with a list by the list', () => {
    expect(previews['/approaches/pure-rl/#list-first']![1]).toBe('One point. Another point.');
  });
});

describe('firstSentences', () => {
  const sentence = 'The policy samples a group of answers and each one is scored by rules. ';

  it('keeps short text whole', () => {
    expect(firstSentences('Short. Text.')).toBe('Short. Text.');
  });

  it('cuts long text at a sentence end', () => {
    const out = firstSentences(sentence.repeat(8));
    expect(out.endsWith('rules.')).toBe(true);
    expect(out.length).toBeLessThanOrEqual(280);
    expect(out.length).toBeGreaterThanOrEqual(140);
  });

  it('cuts a run-on sentence at a word, with an ellipsis', () => {
    const out = firstSentences('word '.repeat(100));
    expect(out.endsWith('word…')).toBe(true);
    expect(out.length).toBeLessThanOrEqual(280);
  });
});

describe('previewFor', () => {
  const previews = { '/a/': ['A', 'Page A.'], '/a/#x': ['X', 'Section X.'] } as const;
  const all = previews as unknown as Record<string, [string, string]>;

  it('finds a page and a section, by absolute or relative link', () => {
    expect(previewFor(all, '/a/', 'http://site/b/')).toEqual(['A', 'Page A.']);
    expect(previewFor(all, '/a/#x', 'http://site/b/')).toEqual(['X', 'Section X.']);
    expect(previewFor(all, '#x', 'http://site/a/')).toEqual(['X', 'Section X.']);
  });

  it('has nothing for other sites, unknown sections or malformed fragments', () => {
    expect(previewFor(all, 'https://example.org/a/', 'http://site/b/')).toBeUndefined();
    expect(previewFor(all, '/a/#nope', 'http://site/b/')).toBeUndefined();
    expect(previewFor(all, '/a/#%E0%A4%A', 'http://site/b/')).toBeUndefined();
  });
});
