/**
 * Fails the build when an internal link or #fragment does not resolve. A link written in MDX is
 * reported with its file and line: src/markdown/mdast-link-sources.ts writes them into the page as a
 * `data-mdx-source` attribute, which this step reads and then removes from every built page (before
 * the search index is made), so the published HTML never carries it.
 */
import { findBrokenLinks, readDocument, type BuiltPage } from './link-check.ts';
import type { PostBuildStep } from './post-build.ts';

export function checkLinksStep(): PostBuildStep {
  let pages = new Map<string, BuiltPage>();
  return {
    name: 'check-links',
    start() {
      pages = new Map();
    },
    page(page) {
      const { ids, links, chromeLinks, sources, withoutSources } = readDocument(page.document, page.html, (offset) => page.sourceOffset(offset));
      page.html = withoutSources;
      pages.set(page.path, { path: page.path, ids: new Set(ids), links, chromeLinks, sources });
    },
    finish({ logger }) {
      const broken = findBrokenLinks(pages);
      if (broken.length === 0) {
        logger.info(`all internal links resolve (${pages.size} pages)`);
        return;
      }
      const lines = broken.map((b) => `  ${b.source ?? `page ${b.from}`}: link to ${b.href}: ${b.reason}`);
      throw new Error(`${broken.length} broken internal link(s):\n${lines.join('\n')}`);
    },
  };
}
