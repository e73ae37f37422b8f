import { describe, expect, it } from 'vitest';
import { activeSection, fragmentId, scrollTopToReveal } from '../../src/site/scroll-spy';

const base = { threshold: 80, viewportHeight: 1000, pageHeight: 5000 };

describe('activeSection', () => {
  it('is -1 before the first heading is reached', () => {
    expect(activeSection({ ...base, headingTops: [300, 900, 2000], scrollBottom: 1000 })).toBe(-1);
  });

  it('is the last heading scrolled past the header', () => {
    expect(activeSection({ ...base, headingTops: [-500, 60, 700], scrollBottom: 2000 })).toBe(1);
  });

  it('lets a short final section win at the bottom of a tall screen', () => {
    // The last two headings can never reach the threshold because the page ends.
    expect(activeSection({ ...base, headingTops: [-800, 400, 700], scrollBottom: 5000 })).toBe(2);
  });

  it('prefers the #fragment target at the bottom of the page', () => {
    expect(activeSection({ ...base, headingTops: [-800, 400, 700], scrollBottom: 5000, targetIndex: 1 })).toBe(1);
  });

  it('ignores a #fragment target that is off screen', () => {
    expect(activeSection({ ...base, headingTops: [-800, 400, 700], scrollBottom: 5000, targetIndex: 0 })).toBe(2);
  });
});

describe('fragmentId', () => {
  it('decodes the fragment without its #', () => {
    expect(fragmentId('#two-levels')).toBe('two-levels');
    expect(fragmentId('#%E2%80%9Creasoning%E2%80%9D')).toBe('“reasoning”');
    expect(fragmentId('')).toBe('');
  });

  it('names no target for a malformed escape', () => {
    expect(fragmentId('#%E0%A4%A')).toBe('');
  });
});

describe('scrollTopToReveal', () => {
  const box = { scrollTop: 100, clientHeight: 400 };

  it('leaves a visible entry alone', () => {
    expect(scrollTopToReveal({ ...box, top: 150, height: 20 })).toBeNull();
    expect(scrollTopToReveal({ ...box, top: 100, height: 400 })).toBeNull();
  });

  it('centres an entry above or below the visible part', () => {
    expect(scrollTopToReveal({ ...box, top: 40, height: 20 })).toBe(-160);
    expect(scrollTopToReveal({ ...box, top: 490, height: 20 })).toBe(290);
  });
});
