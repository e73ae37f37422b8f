/**
 * Text in figures: an estimate of how wide a line is (SVG text does not wrap, and figures are drawn at
 * build time with no font to measure), greedy wrapping on that estimate, and where each line of a
 * block sits inside a box. No DOM.
 */
import type { Line, LineInput, Rect, Span, TextBlock } from './types.ts';

/**
 * Average advance widths in em of a system sans-serif (Helvetica/Arial/DejaVu-like metrics, rounded).
 * Deliberately a little generous, so text that "fits" by the estimate fits in real fonts too.
 */
const NARROW = new Set([...'iIjl.,;:!|\'’`']);
const SMALL = new Set([...'frt()[]{}/\\-"“” ']);
const WIDE = new Set([...'mwMW@%']);

export interface MeasureOptions {
  bold?: boolean;
  mono?: boolean;
}

/** Estimated width of `text` in user units at `fontSize`. */
export function measure(text: string, fontSize: number, options: MeasureOptions = {}): number {
  if (options.mono) return [...text].length * 0.6 * fontSize;
  let em = 0;
  for (const ch of text) {
    if (NARROW.has(ch)) em += 0.28;
    else if (SMALL.has(ch)) em += 0.36;
    else if (WIDE.has(ch)) em += 0.88;
    else if (ch >= 'A' && ch <= 'Z') em += 0.68;
    else if (ch >= '0' && ch <= '9') em += 0.57;
    else em += 0.56;
  }
  return em * fontSize * (options.bold ? 1.07 : 1);
}

/**
 * Greedy word wrap: as many words per line as fit in `maxWidth` by `measure`. A single word longer
 * than the width gets a line of its own (figures never break inside a word).
 */
export function wrap(text: string, maxWidth: number, fontSize: number, options: MeasureOptions = {}): string[] {
  const words = text.split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let current = '';
  for (const word of words) {
    const candidate = current ? `${current} ${word}` : word;
    if (current && measure(candidate, fontSize, options) > maxWidth) {
      lines.push(current);
      current = word;
    } else {
      current = candidate;
    }
  }
  if (current) lines.push(current);
  return lines;
}

export function toLine(input: LineInput): Line {
  return typeof input === 'string' ? { text: input } : input;
}

/** The plain words of a line (for measuring and for tests). */
export function lineText(line: LineInput): string {
  const { text } = toLine(line);
  return typeof text === 'string' ? text : text.map((s) => (typeof s === 'string' ? s : s.text)).join('');
}

/**
 * Defaults of a text block: each line's room, the inner padding, and how far a baseline sits above
 * the bottom of its line's room (the descent of ~14px text).
 */
export const BLOCK = { lineHeight: 19, pad: 12, descent: 5 } as const;

export interface PlacedLine {
  line: Line;
  x: number;
  y: number;
}

/** Where each line of a block goes inside `box`, and the text-anchor they share. */
export function placeBlock(block: TextBlock, box: Rect): { anchor: 'start' | 'middle' | 'end'; lines: PlacedLine[] } {
  const lines = block.lines.map(toLine);
  const lh = block.lineHeight ?? BLOCK.lineHeight;
  const pad = block.pad ?? BLOCK.pad;
  const align = block.align ?? 'middle';
  const heights = lines.map((l) => l.height ?? lh);
  const total = heights.reduce((s, h) => s + h, 0);
  let y = block.valign === 'top' ? box.y + pad : box.y + box.h / 2 - total / 2;
  const x = align === 'start' ? box.x + pad : align === 'end' ? box.x + box.w - pad : box.x + box.w / 2;
  return {
    anchor: align,
    lines: lines.map((line, i) => {
      y += heights[i]!;
      return { line, x: x + (line.indent ?? 0), y: y - BLOCK.descent };
    }),
  };
}

/** A line's spans with the vertical shift each needs: down into a subscript, back up after it. */
export function spansOf(line: Line): (Span & { dy: number })[] {
  const list: Span[] = (typeof line.text === 'string' ? [line.text] : line.text).map((s) =>
    typeof s === 'string' ? { text: s } : s,
  );
  return list.map((s, i) => ({ ...s, dy: (s.sub ? 4 : 0) - (i > 0 && list[i - 1]!.sub ? 4 : 0) }));
}
