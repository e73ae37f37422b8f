/**
 * Where to put a card opened from a word in the text (a glossary term, a citation, a link preview):
 * in viewport coordinates, below the word when it fits, else above it, never past the screen's edges
 * or under the sticky header. Pure so it can be unit-tested; the card is position: fixed.
 */
export interface Box {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

export interface PlacementInput {
  /** The word's box on screen. */
  anchor: Box;
  card: { width: number; height: number };
  viewport: { width: number; height: number };
  /** Bottom of whatever sticks to the top of the screen (header, phone bar). */
  topInset: number;
  /** Gap kept from the screen's edges and from the word. */
  margin?: number;
}

export interface Placement {
  left: number;
  top: number;
  /** The card sits below the word (else above it). */
  below: boolean;
}

export function placeCard({ anchor, card, viewport, topInset, margin = 8 }: PlacementInput): Placement {
  const maxLeft = Math.max(margin, viewport.width - margin - card.width);
  const left = Math.min(Math.max(anchor.left, margin), maxLeft);
  const roomBelow = viewport.height - margin - (anchor.bottom + margin);
  const roomAbove = anchor.top - margin - (topInset + margin);
  const below = card.height <= roomBelow || (card.height > roomAbove && roomBelow >= roomAbove);
  const ideal = below ? anchor.bottom + margin : anchor.top - margin - card.height;
  // A card taller than the room it got still starts on screen, below the header.
  const top = Math.max(topInset + margin, Math.min(ideal, viewport.height - margin - card.height));
  return { left: Math.round(left), top: Math.round(top), below };
}
