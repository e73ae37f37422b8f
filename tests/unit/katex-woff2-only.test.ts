import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { stripLegacyFontSources } from '../../src/build/katex-woff2-only';

describe('stripLegacyFontSources', () => {
  it('keeps only the woff2 source of every KaTeX font', () => {
    const path = createRequire(import.meta.url).resolve('katex/dist/katex.min.css');
    const css = readFileSync(path, 'utf8');
    const stripped = stripLegacyFontSources(css);
    const faces = stripped.match(/@font-face\{[^}]*\}/g) ?? [];
    expect(faces.length).toBeGreaterThan(15);
    for (const face of faces) {
      expect(face).toMatch(/\.woff2\)\s*format\("woff2"\)/);
      expect(face).not.toMatch(/\.(woff|ttf)\)/);
    }
    // Nothing but font sources changed.
    expect(stripped.replace(/@font-face\{[^}]*\}/g, '')).toBe(css.replace(/@font-face\{[^}]*\}/g, ''));
  });
});
