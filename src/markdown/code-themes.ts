/** How code blocks are highlighted, shared by Markdown code fences and <SourceCode>. */
import { transformerNotationDiff, transformerNotationHighlight } from '@shikijs/transformers';

/** Light and dark themes; with `defaultColor: false` the site's CSS picks one per site theme. */
export const shikiThemes = { light: 'github-light-default', dark: 'github-dark-default' } as const;

/** `// [!code highlight]` marks a line; `// [!code ++]` and `// [!code --]` mark added and removed lines. */
export const shikiTransformers = [transformerNotationHighlight(), transformerNotationDiff()];
