import { describe, expect, it } from 'vitest';
import { chartViewBox, linearScale, logScale, logTicks, niceTicks, polylinePath } from '../../src/widgets/kit/chart';

describe('chartViewBox', () => {
  it('clamps the width to 300–640 and uses 560 when the width is unknown', () => {
    expect(chartViewBox(0, 230, 0.5)).toEqual({ width: 560, height: 280 });
    expect(chartViewBox(200, 230, 0.5)).toEqual({ width: 300, height: 230 });
    expect(chartViewBox(2000, 230, 0.5)).toEqual({ width: 640, height: 320 });
  });
  it('rounds, and keeps the minimum height', () => {
    expect(chartViewBox(500.4, 210, 0.45)).toEqual({ width: 500, height: 225 });
    expect(chartViewBox(350, 210, 0.45)).toEqual({ width: 350, height: 210 });
  });
});

describe('logScale', () => {
  it('maps 1 to the start and the maximum to the end, logarithmically', () => {
    const x = logScale(201, 50, 626);
    expect(x(1)).toBe(50);
    expect(x(201)).toBeCloseTo(626, 10);
    expect(x(Math.sqrt(201))).toBeCloseTo(338, 10);
  });
});

describe('logTicks', () => {
  it('shows fewer ticks on narrow charts and none past the maximum', () => {
    expect(logTicks(300, 201)).toEqual([1, 5, 10, 50, 200]);
    expect(logTicks(560, 201)).toEqual([1, 2, 5, 10, 20, 50, 100, 200]);
    expect(logTicks(560, 30)).toEqual([1, 2, 5, 10, 20]);
  });
});

describe('polylinePath', () => {
  it('starts with M, continues with L, one decimal per coordinate', () => {
    expect(polylinePath([0, 0.5, 1], (n) => n * 10, (v) => 100 - v * 100)).toBe('M10.0 100.0L20.0 50.0L30.0 0.0');
    expect(polylinePath([], (n) => n, (v) => v)).toBe('');
  });
});

describe('existing helpers', () => {
  it('niceTicks and linearScale', () => {
    expect(niceTicks(97)).toEqual([0, 20, 40, 60, 80, 100]);
    expect(linearScale(10, 0, 100)(5)).toBe(50);
    expect(linearScale(10, 0, 100)(20)).toBe(100);
  });
});
