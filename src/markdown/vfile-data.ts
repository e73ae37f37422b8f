/**
 * What the Markdown plugins pass to each other, typed: Sätteri's `ctx.data`, one bag per compiled page,
 * so everything here belongs to one page and nothing outlives it (no module-level state between pages).
 * (The file keeps the name it had when the bag was unified's `vfile.data`.)
 *
 *   mdast-read-refs      → referenceUses, hasMath
 *   mdast-validate-refs  (reads referenceUses, fails on a mistake)
 *   mdast-number-refs    → contentRefs (and numbers on the components' props)
 *   mdast-publish-refs   → astro.frontmatter.refs, which pages read as `remarkPluginFrontmatter.refs`
 */
import type {} from '@astrojs/markdown-satteri'; // declares the `astro` entry of DataMap
import type { Data, DataMap, MdxJsxFlowElement, MdxJsxTextElement } from 'satteri';

/** The components whose props the plugins read and number. */
export const REFERENCE_COMPONENTS = ['Cite', 'Term', 'Equation', 'Figure'] as const;
export type ReferenceComponent = (typeof REFERENCE_COMPONENTS)[number];

export type MdxJsxElement = MdxJsxFlowElement | MdxJsxTextElement;

/** One use of a reference component in a page's source, in document order. */
export interface ReferenceUse {
  component: ReferenceComponent;
  /** The element itself, so the numbering step can add props to it. */
  node: Readonly<MdxJsxElement>;
  /** Props written as literal strings (`id="x"`; a bare `id` reads as ""). Props given as `{expressions}` are absent. */
  props: Readonly<Record<string, string>>;
  /** The `$$ … $$` blocks inside the element (an <Equation> must hold exactly one). */
  displayMath: string[];
}

export interface PageCitation {
  id: string;
  /** Number shown in the text, by order of first use on the page. */
  n: number;
  /** How many times the page cites it; occurrence k has the anchor `cite-<id>-<k>`. */
  count: number;
}
export interface PageEquation {
  id: string;
  label: string;
  tex: string;
  number: number;
}
export interface PageFigure {
  id: string;
  caption: string;
  number: number;
}
/** What one page cites, defines and numbers: the bibliography, glossary and formulas pages are built from it. */
export interface ContentRefs {
  citations: PageCitation[];
  terms: string[];
  equations: PageEquation[];
  figures: PageFigure[];
  hasMath: boolean;
}

declare module 'satteri' {
  interface DataMap {
    /** Every reference component on the page (mdast-read-refs). */
    referenceUses: ReferenceUse[];
    /** Whether the page has any formula (mdast-read-refs). */
    hasMath: boolean;
    /** The page's numbered references (mdast-number-refs). */
    contentRefs: ContentRefs;
  }
}

/** The frontmatter key under which a page's ContentRefs are published to Astro. */
export const REFS_FRONTMATTER_KEY = 'refs';

/** A page's references, from the `remarkPluginFrontmatter` that Astro's `render()` returns. */
export function refsOf(remarkPluginFrontmatter: Record<string, unknown>): ContentRefs {
  const refs = remarkPluginFrontmatter[REFS_FRONTMATTER_KEY];
  if (!refs) throw new Error('page has no references data: is mdast-publish-refs in the Markdown pipeline?');
  return refs as ContentRefs;
}

/** Data an earlier plugin must have stored; a clear error if the pipeline lists the plugins out of order. */
export function requireData<K extends 'referenceUses' | 'hasMath' | 'contentRefs'>(data: Data, key: K, producer: string): DataMap[K] {
  const value = data[key];
  if (value === undefined) throw new Error(`ctx.data.${key} is missing: ${producer} must run earlier in the Markdown pipeline`);
  return value as DataMap[K];
}

/**
 * A JSX element with new attributes, to hand to `ctx.replaceNode`: Sätteri cannot set `attributes` in
 * place, and `_keepChildren` keeps the element's own children (and their identity) instead of any
 * declared here.
 */
export function withAttributes(node: Readonly<MdxJsxElement>, attributes: MdxJsxElement['attributes']): MdxJsxElement {
  return { type: node.type, name: node.name, attributes, data: node.data, children: [], _keepChildren: true } as MdxJsxElement;
}
