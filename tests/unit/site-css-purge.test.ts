import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { memoizedPurge, purgePageStyles, purgeUnmatchableRules, requiredClasses } from '../../src/build/site-css-purge';

describe('requiredClasses', () => {
  it('counts classes a match needs, not those inside :not(), :is(), :where() or :has()', () => {
    expect(requiredClasses('.prose .callout > p')).toEqual(['prose', 'callout']);
    expect(requiredClasses('.a:not(.b)')).toEqual(['a']);
    expect(requiredClasses(':is(.a, .b) .c')).toEqual(['c']);
    expect(requiredClasses('.x:where(.y:not(.z)) .w')).toEqual(['x', 'w']);
    expect(requiredClasses(':root[data-theme=dark] a')).toEqual([]);
    // Not a class: a number in a value-like selector part.
    expect(requiredClasses('.h2.level-3:has(> .icon)')).toEqual(['h2', 'level-3']);
  });
});

describe('purgeUnmatchableRules', () => {
  const css = '.a{color:red}.b,.a .c{color:blue}.d:not(.e){x:1}@media print{.z{x:2}}@media (width<=40rem){.a{y:1}}@keyframes k{from{opacity:0}}';
  it('drops rules and selectors that need an absent class, keeps the rest', () => {
    const out = purgeUnmatchableRules(css, new Set(['a', 'd']));
    expect(out).toContain('.a{color:red}');
    expect(out).not.toContain('.b');
    expect(out).not.toContain('.c');
    expect(out).toContain('.d:not(.e){x:1}'); // .e absent: the selector still matches every .d
    expect(out).not.toContain('@media print'); // emptied at-rules go too
    expect(out).toContain('@media (width<=40rem){.a{y:1}}');
    expect(out).toContain('@keyframes k{from{opacity:0}}');
  });
  it('keeps a rule with several selectors when one of them can match, without the others', () => {
    expect(purgeUnmatchableRules('.b,.a .c,p{x:1}', new Set(['a', 'c']))).toBe('.a .c,p{x:1}');
  });
});

describe('font faces', () => {
  const css = "@font-face{font-family:'STIX Two Math';src:url(/m.woff2)}.katex math{font-family:'STIX Two Math',math}p{color:red}";
  it('drops a font face when no remaining rule uses its family, and keeps it while one does', () => {
    expect(purgeUnmatchableRules(css, new Set())).toBe('p{color:red}');
    expect(purgeUnmatchableRules(css, new Set(['katex']))).toBe(css);
  });
});

describe('memoizedPurge', () => {
  it('gives what purgeUnmatchableRules gives, for each set of classes, remembering by the classes the sheet names', () => {
    const css = '.a{x:1}.b{y:1}.a .c{z:1}';
    const purge = memoizedPurge();
    for (const possible of [['a'], ['a', 'c'], ['b'], ['a', 'unrelated'], ['a']]) {
      expect(purge(css, new Set(possible))).toBe(purgeUnmatchableRules(css, new Set(possible)));
    }
  });
});

describe('purgePageStyles', () => {
  const page = (body: string) =>
    `<html><head><style>.used{a:1}.scripted{b:1}.gone{c:1}.js .x{d:1}</style></head><body><script>document.documentElement.classList.add('js')</script>${body}</body></html>`;
  it('keeps classes of the page, of the site scripts and of its inline scripts', () => {
    const out = purgePageStyles(page('<p class="used x">t</p>'), new Set(['scripted']));
    expect(out).toContain('.used{a:1}');
    expect(out).toContain('.scripted{b:1}');
    expect(out).not.toContain('.gone');
    expect(out).toContain('.js .x{d:1}');
  });
});

describe('client code', () => {
  it('builds no class name from pieces, which the purge could not see', () => {
    const files = readdirSync(join(__dirname, '../../src'), { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile() && e.name.endsWith('.ts'))
      .map((e) => join(e.parentPath, e.name));
    const offending = files.filter((file) =>
      /(?:classList\.(?:add|remove|toggle|replace)\([^)]*`[^`]*\$\{|className\s*=\s*`[^`]*\$\{|\.className\s*\+=)/.test(readFileSync(file, 'utf8')),
    );
    expect(offending).toEqual([]);
  });
});
