import { existsSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { startStaticServer } from '../../scripts/static-server.mjs';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

/** Serve the production build (dist/, or SITE_DIST) for the browser tests. */
export default async function setup(project: TestProject) {
  const dir = process.env.SITE_DIST ?? 'dist';
  if (!existsSync(`${dir}/index.html`)) {
    throw new Error(`No built site in ${dir}/. Run \`npm run build\` first (npm test does this for you).`);
  }
  const server = (await startStaticServer(dir, 0)) as { url: string; close: () => Promise<void> };
  project.provide('baseUrl', server.url);
  return async () => server.close();
}
