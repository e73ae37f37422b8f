/**
 * One pass over each MDX page's syntax tree that checks and numbers the reference apparatus:
 * - `<Cite id>`: the key must exist in src/data/sources.ts; citations are numbered by first use.
 * - `<Term id>`: the id must exist in src/data/glossary.ts.
 * - `<Equation id label>` and `<Figure id caption>`: ids must be unique and prefixed (`eq-`, `fig-`);
 *   both are numbered in page order.
 * - every `$…$` / `$$…$$`: must be valid TeX, so a typo fails the build instead of printing red text.
 * What it found is stored in the page's frontmatter (`remarkPluginFrontmatter` in Astro), where the
 * page layout, the bibliography and the formulas page read it. Errors name the file and line.
 */
import katex from 'katex';
import { relative, resolve, sep } from 'node:path';
import type { Root, RootContent } from 'mdast';
import type { MdxJsxAttribute, MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import type { VFile } from 'vfile';
import { sourcesById } from '../data/sources.ts';
import { glossaryById } from '../data/glossary.ts';

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
export interface ContentRefs {
  citations: PageCitation[];
  terms: string[];
  equations: PageEquation[];
  figures: PageFigure[];
  hasMath: boolean;
}

type JsxNode = MdxJsxFlowElement | MdxJsxTextElement;
type AnyNode = Root | RootContent;

export class ContentError extends Error {}

/**
 * Every link written in MDX, by the site path of the page it is on, with its source position, so the
 * build's link check (src/build/check-links.ts) can name the file and line of a broken link.
 */
export interface SourceLink {
  url: string;
  file: string;
  line: number;
}
export const sourceLinks = new Map<string, SourceLink[]>();

/** The site path of a content file: content/approaches/pure-rl.mdx → /approaches/pure-rl/. */
export function pathOfContentFile(filePath: string, contentDir: string): string | null {
  const rel = relative(resolve(contentDir), resolve(filePath)).split(sep).join('/');
  if (rel.startsWith('..') || rel === '') return null;
  const id = rel.replace(/\.mdx?$/, '').replace(/(^|\/)index$/, '');
  return id ? `/${id}/` : '/';
}

function where(file: VFile, node: { position?: { start: { line: number; column: number } } }): string {
  const path = file.path ?? '<unknown file>';
  const pos = node.position?.start;
  return pos ? `${path}:${pos.line}:${pos.column}` : path;
}

function fail(file: VFile, node: AnyNode, message: string): never {
  // A plain Error whose message carries file:line survives every layer of Astro's error reporting.
  throw new ContentError(`${where(file, node)}: ${message}`);
}

function attr(node: JsxNode, name: string): string | undefined {
  const found = node.attributes.find((a): a is MdxJsxAttribute => a.type === 'mdxJsxAttribute' && a.name === name);
  if (!found) return undefined;
  if (typeof found.value === 'string') return found.value;
  if (found.value === null || found.value === undefined) return '';
  return undefined; // an expression such as id={x}: not statically known
}

function setAttr(node: JsxNode, name: string, value: string): void {
  node.attributes = node.attributes.filter((a) => !(a.type === 'mdxJsxAttribute' && a.name === name));
  node.attributes.push({ type: 'mdxJsxAttribute', name, value });
}

function requireAttr(file: VFile, node: JsxNode, name: string): string {
  const value = attr(node, name);
  if (value === undefined || value.trim() === '') {
    fail(file, node, `<${node.name}> needs a literal ${name}="..." attribute`);
  }
  return value;
}

/** Validate TeX exactly as rehype-katex will render it. */
export function checkTex(tex: string, displayMode: boolean): string | null {
  try {
    katex.renderToString(tex, { displayMode, throwOnError: true, strict: 'error', output: 'htmlAndMathml' });
    return null;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

function collectMath(node: AnyNode, out: { value: string; node: AnyNode; display: boolean }[]): void {
  if (node.type === 'math' || node.type === 'inlineMath') {
    out.push({ value: node.value, node, display: node.type === 'math' });
  }
  if ('children' in node) for (const child of node.children as AnyNode[]) collectMath(child, out);
}

export function collectContentRefs(tree: Root, file: VFile): ContentRefs {
  const citations = new Map<string, PageCitation>();
  const terms = new Set<string>();
  const equations: PageEquation[] = [];
  const figures: PageFigure[] = [];
  const ids = new Map<string, string>();
  let hasMath = false;
  const links: { url: string; line: number }[] = [];

  const claimId = (node: AnyNode, id: string) => {
    const previous = ids.get(id);
    if (previous) fail(file, node, `the id "${id}" is already used at ${previous}`);
    ids.set(id, where(file, node));
  };

  const visit = (node: AnyNode): void => {
    if (node.type === 'math' || node.type === 'inlineMath') {
      hasMath = true;
      const error = checkTex(node.value, node.type === 'math');
      if (error) fail(file, node, `invalid TeX in "${node.value.trim().slice(0, 120)}": ${error}`);
    }
    if (node.type === 'link') links.push({ url: node.url, line: node.position?.start.line ?? 0 });
    if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
      const jsx = node as JsxNode;
      const href = jsx.name === 'a' ? attr(jsx, 'href') : undefined;
      if (href) links.push({ url: href, line: jsx.position?.start.line ?? 0 });
      switch (jsx.name) {
        case 'Cite': {
          const id = requireAttr(file, jsx, 'id');
          if (!sourcesById.has(id)) fail(file, jsx, `unknown citation key "${id}" (add it to src/data/sources.ts)`);
          let entry = citations.get(id);
          if (!entry) {
            entry = { id, n: citations.size + 1, count: 0 };
            citations.set(id, entry);
          }
          entry.count += 1;
          setAttr(jsx, 'n', String(entry.n));
          setAttr(jsx, 'occurrence', String(entry.count));
          break;
        }
        case 'Term': {
          const id = requireAttr(file, jsx, 'id');
          if (!glossaryById.has(id)) fail(file, jsx, `unknown glossary term "${id}" (add it to src/data/glossary.ts)`);
          terms.add(id);
          break;
        }
        case 'Equation': {
          const id = requireAttr(file, jsx, 'id');
          const label = requireAttr(file, jsx, 'label');
          if (!/^eq-[a-z0-9-]+$/.test(id)) fail(file, jsx, `equation id "${id}" must look like eq-lowercase-words`);
          claimId(jsx, id);
          const maths: { value: string; node: AnyNode; display: boolean }[] = [];
          collectMath(jsx, maths);
          const display = maths.filter((m) => m.display);
          if (display.length !== 1) fail(file, jsx, `<Equation id="${id}"> must contain exactly one $$ … $$ block (blank lines around it)`);
          const number = equations.length + 1;
          equations.push({ id, label, tex: display[0]!.value, number });
          setAttr(jsx, 'number', String(number));
          break;
        }
        case 'Figure': {
          const id = requireAttr(file, jsx, 'id');
          const caption = requireAttr(file, jsx, 'caption');
          if (!/^fig-[a-z0-9-]+$/.test(id)) fail(file, jsx, `figure id "${id}" must look like fig-lowercase-words`);
          claimId(jsx, id);
          const number = figures.length + 1;
          figures.push({ id, caption, number });
          setAttr(jsx, 'number', String(number));
          break;
        }
      }
    }
    if ('children' in node) for (const child of node.children as AnyNode[]) visit(child);
  };
  visit(tree);

  const sitePath = file.path ? pathOfContentFile(file.path, process.env.CONTENT_DIR ?? 'content') : null;
  if (sitePath) sourceLinks.set(sitePath, links.map((l) => ({ ...l, file: file.path! })));

  return { citations: [...citations.values()], terms: [...terms], equations, figures, hasMath };
}

export function remarkContentRefs() {
  return (tree: Root, file: VFile) => {
    const refs = collectContentRefs(tree, file);
    const data = file.data as { astro?: { frontmatter?: Record<string, unknown> } };
    data.astro ??= {};
    data.astro.frontmatter ??= {};
    data.astro.frontmatter.refs = refs;
  };
}
