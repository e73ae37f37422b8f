// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { unified, rehypeHeadingIds } from '@astrojs/markdown-remark';
import { remarkContentPlugins } from './src/markdown/pipeline.ts';
import { rehypeRenderMath } from './src/markdown/rehype-render-math.ts';
import { rehypeHeadingAnchors } from './src/markdown/rehype-heading-anchors.ts';
import { rehypeTableScroll } from './src/markdown/rehype-table-scroll.ts';
import { pagefindIntegration } from './src/search/pagefind-integration.ts';
import { checkLinksIntegration } from './src/build/check-links.ts';
import { codeOptions } from './src/markdown/code-themes.ts';
import { katexWoff2Only } from './src/build/katex-woff2-only.ts';
import { katexCssPurgeIntegration } from './src/build/katex-css-purge.ts';

// The public URL of the site; canonical links, OpenGraph URLs and the sitemap are built from it.
const site = process.env.SITE_URL ?? 'http://127.0.0.1:4321';

export default defineConfig({
  site,
  // Fixture builds (CONTENT_DIR set by the tests) keep their own cache so they never disturb the real one.
  cacheDir: process.env.ASTRO_CACHE_DIR ?? './node_modules/.astro',
  trailingSlash: 'always',
  // Inline the site's own CSS: one round trip fewer before first paint (KaTeX's CSS stays a file).
  build: { format: 'directory', inlineStylesheets: 'always' },
  // Astro 7's default Markdown engine ignores remark/rehype plugins; the unified processor runs them.
  markdown: {
    processor: unified({
      remarkPlugins: remarkContentPlugins,
      rehypePlugins: [
        // Renders each formula once and fails the build (file:line) on invalid TeX.
        rehypeRenderMath,
        rehypeHeadingIds,
        rehypeHeadingAnchors,
        rehypeTableScroll,
      ],
    }),
    // One theme with CSS-variable colours: each block is tokenized once (see code-themes.ts).
    shikiConfig: codeOptions,
  },
  integrations: [
    mdx(),
    sitemap({ filter: (page) => !page.includes('/404') }),
    katexCssPurgeIntegration(),
    checkLinksIntegration(),
    pagefindIntegration(),
  ],
  vite: {
    plugins: [katexWoff2Only()],
    build: {
      rolldownOptions: {
        // Every MDX page compiles to a module starting with Astro's "use astro:head-inject" directive, and
        // Rolldown warns that bundling may drop it (a known upstream issue; Astro has already read it by
        // then, and the output is correct). Silence exactly that warning; every other one still shows.
        onLog(level, log, defaultHandler) {
          if (log.code === 'MODULE_LEVEL_DIRECTIVE' && log.message.includes('"use astro:head-inject"')) return;
          defaultHandler(level, log);
        },
      },
    },
  },
  devToolbar: { enabled: false },
  prefetch: false,
});
