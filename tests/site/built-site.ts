/** Reads the built site (dist/ or SITE_DIST) for the checks in this folder. */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

export const DIST = process.env.SITE_DIST ?? 'dist';

export interface HtmlPage {
  /** Site path, e.g. "/approaches/pure-rl/" ("/404" for 404.html). */
  path: string;
  file: string;
  html: string;
}

export function builtPages(): HtmlPage[] {
  if (!existsSync(join(DIST, 'index.html'))) throw new Error(`No built site in ${DIST}/: run npm run build first.`);
  const files = readdirSync(DIST, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => join(e.parentPath, e.name));
  return files.map((file) => {
    const rel = relative(DIST, file).split(sep).join('/');
    const path = `/${rel}`.replace(/index\.html$/, '').replace(/\.html$/, '');
    return { path, file, html: readFileSync(file, 'utf8') };
  });
}

/** Text content of the first match of a tag, crude but enough for titles and headings. */
export function tagText(html: string, tag: string): string[] {
  const re = new RegExp(`<${tag}\\b[^>]*>([\\s\\S]*?)</${tag}>`, 'gi');
  return [...html.matchAll(re)].map((m) => m[1]!.replace(/<[^>]+>/g, '').trim());
}

export function metaContent(html: string, attr: 'name' | 'property', key: string): string | undefined {
  const re = new RegExp(`<meta\\s[^>]*${attr}="${key}"[^>]*content="([^"]*)"`, 'i');
  return html.match(re)?.[1];
}
