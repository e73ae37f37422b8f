/** The folder the page collection is loaded from; CONTENT_DIR lets the build tests point the site at a folder of fixtures. */
export const CONTENT_BASE = process.env.CONTENT_DIR ?? './content';
