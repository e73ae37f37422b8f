import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DIST, builtPages } from './built-site';
import { searchWeight } from '../../src/search/index-policy';

describe('search index', () => {
  it('is part of the build', () => {
    expect(existsSync(join(DIST, 'pagefind', 'pagefind.js'))).toBe(true);
    expect(existsSync(join(DIST, 'pagefind', 'pagefind-ui.js'))).toBe(true);
    const entry = JSON.parse(readFileSync(join(DIST, 'pagefind', 'pagefind-entry.json'), 'utf8'));
    const pageCount = Object.values(entry.languages as Record<string, { page_count: number }>)[0]!.page_count;
    expect(pageCount).toBeGreaterThanOrEqual(5);
  });

  it('weights index-like pages down as index-policy.ts says, and leaves chapters at the default', () => {
    const byPath = new Map(builtPages().map((p) => [p.path, p.html]));
    const weightOf = (path: string) => byPath.get(path)!.match(/data-pagefind-weight="([^"]*)"/)?.[1];
    expect(searchWeight('Playground')).toBe('0.5');
    expect(weightOf('/playground/')).toBe(searchWeight('Playground'));
    for (const path of ['/reference/glossary/', '/reference/formulas/', '/reference/bibliography/']) {
      expect(weightOf(path), path).toBe(searchWeight('Reference'));
    }
    expect(searchWeight('Approaches')).toBeUndefined();
    expect(weightOf('/approaches/pure-rl/')).toBeUndefined();
  });
});
