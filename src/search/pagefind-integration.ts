/**
 * Builds the Pagefind search index into dist/pagefind/ as the last step of `astro build`,
 * so a built site always has search. Only <main data-pagefind-body> is indexed; rendered math,
 * anchor labels, navigation and widgets are excluded (formulas are found through their labels).
 * Index-like pages (playground, glossary, formulas, bibliography) carry a lower weight (see
 * src/pages/[...slug].astro) so a chapter that explains a concept ranks above a list that mentions it.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';

// Widgets are excluded too: their labels and computed tables are interface, and would otherwise make
// the playground outrank the chapter that explains a concept.
// Full module listings (<SourceCode>) are code, not prose: indexing them would bloat the index and
// the excerpts that a first search downloads.
export const SEARCH_EXCLUDE = ['.katex', '[data-pagefind-ignore]', '.anchor-link', 'nav', '.hover-card', '[data-widget]', '.source-code'];

export function pagefindIntegration(): AstroIntegration {
  return {
    name: 'site-pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const { index, errors } = await pagefind.createIndex({ excludeSelectors: SEARCH_EXCLUDE });
        if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
        const added = await index.addDirectory({ path: outDir });
        if (added.errors.length) throw new Error(`Pagefind indexing failed: ${added.errors.join('; ')}`);
        const written = await index.writeFiles({ outputPath: `${outDir}/pagefind` });
        if (written.errors.length) throw new Error(`Pagefind could not write: ${written.errors.join('; ')}`);
        await pagefind.close();
        logger.info(`indexed ${added.page_count} pages`);
      },
    },
  };
}
