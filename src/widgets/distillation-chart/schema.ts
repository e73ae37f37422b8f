/**
 * The distillation chart's parameters, the benchmark shown and the model every other one is measured
 * against: the one place their defaults and URL keys live.
 */
import { benchmarkIds, resultTables } from '~/data/distillation-results';
import { defineWidget, type StateOf } from '../kit/schema';

/** A model's id in links: its name in lower case, other characters as hyphens ("o1-mini", "claude-3-5-sonnet-1022"). */
export function modelId(model: string): string {
  return model.toLowerCase().replace(/[^a-z0-9]+/g, '-');
}

/** Every model in Tables 6 and 5, once, in the order the chart shows them. */
export const modelIds: readonly string[] = [...new Set(resultTables.flatMap((t) => t.rows.map((r) => modelId(r.model))))];

export const distillationChart = defineWidget({
  id: 'distillation-chart',
  // Links shared before the renovation used `dc.b=…`.
  legacyPrefixes: ['dc'],
  fields: {
    /** The benchmark whose column is charted and highlighted. */
    b: { kind: 'enum', default: 'aime-pass1', values: benchmarkIds },
    /** The reference model: every bar shows its gap to it. The RL-only 32B model, so the first view asks "what beats RL?". */
    ref: { kind: 'enum', default: 'deepseek-r1-zero-qwen-32b', values: modelIds },
  },
});

export type DistillationChartState = StateOf<typeof distillationChart.fields>;
