/**
 * After rendering, the formats for tools and offline readers that are made from the built pages:
 * each page as Markdown at its URL with ".md" (src/build/markdown-export.ts), /llms-full.txt (all of them
 * in reading order), and the finishing pass over /book/ (src/build/book-ids.ts). The list and order of
 * pages is /llms.txt (src/pages/llms.txt.ts), so the three never disagree. A step of the post-build pass
 * (src/build/post-build.ts), first in it: the book's ids must be final before the link checks read them.
 */
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { finishBook } from './book-ids.ts';
import { articleSource, type MarkdownPage } from './markdown-export.ts';
import type { ExportReply, ExportRequest } from './markdown-export-worker.ts';
import type { PostBuildStep } from './post-build.ts';

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

/** One worker thread that turns pages into Markdown (markdown-export-worker.ts), in the order asked. */
class MarkdownExporter {
  #worker = new Worker(new URL('./markdown-export-worker.ts', import.meta.url));
  #waiting = new Map<number, { resolve: (markdown: string) => void; reject: (error: Error) => void }>();
  #next = 0;
  constructor() {
    this.#worker.on('message', (reply: ExportReply) => {
      const waiter = this.#waiting.get(reply.id)!;
      this.#waiting.delete(reply.id);
      if ('markdown' in reply) waiter.resolve(reply.markdown);
      else waiter.reject(new Error(`Markdown export failed: ${reply.error}`));
    });
    this.#worker.on('error', (error: unknown) => this.#failAll(error instanceof Error ? error : new Error(String(error))));
    this.#worker.on('exit', (code) => this.#failAll(new Error(`the Markdown export worker stopped (exit code ${code})`)));
  }
  #failAll(error: Error): void {
    for (const waiter of this.#waiting.values()) waiter.reject(error);
    this.#waiting.clear();
  }
  markdownOf(article: string, page: MarkdownPage): Promise<string> {
    const id = this.#next++;
    const result = new Promise<string>((resolve, reject) => this.#waiting.set(id, { resolve, reject }));
    this.#worker.postMessage({ id, article, page } satisfies ExportRequest);
    return result;
  }
  async close(): Promise<void> {
    this.#worker.removeAllListeners('exit');
    await this.#worker.terminate();
  }
}

export function readerFormatsStep(): PostBuildStep {
  /** llms.txt's text and pages by site path; none when the build has no llms.txt (fixture builds). */
  let llms: string | undefined;
  let pages: ListedPage[] = [];
  let listed = new Map<string, ListedPage>();
  let markdown = new Map<string, Promise<string>>();
  let exporter: MarkdownExporter | undefined;
  let book = false;
  return {
    name: 'reader-formats',
    async start({ outDir }) {
      const file = join(outDir, 'llms.txt');
      llms = existsSync(file) ? await readFile(file, 'utf8') : undefined;
      pages = llms ? listedPages(llms) : [];
      listed = new Map(pages.map((page) => [new URL(page.url).pathname, page]));
      markdown = new Map();
      book = false;
      exporter = llms ? new MarkdownExporter() : undefined;
    },
    async page(page, { outDir }) {
      if (!llms) return;
      if (page.path === '/book/') {
        page.html = finishBook(page.html);
        book = true;
      }
      const entry = listed.get(page.path);
      if (!entry || !page.file.endsWith('index.html')) return;
      const updated = /<time datetime="(\d{4}-\d{2}-\d{2})"/.exec(page.html)?.[1];
      const article = articleSource(page.html);
      // Converted on the worker while the pass goes on; written when it is ready.
      const text =
        article === undefined ? Promise.reject(new Error(`no <article> in ${entry.url}`)) : exporter!.markdownOf(article, { ...entry, ...(updated ? { updated } : {}) });
      markdown.set(page.path, text.then(async (md) => (await writeFile(join(outDir, markdownFileFor(page.path)), md), md)));
      markdown.get(page.path)!.catch(() => {});
    },
    async finish({ outDir, logger }) {
      if (!llms) return;
      const documents = await Promise.all(
        pages.map(({ url }) => {
          const path = new URL(url).pathname;
          const text = markdown.get(path);
          if (text === undefined) throw new Error(`llms.txt lists ${path}, which has no built page`);
          return text;
        }),
      );
      const head = llms.split(/^## /m)[0]!.trim();
      await writeFile(join(outDir, 'llms-full.txt'), `${head}\n\n${documents.join('\n---\n\n')}`);
      logger.info(`${pages.length} pages as Markdown, llms-full.txt${book ? ' and the book' : ''}`);
    },
    async close() {
      await exporter?.close();
      exporter = undefined;
    },
  };
}
