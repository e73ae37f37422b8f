import { describe, expect, it } from 'vitest';
import { placeCard } from '../../src/site/card-placement';

const viewport = { width: 390, height: 844 };
const card = { width: 300, height: 120 };
const word = (top: number, left = 40) => ({ top, bottom: top + 20, left, right: left + 60 });

describe('placeCard', () => {
  it('puts the card just below the word when it fits', () => {
    expect(placeCard({ anchor: word(300), card, viewport, topInset: 100 })).toEqual({ left: 40, top: 328, below: true });
  });

  it('goes above a word near the bottom of the screen', () => {
    const p = placeCard({ anchor: word(780), card, viewport, topInset: 100 });
    expect(p.below).toBe(false);
    expect(p.top + card.height).toBeLessThanOrEqual(780);
  });

  it('shifts left so the right edge stays on screen', () => {
    const p = placeCard({ anchor: word(300, 350), card, viewport, topInset: 100 });
    expect(p.left + card.width).toBeLessThanOrEqual(viewport.width - 8);
  });

  it('never starts under the sticky header or off the bottom', () => {
    const tall = { width: 300, height: 700 };
    const p = placeCard({ anchor: word(400), card: tall, viewport, topInset: 100 });
    expect(p.top).toBeGreaterThanOrEqual(108);
    expect(p.top + tall.height).toBeLessThanOrEqual(viewport.height);
  });
});
