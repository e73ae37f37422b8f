/**
 * Each page's inline styles lose the rules that cannot match anything on that page. The site's CSS is
 * inlined in every page (astro.config.mjs, build.inlineStylesheets), so a text page carried the rules of
 * code blocks, widget controls and callouts it does not have: about 10 % of its first visit.
 *
 * A rule is dropped only when one of its selectors' required classes can never be there: not in the
 * page's class attributes, and not a word anywhere in the site's JavaScript (which adds classes such as
 * "card-popover" or "cite-toast-visible" at run time) or the page's inline scripts. Classes inside
 * :not(), :is(), :where() and :has() are not required, so those never cause a drop. Client code builds
 * no class names from pieces (no `is-${state}`); tests/unit/site-css-purge.test.ts checks that. A font
 * face whose family no remaining rule names goes too (browsers would not fetch it, but it is bytes).
 * A step of the post-build pass (post-build.ts), before the CSP step, which hashes the purged <style>
 * elements for the page's policy.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import postcss from 'postcss';
import { classesIn, rememberedPurge } from './remembered-purge.ts';
import type { PostBuildStep } from './post-build.ts';

/** Pseudo-classes whose arguments do not all have to match for the selector to match. */
const OPTIONAL_ARGUMENTS = /:(?:not|is|where|has|matches|-webkit-any)\(/g;

/** The selector with the arguments of :not(), :is(), :where() and :has() removed (nesting respected). */
function withoutOptionalArguments(selector: string): string {
  let out = '';
  let at = 0;
  for (const match of selector.matchAll(OPTIONAL_ARGUMENTS)) {
    const open = match.index + match[0].length;
    if (open <= at) continue; // inside an argument already removed
    out += selector.slice(at, open);
    let depth = 1;
    let i = open;
    while (i < selector.length && depth > 0) {
      if (selector[i] === '(') depth++;
      else if (selector[i] === ')') depth--;
      i++;
    }
    out += ')';
    at = i;
  }
  return out + selector.slice(at);
}

/** Classes a selector needs on some element for it to match. */
export function requiredClasses(selector: string): string[] {
  return [...withoutOptionalArguments(selector).matchAll(/\.(-?[_a-zA-Z][\w-]*)/g)].map((m) => m[1]!);
}

/** The stylesheet without the rules no selector of which can match, given the classes that may exist. */
export function purgeUnmatchableRules(css: string, possible: ReadonlySet<string>): string {
  const root = postcss.parse(css);
  root.walkRules((rule) => {
    if (rule.parent?.type === 'atrule' && /keyframes$/.test((rule.parent as postcss.AtRule).name)) return;
    const kept = rule.selectors.filter((selector) => requiredClasses(selector).every((name) => possible.has(name)));
    if (kept.length === 0) rule.remove();
    else if (kept.length < rule.selectors.length) rule.selectors = kept;
  });
  root.walkAtRules((atRule) => {
    if (atRule.nodes?.length === 0 && atRule.name !== 'font-face') atRule.remove();
  });
  dropUnusedFontFaces(root);
  return root.toString();
}

/** Removes the @font-face rules of families no remaining declaration names (the math font on text pages). */
function dropUnusedFontFaces(root: postcss.Root): void {
  const values: string[] = [];
  root.walkDecls((decl) => {
    if (!(decl.parent?.type === 'atrule' && (decl.parent as postcss.AtRule).name === 'font-face')) values.push(decl.value);
  });
  root.walkAtRules('font-face', (face) => {
    let family = '';
    face.walkDecls('font-family', (decl) => {
      family = decl.value.replace(/["']/g, '').trim();
    });
    if (family && !values.some((value) => value.includes(family))) face.remove();
  });
}

/** Every word in a text (identifiers and hyphenated class names): the classes script could add. */
export function wordsIn(text: string, into = new Set<string>()): Set<string> {
  for (const match of text.matchAll(/[\w-]+/g)) into.add(match[0]);
  return into;
}

const STYLE = /<style(\s[^>]*)?>([\s\S]*?)<\/style>/g;
const INLINE_SCRIPT = /<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g;

/** The page with its inline styles purged; `scriptWords` are the words of the site's JS. */
export function purgePageStyles(
  html: string,
  scriptWords: ReadonlySet<string>,
  purge: (css: string, possible: ReadonlySet<string>) => string = purgeUnmatchableRules,
): string {
  const possible = classesIn(html, new Set(scriptWords));
  for (const match of html.matchAll(INLINE_SCRIPT)) wordsIn(match[1]!, possible);
  return html.replace(STYLE, (_element, attributes: string | undefined, css: string) => `<style${attributes ?? ''}>${purge(css, possible)}</style>`);
}

/** `purgeUnmatchableRules`, remembered per set of the sheet's classes that may exist on a page. */
export const memoizedPurge = () => rememberedPurge(purgeUnmatchableRules);

/** Words of every JavaScript file the site serves (its own bundles). */
async function siteScriptWords(outDir: string): Promise<Set<string>> {
  const words = new Set<string>();
  for (const entry of await readdir(outDir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile() && /\.m?js$/.test(entry.name)) wordsIn(await readFile(join(entry.parentPath, entry.name), 'utf8'), words);
  }
  return words;
}

export function siteCssPurgeStep(): PostBuildStep {
  let words = new Set<string>();
  let purge = memoizedPurge();
  let saved = 0;
  return {
    name: 'site-css-purge',
    async start({ outDir }) {
      words = await siteScriptWords(outDir);
      purge = memoizedPurge();
      saved = 0;
    },
    page(page) {
      const purged = purgePageStyles(page.html, words, purge);
      saved += page.html.length - purged.length;
      if (purged !== page.html) page.html = purged;
    },
    finish({ logger }) {
      logger.info(`inline styles: rules no page element or script can match dropped (${Math.round(saved / 1024)} KB of HTML)`);
    },
  };
}
