import { describe, expect, it } from 'vitest';
import { normalizePath, repairFragment } from '../../src/site/damaged-links';
import { fragmentId } from '../../src/site/scroll-spy';
import { suggestPages, type KnownPage } from '../../src/site/not-found';

const pages: KnownPage[] = [
  { href: '/', title: 'Overview' },
  { href: '/approaches/inference-time-scaling/', title: 'Inference-time scaling' },
  { href: '/approaches/pure-rl/', title: 'Pure RL' },
  { href: '/approaches/sft-plus-rl/', title: 'SFT + RL' },
  { href: '/approaches/distillation/', title: 'Distillation' },
  { href: '/reference/glossary/', title: 'Glossary', aliases: ['/glossary/'] },
  { href: '/playground/', title: 'Playground' },
  { href: '/playground/train/', title: 'Train GRPO yourself' },
];
const hrefs = (path: string) => suggestPages(path, pages).map((s) => s.href);

describe('normalizePath', () => {
  it('undoes what prose, chat and habit add to a pasted address', () => {
    expect(normalizePath('/Approaches/Pure-RL/')).toBe('/approaches/pure-rl/');
    expect(normalizePath('/approaches/pure-rl/).')).toBe('/approaches/pure-rl/');
    expect(normalizePath('/approaches/pure-rl/index.html')).toBe('/approaches/pure-rl/');
    expect(normalizePath('/approaches/pure-rl.html')).toBe('/approaches/pure-rl/');
    expect(normalizePath('//approaches///pure-rl')).toBe('/approaches/pure-rl/');
    expect(normalizePath('/approaches/pure%20rl%E2%80%9D')).toBe('/approaches/purerl/');
    expect(normalizePath('/approaches/pure\u00ad-rl/')).toBe('/approaches/pure-rl/');
  });

  it('keeps an address with a malformed escape as it is, and never returns an empty path', () => {
    expect(normalizePath('/approaches/%E2%8/')).toBe('/approaches/%e2%8/');
    expect(normalizePath('')).toBe('/');
    expect(normalizePath(').')).toBe('/');
  });
});

describe('suggestPages', () => {
  it('finds the page behind a damaged copy of its address', () => {
    expect(hrefs('/Approaches/Pure-RL/')[0]).toBe('/approaches/pure-rl/');
    expect(hrefs('/approaches/pure-rl/)')[0]).toBe('/approaches/pure-rl/');
    expect(hrefs('/approaches/infer-ence-time-scaling/')[0]).toBe('/approaches/inference-time-scaling/');
    expect(hrefs('/approaches/inferencetime-scaling/')[0]).toBe('/approaches/inference-time-scaling/');
    expect(hrefs('/approaches/distilation/')[0]).toBe('/approaches/distillation/');
    expect(hrefs('/approaches/sft-plus-rl.html')[0]).toBe('/approaches/sft-plus-rl/');
    expect(hrefs('/playground/train/index.html')[0]).toBe('/playground/train/');
  });

  it('is sure only when the address differs from the page’s in case, punctuation after it or a file ending', () => {
    const exact = (path: string) => suggestPages(path, pages)[0]?.exact;
    expect(exact('/Approaches/Pure-RL/).')).toBe(true);
    expect(exact('/approaches/pure-rl/index.html')).toBe(true);
    expect(exact('/glossary')).toBe(true);
    expect(exact('/approaches/pure-r/')).toBe(false);
    expect(exact('/approaches/infer-ence-time-scaling/')).toBe(false);
    expect(exact('/approaches/pure-rl/the-aha-moment/')).toBe(false);
  });

  it('offers the pages an address cut short could have been, closest first', () => {
    expect(hrefs('/approaches/infer')).toEqual(['/approaches/inference-time-scaling/']);
    expect(hrefs('/playground/tr')).toEqual(['/playground/train/', '/playground/']);
    // Cut right after the folder: every page in it is as likely, and all four are offered.
    expect(hrefs('/approaches/').sort()).toEqual(pages.filter((p) => p.href.startsWith('/approaches/')).map((p) => p.href).sort());
    // The limit keeps the list short.
    expect(suggestPages('/approaches/', pages, 2)).toHaveLength(2);
  });

  it('leads a section written as a path to its page, and an old address to where it moved', () => {
    expect(hrefs('/approaches/pure-rl/the-aha-moment/')[0]).toBe('/approaches/pure-rl/');
    expect(hrefs('/Glossary')[0]).toBe('/reference/glossary/');
  });

  it('suggests nothing for an address that resembles no page, or for the home page itself', () => {
    expect(hrefs('/quantum-chromodynamics/')).toEqual([]);
    expect(hrefs('/a/')).toEqual([]);
    expect(hrefs('/')).toEqual([]);
    expect(hrefs('')).toEqual([]);
  });

  it('copes with a hostile address: 100,000 characters, invisible bidi controls, emoji', () => {
    expect(hrefs(`/${'x'.repeat(100_000)}/`)).toEqual([]);
    expect(hrefs('/approaches/\u202epure-rl\u202c\u200b/')[0]).toBe('/approaches/pure-rl/');
    expect(hrefs('/approaches/pure-rl-🤔/')[0]).toBe('/approaches/pure-rl/');
  });
});

describe('repairFragment', () => {
  const ids = ['the-aha-moment', 'the-grpo-objective', 'the-group-relative-advantage', 'from-ppo-to-grpo', 'A1'];
  // As the fragment keeper reads location.hash: decoded by scroll-spy's fragmentId, then repaired.
  const repair = (hash: string) => repairFragment(fragmentId(hash), (id) => ids.includes(id), ids);

  it('leaves a fragment that names an element, or none at all, alone', () => {
    expect(repair('#the-aha-moment')).toBeUndefined();
    expect(repair('')).toBeUndefined();
    expect(repair('#')).toBeUndefined();
  });

  it('reads the section a pasted link meant: punctuation after it, capitals, invisible characters, a line-break hyphen', () => {
    expect(repair('#the-aha-moment).')).toBe('the-aha-moment');
    expect(repair('#the-aha-moment%E2%80%9D')).toBe('the-aha-moment');
    expect(repair('#The-Aha-Moment')).toBe('the-aha-moment');
    expect(repair('#the-aha-\u00admoment')).toBe('the-aha-moment');
    expect(repair('#the-aha-moment-')).toBe('the-aha-moment');
    // An id that is not lower case keeps its own spelling.
    expect(repair('#A1,')).toBe('A1');
  });

  it('completes a fragment cut short only when one section begins with it', () => {
    expect(repair('#the-aha')).toBe('the-aha-moment');
    expect(repair('#from-ppo-to')).toBe('from-ppo-to-grpo');
    // Two sections begin "the-gr": no guess.
    expect(repair('#the-gr')).toBeUndefined();
    expect(repair('#th')).toBeUndefined();
  });

  it('leaves a fragment that is a widget’s own state, or nothing like any section, alone', () => {
    expect(repair('#stage-r1-3')).toBeUndefined();
    expect(repair('#stage-r1-3).')).toBeUndefined();
    expect(repair('#%E2%8')).toBeUndefined();
    expect(repair(`#${'x'.repeat(100_000)}`)).toBeUndefined();
  });
});
