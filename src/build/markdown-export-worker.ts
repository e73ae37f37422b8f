/**
 * Turns built pages into Markdown (markdown-export.ts) on a worker thread, started by
 * reader-formats-integration.ts: the export is the costliest step of the post-build pass (about 15 ms of
 * CPU a page), and the pass's main thread has every other step to run. Each message is the source of one
 * page's <article> (articleSource) and its listing; the reply is its Markdown, or the error it raised.
 */
import { parentPort } from 'node:worker_threads';
import { articleToMarkdown, type MarkdownPage } from './markdown-export.ts';

export interface ExportRequest {
  id: number;
  article: string;
  page: MarkdownPage;
}

export type ExportReply = { id: number; markdown: string } | { id: number; error: string };

parentPort!.on('message', async ({ id, article, page }: ExportRequest) => {
  try {
    parentPort!.postMessage({ id, markdown: await articleToMarkdown(article, page) } satisfies ExportReply);
  } catch (error) {
    parentPort!.postMessage({ id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) } satisfies ExportReply);
  }
});
