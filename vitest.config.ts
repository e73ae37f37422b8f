import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const alias = { '~': fileURLToPath(new URL('./src', import.meta.url)) };

export default defineConfig({
  resolve: { alias },
  test: {
    // Vitest's default (cores - 1) is one worker on two cores; browser and fixture-build files spend
    // most of their time waiting on Chromium or a child `astro build`, so one worker per core keeps both busy.
    maxWorkers: Math.max(2, availableParallelism()),
    projects: [
      {
        // Pure functions with no mocks or globals: files can share one module graph instead of
        // re-importing it per file.
        resolve: { alias },
        test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], environment: 'node', isolate: false },
      },
      {
        // Checks over the built site in dist/ (or SITE_DIST): links, fragments, headings, origins.
        resolve: { alias },
        test: { name: 'site', include: ['tests/site/**/*.test.ts'], testTimeout: 120_000 },
      },
      {
        // Real headless Chromium against the production build, served locally; one Chromium for all
        // files (tests/browser/global-setup.ts), each file on its own connection and contexts.
        resolve: { alias },
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          globalSetup: ['tests/browser/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          // A page's first render can take seconds on a busy 2-core machine; polls wait for the value, they
          // do not change it (the default 1 s made tests fail by load, not by behaviour).
          expect: { poll: { timeout: 10_000 } },
        },
      },
    ],
  },
});
