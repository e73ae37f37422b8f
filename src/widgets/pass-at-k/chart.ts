/** The pass@k bar chart as SvgNode data: one bar per budget k, the chosen k highlighted. Pure. */
import { chartViewBox } from '../kit/chart';
import type { SvgNode } from '../kit/svg';
import type { SvgChart } from '../kit/chart-view';

/** Most bars drawn one by one; above this the curve is one filled path (thousands of bars would be slow and invisible). */
const MAX_BARS = 120;

/** Where the bars sit in the viewBox of a chart drawn `width` CSS pixels wide (the element maps drags with it). */
export function passAtKFrame(width: number): { width: number; height: number; left: number; right: number; top: number; bottom: number } {
  // The viewBox follows the drawn width so the labels stay readable on phones; about a third of it high.
  const { width: W, height: H } = chartViewBox(width, 190, 0.36);
  return { width: W, height: H, left: 52, right: W - 14, top: 12, bottom: H - 44 };
}

/**
 * Bars for every k (values[k - 1] = pass@k) in a chart drawn `width` CSS pixels wide, with a handle on the
 * chosen k (role="slider": drag along the bars or use the arrow keys to scrub k).
 */
export function passAtKChart(width: number, values: readonly number[], k: number): SvgChart {
  const frame = passAtKFrame(width);
  const { width: W, height: H } = frame;
  const L = frame.left, R = W - frame.right, T = frame.top, B = H - frame.bottom;
  const n = values.length;
  const y = (v: number) => T + (1 - v) * (H - T - B);
  const nodes: SvgNode[] = [];
  for (const v of [0, 0.25, 0.5, 0.75, 1]) {
    nodes.push({ tag: 'line', attrs: { x1: L, x2: W - R, y1: y(v), y2: y(v), class: 'chart-grid' } });
    nodes.push({ tag: 'text', attrs: { x: L - 6, y: y(v) + 5, 'text-anchor': 'end' }, text: v.toFixed(2) });
  }
  const slot = (W - L - R) / n;
  const left = (i: number) => L + i * slot; // left edge of k = i + 1
  if (n <= MAX_BARS) {
    values.forEach((v, i) => {
      const cls = i + 1 === k ? 'pass-at-k-bar pass-at-k-bar-current' : 'pass-at-k-bar';
      nodes.push({ tag: 'rect', attrs: { x: left(i) + slot * 0.1, y: y(v), width: Math.max(slot * 0.8, 0.5), height: y(0) - y(v), class: cls } });
    });
  } else {
    let d = `M${L} ${y(0)}`;
    values.forEach((v, i) => {
      d += `L${left(i).toFixed(2)} ${y(v).toFixed(2)}L${left(i + 1).toFixed(2)} ${y(v).toFixed(2)}`;
    });
    d += `L${W - R} ${y(0)}Z`;
    const chosen = values[k - 1]!;
    nodes.push({ tag: 'path', attrs: { d, class: 'pass-at-k-bar' } });
    nodes.push({ tag: 'rect', attrs: { x: left(k - 1), y: y(chosen), width: Math.max(slot, 2), height: y(0) - y(chosen), class: 'pass-at-k-bar-current' } });
  }
  for (const t of axisTicks(n, W < 440 ? 6 : 10)) {
    nodes.push({ tag: 'text', attrs: { x: left(t - 1) + slot / 2, y: H - B + 18, 'text-anchor': 'middle' }, text: t.toLocaleString('en-US') });
  }
  nodes.push({ tag: 'text', attrs: { x: (L + W - R) / 2, y: H - 6, 'text-anchor': 'middle' }, text: 'k' });
  const hitWidth = Math.max(slot, 16);
  const center = left(k - 1) + slot / 2;
  nodes.push({
    tag: 'g',
    attrs: { class: 'chart-handle', tabindex: 0, role: 'slider', 'data-handle': 'marker', 'aria-label': 'Budget k', 'aria-valuemin': 1, 'aria-valuemax': n, 'aria-valuenow': k },
    children: [
      { tag: 'rect', attrs: { class: 'chart-handle-hit', x: center - hitWidth / 2, y: T, width: hitWidth, height: y(0) - T, fill: 'transparent' } },
      { tag: 'rect', attrs: { class: 'chart-handle-knob', x: center - 7, y: y(0) - 7, width: 14, height: 14, rx: 3 } },
    ],
  });
  return { viewBox: `0 0 ${W} ${H}`, nodes };
}

/** Every k from 1 to n when at most `fit` of them, otherwise 1 and the multiples of a round step (1, 2 or 5 × 10^m). */
export function axisTicks(n: number, fit: number): number[] {
  if (n <= fit) return Array.from({ length: n }, (_, i) => i + 1);
  const raw = n / fit;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= raw)!;
  return [1, ...Array.from({ length: Math.floor(n / step) }, (_, i) => (i + 1) * step)];
}
