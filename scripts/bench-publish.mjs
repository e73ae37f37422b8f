/**
 * `npm run bench:publish` (after `npm run build`): what the publishing steps cost, measured on the built
 * site: the social images, each page as Markdown, the book's finishing pass, and reading the built pages
 * for the published-links check. Prints figures; asserts nothing.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { finishBook } from '../src/build/book-ids.ts';
import { pageToMarkdown } from '../src/build/markdown-export.ts';
import { readBuiltTargets } from '../src/build/published-links-integration.ts';
import { listedPages } from '../src/build/reader-formats-integration.ts';
import { ogImagePng } from '../src/og/og-image.ts';

const dist = process.argv[2] ?? 'dist';
const pages = listedPages(readFileSync(join(dist, 'llms.txt'), 'utf8'));
const time = async (label, run) => {
  const start = performance.now();
  const result = await run();
  console.log(`${label.padEnd(44)} ${(performance.now() - start).toFixed(0).padStart(6)} ms`);
  return result;
};

const pngs = await time(`${pages.length} social images (satori + resvg)`, () =>
  Promise.all(pages.map((p) => ogImagePng({ title: p.title, section: 'Section', siteName: 'Reasoning LLMs, explained' }))),
);
const sizes = pngs.map((png) => png.length);
console.log(`  PNG sizes: ${Math.min(...sizes)}–${Math.max(...sizes)} bytes`);
await time(`${pages.length} pages as Markdown (rehype-remark)`, async () => {
  for (const page of pages) {
    await pageToMarkdown(readFileSync(join(dist, new URL(page.url).pathname, 'index.html'), 'utf8'), page);
  }
});
const book = readFileSync(join(dist, 'book', 'index.html'), 'utf8');
await time(`book finishing pass (${(book.length / 1e6).toFixed(1)} MB of HTML)`, () => finishBook(book));
await time('reading every built page for published links', () => readBuiltTargets(dist));
