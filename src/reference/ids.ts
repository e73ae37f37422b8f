/**
 * Ids of elements that can appear many times on one page. Each is made from the page's own numbering
 * (the `occurrence` props set by src/markdown/mdast-number-refs.ts), never from a build-wide counter,
 * so a page's HTML does not depend on which pages were rendered before it.
 */

/** The k-th citation of a source on a page: the backlink target of the reference list. */
export const citationAnchor = (sourceId: string, occurrence: number | string) => `cite-${sourceId}-${occurrence}`;

/** The hover card of the k-th citation of a source on a page. */
export const citationCardId = (sourceId: string, occurrence: number | string) => `card-${citationAnchor(sourceId, occurrence)}`;

/** The hover card of the k-th use of a glossary term on a page. */
export const termCardId = (termId: string, occurrence: number | string) => `term-card-${termId}-${occurrence}`;
