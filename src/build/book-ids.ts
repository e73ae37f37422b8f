/**
 * Finishes /book/ after the build. Its chapters were rendered as on their own pages, so ids repeat between
 * chapters (#references, #results, citation and card ids): each repeated id gets its chapter's prefix
 * ("approaches-pure-rl--results") and every reference to it inside that chapter follows (href="#…", for,
 * aria-*, popovertarget). Links to a chapter's own page ("/approaches/pure-rl/#grpo") become links inside
 * the book. Figures and equations are numbered by chapter: "Figure 3.1", "(3.2)".
 *
 * Widgets appear in the book as they print, plus their charts: the default view the build computed, without
 * controls or scripts, and a link to the chapter's own page where they are live. The book is the reference
 * for paper and for reading in one piece; its chapters stay folded until the reader nears them
 * (src/site/site-book-folds.ts), and a text field inside a folded chapter would undo that: Chromium's form
 * autofill lays out every folded element that holds one when the page finishes parsing.
 */
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { SKIP, visit } from 'unist-util-visit';

const ID_LISTS = ['htmlFor', 'ariaLabelledBy', 'ariaDescribedBy', 'ariaControls', 'popoverTarget'] as const;

const classesOf = (node: Element): string[] => {
  const c = node.properties?.className;
  return Array.isArray(c) ? c.map(String) : [];
};

interface Chapter {
  node: Element;
  number: string;
  /** Site path of the chapter's own page, "/approaches/pure-rl/". */
  path: string;
  prefix: string;
  renamed: Map<string, string>;
}

/** `href` as written on the page at `fromPath`, as a site path with its query and fragment. */
function resolveOnSite(href: string, fromPath: string): string {
  const url = new URL(href, `https://site.invalid${fromPath}`);
  return url.pathname + url.search + url.hash;
}

function setText(node: Element, value: string): void {
  node.children = [{ type: 'text', value }];
}

