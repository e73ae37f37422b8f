/**
 * The query parameter result links carry (`?highlight=grpo&highlight=advantage`). A module of its own so
 * that the loader every page runs (search-loader.ts) does not bundle the term rules of highlight-terms.ts.
 */
export const HIGHLIGHT_PARAM = 'highlight';
