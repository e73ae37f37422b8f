import { describe, expect, it } from 'vitest';
import { parseField, quote, shorten } from '../../src/widgets/kit/schema';
import { linkableState, linkNamesPrefix, MAX_LINK_BYTES, readState, writeState, type FieldSpec } from '../../src/widgets/kit/url-state';

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

describe('url-state: whether a link names a widget (it then starts at once)', () => {
  it('finds a key under one of the prefixes, and only a whole prefix followed by a dot', () => {
    expect(linkNamesPrefix('?majority-vote.p=0.7', ['majority-vote'])).toBe(true);
    expect(linkNamesPrefix('?mv.p=0.7&x=1', ['majority-vote', 'mv'])).toBe(true);
    expect(linkNamesPrefix('?majority-vote-2.p=0.7', ['majority-vote'])).toBe(false);
    expect(linkNamesPrefix('?majority-vote=1&highlight=grpo', ['majority-vote'])).toBe(false);
    expect(linkNamesPrefix('', ['majority-vote'])).toBe(false);
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
    const quoted = shorten('👩‍👩‍👧‍👦'.repeat(10));
    expect(quoted.endsWith('…')).toBe(true);
    expect([...new Intl.Segmenter('en', { granularity: 'grapheme' }).segment(quoted.slice(0, -1))].every((s) => s.segment === '👩‍👩‍👧‍👦')).toBe(true);
  });
});

describe('parseField: numbers as readers type them', () => {
  const p = { kind: 'number', default: 0.6, min: -1, max: 100 } as const;

  it('reads a decimal comma as a decimal point and says so, never as ×10', () => {
    expect(parseField(p, '0,6')).toEqual({ ok: true, value: 0.6, note: 'Read "0,6" as 0.6.' });
    expect(parseField(p, '1,5')).toMatchObject({ ok: true, value: 1.5 });
    expect(parseField(p, '-0,25')).toMatchObject({ ok: true, value: -0.25 });
    expect(parseField(p, '0,600')).toMatchObject({ ok: true, value: 0.6 });
    // A plain number has no note.
    expect(parseField(p, '0.6')).toEqual({ ok: true, value: 0.6 });
  });

  it('refuses a comma that may separate thousands, and names the comma', () => {
    const one = parseField(p, '1,000');
    expect(one.ok).toBe(false);
    expect(!one.ok && one.error).toBe('"1,000" has a comma: write 1.000 for a decimal, or 1000 without the comma');
    const many = parseField(p, '1,000,000');
    expect(!many.ok && many.error).toBe('"1,000,000" is not a number (use a point for decimals and no thousands separators)');
    expect(parseField(p, ',5').ok).toBe(false);
  });

  it('reads the minus sign the widgets print (U+2212)', () => {
    expect(parseField(p, '−0.866')).toEqual({ ok: true, value: -0.866 });
  });

  it('quotes outside text without bidirectional controls, unmatched quotes or half graphemes', () => {
    expect(quote('\u202Eabc\u2066"x')).toBe('"\uFFFDabc\uFFFD\uFF02x"');
    expect(shorten('a\u200Fb')).toBe('a\uFFFDb');
    expect(parseField(p, '\u202E1')).toEqual({ ok: false, error: '"\uFFFD1" is not a number' });
    const long = quote('👍🏽'.repeat(30), 10);
    expect(long).toBe(`"${'👍🏽'.repeat(2)}…"`);
  });
});

describe('url-state: links of a size hosts accept', () => {
  const fields = {
    c: { kind: 'text', default: 'short', maxLength: 200_000, linkMaxLength: 2000, label: 'completion' },
    ref: { kind: 'text', default: '1/2', maxLength: 200_000, linkMaxLength: 2000, label: 'reference answer' },
    n: { kind: 'number', default: 5, min: 1, max: 201, integer: true },
  } satisfies Record<string, FieldSpec>;

  it('keeps a state that fits', () => {
    const state = { c: 'a'.repeat(1500), ref: '0.5', n: 7 };
    expect(linkableState('rp', fields, state)).toMatchObject({ state, dropped: [] });
  });

  it('reads a text only up to its link limit', () => {
    expect(readState('rp', fields, `?rp.c=${'a'.repeat(2001)}`).problems).toEqual(['rp.c: value longer than 2000 characters']);
    expect(readState('rp', fields, `?rp.c=${'a'.repeat(2000)}`).state.c).toHaveLength(2000);
  });

  it('leaves out a text over its link limit, or one that makes the link over 2 KB when encoded', () => {
    const long = linkableState('rp', fields, { c: 'a'.repeat(2001), ref: '0.5', n: 7 });
    expect(long.dropped).toEqual(['c']);
    expect(long.state).toEqual({ c: 'short', ref: '0.5', n: 7 });
    // 1,000 Chinese characters are 1,000 characters but 9,000 bytes of link.
    const chinese = linkableState('rp', fields, { c: '分'.repeat(1000), ref: '0.5', n: 7 });
    expect(chinese.dropped).toEqual(['c']);
    expect(chinese.bytes).toBeLessThanOrEqual(MAX_LINK_BYTES);
    expect(writeState('rp', fields, chinese.state, '')).toBe('?rp.ref=0.5&rp.n=7');
  });

  it('drops the longest text first and keeps the rest when that is enough', () => {
    const both = linkableState('rp', fields, { c: 'x'.repeat(1500), ref: 'y'.repeat(900), n: 5 });
    expect(both.dropped).toEqual(['c']);
    expect(both.state.ref).toBe('y'.repeat(900));
    expect(both.bytes).toBeLessThanOrEqual(MAX_LINK_BYTES);
  });
});