export function finishBook(html: string): string {
  const tree: Root = fromHtml(html);
  const chapters: Chapter[] = [];
  visit(tree, 'element', (node: Element) => {
    if (node.tagName === 'article' && classesOf(node).includes('book-chapter')) {
      const path = String(node.properties.dataChapterPath ?? '');
      chapters.push({ node, number: String(node.properties.dataChapter ?? ''), path, prefix: path.replace(/^\/|\/$/g, '').replace(/\//g, '-'), renamed: new Map() });
    }
  });
  const widgets = chapters.flatMap((chapter) => staticWidgets(chapter.node).map((widget) => ({ widget, chapter })));

  // Which ids occur more than once in the whole book.
  const seen = new Map<string, number>();
  visit(tree, 'element', (node: Element) => {
    const id = node.properties?.id;
    if (typeof id === 'string') seen.set(id, (seen.get(id) ?? 0) + 1);
  });

  for (const chapter of chapters) {
    visit(chapter.node, 'element', (node: Element) => {
      const id = node.properties?.id;
      if (typeof id === 'string' && node !== chapter.node && (seen.get(id) ?? 0) > 1) {
        const unique = `${chapter.prefix}--${id}`;
        chapter.renamed.set(id, unique);
        node.properties.id = unique;
      }
    });
  }

  const byPath = new Map(chapters.map((c) => [c.path, c]));
  for (const chapter of chapters) {
    const local = (id: string) => chapter.renamed.get(id) ?? id;
    visit(chapter.node, 'element', (node: Element) => {
      for (const name of ID_LISTS) {
        const value = node.properties?.[name];
        const properties: Record<string, unknown> = node.properties;
        if (typeof value === 'string') properties[name] = value.split(/\s+/).map(local).join(' ');
        else if (Array.isArray(value)) properties[name] = value.map((v) => local(String(v)));
      }
      const href = node.tagName === 'a' ? node.properties?.href : undefined;
      if (typeof href === 'string') {
        if (href.startsWith('#')) node.properties.href = `#${local(href.slice(1))}`;
        else {
          // A relative link was written for the chapter's own URL: resolve it there, as /book/ is elsewhere.
          const relative = !/^([a-z][a-z\d+.-]*:|\/)/i.test(href);
          const absolute = relative ? resolveOnSite(href, chapter.path) : href;
          const [path = '', fragment] = absolute.split('#');
          const target = byPath.get(path);
          if (target) node.properties.href = `#${fragment ? (target.renamed.get(fragment) ?? fragment) : target.node.properties.id}`;
          else if (relative) node.properties.href = absolute;
        }
      }
      const classes = classesOf(node);
      if (classes.includes('equation-number')) {
        const n = /\((\d+)\)/.exec(node.children.map((c) => (c.type === 'text' ? c.value : '')).join(''))?.[1];
        if (n) setText(node, `(${chapter.number}.${n})`);
      }
      if (classes.includes('figure-anchor')) {
        const n = /Figure (\d+)/.exec(node.children.map((c) => (c.type === 'text' ? c.value : '')).join(''))?.[1];
        if (n) setText(node, `Figure ${chapter.number}.${n}`);
      }
    });
  }
  nameLandmarksByChapter(tree, chapters);
  dropDanglingReferences(tree);
  // After the links were pointed into the book: this one goes to the chapter's own page, on purpose.
  for (const { widget, chapter } of widgets) widget.children.push(liveVersionLink(chapter.path));
  // The head is kept byte for byte: hast reads <meta content> as a comma/space list, and writing it back
  // would mangle the Content-Security-Policy (and lower-case the doctype). Only the body changes.
  const serialized = toHtml(tree);
  const headEnd = html.indexOf('</head>');
  const bodyStart = serialized.indexOf('</head>');
  return headEnd >= 0 && bodyStart >= 0 ? html.slice(0, headEnd) + serialized.slice(bodyStart) : serialized;
}

const LANDMARKS = new Set(['section', 'aside', 'nav', 'form']);

/** The text of an element, as a screen reader would read a heading that names a landmark. */
const textOf = (node: Element): string =>
  node.children.map((c) => (c.type === 'text' ? c.value : c.type === 'element' ? textOf(c) : '')).join('').trim();

/**
 * Every chapter brings its own "Table 1 (scrolls sideways)", "Note" and "References" landmarks: in the book a
 * landmark list would show the same name ten times. A name that repeats gets its chapter ("References, chapter 3").
 */
function nameLandmarksByChapter(tree: Root, chapters: Chapter[]): void {
  const byId = new Map<string, Element>();
  visit(tree, 'element', (node: Element) => {
    if (typeof node.properties?.id === 'string') byId.set(node.properties.id, node);
  });
  const nameOf = (node: Element): string => {
    const label = node.properties?.ariaLabel;
    if (typeof label === 'string') return label;
    const by: unknown = node.properties?.ariaLabelledBy;
    const ids: string[] = Array.isArray(by) ? by.map(String) : typeof by === 'string' ? by.split(/\s+/) : [];
    return ids.map((id) => { const target = byId.get(id); return target ? textOf(target) : ''; }).join(' ').trim();
  };
  const found: { node: Element; name: string; chapter: Chapter }[] = [];
  for (const chapter of chapters) {
    visit(chapter.node, 'element', (node: Element) => {
      if (LANDMARKS.has(node.tagName)) found.push({ node, name: nameOf(node), chapter });
    });
  }
  const count = new Map<string, number>();
  for (const { name } of found) count.set(name, (count.get(name) ?? 0) + 1);
  for (const { node, name, chapter } of found) {
    if (!name || (count.get(name) ?? 0) < 2) continue;
    node.properties.ariaLabel = `${name}, chapter ${chapter.number}`;
    delete node.properties.ariaLabelledBy;
  }
}

/**
 * What only works with the widget's script: its controls, messages, hints and "Try:" line. Most of what the
 * print style hides (src/styles/global.css), less the charts and legends, which read well on screen.
 */
const CONTROL_TAGS = new Set(['script', 'fieldset', 'input', 'select', 'textarea', 'button', 'label', 'output']);
const CONTROL_CLASSES = ['needs-js', 'widget-controls', 'widget-live', 'widget-msg', 'widget-hint', 'widget-try'];
const HANDLE_PROPERTIES = ['tabIndex', 'role', 'ariaLabel', 'ariaValueMin', 'ariaValueMax', 'ariaValueNow', 'ariaValueText'];

/**
 * Turns the chapter's widgets into their static views: controls and scripts go, and a draggable chart
 * handle becomes a plain mark. Returns the widgets, for the note that links to their live version.
 */
function staticWidgets(chapter: Element): Element[] {
  const widgets: Element[] = [];
  visit(chapter, 'element', (node: Element, index, parent) => {
    // A widget's script sits beside it: every module script in a chapter is a widget's.
    if (node.tagName === 'script' && parent && index !== undefined) {
      parent.children.splice(index, 1);
      return [SKIP, index];
    }
    if (node.properties?.dataWidget === undefined) return;
    widgets.push(node);
    visit(node, 'element', (inner: Element, i, up) => {
      const classes = classesOf(inner);
      if (up && i !== undefined && (CONTROL_TAGS.has(inner.tagName) || CONTROL_CLASSES.some((c) => classes.includes(c)) || inner.properties?.role === 'tablist')) {
        up.children.splice(i, 1);
        return [SKIP, i];
      }
      if (inner.properties?.role === 'slider') for (const name of HANDLE_PROPERTIES) delete inner.properties[name];
      return undefined;
    });
    return SKIP;
  });
  return widgets;
}

function liveVersionLink(chapterPath: string): Element {
  return {
    type: 'element',
    tagName: 'p',
    properties: { className: ['book-widget-live'] },
    children: [
      { type: 'text', value: 'This is the default view. The interactive version is on ' },
      { type: 'element', tagName: 'a', properties: { href: chapterPath }, children: [{ type: 'text', value: "the chapter's own page" }] },
      { type: 'text', value: '.' },
    ],
  };
}

/** aria-labelledby, aria-describedby, aria-controls and for lose the ids whose elements the widgets lost. */
function dropDanglingReferences(tree: Root): void {
  const ids = new Set<string>();
  visit(tree, 'element', (node: Element) => {
    if (typeof node.properties?.id === 'string') ids.add(node.properties.id);
  });
  visit(tree, 'element', (node: Element) => {
    for (const name of ID_LISTS) {
      const value: unknown = node.properties?.[name];
      if (value === undefined) continue;
      const kept = (Array.isArray(value) ? value.map(String) : String(value).split(/\s+/)).filter((id) => ids.has(id));
      if (kept.length) (node.properties as Record<string, unknown>)[name] = kept;
      else delete node.properties[name];
    }
  });
}
