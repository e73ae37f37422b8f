/**
 * Pointer drags on a widget's SVG chart, reported in the chart's own viewBox units so that the pure maths
 * of drag.ts (the inverse of the chart's scales) turns them into values. Mouse, pen and touch alike
 * (pointer events with capture, so a drag that leaves the chart keeps following the pointer).
 */

export interface SvgPoint {
  x: number;
  y: number;
}

export interface DragHandlers {
  /** Pointer pressed at `point` on `target`; return false to leave this press alone (no drag). */
  start(point: SvgPoint, target: Element): boolean;
  /** Pointer moved while pressed. */
  move(point: SvgPoint): void;
  /** Pointer released or the drag cancelled. */
  end(): void;
}

type Listen = <E extends Event>(target: EventTarget, type: string, handler: (event: E) => void) => void;

/** A pointer event's position in the <svg>'s viewBox coordinates. */
export function svgPoint(svg: SVGSVGElement, event: { clientX: number; clientY: number }): SvgPoint {
  const matrix = svg.getScreenCTM();
  if (!matrix) return { x: 0, y: 0 };
  const point = new DOMPoint(event.clientX, event.clientY).matrixTransform(matrix.inverse());
  return { x: point.x, y: point.y };
}

/** Wire drags on `svg` through the widget's guarded listen(). */
export function dragOnSvg(svg: SVGSVGElement, listen: Listen, handlers: DragHandlers): void {
  let dragging: number | undefined;
  listen<PointerEvent>(svg, 'pointerdown', (event) => {
    if (event.button !== 0 || dragging !== undefined) return;
    if (!handlers.start(svgPoint(svg, event), event.target as Element)) return;
    dragging = event.pointerId;
    svg.setPointerCapture(event.pointerId);
    event.preventDefault();
  });
  listen<PointerEvent>(svg, 'pointermove', (event) => {
    if (event.pointerId === dragging) handlers.move(svgPoint(svg, event));
  });
  const stop = (event: PointerEvent) => {
    if (event.pointerId !== dragging) return;
    dragging = undefined;
    handlers.end();
  };
  listen<PointerEvent>(svg, 'pointerup', stop);
  listen<PointerEvent>(svg, 'pointercancel', stop);
}

/**
 * A press-and-drag that sets one value: `apply(point, 'live')` on the press and on every move, then
 * `apply(last point, 'commit')` on release (so the URL is written once the drag ends). Marks the chart draggable.
 * `begin(target)`, if given, sees what was pressed first (a chart with two handles picks which one moves).
 */
export function dragToSet(
  svg: SVGSVGElement,
  listen: Listen,
  apply: (point: SvgPoint, kind: 'live' | 'commit') => void,
  begin?: (target: Element) => void,
): void {
  let last: SvgPoint | undefined;
  svg.classList.add('widget-draggable');
  dragOnSvg(svg, listen, {
    start(point, target) {
      begin?.(target);
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
}
