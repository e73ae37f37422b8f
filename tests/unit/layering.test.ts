/**
 * The house rules of the layout (README, "Layout"), checked from the import statements: src/lib holds only
 * the maths readers see, so it imports nothing of the site; src/data holds inert facts, so it imports no code.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const src = join(__dirname, '../../src');

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(join(dir, entry.name)) : /\.(ts|astro)$/.test(entry.name) ? [join(dir, entry.name)] : [],
  );
}

function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/(?:^|\n)\s*(?:import|export)\b[^'"]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g)].map(
    (m) => (m[1] ?? m[2])!,
  );
}

describe('layering', () => {
  it('src/lib imports only other src/lib modules', () => {
    const offending = filesUnder(join(src, 'lib')).flatMap((file) =>
      importsOf(file)
        .filter((spec) => !/^\.\/[\w-]+(\.ts)?$/.test(spec))
        .map((spec) => `${relative(src, file)} imports ${spec}`),
    );
    expect(offending).toEqual([]);
  });

  it('src/data imports nothing but types from within src/data', () => {
    const offending = filesUnder(join(src, 'data')).flatMap((file) => {
      const text = readFileSync(file, 'utf8');
      return importsOf(file)
        .filter((spec) => !/^\.\/[\w-]+(\.ts)?$/.test(spec) || !new RegExp(`import type [^;]*from ['"]${spec.replace(/[.]/g, '\\.')}['"]`).test(text))
        .map((spec) => `${relative(src, file)} imports ${spec}`);
    });
    expect(offending).toEqual([]);
  });
});
