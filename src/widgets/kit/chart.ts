/**
 * Pure helpers for the widgets' small SVG charts: "nice" axis ranges, linear and log scales, text
 * wrapping, viewBox sizes and line paths. No DOM: the same charts are drawn by Astro at build time
 * and by the widget scripts in the browser.
 */

export type { SvgNode } from './svg';

/** A "nice" step (1, 2, 2.5 or 5 × 10^k) so that [0, max] splits into about `count` intervals. */
export function niceStep(max: number, count = 5): number {
  if (!(max > 0) || !Number.isFinite(max)) return 1;
  const raw = max / Math.max(1, count);
  const power = 10 ** Math.floor(Math.log10(raw));
  const m = raw / power;
  const mult = m <= 1 ? 1 : m <= 2 ? 2 : m <= 2.5 ? 2.5 : m <= 5 ? 5 : 10;
  return mult * power;
}

/** Ticks from 0 to a nice maximum that is at least `max`. */
export function niceTicks(max: number, count = 5): number[] {
  const step = niceStep(max, count);
  const n = Math.max(1, Math.ceil(max / step - 1e-9));
  return Array.from({ length: n + 1 }, (_, i) => Math.round(i * step * 1e9) / 1e9);
}

/** Linear map from [0, domainMax] to [r0, r1], clamped to the range. */
export function linearScale(domainMax: number, r0: number, r1: number): (v: number) => number {
  const span = domainMax > 0 ? domainMax : 1;
  return (v: number) => {
    const t = Math.min(Math.max(v / span, 0), 1);
    return r0 + t * (r1 - r0);
  };
}

/**
 * Break text into lines of at most `maxChars` characters at spaces (a word longer than that gets
 * a line of its own). Chart text is our own data, so a character count is a good enough measure.
 */
export function wrapText(text: string, maxChars: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > maxChars) {
      lines.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) lines.push(line);
  return lines;
}

/**
 * viewBox size for a chart drawn `width` CSS pixels wide: the width clamped to 300–640 (560 when
 * unknown), the height `aspect` × width but at least `minHeight`. Text in viewBox units then stays
 * about the same size on a phone and on a wide screen.
 */
export function chartViewBox(width: number, minHeight: number, aspect: number): { width: number; height: number } {
  const w = Math.round(Math.min(640, Math.max(300, width || 560)));
  return { width: w, height: Math.round(Math.max(minHeight, w * aspect)) };
}

/** Log-scale map from [1, domainMax] to [r0, r1] (1 → r0, domainMax → r1); not clamped. */
export function logScale(domainMax: number, r0: number, r1: number): (v: number) => number {
  return (v: number) => r0 + (Math.log(v) / Math.log(domainMax)) * (r1 - r0);
}

/** Tick values for a log axis from 1 to domainMax: fewer on a narrow chart (viewBox width < 440). */
export function logTicks(width: number, domainMax: number): number[] {
  const ticks = width < 440 ? [1, 5, 10, 50, 200] : [1, 2, 5, 10, 20, 50, 100, 200];
  return ticks.filter((t) => t <= domainMax);
}

/** SVG path data through (x(i + 1), y(values[i])), coordinates to one decimal. */
export function polylinePath(values: readonly number[], x: (n: number) => number, y: (v: number) => number): string {
  return values.map((v, i) => `${i ? 'L' : 'M'}${x(i + 1).toFixed(1)} ${y(v).toFixed(1)}`).join('');
}
