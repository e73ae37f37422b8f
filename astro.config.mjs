// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { satteri } from '@astrojs/markdown-satteri';
import { contentFeatures, hastContentPlugins, mdastContentPlugins } from './src/markdown/pipeline.ts';
import { pagefindStep } from './src/search/pagefind-integration.ts';
import { postBuildIntegration } from './src/build/post-build.ts';
import { checkLinksStep } from './src/build/check-links.ts';
import { publishedLinksStep } from './src/build/published-links-integration.ts';
import { codeOptions } from './src/markdown/code-themes.ts';
import { siteCssPurgeStep } from './src/build/site-css-purge.ts';
import { mathFontSubsetStep } from './src/build/math-font-subset.ts';
import { siteUrlWarning } from './src/og/site-url-warning.ts';
import { ogImagesStep } from './src/og/og-images-step.ts';
import { readerFormatsStep } from './src/build/reader-formats-integration.ts';
import { linkPreviewsStep } from './src/site/link-previews-integration.ts';
import { cspHashesStep } from './src/build/csp-unused-hashes.ts';

// The public URL of the site; canonical links, OpenGraph URLs and the sitemap are built from it.
const site = process.env.SITE_URL ?? 'http://127.0.0.1:4321';

export default defineConfig({
  site,
  // Fixture builds (CONTENT_DIR set by the tests) keep their own cache so they never disturb the real one.
  cacheDir: process.env.ASTRO_CACHE_DIR ?? './node_modules/.astro',
  trailingSlash: 'always',
  // Inline the site's own CSS: one round trip fewer before first paint (the search dialog's sheet loads
  // with its code).
  build: { format: 'directory', inlineStylesheets: 'always' },
  // Astro 7's native Markdown engine (Sätteri: parsing and MDX compilation in Rust) with the site's own
  // plugins as Sätteri visitors (src/markdown/pipeline.ts says what each does and in which order).
  markdown: {
    processor: satteri({ features: contentFeatures, mdastPlugins: mdastContentPlugins, hastPlugins: hastContentPlugins }),
    // One theme with CSS-variable colours: each block is tokenized once (see code-themes.ts).
    shikiConfig: codeOptions,
  },
  integrations: [
    siteUrlWarning(),
    mdx({ optimize: true }),
    sitemap({ filter: (page) => !page.includes('/404') }),
    // Everything after rendering, in one pass that reads and parses each page once (src/build/post-build.ts).
    // Each page goes through the steps in this order; a new per-page step is one line here (a function
    // returning { name, page(page) { page.html = … } }), placed before cspHashesStep if it changes a <style>.
    postBuildIntegration([
      // Social images, drawn on a worker thread while the pass goes on (started first).
      ogImagesStep(),
      // .md pages, llms-full.txt and the book's unique ids, before the checks read the pages.
      readerFormatsStep(),
      // Before the link check, so that fixture builds (whose pages link outside the fixture) reach it.
      publishedLinksStep(),
      linkPreviewsStep(),
      // Reads each link's MDX source and then strips the marks from the page.
      checkLinksStep(),
      // The math font cut to the characters the formulas use; pages point at the subset (before the CSP hashes).
      mathFontSubsetStep(),
      // Each page's inline styles lose the rules nothing on it can match (before the CSP hashes).
      siteCssPurgeStep(),
      // Hashes for the <style> elements of components inside MDX, which Astro's CSP leaves out; then each
      // page keeps only the hashes of its own inline scripts and styles.
      cspHashesStep(),
      pagefindStep(),
    ]),
  ],
  vite: {
    // The social-image rasteriser is a native Node addon: load it from node_modules, never bundle it.
    ssr: { external: ['@resvg/resvg-js'] },
    build: {
      // Fonts stay files: a font inlined as a data: URL would need `font-src data:` in the CSP.
      assetsInlineLimit: (file) => (/\.woff2?$/.test(file) ? false : undefined),
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
  // A strict Content-Security-Policy as a <meta> in every page. Astro hashes every script and <style> it
  // emits (those of components inside MDX: src/build/csp-style-hashes.ts); the theme snippet's hash comes
  // from Base.astro. Scripts run only from this origin or by hash
  // (no 'unsafe-inline', no eval); 'wasm-unsafe-eval' lets Pagefind compile its WebAssembly when it
  // falls back to the main thread. Shiki and the widgets' bars write style="…" attributes, which
  // no hash can cover, so only style attributes are allowed inline; <style> elements still need a hash.
  security: {
    csp: {
      algorithm: 'SHA-256',
      directives: [
        "default-src 'self'",
        "object-src 'none'",
        "base-uri 'none'",
        "form-action 'self'",
      ],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
      styleDirective: {
        resources: [
          { resource: "'self'", kind: 'element' },
          { resource: "'unsafe-inline'", kind: 'attribute' },
        ],
      },
    },
  },
  devToolbar: { enabled: false },
  prefetch: false,
});
