/**
 * The GRPO trainer's Web Worker: runs src/lib/trainer.ts off the main thread, in slices of a few steps,
 * and posts each slice's metrics. Between slices it yields (setTimeout 0), so "pause" and "init"
 * messages get through within one slice.
 *
 * In:  { type: 'init', run, settings, maxSteps }   build a fresh trainer (tasks + warm start) and report step 0
 *      { type: 'run', run }                        start or resume stepping
 *      { type: 'pause', run }
 * Out: { type: 'ready', run, startAccuracy, heldOutAccuracy, parameters, setupMs }
 *      { type: 'steps', run, metrics: StepMetrics[], busyMs }
 *      { type: 'paused', run, step }               stopped after `step` steps (no more steps follow until 'run')
 *      { type: 'done', run }                       maxSteps reached
 *      { type: 'error', run, message }
 * `run` numbers each init; messages of an older run are ignored on both sides.
 */
import { Trainer, type StepMetrics, type TrainerSettings } from '~/lib/trainer';

export type WorkerCommand =
  | { type: 'init'; run: number; settings: Partial<TrainerSettings>; maxSteps: number }
  | { type: 'run'; run: number }
  | { type: 'pause'; run: number };

export type WorkerReport =
  | { type: 'ready'; run: number; startAccuracy: number; heldOutAccuracy: number; parameters: number; setupMs: number }
  | { type: 'steps'; run: number; metrics: StepMetrics[]; busyMs: number }
  | { type: 'paused'; run: number; step: number }
  | { type: 'done'; run: number }
  | { type: 'error'; run: number; message: string };

/** Steps are batched until this much time has passed, then posted (a few per second of charts is plenty). */
const SLICE_MS = 100;

let trainer: Trainer | null = null;
let run = 0;
let maxSteps = 0;
let running = false;
let scheduled = false;

const post = (report: WorkerReport): void => postMessage(report);

function slice(): void {
  scheduled = false;
  if (!running || !trainer) return;
  const started = performance.now();
  const metrics: StepMetrics[] = [];
  try {
    while (trainer.stepCount < maxSteps && performance.now() - started < SLICE_MS) metrics.push(trainer.step());
  } catch (error) {
    running = false;
    post({ type: 'error', run, message: (error as Error).message });
    return;
  }
  post({ type: 'steps', run, metrics, busyMs: performance.now() - started });
  if (trainer.stepCount >= maxSteps) {
    running = false;
    post({ type: 'done', run });
    return;
  }
  schedule();
}

function schedule(): void {
  if (scheduled) return;
  scheduled = true;
  setTimeout(slice, 0);
}

onmessage = (event: MessageEvent<WorkerCommand>) => {
  const command = event.data;
  if (command.type === 'init') {
    run = command.run;
    running = false;
    maxSteps = command.maxSteps;
    const started = performance.now();
    try {
      trainer = new Trainer(command.settings);
      const { accuracy, heldOutAccuracy } = trainer.evaluate();
      const { policy, critic } = trainer.parameterCount;
      post({ type: 'ready', run, startAccuracy: accuracy, heldOutAccuracy, parameters: policy + critic, setupMs: performance.now() - started });
    } catch (error) {
      trainer = null;
      post({ type: 'error', run, message: (error as Error).message });
    }
  } else if (command.run === run && trainer) {
    running = command.type === 'run' && trainer.stepCount < maxSteps;
    if (running) schedule();
    // Every slice before this message has been posted: the page knows the run stops here.
    if (command.type === 'pause') post({ type: 'paused', run, step: trainer.stepCount });
  }
};
