/**
 * After rendering, the formats for tools and offline readers that are made from the built pages:
 * each page as Markdown at its URL with ".md" (src/build/markdown-export.ts), /llms-full.txt (all of them
 * in reading order), and the finishing pass over /book/ (src/build/book-ids.ts). The list and order of
 * pages is /llms.txt (src/pages/llms.txt.ts), so the three never disagree.
 */
import type { AstroIntegration } from 'astro';
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { finishBook } from './book-ids.ts';
import { pageToMarkdown } from './markdown-export.ts';

export interface ListedPage {
  title: string;
  url: string;
  description: string;
}

/** The page lines of llms.txt, "- [Title](url): description", up to its "Optional" section. */
export function listedPages(llmsTxt: string): ListedPage[] {
  const main = llmsTxt.split(/^## Optional$/m)[0] ?? '';
  return [...main.matchAll(/^- \[(.+?)\]\((\S+?)\): (.*)$/gm)].map((m) => ({ title: m[1]!, url: m[2]!, description: m[3]! }));
}

/** "/approaches/pure-rl/" → "approaches/pure-rl.md" (relative to the output folder). */
export function markdownFileFor(pathname: string): string {
  return `${pathname.replace(/^\/|\/$/g, '') || 'index'}.md`;
}

export function readerFormatsIntegration(): AstroIntegration {
  return {
    name: 'site-reader-formats',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const llms = join(outDir, 'llms.txt');
        if (!existsSync(llms)) return;
        const pages = listedPages(await readFile(llms, 'utf8'));
        const documents: string[] = [];
        for (const page of pages) {
          const { pathname } = new URL(page.url);
          const html = await readFile(join(outDir, pathname, 'index.html'), 'utf8');
          const updated = /<time datetime="(\d{4}-\d{2}-\d{2})"/.exec(html)?.[1];
          const markdown = await pageToMarkdown(html, { ...page, ...(updated ? { updated } : {}) });
          await writeFile(join(outDir, markdownFileFor(pathname)), markdown);
          documents.push(markdown);
        }
        const head = (await readFile(llms, 'utf8')).split(/^## /m)[0]!.trim();
        await writeFile(join(outDir, 'llms-full.txt'), `${head}\n\n${documents.join('\n---\n\n')}`);
        const book = join(outDir, 'book', 'index.html');
        if (existsSync(book)) await writeFile(book, finishBook(await readFile(book, 'utf8')));
        logger.info(`${pages.length} pages as Markdown, llms-full.txt and the book`);
      },
    },
  };
}
