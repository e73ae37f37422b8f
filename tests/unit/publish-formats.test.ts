/**
 * Cite, date and share; Markdown, book and social image: the pure parts, on small inputs.
 */
import { describe, expect, it } from 'vitest';
import { finishBook } from '../../src/build/book-ids';
import { articleSource, articleToMarkdown, pageToMarkdown } from '../../src/build/markdown-export';
import { renderFormula } from '../../src/markdown/katex-mathml';
import { listedPages, markdownFileFor } from '../../src/build/reader-formats-integration';
import { changelog } from '../../src/data/changelog';
import { ogImagePng, titleSize } from '../../src/og/og-image';
import { ogImagePath } from '../../src/og/og-paths';
import { bibtex, citationKey, pageUpdated, plainCitation, readableWords, readingMinutes } from '../../src/site/citation';
import { existsSync } from 'node:fs';

const page = { title: 'Pure RL: R1-Zero & GRPO', url: 'https://example.org/approaches/pure-rl/', updated: new Date('2026-11-26T00:00:00Z') };

describe('citations', () => {
  it('BibTeX with a key from the path, protected title, URL and date', () => {
    const entry = bibtex(page);
    expect(entry).toMatch(/^@misc\{reasoningllms-approaches-pure-rl,/);
    expect(entry).toContain('title        = {{Pure RL: R1-Zero \\& GRPO}}');
    expect(entry).toContain('howpublished = {\\url{https://example.org/approaches/pure-rl/}}');
    expect(entry).toContain('year         = {2026}');
  });

  it('a section citation names the section and carries its fragment', () => {
    const section = { ...page, url: `${page.url}#grpo`, section: 'The GRPO objective' };
    expect(plainCitation(section)).toBe(
      '“Pure RL: R1-Zero & GRPO: The GRPO objective”, in Reasoning LLMs, explained (updated 26 November 2026). https://example.org/approaches/pure-rl/#grpo',
    );
    expect(citationKey(section.url)).toBe('reasoningllms-approaches-pure-rl-grpo');
  });

  it('reading time counts prose, not frontmatter, imports, tags or math', () => {
    const body = `---\ntitle: x\n---\nimport A from './a';\n\n${'word '.repeat(460)}\n\n$$\n\\sum_i x_i\n$$\n<Figure id="f" caption="c"><A /></Figure>`;
    expect(readableWords(body)).toBe(460);
    expect(readingMinutes(460)).toBe(2);
    expect(readingMinutes(3)).toBe(1);
  });

  it('a page without `updated` takes the date of its latest changelog entry', () => {
    expect(pageUpdated('playground/train', undefined, changelog)?.toISOString().slice(0, 10)).toBe('2026-11-30');
    expect(pageUpdated('x', page.updated, changelog)).toBe(page.updated);
  });

  it('every changelog entry names pages that exist, dated newest first', () => {
    for (const entry of changelog) {
      for (const id of entry.pages) expect(existsSync(`content/${id}.mdx`), id).toBe(true);
    }
    const dates = changelog.map((c) => c.date);
    expect([...dates].sort().reverse()).toEqual(dates);
  });
});

describe('Markdown export', () => {
  const html = `<html><body><main><article><header><h1>T</h1></header>
    <div class="heading-wrapper level-h2"><h2 id="s">Section</h2><a class="anchor-link" href="#s"><span class="sr-only">Link to section: Section</span>#</a></div>
    <p>Reward ${renderFormula('r_i', false)}
      as shown <span class="cite has-card" id="cite-a-1"><a href="#ref-a">[1, §2]</a><span class="hover-card">Card text</span></span>.</p>
    <figure class="equation" id="eq-x"><div class="equation-body">${renderFormula(String.raw`A_i = r_i - \bar r`, true)}</div>
      <figcaption><a class="equation-anchor" href="#eq-x"><span class="equation-number">(1)</span><span class="sr-only"> Link to equation</span></a> <span>Advantage</span></figcaption></figure>
    <div class="widget"><div class="widget-controls needs-js"><input value="3"><button>Run</button></div><table><tr><th>k</th><th>p</th></tr><tr><td>1</td><td><ul><li>a</li><li>b</li></ul></td></tr></table><svg><text>chart</text></svg></div>
    <section class="references"><ol><li id="ref-a" value="1">Someone (2025). <a href="https://arxiv.org/abs/1">A paper</a>. arXiv. <a class="ref-more" href="/reference/bibliography/#ref-a">In the bibliography</a><span class="backlinks"><a href="#cite-a-1">↩</a></span></li></ol></section>
    </article></main></body></html>`;

  it('keeps TeX, links citations to their source, and drops UI and hidden labels', async () => {
    const md = await pageToMarkdown(html, { title: 'T', description: 'D', url: 'https://example.org/p/' });
    expect(md).toMatch(/^# T\n\n> D\n\nSource: https:\/\/example\.org\/p\//);
    expect(md).toContain('Reward $r_i$ as shown [\\[1, §2\\]](https://arxiv.org/abs/1).');
    expect(md).toContain('$$\nA_i = r_i - \\bar r\n$$');
    expect(md).toContain('(1) Advantage');
    expect(md).toMatch(/^1\. Someone \(2025\)\. \[A paper\]\(https:\/\/arxiv\.org\/abs\/1\)\. arXiv\.$/m);
    // A widget's table stays a table, with block content lifted into its cell.
    expect(md).toMatch(/\| 1 +\| +a +b +\|/);
    expect(md).not.toMatch(/Link to|Card text|In the bibliography|Run|chart|↩/);
  });

  it('reads the page list from llms.txt, up to its optional section', () => {
    const list = listedPages('# S\n\n> s\n\n## A\n\n- [One](https://x/one/): first\n\n## Optional\n\n- [Log](https://x/log/): no\n');
    expect(list).toEqual([{ title: 'One', url: 'https://x/one/', description: 'first' }]);
    expect(markdownFileFor('/approaches/pure-rl/')).toBe('approaches/pure-rl.md');
  });
});

describe('the book', () => {
  it('renames ids repeated between chapters, with their links, and numbers by chapter', () => {
    const chapter = (n: number, path: string) =>
      `<article class="book-chapter" id="chapter-${n}" data-chapter="${n}" data-chapter-path="${path}"><h2 id="results">R</h2><a href="#results">here</a>` +
      `<span id="card-1" role="tooltip"></span><a aria-describedby="card-1" href="/a/#results">a</a><a href="/b/">b</a>` +
      `<figure><a class="figure-anchor" href="#fig-x${n}">Figure 1</a></figure><span class="equation-number">(2)</span></article>`;
    const out = finishBook(`<html><body>${chapter(1, '/a/')}${chapter(2, '/b/')}</body></html>`);
    expect(out).toContain('id="a--results"');
    expect(out).toContain('id="b--results"');
    expect(out).toContain('aria-describedby="b--card-1"');
    expect(out.match(/href="#a--results"/g)).toHaveLength(3);
    expect(out).toContain('href="#chapter-2"');
    expect(out).toContain('>Figure 2.1<');
    expect(out).toContain('>(1.2)<');
  });

  it('resolves relative links against the chapter\'s own page: into the book when that page is a chapter, else to the site path', () => {
    const out = finishBook(
      `<html><body><article class="book-chapter" id="chapter-1" data-chapter="1" data-chapter-path="/g/s1/p1/"><h2 id="x">X</h2>` +
        `<a href="../p2/#y">in book</a><a href="../../s2/p9/#z">online only</a><a href="https://example.org/">out</a></article>` +
        `<article class="book-chapter" id="chapter-2" data-chapter="2" data-chapter-path="/g/s1/p2/"><h2 id="y">Y</h2></article></body></html>`,
    );
    expect(out).toContain('href="#y">in book<');
    expect(out).toContain('href="/g/s2/p9/#z">online only<');
    expect(out).toContain('href="https://example.org/">out<');
  });

  it('leaves the head as it was: the Content-Security-Policy and the doctype survive', () => {
    const head = `<!DOCTYPE html><html lang="en"><head><meta http-equiv="content-security-policy" content="default-src 'self'; object-src 'none'"></head>`;
    const out = finishBook(`${head}<body><article class="book-chapter" id="chapter-1" data-chapter="1" data-chapter-path="/a/"><h2 id="x">X</h2></article></body></html>`);
    expect(out.startsWith(head)).toBe(true);
    expect(out).toContain('<h2 id="x">X</h2>');
  });

  it('gives landmarks that repeat between chapters their chapter in the name', () => {
    const chapter = (n: number) =>
      `<article class="book-chapter" id="chapter-${n}" data-chapter="${n}" data-chapter-path="/c${n}/">` +
      `<aside aria-label="Note">a</aside><section aria-labelledby="references"><h2 id="references">References</h2></section>` +
      `<aside aria-label="Only here ${n}">b</aside></article>`;
    const out = finishBook(`<html><body>${chapter(1)}${chapter(2)}</body></html>`);
    expect(out).toContain('aria-label="Note, chapter 1"');
    expect(out).toContain('aria-label="Note, chapter 2"');
    expect(out).toContain('aria-label="References, chapter 2"');
    expect(out).toContain('aria-label="Only here 1"');
    expect(out).not.toContain('aria-labelledby');
  });

  it("shows a widget's default view: no controls or scripts, a plain chart mark, a link to the live one", () => {
    const widget =
      `<x-widget data-widget="w" class="widget"><p class="widget-try">Try: drag</p>` +
      `<div class="widget-controls"><label for="w-p">p</label><input id="w-p" type="text" value="0.6" aria-describedby="w-msg"><p id="w-msg" class="widget-msg"></p></div>` +
      `<svg><g class="chart-handle" tabindex="0" role="slider" aria-label="p" aria-valuenow="0.6"><rect></rect></g></svg>` +
      `<select><option>a</option></select><textarea></textarea><button type="button" class="needs-js">Reset</button>` +
      `<table aria-describedby="w-msg w-caption"><caption id="w-caption">Votes <span class="no-js-only">for p = 0.6</span></caption></table></x-widget>` +
      `<script type="module" src="/_astro/W.js"></script>`;
    const out = finishBook(
      `<html><body><article class="book-chapter" id="chapter-1" data-chapter="1" data-chapter-path="/a/">${widget}<a href="/a/">own page</a></article>` +
        `<script type="module" src="/_astro/Base.js"></script></body></html>`,
    );
    for (const gone of ['<input', '<select', '<textarea', '<button', '<label', 'widget-try', 'widget-controls', '/_astro/W.js', 'tabindex', 'role="slider"', 'aria-valuenow', 'w-msg'])
      expect(out, gone).not.toContain(gone);
    expect(out).toContain('<g class="chart-handle"><rect></rect></g>');
    expect(out).toContain('<table aria-describedby="w-caption">');
    expect(out).toContain('The interactive version is on <a href="/a/">the chapter\'s own page</a>.</p></x-widget>');
    // The chrome's script outside the chapters stays; a link to the chapter elsewhere still points into the book.
    expect(out).toContain('/_astro/Base.js');
    expect(out).toContain('<a href="#chapter-1">own page</a>');
  });
});

describe('the article sent to the Markdown export', () => {
  const page = { title: 'T', description: 'D', url: 'https://example.org/p/' };
  it('is the first <article> up to its own closing tag, nested articles included', () => {
    const html = '<nav><a href="/">Home</a></nav><main><article class="doc"><p>a</p><article id="inner"><p>b</p></article><p>c &lt;article&gt;</p></article><article>next</article></main>';
    expect(articleSource(html)).toBe('<article class="doc"><p>a</p><article id="inner"><p>b</p></article><p>c &lt;article&gt;</p></article>');
    expect(articleSource('<main><articles></articles><p>none</p></main>')).toBeUndefined();
    expect(articleSource('<article><p>never closed')).toBeUndefined();
  });

  it('converts to the same Markdown as the whole page', async () => {
    const html = '<html><head><title>x</title></head><body><nav><p>Sidebar</p></nav><article><h2 id="s">Section</h2><p>Text with <em>stress</em>.</p></article></body></html>';
    const whole = await pageToMarkdown(html, page);
    expect(whole).toContain('## Section');
    expect(whole).not.toContain('Sidebar');
    expect(await articleToMarkdown(articleSource(html)!, page)).toBe(whole);
  });
});

describe('social images', () => {
  it('are 1200×630 PNGs at /og/<path>.png', async () => {
    const png = await ogImagePng({ title: 'SFT + RL: how DeepSeek-R1 was trained', section: 'Approaches', siteName: 'Reasoning LLMs, explained' });
    const bytes = Buffer.from(png);
    expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect([bytes.readUInt32BE(16), bytes.readUInt32BE(20)]).toEqual([1200, 630]);
    expect(ogImagePath('/approaches/pure-rl/')).toBe('/og/approaches/pure-rl.png');
    expect(ogImagePath('/')).toBe('/og/home.png');
    expect(titleSize('x'.repeat(80))).toBeLessThan(titleSize('Short'));
  });
});
