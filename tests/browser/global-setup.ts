import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';
import type { TestProject } from 'vitest/node';
import { startStaticServer } from '../../scripts/static-server.mjs';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    /** WebSocket endpoint of the one Chromium every browser test file connects to. */
    chromiumEndpoint: string;
  }
}

/** Debian's Chromium; the tests never download a browser of their own. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Flags that run headless Chromium here as root with no network (stack notes, pitfall 15). */
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * Serve the production build (dist/, or SITE_DIST) and start one Chromium for all browser test files:
 * each file connects to it (launchBrowser in support.ts) instead of starting its own.
 */
export default async function setup(project: TestProject) {
  const dir = process.env.SITE_DIST ?? 'dist';
  if (!existsSync(`${dir}/index.html`)) {
    throw new Error(`No built site in ${dir}/. Run \`npm run build\` first (npm test does this for you).`);
  }
  const [server, browserServer] = await Promise.all([
    startStaticServer(dir, 0) as Promise<{ url: string; close: () => Promise<void> }>,
    chromium.launchServer({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS }),
  ]);
  project.provide('baseUrl', server.url);
  project.provide('chromiumEndpoint', browserServer.wsEndpoint());
  return async () => {
    await Promise.all([browserServer.close(), server.close()]);
  };
}
