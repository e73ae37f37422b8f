/** The pure maths of direct manipulation (src/widgets/kit/drag.ts): chart positions back to field values. */
import { describe, expect, it } from 'vitest';
import { clamp, linearValueAt, logValueAt, slotAt, snapToStep, valueAfterKey } from '../../src/widgets/kit/drag';
import { logScale } from '../../src/widgets/kit/chart';
import { logChartFrame } from '../../src/widgets/kit/log-chart';

describe('drag maths', () => {
  it('snaps to the step without float dust and stays in range', () => {
    expect(snapToStep(0.30000000000000004, { min: 0, max: 1, step: 0.01 })).toBe(0.3);
    expect(snapToStep(0.456, { min: 0, max: 1, step: 0.05 })).toBe(0.45);
    expect(snapToStep(1.7, { min: 0, max: 1, step: 0.01 })).toBe(1);
    expect(snapToStep(-3, { min: 0.5, max: 1, step: 0.01 })).toBe(0.5);
    expect(clamp(5, 0, 2)).toBe(2);
  });

  it('inverts a linear axis drawn upwards (a y axis)', () => {
    const range = { min: 0, max: 1, step: 0.01 };
    // 0 drawn at y = 200, 1 at y = 0.
    expect(linearValueAt(200, 200, 0, range)).toBe(0);
    expect(linearValueAt(0, 200, 0, range)).toBe(1);
    expect(linearValueAt(50, 200, 0, range)).toBe(0.75);
    expect(linearValueAt(-40, 200, 0, range)).toBe(1);
  });

  it('inverts the log axis: every N is found back at its own position', () => {
    const x = logScale(201, 50, 546);
    for (const n of [1, 2, 3, 7, 25, 100, 200, 201]) expect(logValueAt(x(n), 50, 546, 201)).toBe(n);
    // Between two Ns the nearer one on screen wins; outside the plot the ends.
    expect(logValueAt((x(2) + 0.49 * (x(3) - x(2))), 50, 546, 201)).toBe(2);
    expect(logValueAt((x(2) + 0.51 * (x(3) - x(2))), 50, 546, 201)).toBe(3);
    expect(logValueAt(0, 50, 546, 201)).toBe(1);
    expect(logValueAt(9999, 50, 546, 201)).toBe(201);
  });

  it('agrees with the log chart it is used on', () => {
    const frame = logChartFrame(640, 201);
    expect(logValueAt(frame.x(65), frame.left, frame.right, 201)).toBe(65);
    expect(linearValueAt(frame.y(0.37), frame.y(0), frame.y(1), { min: 0, max: 1, step: 0.01 })).toBe(0.37);
  });

  it('finds the slot (bar) under a position', () => {
    expect(slotAt(0, 0, 100, 10)).toBe(0);
    expect(slotAt(35, 0, 100, 10)).toBe(3);
    expect(slotAt(100, 0, 100, 10)).toBe(9);
    expect(slotAt(-5, 0, 100, 10)).toBe(0);
    expect(slotAt(50, 0, 100, 1)).toBe(0);
  });

  it('moves like a native slider under the keyboard', () => {
    const range = { min: 1, max: 201, step: 1 };
    expect(valueAfterKey('ArrowRight', 5, range)).toBe(6);
    expect(valueAfterKey('ArrowUp', 5, range)).toBe(6);
    expect(valueAfterKey('ArrowLeft', 1, range)).toBe(1);
    expect(valueAfterKey('PageUp', 5, range)).toBe(15);
    expect(valueAfterKey('PageDown', 5, range)).toBe(1);
    expect(valueAfterKey('Home', 50, range)).toBe(1);
    expect(valueAfterKey('End', 50, range)).toBe(201);
    expect(valueAfterKey('a', 50, range)).toBeUndefined();
    expect(valueAfterKey('ArrowDown', 0.6, { min: 0, max: 1, step: 0.01 })).toBe(0.59);
  });
});
