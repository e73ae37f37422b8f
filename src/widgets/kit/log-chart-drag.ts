/**
 * Direct manipulation of a kit log chart (log-chart.ts): press or drag anywhere on the plot to set N
 * (the marker follows the pointer), drag the level handle up and down to set p; the same two handles are
 * sliders for the keyboard (arrows, Page Up/Down, Home/End). Values come from drag.ts's pure inverses of
 * the chart's scales, so the element only says what each value changes.
 */
import { linearValueAt, logValueAt, valueAfterKey, type ValueRange } from './drag';
import { dragToSet, type SvgPoint } from './drag-dom';
import { logChartFrame } from './log-chart';
import type { ChangeKind } from './element';
import { stepOf, type NumberField } from './schema';

type Listen = <E extends Event>(target: EventTarget, type: string, handler: (event: E) => void) => void;

export interface LogChartDragOptions {
  /** The chart's current drawn width (the same number its view was drawn with). */
  width: () => number;
  /** The widget's state: the marker sets its field n, the level handle its field p. */
  state: () => { n: number; p: number };
  /** The widget's set(), called only when a value changes. */
  set: (changes: { n: number } | { p: number }, kind: ChangeKind) => void;
  /** Write the URL now (a finished drag writes it even when its last move changed nothing). */
  commitUrl: () => void;
  /** The schema's field p (its range and step). */
  p: NumberField;
  nMax: number;
}

export function wireLogChartDrag(svg: SVGSVGElement, listen: Listen, options: LogChartDragOptions): void {
  const { nMax } = options;
  const nRange: ValueRange = { min: 1, max: nMax, step: 1 };
  const levelRange: ValueRange = { min: options.p.min, max: options.p.max, step: stepOf(options.p) };
  const setN = (n: number, kind: ChangeKind) => options.set({ n }, kind);
  const setLevel = (p: number, kind: ChangeKind) => options.set({ p }, kind);
  let mode: 'marker' | 'level' = 'marker';
  const change = (now: number, next: number, setter: (value: number, kind: ChangeKind) => void, kind: ChangeKind) => {
    if (next !== now) setter(next, kind);
    else if (kind === 'commit') options.commitUrl();
  };
  const apply = (point: SvgPoint, kind: ChangeKind) => {
    const f = logChartFrame(options.width(), nMax);
    const { n, p } = options.state();
    if (mode === 'level') change(p, linearValueAt(point.y, f.y(0), f.y(1), levelRange), setLevel, kind);
    else change(n, logValueAt(point.x, f.left, f.right, nMax), setN, kind);
  };
  dragToSet(svg, listen, apply, (target) => {
    mode = target.closest('[data-handle="level"]') ? 'level' : 'marker';
  });
  listen<KeyboardEvent>(svg, 'keydown', (event) => {
    const which = (event.target as Element).closest?.('[data-handle]')?.getAttribute('data-handle');
    if (!which) return;
    const { n, p } = options.state();
    const next = which === 'level' ? valueAfterKey(event.key, p, levelRange) : valueAfterKey(event.key, n, nRange);
    if (next === undefined) return;
    event.preventDefault();
    if (which === 'level') change(p, next, setLevel, 'commit');
    else change(n, next, setN, 'commit');
  });
}
