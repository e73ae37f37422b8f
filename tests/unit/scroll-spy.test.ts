import { describe, expect, it } from 'vitest';
import { activeSection } from '../../src/site/scroll-spy';

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
