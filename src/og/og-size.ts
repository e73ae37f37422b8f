/** The size of every social preview image: the 1.91:1 card that OpenGraph and Twitter/X show full width. */
export const OG_WIDTH = 1200;
export const OG_HEIGHT = 630;
