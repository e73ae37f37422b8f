/**
 * After the build, checks that every line of src/data/published-links.txt still resolves in the built
 * site, and fails naming each one that does not, with the content file that should hold it.
 * PUBLISHED_LINKS_FILE points fixture builds at their own list.
 */
import { existsSync } from 'node:fs';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { contentFileFor, linkTargetsOf, parsePublishedLinks, readLinkTargets, unresolvedLinks, type LinkTargets } from './published-links.ts';
import { htmlFiles, sitePathOf, type PostBuildStep } from './post-build.ts';

export const PUBLISHED_LINKS_FILE = process.env.PUBLISHED_LINKS_FILE ?? 'src/data/published-links.txt';

/** Every built HTML page's link targets, by site path (for scripts that read a finished build). */
export async function readBuiltTargets(outDir: string): Promise<Map<string, LinkTargets>> {
  const targets = new Map<string, LinkTargets>();
  for (const file of await htmlFiles(outDir)) {
    const path = sitePathOf(outDir, file);
    targets.set(path, readLinkTargets(path, await readFile(file, 'utf8')));
  }
  return targets;
}

/**
 * Takes the redirect pages of moved pages out of the sitemap (@astrojs/sitemap lists every route; its
 * hook has run by now): search engines should know only the page's current URL.
 */
async function dropRedirectsFromSitemap(outDir: string, targets: ReadonlyMap<string, LinkTargets>): Promise<void> {
  const moved = [...targets.values()].filter((t) => t.redirectTo).map((t) => t.path);
  if (moved.length === 0) return;
  for (const name of await readdir(outDir)) {
    if (!/^sitemap-\d+\.xml$/.test(name)) continue;
    const file = join(outDir, name);
    const xml = await readFile(file, 'utf8');
    const kept = xml.replace(/<url><loc>([^<]*)<\/loc>.*?<\/url>/g, (entry, loc: string) => (moved.includes(new URL(loc).pathname) ? '' : entry));
    if (kept !== xml) await writeFile(file, kept);
  }
}

export function publishedLinksStep(): PostBuildStep {
  let targets = new Map<string, LinkTargets>();
  return {
    name: 'published-links',
    start() {
      targets = new Map();
    },
    page(page) {
      targets.set(page.path, linkTargetsOf(page.path, page.document));
    },
    async finish({ outDir, logger }) {
      await dropRedirectsFromSitemap(outDir, targets);
      if (!existsSync(PUBLISHED_LINKS_FILE)) {
        logger.warn(`${PUBLISHED_LINKS_FILE} is missing: run npm run links:publish after this build`);
        return;
      }
      const published = parsePublishedLinks(await readFile(PUBLISHED_LINKS_FILE, 'utf8'));
      const failures = unresolvedLinks(published, targets);
      if (failures.length === 0) {
        logger.info(`all ${published.length} published links resolve`);
        return;
      }
      const contentDir = process.env.CONTENT_DIR ?? 'content';
      const lines = failures.map(({ link, reason }) => {
        const file = contentFileFor(link.split('#')[0]!, contentDir);
        return `  ${link}: ${reason}${existsSync(file) && link.includes('#') ? ` [in ${file}]` : ''}`;
      });
      throw new Error(`${failures.length} published link(s) in ${PUBLISHED_LINKS_FILE} no longer resolve:\n${lines.join('\n')}`);
    },
  };
}
