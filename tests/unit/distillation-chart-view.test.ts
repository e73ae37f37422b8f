/**
 * The distillation chart's schema and view (formatting, text alternatives, the bar chart as SvgNodes),
 * and the kit chart helpers it is drawn with.
 */
import { describe, expect, it } from 'vitest';
import { benchmarkIds } from '../../src/data/distillation-results';
import { linearScale, niceStep, niceTicks, wrapText } from '../../src/widgets/kit/chart';
import { defaultState, parseField } from '../../src/widgets/kit/schema';
import { readState } from '../../src/widgets/kit/url-state';
import { svgToString } from '../../src/widgets/kit/svg';
import { distillationChart, modelId, modelIds, type DistillationChartState } from '../../src/widgets/distillation-chart/schema';
import {
  chartLayout,
  chartModels,
  comparisonSentence,
  describeChart,
  distillationChartView,
  formatValue,
  gapText,
  linkNote,
  modelAfterKey,
  modelAtY,
  referenceModel,
  summaryText,
} from '../../src/widgets/distillation-chart/view';

const RL_ONLY = 'deepseek-r1-zero-qwen-32b';
const at = (b: string, ref = RL_ONLY): DistillationChartState => ({ b, ref });
const chartSvg = (b: string, width?: number) => svgToString(distillationChartView(at(b), width).chart.nodes);

describe('distillation chart schema', () => {
  it('offers every benchmark and model, starts at AIME 2024 pass@1 against the RL-only model, and reads old links', () => {
    expect(defaultState(distillationChart)).toEqual({ b: 'aime-pass1', ref: RL_ONLY });
    expect(distillationChart.fields.b.values).toEqual(benchmarkIds);
    expect(modelIds).toHaveLength(11);
    expect(modelIds).toContain('claude-3-5-sonnet-1022');
    expect(modelId('DeepSeek-R1-Distill-Qwen-1.5B')).toBe('deepseek-r1-distill-qwen-1-5b');
    expect(parseField(distillationChart.fields.b, 'gpqa').ok).toBe(true);
    expect(parseField(distillationChart.fields.b, '<b>').ok).toBe(false);
    expect(parseField(distillationChart.fields.ref, 'o1-mini').ok).toBe(true);
    expect(parseField(distillationChart.fields.ref, 'o1').ok).toBe(false);
    expect(readState(distillationChart.id, distillationChart.fields, '?dc.b=cf', distillationChart.legacyPrefixes).state).toEqual({
      b: 'cf',
      ref: RL_ONLY,
    });
  });
});

