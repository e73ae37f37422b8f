import { describe, expect, it } from 'vitest';
import {
  benchmarkIds,
  comparisonSentence,
  describeChart,
  formatValue,
  isBenchmarkId,
  resultTables,
  table5,
  table6,
} from '../../src/data/distillation-results';
import { layoutBarChart, linearScale, niceStep, niceTicks } from '../../src/widgets/kit/chart';
import { sourcesById } from '../../src/data/sources';

const cell = (table: typeof table5, model: string, b: (typeof benchmarkIds)[number]) =>
  table.rows.find((r) => r.model === model)?.values[b];

describe('distillation results data', () => {
  it('has every benchmark of its table in every row, and nothing else', () => {
    for (const table of resultTables) {
      for (const row of table.rows) {
        expect(Object.keys(row.values).sort(), `${table.key} ${row.model}`).toEqual([...table.benchmarks].sort());
        for (const b of table.benchmarks) expect(Number.isFinite(row.values[b]), `${row.model} ${b}`).toBe(true);
      }
    }
    expect(table5.benchmarks).toEqual(benchmarkIds);
    expect(table6.benchmarks).not.toContain('cf');
    expect(table5.rows).toHaveLength(10);
    expect(table6.rows).toHaveLength(3);
  });

  it('copies cells exactly from the paper (facts.md §6)', () => {
    expect(cell(table5, 'GPT-4o-0513', 'aime-pass1')).toBe(9.3);
    expect(cell(table5, 'GPT-4o-0513', 'cf')).toBe(759);
    expect(cell(table5, 'Claude-3.5-Sonnet-1022', 'gpqa')).toBe(65.0);
    expect(cell(table5, 'o1-mini', 'cf')).toBe(1820);
    expect(cell(table5, 'QwQ-32B-Preview', 'aime-pass1')).toBe(50.0);
    expect(cell(table5, 'DeepSeek-R1-Distill-Qwen-1.5B', 'math500')).toBe(83.9);
    expect(cell(table5, 'DeepSeek-R1-Distill-Qwen-7B', 'aime-cons64')).toBe(83.3);
    expect(cell(table5, 'DeepSeek-R1-Distill-Qwen-14B', 'lcb')).toBe(53.1);
    expect(cell(table5, 'DeepSeek-R1-Distill-Qwen-32B', 'aime-pass1')).toBe(72.6);
    expect(cell(table5, 'DeepSeek-R1-Distill-Llama-8B', 'gpqa')).toBe(49.0);
    expect(cell(table5, 'DeepSeek-R1-Distill-Llama-70B', 'cf')).toBe(1633);
    expect(cell(table6, 'DeepSeek-R1-Zero-Qwen-32B', 'aime-pass1')).toBe(47.0);
    expect(cell(table6, 'DeepSeek-R1-Zero-Qwen-32B', 'aime-cons64')).toBe(60.0);
    expect(cell(table6, 'DeepSeek-R1-Zero-Qwen-32B', 'lcb')).toBe(40.2);
    expect(cell(table6, 'DeepSeek-R1-Distill-Qwen-32B', 'gpqa')).toBe(62.1);
  });

  it('agrees between the two tables where they share rows', () => {
    for (const model of ['QwQ-32B-Preview', 'DeepSeek-R1-Distill-Qwen-32B']) {
      for (const b of table6.benchmarks) expect(cell(table6, model, b), `${model} ${b}`).toBe(cell(table5, model, b));
    }
  });

  it('cites the R1 paper tables', () => {
    expect(table5.source).toEqual({ id: 'deepseek-r1', loc: 'Table 5' });
    expect(table6.source).toEqual({ id: 'deepseek-r1', loc: 'Table 6' });
    expect(sourcesById.has(table5.source.id)).toBe(true);
  });

  it('formats values as the paper prints them', () => {
    expect(formatValue(50, 'aime-pass1')).toBe('50.0');
    expect(formatValue(1633, 'cf')).toBe('1633');
    expect(isBenchmarkId('gpqa')).toBe(true);
    expect(isBenchmarkId('<b>')).toBe(false);
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
});

describe('chart for the widget', () => {
  it('draws one bar per reported value and notes missing columns', async () => {
    const { chartNodes, summaryText } = await import('../../src/data/distillation-results');
    const { svgToString } = await import('../../src/widgets/kit/svg');
    const aime = svgToString(chartNodes('aime-pass1').nodes);
    expect(aime.match(/<rect /g)).toHaveLength(13);
    expect(aime).toContain('>72.6</text>');
    expect(aime).toContain('>DeepSeek-R1-Zero-Qwen-32B (RL only)</text>');
    const cf = svgToString(chartNodes('cf').nodes);
    expect(cf.match(/<rect /g)).toHaveLength(10);
    expect(cf).toContain('Codeforces rating is not reported in Table 6.');
    expect(cf).toContain('>2000</text>');
    expect(summaryText('cf')).toBe(
      'Table 6 does not report Codeforces rating, so only the Table 5 models are shown. In Table 5 the best distilled model is DeepSeek-R1-Distill-Qwen-32B (1691); the best baseline is o1-mini (1820).',
    );
    expect(summaryText('gpqa')).toMatch(/best distilled model is DeepSeek-R1-Distill-Llama-70B \(65\.2\); the best baseline is Claude-3\.5-Sonnet-1022 \(65\.0\)/);
  });

  it('escapes text in serialized SVG', async () => {
    const { svgToString } = await import('../../src/widgets/kit/svg');
    expect(svgToString([{ tag: 'text', attrs: { class: 'a"b' }, text: '<script>&' }])).toBe(
      '<text class="a&quot;b">&lt;script&gt;&amp;</text>',
    );
  });
});

describe('wrapText', () => {
  it('breaks at spaces within the limit', async () => {
    const { wrapText } = await import('../../src/widgets/kit/chart');
    expect(wrapText('Distilled models and baselines (Table 5)', 20)).toEqual(['Distilled models and', 'baselines (Table 5)']);
    expect(wrapText('short', 20)).toEqual(['short']);
    expect(wrapText('averyveryverylongword x', 5)).toEqual(['averyveryverylongword', 'x']);
  });
});
