/**
 * The reference apparatus over the built site: every chapter exists with a citation, formulas and
 * figures carry their anchors, the formulas page lists every formula, the glossary is complete.
 */
import { describe, expect, it } from 'vitest';
import { builtPages, tagText } from './built-site';
import { glossary } from '../../src/data/glossary';
import { sources } from '../../src/data/sources';

const pages = builtPages();
const byPath = new Map(pages.map((p) => [p.path, p]));

const CHAPTERS = [
  '/foundations/what-is-a-reasoning-model/',
  '/foundations/when-to-use-reasoning-models/',
  '/deepseek-r1/',
  '/approaches/inference-time-scaling/',
  '/approaches/pure-rl/',
  '/approaches/sft-plus-rl/',
  '/approaches/distillation/',
  '/on-a-budget/',
  '/takeaways/',
];
const REFERENCE = ['/reference/glossary/', '/reference/formulas/', '/reference/bibliography/'];

const ids = (html: string, re: RegExp) => [...html.matchAll(re)].map((m) => m[1]!);

describe('chapters', () => {
  it.each(CHAPTERS)('%s exists with a title, a description and citations', (path) => {
    const page = byPath.get(path);
    expect(page, `${path} was not built`).toBeDefined();
    expect(tagText(page!.html, 'h1')[0]!.length).toBeGreaterThan(3);
    expect(page!.html).toMatch(/<meta name="description" content="[^"]{20,}"/);
    expect(page!.html).toContain('class="cite has-card"');
    expect(page!.html).toContain('id="references"');
  });

  it.each(REFERENCE)('%s exists', (path) => {
    expect(byPath.has(path)).toBe(true);
  });
});

describe('formulas', () => {
  const chapterEquations = CHAPTERS.flatMap((path) =>
    ids(byPath.get(path)?.html ?? '', /<figure class="equation" id="(eq-[a-z0-9-]+)"/g).map((id) => ({ path, id })),
  );

  it('the required formulas exist, each with an anchor and a label', () => {
    expect(chapterEquations.length).toBeGreaterThanOrEqual(18);
    const all = chapterEquations.map((e) => e.id).join(' ');
    for (const needed of ['majority-vote', 'best-of-n', 'pass-at-k', 'ppo', 'kl', 'grpo-objective', 'grpo-advantage', 'accuracy', 'format', 'language', 'sft', 'kd']) {
      expect(all, `no formula id containing "${needed}"`).toContain(needed);
    }
    for (const page of pages) {
      for (const m of page.html.matchAll(/<figure class="equation" id="([^"]+)"[\s\S]*?<span class="equation-label"[^>]*>([^<]*)</g)) {
        expect(m[2]!.trim().length, `${page.path}#${m[1]} has no label`).toBeGreaterThan(5);
      }
    }
  });

  it('equation ids are unique across the site', () => {
    const seen = new Map<string, string>();
    for (const { path, id } of chapterEquations) {
      expect(seen.get(id), `${id} on ${path} and ${seen.get(id)}`).toBeUndefined();
      seen.set(id, path);
    }
  });

  it('the formulas page lists every formula and links back to it', () => {
    const formulas = byPath.get('/reference/formulas/')!.html;
    for (const { path, id } of chapterEquations) {
      expect(formulas).toContain(`id="${id}"`);
      expect(formulas).toContain(`href="${path}#${id}"`);
    }
  });
});

describe('figures', () => {
  it('at least eight numbered figures, each with an anchor, a caption and a text alternative', () => {
    const figures = CHAPTERS.flatMap((path) => {
      const html = byPath.get(path)?.html ?? '';
      return [...html.matchAll(/<figure class="figure" id="(fig-[a-z0-9-]+)"[^>]*>([\s\S]*?)<\/figure>/g)].map((m) => ({ path, id: m[1]!, body: m[2]! }));
    });
    expect(figures.length).toBeGreaterThanOrEqual(8);
    for (const f of figures) {
      expect(f.body, `${f.path}#${f.id}: caption`).toMatch(/<figcaption[\s\S]*Figure \d+/);
      expect(f.body, `${f.path}#${f.id}: svg role=img`).toMatch(/<svg[^>]*role="img"/);
      expect(f.body, `${f.path}#${f.id}: svg title`).toMatch(/<title[^>]*>[^<]{5,}/);
      expect(f.body, `${f.path}#${f.id}: selectable text`).toMatch(/<text\b/);
      expect(f.body, `${f.path}#${f.id}: no raster images`).not.toMatch(/<img\b|<image\b/);
    }
    expect(new Set(figures.map((f) => f.id)).size).toBe(figures.length);
  });
});

describe('glossary and bibliography', () => {
  it('the glossary has at least 40 terms, each anchored on the glossary page with its aliases', () => {
    expect(glossary.length).toBeGreaterThanOrEqual(40);
    const html = byPath.get('/reference/glossary/')!.html;
    for (const term of glossary) {
      expect(html).toContain(`<dt id="${term.id}"`);
      for (const alias of term.aliases) expect(html).toContain(alias.replaceAll('&', '&amp;'));
    }
  });

  it('every source has an anchored bibliography entry, and every cited one links back', () => {
    const html = byPath.get('/reference/bibliography/')!.html;
    for (const s of sources) expect(html).toContain(`id="ref-${s.id}"`);
    const cited = new Set(pages.flatMap((p) => ids(p.html, /id="cite-([a-z0-9-]+?)-\d+"/g)));
    for (const id of cited) expect(html, `${id} has no back-link`).toMatch(new RegExp(`href="/[^"]*#cite-${id}-1"`));
  });
});

describe('code blocks', () => {
  it('render diff marks from the Shiki notation on the pages that use them', () => {
    const html = byPath.get('/approaches/pure-rl/')!.html;
    expect(html).toMatch(/class="line diff remove"/);
    expect(html).toMatch(/class="line diff add"/);
    expect(html).not.toContain('[!code');
  });
});
