/**
 * Which section is the reader in? Pure so it can be unit-tested.
 * - Normally: the last heading whose top has scrolled up past the threshold (just below the sticky header).
 * - At the bottom of the page, short final sections can never reach the threshold; then the last heading
 *   that is on screen wins, so the final entry of the table of contents can become active.
 * - If the page cannot scroll further and the #fragment's heading is on screen, that heading wins.
 * Returns -1 when no heading has been reached yet (the reader is in the introduction).
 */
export interface SpyInput {
  /** Each heading's top relative to the viewport, in document order. */
  headingTops: number[];
  threshold: number;
  scrollBottom: number;
  pageHeight: number;
  viewportHeight: number;
  /** Index of the heading named in the URL's #fragment, if any (-1 or undefined when none). */
  targetIndex?: number;
}

export function activeSection(input: SpyInput): number {
  const { headingTops, threshold, scrollBottom, pageHeight, viewportHeight, targetIndex = -1 } = input;
  let active = -1;
  headingTops.forEach((top, i) => {
    if (top <= threshold + 1) active = i;
  });
  const atBottom = scrollBottom >= pageHeight - 2;
  if (atBottom) {
    // A reader who followed a #link to a section near the end sees that section marked, even though
    // later headings are on screen too.
    const targetTop = headingTops[targetIndex];
    if (targetTop !== undefined && targetTop >= 0 && targetTop < viewportHeight) return targetIndex;
    for (let i = headingTops.length - 1; i > active; i--) {
      const top = headingTops[i]!;
      if (top >= 0 && top < viewportHeight) {
        active = i;
        break;
      }
    }
  }
  return active;
}
