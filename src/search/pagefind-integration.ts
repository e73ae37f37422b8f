/**
 * Builds the Pagefind search index into dist/pagefind/ as the last step of `astro build`, so a built
 * site always has search. What is indexed and how pages weigh: index-policy.ts. Each page is indexed
 * from a cleaned copy of its HTML (index-text.ts); the served page is not changed. The same pass
 * writes the "did you mean" list (suggest.ts): glossary terms and the site's headings.
 */
import type { AstroIntegration } from 'astro';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { glossary } from '../data/glossary.ts';
import { INDEX_EXCLUDE_SELECTORS } from './index-policy.ts';
import { indexedPage } from './index-text.ts';
import { SUGGESTIONS_PATH, type Suggestion } from './suggest.ts';

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

export function pagefindIntegration(): AstroIntegration {
  return {
    name: 'site-pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const { index, errors } = await pagefind.createIndex({ excludeSelectors: [...INDEX_EXCLUDE_SELECTORS] });
        if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
        const suggestions = glossarySuggestions();
        const files = readdirSync(outDir, { recursive: true, withFileTypes: true })
          .filter((e) => e.isFile() && e.name.endsWith('.html'))
          .map((e) => join(e.parentPath, e.name))
          .sort();
        let pages = 0;
        for (const file of files) {
          const html = readFileSync(file, 'utf8');
          // Only pages that mark their body are searchable (the 404 page is not).
          if (!html.includes('data-pagefind-body')) continue;
          const url = `/${relative(outDir, file).split(sep).join('/')}`.replace(/index\.html$/, '');
          const page = indexedPage(html);
          const added = await index.addHTMLFile({ url, content: page.html });
          if (added.errors.length) throw new Error(`Pagefind could not index ${url}: ${added.errors.join('; ')}`);
          for (const h of page.headings) suggestions.push({ label: h.text, url: `${url}#${h.id}` });
          pages++;
        }
        const written = await index.writeFiles({ outputPath: `${outDir}/pagefind` });
        if (written.errors.length) throw new Error(`Pagefind could not write: ${written.errors.join('; ')}`);
        await pagefind.close();
        writeFileSync(join(outDir, SUGGESTIONS_PATH), JSON.stringify(uniqueByLabel(suggestions)));
        logger.info(`indexed ${pages} pages`);
      },
    },
  };
}
