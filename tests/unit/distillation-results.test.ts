import { describe, expect, it } from 'vitest';
import { benchmarkIds, resultTables, table5, table6 } from '../../src/data/distillation-results';
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

  it('copies cells exactly from the paper (deepseek-r1, Tables 5 and 6)', () => {
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
});
