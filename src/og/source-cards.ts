/**
 * The social preview cards read straight from the page sources (content/**, frontmatter only), before
 * Astro has compiled or rendered anything: og-images-step.ts draws them into the image cache while the
 * build is still compiling. The list the build itself produces (page-cards.ts) stays the one that counts;
 * a card read differently here is only drawn twice, never wrong.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import type { PlacedOgCard } from './og-cards.ts';
import { cardsOf, type CardSource } from './card-list.ts';

/** Page files as the collection's loader finds them (src/content.config.ts): *.mdx not starting with "_". */
const isPageFile = (name: string) => name.endsWith('.mdx') && !name.startsWith('_');

export async function sourceCards(contentDir: string): Promise<PlacedOgCard[]> {
  const entries = await readdir(contentDir, { withFileTypes: true, recursive: true });
  const pages: CardSource[] = [];
  for (const entry of entries) {
    if (!entry.isFile() || !isPageFile(entry.name)) continue;
    const file = join(entry.parentPath, entry.name);
    const { frontmatter } = parseFrontmatter(await readFile(file, 'utf8'));
    const { title, section } = frontmatter as { title?: unknown; section?: unknown };
    // A page the schema will reject is reported by the build itself; nothing to draw for it here.
    if (typeof title !== 'string' || typeof section !== 'string') continue;
    pages.push({ path: `/${relative(contentDir, file).split(sep).join('/').replace(/\.mdx$/, '')}/`, title, section });
  }
  return cardsOf(pages);
}
