import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';
import type { TestProject } from 'vitest/node';
import { startStaticServer } from '../../scripts/static-server.mjs';
import { disableFeaturesArg, launchOptions } from './chromium-launch';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    /** WebSocket endpoint of the one Chromium every browser test file connects to. */
    chromiumEndpoint: string;
    /** The --disable-features switch for files that launch a Chromium of their own (chromium-launch.ts). */
    chromiumDisableFeatures: string;
  }
}

/**
 * Serve the production build (dist/, or SITE_DIST) and start one Chromium for all browser test files:
 * each file connects to it (launchBrowser in support.ts) instead of starting its own.
 */
export default async function setup(project: TestProject) {
  const dir = process.env.SITE_DIST ?? 'dist';
  if (!existsSync(`${dir}/index.html`)) {
    throw new Error(`No built site in ${dir}/. Run \`npm run build\` first (npm test does this for you).`);
  }
  const [server, disableFeatures] = await Promise.all([
    startStaticServer(dir, 0) as Promise<{ url: string; close: () => Promise<void> }>,
    disableFeaturesArg(),
  ]);
  const browserServer = await chromium.launchServer(launchOptions(disableFeatures));
  await warnIfBrowserUiRenders(browserServer.wsEndpoint());
  project.provide('baseUrl', server.url);
  project.provide('chromiumEndpoint', browserServer.wsEndpoint());
  project.provide('chromiumDisableFeatures', disableFeatures);
  return async () => {
    await Promise.all([browserServer.close(), server.close()]);
  };
}

/**
 * A later Chromium may rename the features chromium-launch.ts turns off; the tests still pass then, only
 * slower, so say so instead of failing.
 */
async function warnIfBrowserUiRenders(endpoint: string): Promise<void> {
  const browser = await chromium.connect(endpoint);
  try {
    // Only a warning: a failure to look must not stop the tests (or leave the Chromium running).
    const context = await browser.newContext();
    await context.newPage();
    const session = await browser.newBrowserCDPSession();
    const { targetInfos } = await session.send('Target.getTargets');
    const browserUi = targetInfos.filter((target) => target.type === 'browser_ui').map((target) => target.url);
    if (browserUi.length) {
      console.warn(`Chromium renders its own UI pages in every test's window (${browserUi.join(', ')}): see tests/browser/chromium-launch.ts.`);
    }
  } catch (error) {
    console.warn(`Could not list Chromium's pages to check for its own UI: ${(error as Error).message}`);
  } finally {
    await browser.close();
  }
}
