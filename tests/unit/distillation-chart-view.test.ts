/**
 * The distillation chart's schema and view (formatting, text alternatives, the bar chart as SvgNodes),
 * and the kit chart helpers it is drawn with.
 */
import { describe, expect, it } from 'vitest';
import { benchmarkIds } from '../../src/data/distillation-results';
import { layoutBarChart, linearScale, niceStep, niceTicks, wrapText } from '../../src/widgets/kit/chart';
import { defaultState, parseField } from '../../src/widgets/kit/schema';
import { readState } from '../../src/widgets/kit/url-state';
import { svgToString } from '../../src/widgets/kit/svg';
import { distillationChart } from '../../src/widgets/distillation-chart/schema';
import {
  chartLayout,
  comparisonSentence,
  describeChart,
  distillationChartView,
  formatValue,
  linkNote,
  summaryText,
} from '../../src/widgets/distillation-chart/view';

const chartSvg = (b: string, width?: number) => svgToString(distillationChartView({ b }, width).chart.nodes);

describe('distillation chart schema', () => {
  it('offers every benchmark, starts at AIME 2024 pass@1 and reads old links', () => {
    expect(defaultState(distillationChart)).toEqual({ b: 'aime-pass1' });
    expect(distillationChart.fields.b.values).toEqual(benchmarkIds);
    expect(parseField(distillationChart.fields.b, 'gpqa').ok).toBe(true);
    expect(parseField(distillationChart.fields.b, '<b>').ok).toBe(false);
    expect(readState(distillationChart.id, distillationChart.fields, '?dc.b=cf', distillationChart.legacyPrefixes).state).toEqual({
      b: 'cf',
    });
  });
});

describe('distillation chart text', () => {
  it('formats values as the paper prints them', () => {
    expect(formatValue(50, 'aime-pass1')).toBe('50.0');
    expect(formatValue(1633, 'cf')).toBe('1633');
  });

  it('describes the chart in text', () => {
    expect(comparisonSentence('aime-pass1')).toBe(
      'On the same Qwen-32B base, the distilled model scores 72.6 and the RL-only model 47.0 (25.6 points in favor of distillation).',
    );
    expect(comparisonSentence('cf')).toBeNull();
    const d = describeChart('cf');
    expect(d).toMatch(/Table 6\): not reported/);
    expect(d).toMatch(/DeepSeek-R1-Distill-Llama-70B 1633/);
    expect(describeChart('math500')).toMatch(/DeepSeek-R1-Zero-Qwen-32B \(RL only\) 91\.6/);
  });

  it('sums up the selected benchmark', () => {
    expect(summaryText('cf')).toBe(
      'Table 6 does not report Codeforces rating, so only the Table 5 models are shown. In Table 5 the best distilled model is DeepSeek-R1-Distill-Qwen-32B (1691); the best baseline is o1-mini (1820).',
    );
    expect(summaryText('gpqa')).toMatch(/best distilled model is DeepSeek-R1-Distill-Llama-70B \(65\.2\); the best baseline is Claude-3\.5-Sonnet-1022 \(65\.0\)/);
  });

  it('words the note about a link’s unusable benchmark', () => {
    expect(linkNote(['dc.b: "x" is not one of aime-pass1'])).toBe(
      'The benchmark in the link was not recognised and the default is shown: dc.b: "x" is not one of aime-pass1.',
    );
  });
});

