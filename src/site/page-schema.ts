/**
 * The frontmatter every page in content/ must have. A wrong or missing field fails `npm run build`;
 * Astro's message names the file and the field.
 */
import { z } from 'astro/zod';
import { APPROACHES, SECTIONS } from './page-kinds';

export { APPROACHES, SECTIONS };

export const pageSchema = z.object({
  /** Page title; becomes the only h1 and the <title>. */
  title: z.string().min(3).max(90),
  /** One or two sentences for meta tags, OpenGraph and search results. */
  description: z.string().min(20).max(300),
  /** Short name in the sidebar when the title would wrap there (the sidebar is 16rem wide). */
  sidebarLabel: z.string().min(2).max(26).optional(),
  /** Sidebar group. */
  section: z.enum(SECTIONS),
  /** Position within the group (ascending). */
  order: z.number().int().min(0),
  /** Which of the four approaches the page is about, if any. */
  approach: z.enum(APPROACHES).optional(),
  /** Date of the last substantial revision. */
  updated: z.coerce.date().optional(),
  /** Old URLs of a page that moved ("/old/path/"); each becomes a redirect page (src/pages/[...moved].astro). */
  aliases: z.array(z.string().regex(/^\/([a-z0-9-]+\/)+$/, 'an old URL such as /old/path/')).optional(),
});

export type PageData = z.infer<typeof pageSchema>;
