import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DIST } from './built-site';

describe('search index', () => {
  it('is part of the build', () => {
    expect(existsSync(join(DIST, 'pagefind', 'pagefind.js'))).toBe(true);
    expect(existsSync(join(DIST, 'pagefind', 'pagefind-ui.js'))).toBe(true);
    const entry = JSON.parse(readFileSync(join(DIST, 'pagefind', 'pagefind-entry.json'), 'utf8'));
    const pageCount = Object.values(entry.languages as Record<string, { page_count: number }>)[0]!.page_count;
    expect(pageCount).toBeGreaterThanOrEqual(5);
  });

});
