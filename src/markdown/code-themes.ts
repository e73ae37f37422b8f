/** How code blocks are highlighted, shared by Markdown code fences and <SourceCode>. */
import { transformerNotationDiff, transformerNotationHighlight } from '@shikijs/transformers';
import type { Element, ElementContent, Root } from 'hast';
import { createCssVariablesTheme, type ShikiTransformer } from 'shiki';

/**
 * One theme whose colours are CSS variables, so Shiki tokenizes each block once; the site's CSS gives
 * each token kind its light and dark colour (src/styles/global.css, "code blocks"). Two themes
 * (`themes: { light, dark }`) would tokenize every block once per theme.
 */
export const shikiTheme = createCssVariablesTheme({ name: 'site-code', variablePrefix: '--code-', fontStyle: true });

/** The token kinds the theme colours; each becomes a class `tok-<kind>` on its spans. */
export const TOKEN_KINDS = ['keyword', 'string', 'string-expression', 'comment', 'constant', 'function', 'parameter', 'link'] as const;

const TOKEN_COLOUR = /color:var\(--code-(?:token-)?([a-z-]+)\);?/;

/**
 * Token colours as a class instead of an inline style: `class="tok-keyword"` is a third of
 * `style="color:var(--code-token-keyword)"`, and a long listing has thousands of them. Text in the
 * foreground colour (and punctuation, which the site shows in it) gets no class at all.
 */
const transformerTokenClasses: ShikiTransformer = {
  name: 'site:token-classes',
  pre(node) {
    // The block's own colours come from the stylesheet too.
    const style = String(node.properties.style ?? '').replace(/(?:background-)?color:var\(--code-[a-z-]+\);?/g, '').trim();
    if (style) node.properties.style = style;
    else delete node.properties.style;
  },
  span(node) {
    const style = String(node.properties.style ?? '');
    const match = TOKEN_COLOUR.exec(style);
    if (!match) return;
    const rest = style.replace(TOKEN_COLOUR, '').trim();
    if (rest) node.properties.style = rest;
    else delete node.properties.style;
    const kind = match[1]!;
    if ((TOKEN_KINDS as readonly string[]).includes(kind)) this.addClassToHast(node, `tok-${kind}`);
  },
  root(root) {
    // Fewer elements for the same look (long listings are most of a page's DOM): a span without a class
    // becomes its text, and neighbouring spans of one kind become one span.
    const lines: Element[] = [];
    const collect = (node: Root | Element) => {
      for (const child of node.children) {
        if (child.type !== 'element') continue;
        if (child.tagName === 'span' && hasClass(child, 'line')) lines.push(child);
        else collect(child);
      }
    };
    collect(root);
    for (const line of lines) line.children = mergeTokens(line.children);
  },
};

function hasClass(node: Element, name: string): boolean {
  const value = node.properties.className ?? node.properties.class;
  return Array.isArray(value) ? value.includes(name) : String(value ?? '').split(' ').includes(name);
}

/** The one class of a plain token span ("" for none), or undefined for anything else. */
function tokenClass(node: ElementContent): string | undefined {
  if (node.type !== 'element' || node.tagName !== 'span') return undefined;
  const keys = Object.keys(node.properties);
  if (keys.length === 0) return '';
  const value = node.properties.className ?? node.properties.class;
  if (keys.length !== 1 || value === undefined) return undefined;
  const classes = Array.isArray(value) ? value : String(value).split(' ');
  return classes.length === 1 && node.children.every((c) => c.type === 'text') ? String(classes[0]) : undefined;
}

function mergeTokens(children: ElementContent[]): ElementContent[] {
  const out: ElementContent[] = [];
  for (const child of children) {
    const kind = tokenClass(child);
    const parts = kind === '' ? (child as Element).children : [child];
    for (const part of parts) {
      const last = out.at(-1);
      if (part.type === 'text' && last?.type === 'text') last.value += part.value;
      else if (kind && last && tokenClass(last) === kind) (last as Element).children = [{ type: 'text', value: textOf(last as Element) + textOf(part as Element) }];
      else out.push(part.type === 'text' ? { ...part } : part);
    }
  }
  return out;
}

function textOf(node: Element): string {
  return node.children.map((c) => (c.type === 'text' ? c.value : '')).join('');
}

/**
 * Shiki gives up on a line after 500 ms of wall-clock time and colours the rest of it plainly. On a
 * busy machine a stalled build then coloured one `=` differently from the next build of the same page.
 * Without the limit the colours depend on the code alone (Astro's config has no option for it, so the
 * transformer sets it before tokenizing).
 */
const transformerNoTimeLimit: ShikiTransformer = {
  name: 'site:no-tokenize-time-limit',
  preprocess(_code, options) {
    options.tokenizeTimeLimit = 0;
  },
};

/** `// [!code highlight]` marks a line; `// [!code ++]` and `// [!code --]` mark added and removed lines. */
export const shikiTransformers = [transformerNoTimeLimit, transformerTokenClasses, transformerNotationHighlight(), transformerNotationDiff()];

/** Everything a highlighter call needs besides the code and language: Astro's `<Code>` props and shikiConfig. */
export const codeOptions = { theme: shikiTheme, transformers: shikiTransformers };
