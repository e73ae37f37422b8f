import { describe, expect, it } from 'vitest';
import { readState, writeState, type FieldSpec } from '../../src/widgets/kit/url-state';

const schema = {
  p: { kind: 'number', default: 0.6, min: 0, max: 1 },
  n: { kind: 'number', default: 5, min: 1, max: 201, integer: true },
  spread: { kind: 'enum', default: 'one', values: ['one', 'many'] },
} satisfies Record<string, FieldSpec>;

describe('url-state', () => {
  it('reads valid values and defaults the rest', () => {
    const { state, problems } = readState('mv', schema, '?mv.p=0.4&other=1');
    expect(state).toEqual({ p: 0.4, n: 5, spread: 'one' });
    expect(problems).toEqual([]);
  });

  it('reports and ignores invalid values', () => {
    const { state, problems } = readState('mv', schema, '?mv.p=abc&mv.n=2.5&mv.spread=<script>');
    expect(state).toEqual({ p: 0.6, n: 5, spread: 'one' });
    expect(problems).toHaveLength(3);
    expect(problems[0]).toMatch(/mv\.p: "abc" is not a number/);
    expect(problems[1]).toMatch(/not a whole number/);
  });

  it('rejects out-of-range numbers and hex or empty strings', () => {
    expect(readState('mv', schema, '?mv.p=1.5').problems[0]).toMatch(/outside 0–1/);
    expect(readState('mv', schema, '?mv.n=0x10').problems[0]).toMatch(/not a number/);
    expect(readState('mv', schema, '?mv.n=').problems[0]).toMatch(/not a number/);
  });

  it('rejects a very long value quickly instead of backtracking', () => {
    const hostile = `${'1'.repeat(200_000)}x`;
    const { problems } = readState('mv', schema, `?mv.p=${hostile}`);
    expect(problems[0]).toMatch(/longer than 40 characters/);
    expect(problems[0]!.length).toBeLessThan(80);
  });

  it('round-trips through writeState and keeps other parameters', () => {
    const query = writeState('mv', schema, { p: 0.4, n: 5, spread: 'many' }, '?gr.g=4');
    expect(query).toBe('?gr.g=4&mv.p=0.4&mv.spread=many');
    expect(readState('mv', schema, query).state).toEqual({ p: 0.4, n: 5, spread: 'many' });
  });
});

describe('url-state: legacy prefixes and grapheme-safe quoting', () => {
  const fields = { p: { kind: 'number', default: 0.6, min: 0, max: 1 } } satisfies Record<string, FieldSpec>;

  it('reads a legacy prefix when the current one is absent, and prefers the current one', () => {
    expect(readState('majority-vote', fields, '?mv.p=0.3', ['mv']).state.p).toBe(0.3);
    expect(readState('majority-vote', fields, '?mv.p=0.3&majority-vote.p=0.2', ['mv']).state.p).toBe(0.2);
  });

  it('drops legacy keys when writing', () => {
    expect(writeState('majority-vote', fields, { p: 0.3 }, '?mv.p=0.3&x=1', ['mv'])).toBe('?x=1&majority-vote.p=0.3');
  });

  it('never cuts an emoji in half when quoting a bad value', async () => {
    const { shorten } = await import('../../src/widgets/kit/schema');
    const quoted = shorten('👩‍👩‍👧‍👦'.repeat(10));
    expect(quoted.endsWith('…')).toBe(true);
    expect([...new Intl.Segmenter('en', { granularity: 'grapheme' }).segment(quoted.slice(0, -1))].every((s) => s.segment === '👩‍👩‍👧‍👦')).toBe(true);
  });
});
