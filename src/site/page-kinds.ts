/**
 * The fixed values of the frontmatter's `section` and `approach` fields. A module of its own, without the
 * schema library, so browser code (the search filters) can import them without bundling a validator.
 */

/** Sidebar groups, in the order the sidebar shows them (and the reading order of prev/next). */
export const SECTIONS = ['Foundations', 'Approaches', 'In practice', 'Playground', 'Reference'] as const;

export const APPROACHES = ['inference-time-scaling', 'pure-rl', 'sft-plus-rl', 'distillation'] as const;
