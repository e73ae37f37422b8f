export const SITE_NAME = 'Reasoning LLMs, explained';
export const SITE_TAGLINE = 'How reasoning language models are built: four approaches, one pipeline, and the budget projects that reproduce them.';
