/**
 * Build rule: a block that states a sourced figure must cite its source in the same block.
 *
 * Blocks are paragraphs, list items (without their nested lists, which are blocks of their own),
 * table rows, <Figure caption="…"> attributes and the page's frontmatter description. A block is
 * cited when it contains a <Cite> element. Text inside <Ours> (numbers the site computed itself),
 * inline code, maths, headings, code blocks and component attributes other than Figure captions is
 * not checked. A table counts as cited as a whole when the paragraph right before it (its lead-in,
 * "All numbers from … <Cite/>:") or right after it (a source note) cites; otherwise each row needs
 * its own citation. Captions and descriptions cannot hold components, so any figure there fails.
 *
 * Failures are collected per file and reported together as one error whose text names file, line and
 * column of each offending block and the figures it states.
 */
import type { Nodes, Parent, Root, RootContent, Table } from 'mdast';
import { defineMdastPlugin, type MdxJsxAttributeNode as MdxJsxAttribute, type MdxJsxFlowElement, type MdxJsxTextElement } from 'satteri';
import { visit, SKIP } from 'unist-util-visit';
import { describeFigures, uncitedFigures, type StatedFigure } from './cited-numbers.ts';
import { ContentError, pagePath } from './content-error.ts';
import { isParagraphLikeElement } from './mdast-blocks.ts';

/** Component names that cite (their presence marks the block as cited). */
export const CITATION_COMPONENTS: ReadonlySet<string> = new Set(['Cite']);
/** Component names whose content is exempt: numbers the site computed itself. */
export const OURS_COMPONENTS: ReadonlySet<string> = new Set(['Ours']);

export interface CitedNumbersFailure {
  kind: 'paragraph' | 'list item' | 'table row' | 'figure caption' | 'frontmatter description';
  line: number;
  column: number;
  figures: StatedFigure[];
}

type Jsx = MdxJsxFlowElement | MdxJsxTextElement;
type Position = { start: { line: number; column: number } };

function isJsx(node: Nodes): node is Jsx {
  return node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement';
}

/** The checkable text of a block and whether it cites. Nested lists are left to their own items. */
export function blockText(node: Nodes, options: { skipNestedLists?: boolean } = {}): { text: string; cited: boolean } {
  let text = '';
  let cited = false;
  const walk = (n: Nodes): void => {
    if (isJsx(n)) {
      if (n.name && CITATION_COMPONENTS.has(n.name)) {
        cited = true;
        return;
      }
      if (n.name && OURS_COMPONENTS.has(n.name)) {
        text += ' ';
        return;
      }
    }
    const type: string = n.type;
    switch (type) {
      case 'text':
        text += (n as { value: string }).value;
        return;
      case 'inlineCode':
      case 'code':
      case 'inlineMath':
      case 'math':
      case 'mdxTextExpression':
      case 'mdxFlowExpression':
      case 'mdxjsEsm':
        text += ' ';
        return;
      case 'break':
        text += ' ';
        return;
      case 'list':
        if (options.skipNestedLists) return;
        break;
    }
    if ('children' in n) {
      for (const child of (n as Parent).children) walk(child as Nodes);
      // Keep adjacent blocks (paragraphs of one list item, cells of one row) from running together.
      if (n.type === 'paragraph' || n.type === 'tableCell') text += ' ';
    }
  };
  if ('children' in node) for (const child of (node as Parent).children) walk(child as Nodes);
  else walk(node);
  return { text, cited };
}

function attrValue(node: Jsx, name: string): string | undefined {
  const found = node.attributes.find((a): a is MdxJsxAttribute => a.type === 'mdxJsxAttribute' && a.name === name);
  return typeof found?.value === 'string' ? found.value : undefined;
}

function position(node: { position?: Position }): { line: number; column: number } {
  return { line: node.position?.start.line ?? 1, column: node.position?.start.column ?? 1 };
}

