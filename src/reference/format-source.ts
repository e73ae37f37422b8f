import type { Source } from '~/data/sources';

/** A source as one line of plain text: authors (year). Title. Venue. */
export function formatSource(source: Source): string {
  return `${source.authors} (${source.year}). ${source.title}. ${source.venue}.`;
}
