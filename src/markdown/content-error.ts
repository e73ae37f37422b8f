/**
 * The error every Markdown plugin throws for a mistake in a page. Its message starts with
 * `file:line:column`, which survives every layer of Astro's error reporting; `line` and `column` also
 * reach Astro's error overlay (the MDX integration reads them).
 */
import type { Node } from 'unist';
import type { VFile } from 'vfile';

export class ContentError extends Error {
  constructor(
    message: string,
    readonly line?: number,
    readonly column?: number,
  ) {
    super(message);
    this.name = 'ContentError';
  }
}

/** `file:line:column` of a node, or just the file when the node has no position. */
export function where(file: VFile, node: Pick<Node, 'position'>): string {
  const path = file.path || '<unknown file>';
  const start = node.position?.start;
  return start ? `${path}:${start.line}:${start.column}` : path;
}

export function failAt(file: VFile, node: Pick<Node, 'position'>, message: string): never {
  const start = node.position?.start;
  throw new ContentError(`${where(file, node)}: ${message}`, start?.line, start?.column);
}
