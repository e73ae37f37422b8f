/**
 * `npm run links:publish` (after `npm run build`): adds every URL and #fragment the built site offers
 * now to src/data/published-links.txt, keeping every line already there. A line already published that
 * no longer resolves stops the script (the build would fail on it too): keep the link working with an
 * alias instead of dropping it (see src/build/published-links.ts).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { readBuiltTargets } from '../src/build/published-links-integration.ts';
import { currentLinks, formatPublishedLinks, parsePublishedLinks, unresolvedLinks } from '../src/build/published-links.ts';

const dist = process.argv[2] ?? 'dist';
const file = process.env.PUBLISHED_LINKS_FILE ?? 'src/data/published-links.txt';
if (!existsSync(`${dist}/index.html`)) {
  console.error(`No built site in ${dist}/: run npm run build first.`);
  process.exit(1);
}
const targets = await readBuiltTargets(dist);
const published = existsSync(file) ? parsePublishedLinks(readFileSync(file, 'utf8')) : [];
const failures = unresolvedLinks(published, targets);
if (failures.length) {
  console.error(`${failures.length} published link(s) no longer resolve; nothing written:`);
  for (const { link, reason } of failures) console.error(`  ${link}: ${reason}`);
  process.exit(1);
}
const now = currentLinks(targets.values());
const added = now.filter((link) => !published.includes(link));
writeFileSync(file, formatPublishedLinks([...published, ...now]));
console.log(`${file}: ${published.length + added.length} links (${added.length} new)`);
for (const link of added.slice(0, 20)) console.log(`  + ${link}`);
if (added.length > 20) console.log(`  … and ${added.length - 20} more`);
