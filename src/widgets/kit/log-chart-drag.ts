/**
 * Direct manipulation of a kit log chart (log-chart.ts): press or drag anywhere on the plot to set N
 * (the marker follows the pointer), drag the level handle up and down to set p; the same two handles are
 * sliders for the keyboard (arrows, Page Up/Down, Home/End). Values come from drag.ts's pure inverses of
 * the chart's scales, so the element only says what each value changes.
 */
import { linearValueAt, logValueAt, valueAfterKey, type ValueRange } from './drag';
import { dragOnSvg, type SvgPoint } from './drag-dom';
import { logChartFrame } from './log-chart';
import type { ChangeKind } from './element';

type Listen = <E extends Event>(target: EventTarget, type: string, handler: (event: E) => void) => void;

export interface LogChartDragOptions {
  nMax: number;
  /** The chart's current drawn width (the same number its view was drawn with). */
  width: () => number;
  /** The current N and level (p). */
  current: () => { n: number; level: number };
  /** Called only when the value changes; a drag that ends where it was calls commitUrl instead. */
  setN: (n: number, kind: ChangeKind) => void;
  /** Omit when the chart has no level handle. */
  setLevel?: (value: number, kind: ChangeKind) => void;
  /** Write the URL now (a finished drag writes it even when its last move changed nothing). */
  commitUrl: () => void;
  /** The level's range and step (the schema field's). */
  levelRange?: ValueRange;
}

export function wireLogChartDrag(svg: SVGSVGElement, listen: Listen, options: LogChartDragOptions): void {
  const { nMax } = options;
  const nRange: ValueRange = { min: 1, max: nMax, step: 1 };
  let mode: 'marker' | 'level' = 'marker';
  const change = (now: number, next: number, setter: (value: number, kind: ChangeKind) => void, kind: ChangeKind) => {
    if (next !== now) setter(next, kind);
    else if (kind === 'commit') options.commitUrl();
  };
  const apply = (point: SvgPoint, kind: ChangeKind) => {
    const f = logChartFrame(options.width(), nMax);
    const { n, level } = options.current();
    if (mode === 'level' && options.setLevel && options.levelRange) {
      change(level, linearValueAt(point.y, f.y(0), f.y(1), options.levelRange), options.setLevel, kind);
    } else {
      change(n, logValueAt(point.x, f.left, f.right, nMax), options.setN, kind);
    }
  };
  let last: SvgPoint | undefined;
  svg.classList.add('widget-draggable');
  dragOnSvg(svg, listen, {
    start(point, target) {
      mode = target.closest('[data-handle="level"]') ? 'level' : 'marker';
      last = point;
      apply(point, 'live');
      return true;
    },
    move(point) {
      last = point;
      apply(point, 'live');
    },
    end() {
      if (last) apply(last, 'commit');
      last = undefined;
    },
  });
  listen<KeyboardEvent>(svg, 'keydown', (event) => {
    const which = (event.target as Element).closest?.('[data-handle]')?.getAttribute('data-handle');
    if (!which) return;
    const { n, level } = options.current();
    if (which === 'level' && options.setLevel && options.levelRange) {
      const next = valueAfterKey(event.key, level, options.levelRange);
      if (next === undefined) return;
      event.preventDefault();
      change(level, next, options.setLevel, 'commit');
    } else if (which === 'marker') {
      const next = valueAfterKey(event.key, n, nRange);
      if (next === undefined) return;
      event.preventDefault();
      change(n, next, options.setN, 'commit');
    }
  });
}
