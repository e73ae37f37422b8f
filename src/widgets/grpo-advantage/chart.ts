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
