/**
 * How a page (or one of its sections) is cited, dated and timed: pure functions used at build time by
 * CiteThisPage.astro and PageMeta.astro, and in the browser by the heading menu's "copy citation".
 */
import { SITE_NAME } from './site';

export interface CitedPage {
  title: string;
  /** Absolute URL of the page (with #fragment for a section). */
  url: string;
  /** Date of the last revision. */
  updated: Date;
  /** The section's heading, when citing one section of the page. */
  section?: string;
}

/** "2026-11-26": the form of `<time datetime>`, and of BibTeX's urldate. */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** "26 November 2026", independent of the build machine's locale and time zone. */
export function readableDate(date: Date): string {
  return date.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
}

/** A BibTeX key from the URL's path: "/approaches/pure-rl/" → "reasoningllms-approaches-pure-rl". */
export function citationKey(url: string): string {
  const { pathname, hash } = new URL(url);
  const slug = `${pathname}${hash.slice(1)}`.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '').toLowerCase();
  return `reasoningllms-${slug || 'home'}`;
}

/** Braces protect capitals (GRPO, DeepSeek) from BibTeX styles that lower-case titles. */
function bibtexText(text: string): string {
  return text.replace(/[{}\\]/g, '').replace(/[&%$#_]/g, (c) => `\\${c}`);
}

export function bibtex(page: CitedPage): string {
  const title = page.section ? `${page.title}: ${page.section}` : page.title;
  return [
    `@misc{${citationKey(page.url)},`,
    `  title        = {{${bibtexText(title)}}},`,
    `  author       = {{${bibtexText(SITE_NAME)}}},`,
    `  year         = {${page.updated.getUTCFullYear()}},`,
    `  howpublished = {\\url{${page.url}}},`,
    `  note         = {Updated ${isoDate(page.updated)}},`,
    `}`,
  ].join('\n');
}

/** "“Pure reinforcement learning”, in Reasoning LLMs, explained (updated 26 November 2026). https://…" */
export function plainCitation(page: CitedPage): string {
  const title = page.section ? `${page.title}: ${page.section}` : page.title;
  return `“${title}”, in ${SITE_NAME} (updated ${readableDate(page.updated)}). ${page.url}`;
}

/** Words a reader reads in an MDX body: no frontmatter, imports, tags, expressions, math or code. */
export function readableWords(mdx: string): number {
  const text = mdx
    .replace(/^---\n[\s\S]*?\n---\n/, '')
    .replace(/^(import|export) .*$/gm, '')
    .replace(/```[\s\S]*?```/g, ' ')
    .replace(/\$\$[\s\S]*?\$\$/g, ' ')
    .replace(/\$[^$\n]+\$/g, ' formula ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/\{[^{}]*\}/g, ' ');
  return text.split(/\s+/).filter((word) => /[a-z0-9]/i.test(word)).length;
}

/** Minutes to read at 230 words a minute, a common adult silent-reading rate, at least 1. */
export function readingMinutes(words: number): number {
  return Math.max(1, Math.round(words / 230));
}

/** A page's date: its frontmatter `updated`, else the latest changelog entry naming it. */
export function pageUpdated(
  id: string,
  updated: Date | undefined,
  changes: readonly { date: string; pages: readonly string[] }[],
): Date | undefined {
  if (updated) return updated;
  const dates = changes.filter((c) => c.pages.includes(id)).map((c) => c.date).sort();
  const latest = dates[dates.length - 1];
  return latest ? new Date(`${latest}T00:00:00Z`) : undefined;
}
