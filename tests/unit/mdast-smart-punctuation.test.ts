/**
 * src/markdown/mdast-smart-punctuation.ts, run by Sätteri as the site runs it, against the plugin it
 * replaces (remark-smartypants, Astro's `smartypants` option under unified): the same typography on
 * every page of the site and on hand-made hard cases.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkMath from 'remark-math';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import remarkSmartypants from 'remark-smartypants';
import { mdxToJs } from 'satteri';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { smartPunctuation } from '../../src/markdown/mdast-smart-punctuation';
import { contentFeatures } from '../../src/markdown/pipeline';

const parser = unified().use(remarkParse).use(remarkMdx).use(remarkGfm).use(remarkMath);
const library = (remarkSmartypants as unknown as () => (tree: Root) => void)();

/** Sätteri with the site's features and our plugin; the text nodes after it. */
function ours(mdx: string): string[] {
  let found: string[] = [];
  mdxToJs(mdx, {
    features: contentFeatures,
    mdastPlugins: [smartPunctuation, { name: 'test-capture', before: (root) => void (found = texts(root as Root)) }],
  });
  return found;
}

/** The same page under unified with remark-smartypants. */
function theirs(mdx: string): string[] {
  const tree = parser.parse(mdx) as Root;
  library(tree);
  return texts(tree);
}

/** Both plugins over `mdx`: [theirs, ours]. */
const both = (mdx: string): [string[], string[]] => [theirs(mdx), ours(mdx)];

/** The text of every text node, in order (empty ones left out: the two parsers differ only there). */
function texts(root: Root): string[] {
  const out: string[] = [];
  const walk = (node: { type: string; value?: string; children?: unknown[] }) => {
    if (node.type === 'text' && node.value) out.push(node.value);
    for (const child of (node.children ?? []) as (typeof node)[]) walk(child);
  };
  walk(root);
  return out;
}

function pageFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith('.mdx'))
    .map((e) => join(e.parentPath, e.name));
}

describe('smartPunctuation', () => {
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
      'A line that ends without a stop\n\n<Aside>"Quoted" at the start of a one-line component</Aside>',
      // Quotes in some blocks only, at their edges, with quote-free blocks between and around them.
      'Plain first.\n\n"Open\n\nPlain -- middle.\n\nStill plain...\n\n\'Edge\' and \'90s and \'s\n\n## "Heading"\n\nPlain again\n\n"Last"',
    ];
    for (const mdx of cases) {
      const [theirs, mine] = both(mdx);
      expect(mine, mdx).toEqual(theirs);
    }
  });

  it('curls quotes and turns double hyphens and three dots into their characters', () => {
    const [, mine] = both('He said "it\'s fine" -- really...');
    expect(mine.join('')).toBe('He said “it’s fine” — really…');
  });
});
