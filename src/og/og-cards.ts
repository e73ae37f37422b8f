/**
 * The list of social preview cards, from the build to the post-build step that draws them
 * (og-images-step.ts): src/pages/og/cards.json.ts writes it into the build output, the step reads and
 * deletes it.
 */
import type { OgCard } from './og-image.ts';

/** Where the list is written, relative to the output folder. */
export const OG_CARDS_FILE = 'og/cards.json';

export interface PlacedOgCard extends OgCard {
  /** Output file relative to the output folder, "og/approaches/pure-rl.png" (og-paths.ts). */
  file: string;
}
