/**
 * Layout of the GRPO explorer's bar chart (one vertical bar per sample, up for A > 0, down for A < 0).
 * Pure geometry in SVG viewBox units; view.ts turns it into the chart's SVG nodes.
 */

export interface AdvantageChart {
  width: number;
  height: number;
  zeroY: number;
  plotX0: number;
  plotX1: number;
  /** Largest |A| the chart shows (at least 1), drawn `reach` units from the zero line. */
  scale: number;
  reach: number;
  bars: { x: number; y: number; width: number; height: number; centerX: number; valueY: number; sign: -1 | 0 | 1 }[];
}

/** Bars for the advantages, scaled so the largest |A| (or 1, if all are smaller) reaches `reach`. */
export function advantageChart(advantages: readonly number[], width = 360, height = 230): AdvantageChart {
  const plotX0 = 48, plotX1 = width - 8, top = 26, bottom = 34;
  const zeroY = top + (height - top - bottom) / 2;
  const reach = (height - top - bottom) / 2 - 18; // leave room for the value labels outside the bars
  const scale = Math.max(1, ...advantages.map(Math.abs));
  const slot = (plotX1 - plotX0) / Math.max(1, advantages.length);
  const bars = advantages.map((a, i) => {
    const h = (Math.abs(a) / scale) * reach;
    const x = plotX0 + i * slot + slot * 0.2;
    const sign = a > 0 ? 1 : a < 0 ? -1 : 0;
    return {
      x, width: slot * 0.6, centerX: x + slot * 0.3, sign: sign as -1 | 0 | 1,
      y: a > 0 ? zeroY - h : zeroY, height: Math.max(h, 0),
      valueY: a >= 0 ? zeroY - h - 5 : zeroY + h + 15,
    };
  });
  return { width, height, zeroY, plotX0, plotX1, scale, reach, bars };
}

/** The reward axis: from min(0, lowest reward) to max(1, highest reward), rounded out to whole numbers. */
export interface RewardAxis {
  lo: number;
  hi: number;
}

export function rewardAxisOf(rewards: readonly number[]): RewardAxis {
  return { lo: Math.min(0, Math.floor(Math.min(...rewards))), hi: Math.max(1, Math.ceil(Math.max(...rewards))) };
}

export interface RewardChart {
  width: number;
  height: number;
  plotX0: number;
  plotX1: number;
  /** y of the axis ends: `lo` is drawn at yLo (bottom), `hi` at yHi (top). */
  yLo: number;
  yHi: number;
  /** y of a reward (finite for any finite reward and axis, even near ±1.8e308). */
  y: (v: number) => number;
  bars: { x: number; width: number; centerX: number; top: number; bottom: number }[];
}

/**
 * The draggable reward bars, laid out like the advantage chart (same slots, so sample k sits in the same
 * column of both). Bars grow from 0 (or the axis end nearer to it) to each reward.
 */
export function rewardChart(rewards: readonly number[], axis: RewardAxis, width = 360, height = 230): RewardChart {
  const plotX0 = 48, plotX1 = width - 8, yHi = 40, yLo = height - 34;
  // Halves, so that hi − lo cannot overflow for rewards near the largest double.
  const half = axis.hi / 2 - axis.lo / 2;
  const y = (v: number) => {
    const t = half > 0 ? Math.min(1, Math.max(0, (v / 2 - axis.lo / 2) / half)) : 0;
    return yLo - t * (yLo - yHi);
  };
  const base = y(Math.min(Math.max(0, axis.lo), axis.hi));
  const slot = (plotX1 - plotX0) / Math.max(1, rewards.length);
  const bars = rewards.map((r, i) => {
    const x = plotX0 + i * slot + slot * 0.2;
    const top = Math.min(base, y(r));
    return { x, width: slot * 0.6, centerX: x + slot * 0.3, top, bottom: Math.max(base, y(r)) };
  });
  return { width, height, plotX0, plotX1, yLo, yHi, y, bars };
}
