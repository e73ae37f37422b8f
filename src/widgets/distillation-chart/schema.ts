/** The distillation chart's one parameter, the benchmark shown: the one place its default and URL key live. */
import { benchmarkIds } from '~/data/distillation-results';
import { defineWidget, type StateOf } from '../kit/schema';

export const distillationChart = defineWidget({
  id: 'distillation-chart',
  // Links shared before the renovation used `dc.b=…`.
  legacyPrefixes: ['dc'],
  fields: {
    /** The benchmark whose column is charted and highlighted. */
    b: { kind: 'enum', default: 'aime-pass1', values: benchmarkIds },
  },
});

export type DistillationChartState = StateOf<typeof distillationChart.fields>;
