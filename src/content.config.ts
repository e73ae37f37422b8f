import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { pageSchema } from './site/page-schema';
import { CONTENT_BASE as base } from './site/content-base';

const pages = defineCollection({
  // Files whose name starts with "_" are partials, imported by pages but never pages themselves.
  loader: glob({ base, pattern: '**/[^_]*.mdx' }),
  schema: pageSchema,
});

export const collections = { pages };
