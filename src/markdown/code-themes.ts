/** How code blocks are highlighted, shared by Markdown code fences and <SourceCode>. */
import { transformerNotationDiff, transformerNotationHighlight } from '@shikijs/transformers';
import type { ShikiTransformer } from 'shiki';

/** Light and dark themes; with `defaultColor: false` the site's CSS picks one per site theme. */
export const shikiThemes = { light: 'github-light-default', dark: 'github-dark-default' } as const;

/**
 * Shiki gives up on a line after 500 ms of wall-clock time and colours the rest of it plainly. On a
 * busy machine a stalled build then coloured one `=` differently from the next build of the same page.
 * Without the limit the colours depend on the code alone (Astro's config has no option for it, so the
 * transformer sets it before tokenizing).
 */
const transformerNoTimeLimit: ShikiTransformer = {
  name: 'site:no-tokenize-time-limit',
  preprocess(_code, options) {
    options.tokenizeTimeLimit = 0;
  },
};

/** `// [!code highlight]` marks a line; `// [!code ++]` and `// [!code --]` mark added and removed lines. */
export const shikiTransformers = [transformerNoTimeLimit, transformerNotationHighlight(), transformerNotationDiff()];
