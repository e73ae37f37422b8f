/**
 * Parses a built page for the post-build pass (src/build/post-build.ts) with the text of its <style>
 * elements left out. Every page inlines its purged CSS (25–40 KB, most of a generated page's <head>),
 * which no step reads from the parsed document (the CSS purge and the CSP hashes work on the HTML text),
 * and parse5 spent about 40 % of a page's parse time tokenising it (measured on a generated page:
 * 21 → 12 ms).
 *
 * The steps that cut text out of the page by source offset (the link check) map an offset in the parsed
 * document back to the page's HTML with `sourceOffset`.
 */
import { defaultTreeAdapter, parse, type DefaultTreeAdapterMap } from 'parse5';

export type ParsedDocument = DefaultTreeAdapterMap['document'];

export interface ParsedPage {
  document: ParsedDocument;
  /** An offset in `document`'s source locations → the same place in the page's HTML. */
  sourceOffset(offset: number): number;
}

/** A <style> element's start tag; its text ends at the first `</style` (HTML's raw text rule). */
const STYLE_START = /<style\b[^>]*>/gi;
const STYLE_END = /<\/style[\s/>]/gi;

interface Cut {
  /** Where the left-out text was, as an offset in the parsed text. */
  at: number;
  /** How many characters were left out before that point, this cut included. */
  removedBefore: number;
}

function withoutStyleText(html: string): { text: string; styles: number; cuts: Cut[] } {
  const kept: string[] = [];
  const cuts: Cut[] = [];
  let styles = 0;
  let from = 0;
  let removed = 0;
  STYLE_START.lastIndex = 0;
  for (let match = STYLE_START.exec(html); match; match = STYLE_START.exec(html)) {
    const textStart = match.index + match[0].length;
    STYLE_END.lastIndex = textStart;
    const end = STYLE_END.exec(html)?.index;
    if (end === undefined) break;
    styles++;
    STYLE_START.lastIndex = end;
    if (end === textStart) continue;
    kept.push(html.slice(from, textStart));
    cuts.push({ at: textStart - removed, removedBefore: removed + (end - textStart) });
    removed += end - textStart;
    from = end;
  }
  kept.push(html.slice(from));
  return { text: cuts.length === 0 ? html : kept.join(''), styles, cuts };
}

type Element = DefaultTreeAdapterMap['element'];

/** parse5's own tree adapter, noting every <style> element it creates (no walk over the tree after). */
function noteStyles(into: Element[]): typeof defaultTreeAdapter {
  return {
    ...defaultTreeAdapter,
    createElement(tagName, namespaceURI, attrs) {
      const element = defaultTreeAdapter.createElement(tagName, namespaceURI, attrs);
      if (tagName === 'style') into.push(element);
      return element;
    },
  };
}

export function parsePage(html: string, { sourceCodeLocationInfo = false } = {}): ParsedPage {
  const { text, styles: expected, cuts } = withoutStyleText(html);
  const identity = (offset: number) => offset;
  if (cuts.length === 0) return { document: parse(html, { sourceCodeLocationInfo }), sourceOffset: identity };
  const styles: Element[] = [];
  const document = parse(text, { sourceCodeLocationInfo, treeAdapter: noteStyles(styles) });
  // A "<style" that was not a tag (inside a script, a comment or an attribute value) would have cut real
  // markup out: then the parser finds a different number of style elements, or one with text left, and
  // the page is parsed whole instead.
  if (styles.length !== expected || styles.some((style) => style.childNodes.length > 0)) {
    return { document: parse(html, { sourceCodeLocationInfo }), sourceOffset: identity };
  }
  return {
    document,
    sourceOffset(offset) {
      let removed = 0;
      for (const cut of cuts) {
        if (cut.at > offset) break;
        removed = cut.removedBefore;
      }
      return offset + removed;
    },
  };
}
