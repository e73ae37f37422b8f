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
        // The limit only catches hangs: on a loaded two-core machine a few heavier files (the trainer's runs,
        // html-validate's config) outlast vitest's default of 5 s.
        test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], environment: 'node', isolate: false, testTimeout: 60_000 },
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
          // The state lives in Chromium and each file opens its own connection and contexts, so files
          // can share a worker's modules (playwright-core is imported once per worker, not per file).
          isolate: false,
          globalSetup: ['tests/browser/global-setup.ts'],
          // Generous limits: they only catch hangs, and on a shared two-core machine a long page's
          // axe sweep or a widget's update can take many times its usual time. expect.poll still
          // returns as soon as its condition holds (its default of 1 s failed tests under load).
          testTimeout: 120_000,
          hookTimeout: 60_000,
          expect: { poll: { timeout: 15_000 } },
        },
      },
    ],
  },
});
