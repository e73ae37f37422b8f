/**
 * /llms.txt (the llmstxt.org convention): the site's title, a summary, and one line per page with its URL
 * and description, grouped as the sidebar groups them. Every page is also published as Markdown at its
 * URL with ".md" (written after the build by src/build/reader-formats-integration.ts, which reads this
 * file for the list and order of pages).
 */
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { SECTIONS } from '~/site/page-schema';
import { pageHref, sortPages } from '~/site/nav';
import { SITE_NAME, SITE_TAGLINE } from '~/site/site';

export const GET: APIRoute = async ({ site }) => {
  const pages = sortPages(await getCollection('pages'));
  const absolute = (path: string) => new URL(path, site).href;
  const lines = [
    `# ${SITE_NAME}`,
    '',
    `> ${SITE_TAGLINE}`,
    '',
    `An interactive reference on reasoning language models: every number is cited, every formula typeset. Each page below is also available as Markdown at its URL with ".md" (for example ${absolute('/approaches/pure-rl.md')}); ${absolute('/llms-full.txt')} has every page in one file, and ${absolute('/book/')} is the whole reference as one printable page.`,
  ];
  for (const section of SECTIONS) {
    const inSection = pages.filter((p) => p.data.section === section);
    if (inSection.length === 0) continue;
    lines.push('', `## ${section}`, '');
    for (const page of inSection) lines.push(`- [${page.data.title}](${absolute(pageHref(page.id))}): ${page.data.description}`);
  }
  lines.push('', '## Optional', '', `- [Changelog](${absolute('/changelog/')}): content changes by date.`);
  return new Response(`${lines.join('\n')}\n`, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
