export const SITE_NAME = 'Reasoning LLMs, explained';
/** Shown instead of the full name in the header on very narrow screens. */
export const SITE_SHORT_NAME = 'Reasoning LLMs';
export const SITE_TAGLINE = 'How reasoning language models are built: four approaches, one pipeline, and the budget projects that reproduce them.';
