import { describe, expect, it } from 'vitest';
import { decodeEntities, excerptSegments } from '../../src/search/excerpt';

describe('excerptSegments', () => {
  it('splits marked and plain text', () => {
    expect(excerptSegments('the <mark>aha</mark> <mark>moment</mark> of R1-Zero')).toEqual([
      { text: 'the ', mark: false },
      { text: 'aha', mark: true },
      { text: ' ', mark: false },
      { text: 'moment', mark: true },
      { text: ' of R1-Zero', mark: false },
    ]);
  });

  it('keeps markup in the index as text, never as elements', () => {
    const segments = excerptSegments('&lt;img src=x onerror=alert(1)&gt; and <mark>GRPO</mark> &amp; PPO');
    expect(segments.map((s) => s.text).join('')).toBe('<img src=x onerror=alert(1)> and GRPO & PPO');
  });

  it('drops stray tags but keeps their text', () => {
    expect(excerptSegments('<b>bold</b> text')).toEqual([{ text: 'bold text', mark: false }]);
  });
});

describe('decodeEntities', () => {
  it('decodes named and numeric entities and leaves unknown ones alone', () => {
    expect(decodeEntities('&#39;a&#x2014;b&quot; &bogus;')).toBe("'a—b\" &bogus;");
  });
});