/** Find every block in the tree that states a figure without a citation. Pure: reports, never throws. */
export function findUncitedBlocks(tree: Readonly<Root>): CitedNumbersFailure[] {
  const failures: CitedNumbersFailure[] = [];
  const check = (kind: CitedNumbersFailure['kind'], node: Nodes, text: string, cited: boolean) => {
    const figures = uncitedFigures(text, cited);
    if (figures.length > 0) failures.push({ kind, ...position(node), figures });
  };

  const tableCoveredByNeighbour = (table: Table, parent: Parent | undefined): boolean => {
    if (!parent) return false;
    const i = parent.children.indexOf(table as RootContent);
    const neighbours = [parent.children[i - 1], parent.children[i + 1]];
    return neighbours.some((n) => n?.type === 'paragraph' && blockText(n).cited);
  };

  visit(tree as Root, (node, _index, parent) => {
    switch (node.type) {
      case 'heading':
      case 'code':
      case 'math':
        return SKIP;
      case 'paragraph': {
        const { text, cited } = blockText(node);
        check('paragraph', node, text, cited);
        return SKIP;
      }
      case 'listItem': {
        const { text, cited } = blockText(node, { skipNestedLists: true });
        check('list item', node, text, cited);
        // Descend only into nested lists; this item's own paragraphs were checked above.
        for (const child of node.children) if (child.type === 'list') visitNested(child);
        return SKIP;
      }
      case 'table': {
        const covered = tableCoveredByNeighbour(node, parent as Parent | undefined);
        if (!covered) {
          for (const row of node.children) {
            const { text, cited } = blockText(row);
            check('table row', row, text, cited);
          }
        }
        return SKIP;
      }
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement': {
        if (node.name && OURS_COMPONENTS.has(node.name)) return SKIP;
        if (isParagraphLikeElement(node)) {
          // `<Aside>text</Aside>` on one line: the paragraph remark-mdx would have made around it.
          const { text, cited } = blockText(node);
          check('paragraph', node, text, cited);
          return SKIP;
        }
        if (node.name === 'Figure') {
          const caption = attrValue(node, 'caption');
          if (caption !== undefined) check('figure caption', node, caption, false);
        }
        return undefined;
      }
      default:
        return undefined;
    }
  });

  function visitNested(list: Nodes): void {
    if (list.type !== 'list') return;
    for (const item of list.children) {
      const { text, cited } = blockText(item, { skipNestedLists: true });
      check('list item', item, text, cited);
      for (const child of item.children) if (child.type === 'list') visitNested(child);
    }
  }

  return failures.sort((a, b) => a.line - b.line || a.column - b.column);
}

/** The line of `description:` in the page's source, if it still holds its frontmatter. */
function descriptionLine(source: string): number {
  const lines = source.split('\n');
  const i = lines.findIndex((l) => /^description\s*:/.test(l));
  return i >= 0 ? i + 1 : 1;
}

export function formatFailure(path: string, f: CitedNumbersFailure): string {
  return (
    `${path}:${f.line}:${f.column}: ${f.kind} states ${describeFigures(f.figures)} without a <Cite> in the same block` +
    (f.kind === 'figure caption' || f.kind === 'frontmatter description'
      ? ' (it cannot hold components: reword it, or move the figure into cited text)'
      : ' (cite its source, or wrap numbers the site computed itself in <Ours>)')
  );
}

/** Every uncited block of a page, the frontmatter description first. */
export function uncitedBlocksOfPage(tree: Readonly<Root>, description: unknown, source: string): CitedNumbersFailure[] {
  const failures = findUncitedBlocks(tree);
  if (typeof description === 'string') {
    const figures = uncitedFigures(description, false);
    if (figures.length > 0) failures.unshift({ kind: 'frontmatter description', line: descriptionLine(source), column: 1, figures });
  }
  return failures;
}

/** The build error for a page's failures: one message naming every block. */
export function citedNumbersError(path: string, failures: readonly CitedNumbersFailure[]): ContentError {
  const lines = failures.map((f) => formatFailure(path, f));
  const message = `${failures.length} block${failures.length === 1 ? ' states' : 's state'} figures without a citation:\n${lines.join('\n')}`;
  return new ContentError(message, failures[0]!.line, failures[0]!.column);
}

/** Sätteri plugin: fails the page (file:line for each block) on any uncited figure. */
export const citedNumbers = defineMdastPlugin({
  name: 'cited-numbers',
  options: { position: true },
  before(root, ctx) {
    const failures = uncitedBlocksOfPage(root, ctx.data.astro?.frontmatter?.description, ctx.source);
    if (failures.length > 0) throw citedNumbersError(pagePath(ctx.fileURL), failures);
  },
});