describe('reference model', () => {
  it('lists each model once, Table 6 first, and falls back when the benchmark lacks the chosen one', () => {
    expect(chartModels('aime-pass1').map((m) => m.id)).toEqual(modelIds);
    expect(chartModels('cf')).toHaveLength(10);
    expect(referenceModel(at('aime-pass1')).value).toBe(47.0);
    // Table 6 has no Codeforces column, so the RL-only model is not there; the first model shown stands in.
    expect(referenceModel(at('cf')).id).toBe('gpt-4o-0513');
  });

  it('words gaps as the paper prints values', () => {
    expect(gapText(55.5, 47.0, 'aime-pass1')).toBe('+8.5');
    expect(gapText(9.3, 47.0, 'aime-pass1')).toBe('−37.7');
    expect(gapText(60.0, 60.0, 'aime-cons64')).toBe('±0');
    expect(gapText(1189, 1316, 'cf')).toBe('−127');
  });

  it('moves with slider keys in the order shown, stopping at the ends', () => {
    expect(modelAfterKey(at('aime-pass1'), 'ArrowDown')).toBe('deepseek-r1-distill-qwen-32b');
    expect(modelAfterKey(at('aime-pass1'), 'ArrowUp')).toBe('qwq-32b-preview');
    expect(modelAfterKey(at('aime-pass1', 'qwq-32b-preview'), 'ArrowUp')).toBe('qwq-32b-preview');
    expect(modelAfterKey(at('aime-pass1'), 'End')).toBe('deepseek-r1-distill-llama-70b');
    expect(modelAfterKey(at('aime-pass1'), 'Home')).toBe('qwq-32b-preview');
    expect(modelAfterKey(at('aime-pass1'), 'a')).toBeUndefined();
  });

  it('picks the model under a press, nearest row outside the bands', () => {
    for (const width of [340, 640]) {
      const layout = chartLayout(at('gpqa'), width);
      for (const row of layout.rows) expect(modelAtY(layout, (row.top + row.bottom) / 2)).toBe(row.model);
      expect(modelAtY(layout, -100)).toBe('qwq-32b-preview');
      expect(modelAtY(layout, layout.height + 100)).toBe('deepseek-r1-distill-llama-70b');
    }
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

  it('sums up the chart against the reference', () => {
    expect(summaryText(at('aime-pass1'))).toBe(
      'Against DeepSeek-R1-Zero-Qwen-32B (RL only) at 47.0: 7 of the other 10 models score higher, 3 lower; ' +
        'the smallest distilled model ahead is DeepSeek-R1-Distill-Qwen-7B (55.5).',
    );
    expect(summaryText(at('cf'))).toBe(
      'Codeforces rating is not reported for the model you picked, so the reference is GPT-4o-0513 at 759: ' +
        '8 of the other 9 models score higher, 1 lower; the smallest distilled model ahead is DeepSeek-R1-Distill-Qwen-1.5B (954).',
    );
    // No smaller distilled model beats the 70B one.
    expect(summaryText(at('gpqa', 'deepseek-r1-distill-llama-70b'))).toBe(
      'Against DeepSeek-R1-Distill-Llama-70B at 65.2: 0 of the other 10 models score higher, 10 lower.',
    );
  });

  it('words the note about a link’s unusable benchmark', () => {
    expect(linkNote(['dc.b: "x" is not one of aime-pass1'])).toBe(
      'The benchmark in the link was not recognised and the default is shown: dc.b: "x" is not one of aime-pass1.',
    );
  });
});

describe('distillationChartView', () => {
  it('gives the title, caption, text alternative and summary of the chosen benchmark', () => {
    const view = distillationChartView(at('gpqa'));
    expect(view.benchmark.id).toBe('gpqa');
    expect(view.title).toBe('GPQA Diamond pass@1: RL vs distillation, and the distilled model family');
    expect(view.caption).toEqual({ label: 'GPQA Diamond pass@1', unit: ' (percent)' });
    expect(distillationChartView(at('cf')).caption).toEqual({ label: 'Codeforces rating', unit: '' });
    expect(view.desc).toBe(describeChart('gpqa'));
    expect(view.summary).toBe(summaryText(at('gpqa')));
  });

  it('draws one bar per reported value and notes missing columns', () => {
    const aime = chartSvg('aime-pass1');
    expect(aime.match(/<rect class="bar /g)).toHaveLength(13);
    expect(aime).toContain('>72.6</text>');
    expect(aime).toContain('>+25.6</text>');
    expect(aime).toContain('>DeepSeek-R1-Zero-Qwen-32B (RL only)</text>');
    // The reference row is the slider, and its gap says so.
    expect(aime).toContain('role="slider"');
    expect(aime).toContain('aria-valuetext="DeepSeek-R1-Zero-Qwen-32B (RL only), 47.0"');
    expect(aime).toContain('>ref</text>');
    const cf = chartSvg('cf');
    expect(cf.match(/<rect class="bar /g)).toHaveLength(10);
    expect(cf).toContain('Codeforces rating is not reported in Table 6.');
    expect(cf).toContain('>2000</text>');
  });

  it('lays the chart out 640 units wide at build time and 300–760 in the browser, labels beside bars when wide', () => {
    expect(distillationChartView(at('aime-pass1')).chart.viewBox).toBe(`0 0 640 ${chartLayout(at('aime-pass1')).height}`);
    expect(distillationChartView(at('aime-pass1'), 1000).chart.viewBox).toMatch(/^0 0 760 /);
    expect(distillationChartView(at('aime-pass1'), 120).chart.viewBox).toMatch(/^0 0 300 /);
    expect(chartLayout(at('aime-pass1'), 640).beside).toBe(true);
    expect(chartLayout(at('aime-pass1'), 360).beside).toBe(false);
    // Beside: one 22-unit line per model, so all 13 rows and both titles fit in under 400 units.
    expect(chartLayout(at('aime-pass1'), 640).height).toBeLessThan(400);
    // Percentages on a 0–100 axis, ratings on a nice axis above the largest.
    expect(chartLayout(at('math500')).ticks.map((t) => t.label)).toEqual(['0', '20', '40', '60', '80', '100']);
    expect(chartLayout(at('cf')).ticks.map((t) => t.label)).toEqual(['0', '500', '1000', '1500', '2000']);
    // Bars are proportional to their values.
    const rows = chartLayout(at('math500')).rows;
    for (const r of rows) expect(r.barWidth / r.value).toBeCloseTo(rows[0]!.barWidth / rows[0]!.value, 9);
  });

  it('refuses a benchmark that does not exist', () => {
    expect(() => distillationChartView(at('<script>'))).toThrow(/unknown benchmark/);
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