describe('distillationChartView', () => {
  it('gives the title, caption, text alternative and summary of the chosen benchmark', () => {
    const view = distillationChartView({ b: 'gpqa' });
    expect(view.benchmark.id).toBe('gpqa');
    expect(view.title).toBe('GPQA Diamond pass@1: RL vs distillation, and the distilled model family');
    expect(view.caption).toEqual({ label: 'GPQA Diamond pass@1', unit: ' (percent)' });
    expect(distillationChartView({ b: 'cf' }).caption).toEqual({ label: 'Codeforces rating', unit: '' });
    expect(view.desc).toBe(describeChart('gpqa'));
    expect(view.summary).toBe(summaryText('gpqa'));
  });

  it('draws one bar per reported value and notes missing columns', () => {
    const aime = chartSvg('aime-pass1');
    expect(aime.match(/<rect /g)).toHaveLength(13);
    expect(aime).toContain('>72.6</text>');
    expect(aime).toContain('>DeepSeek-R1-Zero-Qwen-32B (RL only)</text>');
    const cf = chartSvg('cf');
    expect(cf.match(/<rect /g)).toHaveLength(10);
    expect(cf).toContain('Codeforces rating is not reported in Table 6.');
    expect(cf).toContain('>2000</text>');
  });

  it('lays the chart out 480 units wide at build time and 300–560 in the browser', () => {
    expect(distillationChartView({ b: 'aime-pass1' }).chart.viewBox).toBe(`0 0 480 ${chartLayout('aime-pass1').height}`);
    expect(distillationChartView({ b: 'aime-pass1' }, 1000).chart.viewBox).toMatch(/^0 0 560 /);
    expect(distillationChartView({ b: 'aime-pass1' }, 120).chart.viewBox).toMatch(/^0 0 300 /);
    // Percentages on a 0–100 axis, ratings on a nice axis above the largest.
    expect(chartLayout('math500').ticks.map((t) => t.label)).toEqual(['0', '20', '40', '60', '80', '100']);
    expect(chartLayout('cf').ticks.map((t) => t.label)).toEqual(['0', '500', '1000', '1500', '2000']);
  });

  it('refuses a benchmark that does not exist', () => {
    expect(() => distillationChartView({ b: '<script>' })).toThrow(/unknown benchmark/);
  });
});

describe('chart helpers', () => {
  it('picks nice steps and ticks', () => {
    expect(niceStep(100)).toBe(20);
    expect(niceTicks(100)).toEqual([0, 20, 40, 60, 80, 100]);
    expect(niceTicks(1820)).toEqual([0, 500, 1000, 1500, 2000]);
    expect(niceTicks(72.6)).toEqual([0, 20, 40, 60, 80]);
    expect(niceStep(0)).toBe(1);
  });

  it('scales linearly and clamps', () => {
    const x = linearScale(100, 10, 210);
    expect(x(0)).toBe(10);
    expect(x(50)).toBe(110);
    expect(x(100)).toBe(210);
    expect(x(150)).toBe(210);
    expect(x(-5)).toBe(10);
  });

  it('lays out bars proportional to the values', () => {
    const layout = layoutBarChart(
      [
        { title: 'A', bars: [{ label: 'a', value: 50, valueLabel: '50.0', kind: 'x' }] },
        { title: 'B', bars: [{ label: 'b', value: null, valueLabel: '', kind: 'x' }], emptyNote: 'nothing' },
        { title: 'C', bars: [{ label: 'c', value: 100, valueLabel: '100.0', kind: 'x' }] },
      ],
      { width: 480, domainMax: 100 },
    );
    const bars = layout.items.filter((i) => i.type === 'bar');
    expect(bars).toHaveLength(2);
    const [a, c] = bars as Extract<(typeof layout.items)[number], { type: 'bar' }>[];
    expect(c!.barWidth).toBeCloseTo(layout.plotX1 - layout.plotX0, 9);
    expect(a!.barWidth).toBeCloseTo((layout.plotX1 - layout.plotX0) / 2, 9);
    expect(layout.items.some((i) => i.type === 'note' && i.text === 'nothing')).toBe(true);
    expect(layout.ticks.map((t) => t.label)).toEqual(['0', '20', '40', '60', '80', '100']);
    expect(layout.height).toBeGreaterThan(layout.axisY);
    // Items go down the page in order.
    const ys = layout.items.map((i) => (i.type === 'bar' ? i.barY : i.y));
    expect([...ys].sort((p, q) => p - q)).toEqual(ys);
  });

  it('escapes text in serialized SVG', () => {
    expect(svgToString([{ tag: 'text', attrs: { class: 'a"b' }, text: '<script>&' }])).toBe(
      '<text class="a&quot;b">&lt;script&gt;&amp;</text>',
    );
  });

  it('wraps text at spaces within the limit', () => {
    expect(wrapText('Distilled models and baselines (Table 5)', 20)).toEqual(['Distilled models and', 'baselines (Table 5)']);
    expect(wrapText('short', 20)).toEqual(['short']);
    expect(wrapText('averyveryverylongword x', 5)).toEqual(['averyveryverylongword', 'x']);
  });
});
