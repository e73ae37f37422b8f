/**
 * src/markdown/remark-smart-punctuation.ts against the plugin it replaces (remark-smartypants, Astro's
 * `smartypants` option): the same typography on every page of the site and on hand-made hard cases.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkMath from 'remark-math';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import remarkSmartypants from 'remark-smartypants';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { remarkSmartPunctuation } from '../../src/markdown/remark-smart-punctuation';

const parser = unified().use(remarkParse).use(remarkMdx).use(remarkGfm).use(remarkMath);
const tree = (mdx: string) => parser.parse(mdx) as Root;
const library = (remarkSmartypants as unknown as () => (tree: Root) => void)();
const ours = remarkSmartPunctuation();

/** Both plugins over fresh parses of `mdx`: [theirs, ours]. */
function both(mdx: string): [Root, Root] {
  const a = tree(mdx);
  const b = tree(mdx);
  library(a);
  ours(b);
  return [a, b];
}

const texts = (root: Root): string[] => {
  const out: string[] = [];
  const walk = (node: { type: string; value?: string; children?: unknown[] }) => {
    if (node.type === 'text' && node.value) out.push(node.value);
    for (const child of (node.children ?? []) as (typeof node)[]) walk(child);
  };
  walk(root);
  return out;
};

function pageFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith('.mdx'))
    .map((e) => join(e.parentPath, e.name));
}

describe('remarkSmartPunctuation', () => {
  it('gives every page of the site the same text as remark-smartypants', () => {
    const files = pageFiles('content');
    expect(files.length).toBeGreaterThan(10);
    for (const file of files) {
      const source = readFileSync(file, 'utf8').replace(/^---\n[\s\S]*?\n---\n/, '');
      const [theirs, mine] = both(source);
      expect(mine, file).toEqual(theirs);
    }
  });

  it('matches it on quotes across links and emphasis, apostrophes, dashes, ellipses, backticks and code', () => {
    const cases = [
      'She said "it\'s [the *aha*](/x/) moment" -- and stopped...',
      '"**Bold** start" and \'single `code "in" here` quote\'',
      'Spaced dots . . . and an en--dash, ``backticks\'\' too.',
      '# "Heading" with \'90s\n\n| "a" | b -- c |\n| --- | --- |\n| x... | "y" |',
      'Math $"x"$ stays; <Term id="t">"term"</Term> is prose.',
      '<style>{`a::before { content: "--" }`}</style>\n\n"after"',
    ];
    for (const mdx of cases) {
      const [theirs, mine] = both(mdx);
      expect(mine, mdx).toEqual(theirs);
    }
  });

  it('curls quotes and turns double hyphens and three dots into their characters', () => {
    const [, mine] = both('He said "it\'s fine" -- really...');
    expect(texts(mine).join('')).toBe('He said “it’s fine” — really…');
  });
});
