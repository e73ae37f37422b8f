/**
 * The type scale (src/styles/global.css, --text-2xs … --text-xl). Text takes one of its sizes, so a page reads
 * as one design and sets up few font instances while it loads (each size, weight and style is one; on Linux
 * each costs a round trip to the browser process, measured by npm run bench:load-tasks). A rem size written
 * out is allowed only for a title or heading; em sizes (relative to the text around them), px sizes (SVG
 * text in a figure's own units) and print sizes are outside the scale.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const src = join(__dirname, '../../src');
const TITLE_SELECTOR = /(^|[\s,>])(h[1-4]|\.book-title)\b/;

function styleFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? styleFiles(join(dir, entry.name)) : /\.(css|astro)$/.test(entry.name) ? [join(dir, entry.name)] : [],
  );
}

/** Each `font-size: …rem` declaration with the selector of its rule and its line. */
function remFontSizes(css: string): { selector: string; value: string; line: number }[] {
  const found: { selector: string; value: string; line: number }[] = [];
  for (const match of css.matchAll(/font-size:\s*([^;}]*\drem\b[^;}]*)/g)) {
    const before = css.slice(0, match.index);
    const open = before.lastIndexOf('{');
    const selector = before.slice(Math.max(before.lastIndexOf('}', open), before.lastIndexOf(';', open)) + 1, open).trim();
    found.push({ selector, value: match[1]!.trim(), line: before.split('\n').length });
  }
  return found;
}

describe('type scale', () => {
  it('finds a written-out rem size and the rule it is in', () => {
    const css = '.a { color: red; }\n.caption small {\n  font-size: 0.83rem;\n}\n.prose h2 { font-size: 1.55rem }';
    expect(remFontSizes(css)).toEqual([
      { selector: '.caption small', value: '0.83rem', line: 3 },
      { selector: '.prose h2', value: '1.55rem', line: 5 },
    ]);
  });

  it('defines every step of the scale once, in rem', () => {
    const css = readFileSync(join(src, 'styles/global.css'), 'utf8');
    const steps = [...css.matchAll(/--text-([\w-]+):\s*([\d.]+rem);/g)].map((m) => m[1]);
    expect(steps).toEqual(['2xs', 'xs', 'sm', 'base', 'lg', 'xl']);
  });

  it('writes no rem font size out except for titles and headings: the rest use a step of the scale', () => {
    const offending = styleFiles(src).flatMap((file) =>
      remFontSizes(readFileSync(file, 'utf8'))
        .filter(({ selector }) => !TITLE_SELECTOR.test(selector))
        .map(({ selector, value, line }) => `${relative(src, file)}:${line} ${selector} { font-size: ${value} }: use a --text-* step`),
    );
    expect(offending).toEqual([]);
  });

  it('uses only steps the scale defines', () => {
    const css = readFileSync(join(src, 'styles/global.css'), 'utf8');
    const defined = new Set([...css.matchAll(/--text-([\w-]+):/g)].map((m) => m[1]));
    const unknown = styleFiles(src).flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(/var\(--text-([\w-]+)\)/g)]
        .filter((m) => !defined.has(m[1]))
        .map((m) => `${relative(src, file)}: --text-${m[1]}`),
    );
    expect(unknown).toEqual([]);
  });
});
