import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { pageSchema } from './site/page-schema';

// CONTENT_DIR lets the build tests point the site at a folder of broken fixtures.
const base = process.env.CONTENT_DIR ?? './content';

const pages = defineCollection({
  // Files whose name starts with "_" are partials, imported by pages but never pages themselves.
  loader: glob({ base, pattern: '**/[^_]*.mdx' }),
  schema: pageSchema,
});

export const collections = { pages };
