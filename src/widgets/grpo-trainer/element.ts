/**
 * <grpo-trainer-widget>: the live GRPO run. The training itself runs in a Web Worker (worker.ts), so the
 * page stays responsive; this element sends it the settings, collects each step's metrics, and redraws
 * the cards and the five charts a few times per second and the sample group once a second, changing
 * only the parts of the DOM that changed, so that no task on the main thread gets long.
 */
import type { StepMetrics } from '~/lib/trainer';
import { defineWidgetElement, WidgetElement } from '../kit/element';
import { fillTable, trackWidth } from '../kit/dom';
import { percent } from '../kit/format';
import { grpoTrainer, MAX_STEPS, trainerSettings } from './schema';
import { addStep, cards, CHARTS, chartDescription, emptyCurves, lineChart, runLabel, sampleTable, stepAxisMax, type RunCurves } from './view';
import { patchSvgNodes } from '../kit/svg';
import type { WorkerCommand, WorkerReport } from './worker';

/** Shortest time between two redraws of the cards and charts, and of the sample table. */
const DRAW_EVERY_MS = 300;
const TABLE_EVERY_MS = 1000;

type Phase = 'preparing' | 'ready' | 'running' | 'paused' | 'done' | 'error';

class GrpoTrainerWidget extends WidgetElement<typeof grpoTrainer.fields> {
  protected readonly spec = grpoTrainer;
  private worker: Worker | null = null;
  private run = 0;
  private phase: Phase = 'preparing';
  /** Start as soon as the trainer is ready (Train was pressed while it was being built). */
  private startWhenReady = false;
  private settingsKey = '';
  private live: RunCurves = emptyCurves('This run', 0);
  private compare: RunCurves | null = null;
  private metrics: StepMetrics[] = [];
  private busyMs = 0;
  private drawPending = false;
  private lastDraw = 0;
  private lastTable = 0;
  private chartWidth: () => number = () => 420;

  /** Every step's metrics of the current run (browser tests compare them with a Node run). */
  get runHistory(): StepMetrics[] {
    return this.metrics;
  }

  protected setup(): void {
    const recorded = this.dataset.recorded;
    if (recorded) this.compare = JSON.parse(recorded) as RunCurves;
    this.chartWidth = trackWidth(this.out('charts').querySelector('svg')!, () => this.scheduleDraw());
    this.action('train').addEventListener('click', () => this.train());
    this.action('pause').addEventListener('click', () => this.pause());
    this.action('reset').addEventListener('click', () => this.restart());
    this.action('pin').addEventListener('click', () => {
      // A copy: the live arrays keep growing if the run goes on.
      this.compare = structuredClone({ ...this.live, label: `Kept run (${this.live.label})` });
      this.scheduleDraw();
    });
  }

  private action(name: string): HTMLButtonElement {
    const button = this.querySelector<HTMLButtonElement>(`[data-action="${name}"]`);
    if (!button) throw new Error(`grpo-trainer: no [data-action="${name}"] button`);
    return button;
  }

  /** Called on every settings change (and once at the start): a change of settings starts a fresh run. */
  protected render(): void {
    const key = JSON.stringify(trainerSettings(this.state));
    if (key !== this.settingsKey) {
      this.settingsKey = key;
      this.restart();
    }
  }

  private send(command: WorkerCommand): void {
    if (!this.worker) {
      this.worker = new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' });
      this.worker.onmessage = (event: MessageEvent<WorkerReport>) => this.receive(event.data);
      this.worker.onerror = (event) => this.fail(event.message || 'the training worker failed to start');
    }
    this.worker.postMessage(command);
  }

  /** Build a fresh trainer for the current settings (the old run, if any, is dropped). */
  private restart(): void {
    this.run++;
    this.phase = 'preparing';
    this.live = emptyCurves(runLabel(this.state), 0);
    this.metrics = [];
    this.busyMs = 0;
    this.send({ type: 'init', run: this.run, settings: trainerSettings(this.state), maxSteps: MAX_STEPS });
    this.status('Preparing the base policy…');
    this.scheduleDraw();
  }

  private train(): void {
    if (this.phase === 'preparing') {
      this.startWhenReady = true;
      this.status('Preparing the base policy; training starts when it is ready…');
    } else if (this.phase === 'ready' || this.phase === 'paused') {
      this.phase = 'running';
      this.send({ type: 'run', run: this.run });
      this.status('Training…');
      this.out('speed').textContent = '';
    } else if (this.phase === 'error') {
      this.startWhenReady = true;
      this.restart();
    }
    this.updateButtons();
  }

