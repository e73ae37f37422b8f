/**
 * The error every Markdown plugin throws for a mistake in a page. Its message starts with
 * `file:line:column`, which survives every layer of Astro's error reporting; `line` and `column` also
 * reach Astro's error overlay (the MDX integration reads them).
 */
import { fileURLToPath } from 'node:url';
import type { Position } from 'unist';

type Placed = { position?: Position | undefined };

export class ContentError extends Error {
  /** Always true: a mistake in a page stops the build (the flag unified's VFile errors carry, too). */
  readonly fatal = true;
  readonly line: number | undefined;
  readonly column: number | undefined;
  constructor(message: string, line?: number, column?: number) {
    super(message);
    this.name = 'ContentError';
    this.line = line;
    this.column = column;
  }
}

/** The file a plugin is compiling, from Sätteri's `ctx.fileURL`. */
export function pagePath(fileURL: URL | undefined): string {
  return fileURL ? fileURLToPath(fileURL) : '<unknown file>';
}

/** `file:line:column` of a node, or just the file when the node has no position. */
export function where(path: string, node: Placed): string {
  const start = node.position?.start;
  return start ? `${path}:${start.line}:${start.column}` : path;
}

export function failAt(path: string, node: Placed, message: string): never {
  const start = node.position?.start;
  throw new ContentError(`${where(path, node)}: ${message}`, start?.line, start?.column);
}
