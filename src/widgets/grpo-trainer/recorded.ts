/**
 * The run the page shows without JavaScript: the default settings and seed, RECORDED_STEPS steps,
 * computed at build time by the same code the browser's worker runs. Computed once per build.
 */
import { DEFAULT_SETTINGS, Trainer, type StepMetrics } from '~/lib/trainer';
import { RECORDED_STEPS } from './schema';
import { curvesFromMetrics, type RunCurves } from './view';

export interface RecordedRun {
  curves: RunCurves;
  last: StepMetrics;
  /** Parameters of the policy. */
  parameters: number;
  startHeldOut: number;
}

let recorded: RecordedRun | null = null;

export function recordedRun(): RecordedRun {
  if (recorded) return recorded;
  const trainer = new Trainer(DEFAULT_SETTINGS);
  const start = trainer.evaluate();
  const metrics: StepMetrics[] = [];
  for (let i = 0; i < RECORDED_STEPS; i++) metrics.push(trainer.step());
  recorded = {
    curves: curvesFromMetrics('Recorded default run', start.accuracy, metrics),
    last: metrics[metrics.length - 1]!,
    parameters: trainer.parameterCount.policy,
    startHeldOut: start.heldOutAccuracy,
  };
  return recorded;
}