  private pause(): void {
    this.startWhenReady = false;
    if (this.phase !== 'running') return;
    this.phase = 'paused';
    this.send({ type: 'pause', run: this.run });
    this.status(`Paused at step ${this.metrics.length}.`);
    this.say(this.summary());
    this.updateButtons();
  }

  private receive(report: WorkerReport): void {
    if (report.run !== this.run) return; // a report of a run that was replaced
    switch (report.type) {
      case 'ready':
        this.live.startAccuracy = report.startAccuracy;
        this.phase = 'ready';
        this.status(`Ready: a policy with ${report.parameters.toLocaleString('en-US')} parameters, ` +
          `${percent(report.startAccuracy)} of the training prompts solved at step 0. Press Train.`);
        if (this.startWhenReady) {
          this.startWhenReady = false;
          this.train();
        }
        break;
      case 'steps':
        for (const m of report.metrics) {
          this.metrics.push(m);
          addStep(this.live, m);
        }
        this.busyMs += report.busyMs;
        break;
      case 'done':
        this.phase = 'done';
        this.status(`Done: ${MAX_STEPS} steps. Change a setting or press Reset for a new run.`);
        this.say(this.summary());
        break;
      case 'error':
        this.fail(report.message);
        return;
    }
    this.scheduleDraw();
  }

  private fail(message: string): void {
    this.phase = 'error';
    this.status(`The training stopped: ${message}`);
    this.updateButtons();
  }

  /** The status line (a polite live region: it changes only when the run changes state). */
  private status(text: string): void {
    this.out('status').textContent = text;
  }

  /** Tell screen readers the result so far (after a pause or at the end, not during training). */
  private say(sentence: string): void {
    this.out('live').textContent = sentence;
  }

  private summary(): string {
    const c = cards(this.live);
    return `Step ${c.step}: accuracy on the training prompts ${c.accuracy}, mean reward ${c.meanReward}, held-out accuracy ${c.heldOut}.`;
  }

  private updateButtons(): void {
    this.action('train').disabled = this.phase === 'running' || this.phase === 'done';
    this.action('pause').disabled = this.phase !== 'running';
    this.action('pin').disabled = this.metrics.length === 0;
  }

  /** Redraw at most every DRAW_EVERY_MS, in an animation frame, however many reports arrive. */
  private scheduleDraw(): void {
    if (this.drawPending) return;
    this.drawPending = true;
    const wait = Math.max(0, this.lastDraw + DRAW_EVERY_MS - performance.now());
    setTimeout(() => requestAnimationFrame(() => {
      this.drawPending = false;
      this.lastDraw = performance.now();
      this.draw();
    }), wait);
  }

  private draw(): void {
    this.updateButtons();
    // The worker's speed: steps per second of its busy time (not live: it changes several times a second).
    const speed = this.metrics.length > 0 ? `${(this.metrics.length / (this.busyMs / 1000)).toFixed(0)} steps per second` : '';
    const speedNode = this.out('speed');
    if (speedNode.textContent !== speed) speedNode.textContent = speed;
    const c = cards(this.live);
    for (const [metric, text] of [
      ['step', c.step],
      ['accuracy', c.accuracy],
      ['mean-reward', c.meanReward],
      ['valid', c.validShare],
      ['length', c.meanLength],
      ['kl', c.kl],
      ['held-out', c.heldOut],
    ] as const) {
      const node = this.querySelector(`[data-metric="${metric}"]`);
      if (node && node.textContent !== text) node.textContent = text;
    }
    const xMax = stepAxisMax(this.live, this.compare);
    const width = this.chartWidth();
    for (const spec of CHARTS) {
      const svg = this.querySelector(`svg[data-chart="${spec.key}"]`);
      if (!svg) continue;
      const chart = lineChart(spec, width, this.live, this.compare, xMax);
      if (svg.getAttribute('viewBox') !== chart.viewBox) svg.setAttribute('viewBox', chart.viewBox);
      patchSvgNodes(svg, chart.nodes);
      svg.querySelector('desc')!.textContent = chartDescription(spec, this.live, this.compare);
    }
    const label = this.out('run-label');
    if (label.textContent !== this.live.label) label.textContent = this.live.label;
    const compareLabel = this.out('compare-label');
    const compareText = this.compare?.label ?? 'none';
    if (compareLabel.textContent !== compareText) compareLabel.textContent = compareText;
    // The group table changes completely with every step; once a second is enough to read it.
    const now = performance.now();
    if (this.phase !== 'running' || now - this.lastTable >= TABLE_EVERY_MS) {
      this.lastTable = now;
      const latest = this.metrics[this.metrics.length - 1];
      fillTable(this, sampleTable(latest?.step ?? 0, latest?.sample ?? null, this.state.algorithm));
    }
  }
}

defineWidgetElement(grpoTrainer.id, GrpoTrainerWidget);
