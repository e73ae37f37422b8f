/** The math font cut to the formulas' characters after the build (src/build/math-font-subset.ts). */
import { describe, expect, it } from 'vitest';
import { ALWAYS_KEPT, keptCharacters, mathCharacters, subsetName } from '../../src/build/math-font-subset';
import { renderFormula } from '../../src/markdown/katex-mathml';

describe('mathCharacters', () => {
  it('reads the characters a formula draws, not its TeX source, with entities decoded', () => {
    const html = `<p>Text outside ${renderFormula('\\mathbb{E}[x] < \\sum_i \\beta', false)} is not read.</p>`;
    const chars = mathCharacters(html);
    for (const char of ['𝔼', '[', 'x', ']', '<', '∑', 'i', 'β']) expect(chars).toContain(char);
    // Neither the TeX (\mathbb, \sum) nor the surrounding text.
    for (const char of ['\\', 'T', 'b', 'q']) expect(chars).not.toContain(char);
  });
});

describe('keptCharacters', () => {
  it('keeps the formulas’ characters and the letters the browser draws in math italic, once each, sorted', () => {
    const kept = keptCharacters(['𝔼', '∑', 'x', '𝔼']);
    expect([...kept].filter((c) => c === '𝔼')).toHaveLength(1);
    for (const char of ['𝔼', '∑', '𝑥', 'ℎ', '𝜃', 'θ']) expect(kept).toContain(char);
    expect(kept).toBe([...kept].sort().join(''));
    expect(ALWAYS_KEPT.length).toBeGreaterThan(200);
  });
});

describe('subsetName', () => {
  it('names the subset after the original and the characters kept', () => {
    const font = new Uint8Array([1, 2, 3]);
    const name = subsetName('stix-two-math-latin-400-normal.tfF5U0vx.woff2', font, 'abc');
    expect(name).toMatch(/^stix-two-math-latin-400-normal\.[\w-]{8}\.woff2$/);
    expect(subsetName('stix-two-math-latin-400-normal.tfF5U0vx.woff2', font, 'abc')).toBe(name);
    expect(subsetName('stix-two-math-latin-400-normal.tfF5U0vx.woff2', font, 'abd')).not.toBe(name);
  });
});
