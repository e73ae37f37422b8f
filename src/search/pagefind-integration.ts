/**
 * Builds the Pagefind search index into dist/pagefind/ as the last step of the post-build pass
 * (src/build/post-build.ts), so a built site always has search. What is indexed and how pages weigh:
 * index-policy.ts. Each page is indexed from a cleaned copy of its HTML (index-text.ts); the served page is not changed. The same pass
 * writes the "did you mean" list (suggest.ts): glossary terms and the site's headings.
 */
import { writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import * as pagefind from 'pagefind';
import { glossary } from '../data/glossary.ts';
import { INDEX_EXCLUDE_SELECTORS } from './index-policy.ts';
import { indexedDocument } from './index-text.ts';
import { SUGGESTIONS_PATH, type Suggestion } from './suggest.ts';
import type { PostBuildStep } from '../build/post-build.ts';

/** The glossary's labels: each name, the short form in its parentheses ("GRPO") and its aliases. */
function glossarySuggestions(): Suggestion[] {
  return glossary.flatMap((term) => {
    const short = /\(([^)]+)\)\s*$/.exec(term.name)?.[1];
    const long = term.name.replace(/\s*\([^)]*\)\s*$/, '');
    return [long, ...(short ? [short] : []), ...term.aliases].map((label) => ({ label, url: term.explainedIn }));
  });
}

function uniqueByLabel(suggestions: Suggestion[]): Suggestion[] {
  const seen = new Set<string>();
  return suggestions.filter((s) => {
    const key = s.label.toLowerCase();
    return seen.has(key) ? false : (seen.add(key), true);
  });
}

export function pagefindStep(): PostBuildStep {
  let index: pagefind.PagefindIndex | undefined;
  let suggestions: Suggestion[] = [];
  let pages = 0;
  /** Pages go to Pagefind one after another, in path order, while the pass reads the next ones. */
  let queue: Promise<void> = Promise.resolve();
  return {
    name: 'pagefind',
    async start() {
      const created = await pagefind.createIndex({ excludeSelectors: [...INDEX_EXCLUDE_SELECTORS] });
      if (!created.index) throw new Error(`Pagefind could not start: ${created.errors.join('; ')}`);
      index = created.index;
      suggestions = glossarySuggestions();
      pages = 0;
      queue = Promise.resolve();
    },
    page(page, { outDir }) {
      // Only pages that mark their body are searchable (the 404 page is not).
      if (!page.html.includes('data-pagefind-body')) return;
      const url = `/${relative(outDir, page.file).split(sep).join('/')}`.replace(/index\.html$/, '');
      // The page's content as first parsed: what the later steps change (link-source marks, the purged CSS,
      // the CSP) is not indexed, and the page need not be parsed again.
      const indexed = indexedDocument(page.firstDocument);
      for (const h of indexed.headings) suggestions.push({ label: h.text, url: `${url}#${h.id}` });
      pages++;
      const add = index!;
      queue = queue.then(async () => {
        const added = await add.addHTMLFile({ url, content: indexed.html });
        if (added.errors.length) throw new Error(`Pagefind could not index ${url}: ${added.errors.join('; ')}`);
      });
      // A failure surfaces in finish; until then it must not count as unhandled.
      queue.catch(() => {});
    },
    async finish({ outDir, logger }) {
      await queue;
      const written = await index!.writeFiles({ outputPath: `${outDir}/pagefind` });
      if (written.errors.length) throw new Error(`Pagefind could not write: ${written.errors.join('; ')}`);
      writeFileSync(join(outDir, SUGGESTIONS_PATH), JSON.stringify(uniqueByLabel(suggestions)));
      logger.info(`indexed ${pages} pages`);
    },
    async close() {
      if (!index) return;
      index = undefined;
      await pagefind.close();
    },
  };
}
