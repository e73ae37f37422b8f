/**
 * <grpo-trainer-widget>: the live GRPO run. The training itself runs in a Web Worker (worker.ts), so the
 * page stays responsive; this element sends it the settings, collects each step's metrics, and redraws
 * the cards and the five charts a few times per second and the group panel once a second, changing
 * only the parts of the DOM that changed, so that no task on the main thread gets long.
 *
 * The step cursor: pointing at the accuracy chart previews a step, pressing or dragging on it (or the
 * handle's keys: arrows, Page Up/Down, Home, End) pins one. Every chart then marks that step with its
 * values, and the group panel shows the group sampled there. End, Escape or Train follow the newest step again.
 */
import type { StepMetrics } from '~/lib/trainer';
import { valueAfterKey } from '../kit/drag';
import { dragOnSvg, svgPoint, type SvgPoint } from '../kit/drag-dom';
import { defineWidgetElement, WidgetElement } from '../kit/element';
import { fillTable, trackWidth } from '../kit/dom';
import { patchSvgNodes } from '../kit/svg';
import { grpoTrainer, MAX_STEPS, trainerSettings } from './schema';
import {
  addStep,
  cards,
  CHARTS,
  chartDescription,
  chartFrame,
  cursorText,
  emptyCurves,
  groupSummary,
  lastStep,
  lineChart,
  runLabel,
  sampleTable,
  shortValue,
  stepAtX,
  stepAxisMax,
  valueAt,
  type RunCurves,
} from './view';
import type { WorkerCommand, WorkerReport } from './worker';

/** Shortest time between two redraws while training, and between two redraws of the group panel. */
const DRAW_EVERY_MS = 300;
const GROUP_EVERY_MS = 1000;

type Phase = 'preparing' | 'ready' | 'running' | 'paused' | 'done' | 'error';

const [ACCURACY, ...SMALL] = CHARTS;

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
  private frame = 0;
  private lastDraw = 0;
  private lastGroup = 0;
  private groupKey = '';
  /** The step the reader pinned (null: follow the newest step), and the one the mouse points at. */
  private cursor: number | null = null;
  private hover: number | null = null;
  private mainWidth: () => number = () => 430;
  private smallWidth: () => number = () => 150;

  /** Every step's metrics of the current run (browser tests compare them with a Node run). */
  get runHistory(): StepMetrics[] {
    return this.metrics;
  }

  protected setup(): void {
    const recorded = this.dataset.recorded;
    if (recorded) this.compare = JSON.parse(recorded) as RunCurves;
    const main = this.chart('accuracy');
    this.mainWidth = trackWidth(main, () => this.scheduleDraw(true));
    this.smallWidth = trackWidth(this.chart(SMALL[0]!.key), () => this.scheduleDraw(true));
    this.listen(this.action('train'), 'click', () => this.train());
    this.listen(this.action('pause'), 'click', () => this.pause());
    this.listen(this.action('reset'), 'click', () => this.restart());
    this.listen(this.action('pin'), 'click', () => {
      // A copy: the live arrays keep growing if the run goes on.
      this.compare = structuredClone({ ...this.live, label: `Kept run (${this.live.label})` });
      this.scheduleDraw(true);
    });
    this.wireCursor(main);
    // A link with a non-default starting policy opens the disclosure that holds it.
    if (this.state.base !== grpoTrainer.fields.base.default) this.out<HTMLDetailsElement>('more').open = true;
  }

  private chart(key: string): SVGSVGElement {
    const svg = this.querySelector<SVGSVGElement>(`svg[data-chart="${key}"]`);
    if (!svg) throw new Error(`grpo-trainer: no svg[data-chart="${key}"]`);
    return svg;
  }

  private action(name: string): HTMLButtonElement {
    const button = this.querySelector<HTMLButtonElement>(`[data-action="${name}"]`);
    if (!button) throw new Error(`grpo-trainer: no [data-action="${name}"] button`);
    return button;
  }

  /** Pointer and keys on the accuracy chart move the step cursor. */
  private wireCursor(svg: SVGSVGElement): void {
    svg.classList.add('widget-draggable');
    const stepAt = (point: SvgPoint) => stepAtX(chartFrame(false, this.mainWidth()), this.xMax(), point.x);
    // A finger on the chart may be scrolling the page (the chart allows vertical panning): a touch pins a
    // step once it moves sideways, or when it lifts without having become a scroll (a tap).
    let pointerType = '';
    let touchStart: SvgPoint | null = null;
    this.listen<PointerEvent>(svg, 'pointerdown', (event) => (pointerType = event.pointerType));
    dragOnSvg(svg, this.listen.bind(this), {
      start: (point) => {
        if (pointerType === 'touch') touchStart = point;
        else this.pinCursor(stepAt(point));
        return true;
      },
      move: (point) => {
        if (touchStart && Math.abs(point.x - touchStart.x) < 6) return;
        touchStart = null;
        this.pinCursor(stepAt(point));
      },
      end: () => {},
    });
    this.listen<PointerEvent>(svg, 'pointerup', () => {
      if (touchStart) this.pinCursor(stepAt(touchStart));
      touchStart = null;
    });
    this.listen<PointerEvent>(svg, 'pointercancel', () => (touchStart = null));
    // A mouse pointing without pressing previews a step; leaving the chart drops the preview.
    this.listen<PointerEvent>(svg, 'pointermove', (event) => {
      if (event.pointerType !== 'mouse' || event.buttons !== 0) return;
      this.hover = Math.min(stepAt(svgPoint(svg, event)), this.maxStep());
      this.scheduleDraw(true);
    });
    this.listen<PointerEvent>(svg, 'pointerleave', () => {
      if (this.hover === null) return;
      this.hover = null;
      this.scheduleDraw(true);
    });
    this.listen<KeyboardEvent>(svg, 'keydown', (event) => {
      if (!(event.target as Element).closest?.('[data-handle="step"]')) return;
      if (event.key === 'End' || event.key === 'Escape') {
        event.preventDefault();
        this.followLatest();
        return;
      }
      const max = this.maxStep();
      const next = valueAfterKey(event.key, this.handleStep(), { min: Math.min(1, max), max, step: 1 });
      if (next === undefined) return;
      event.preventDefault();
      this.pinCursor(next);
    });
  }

  /** Pin the cursor at `step` (a preview gives way); at the newest step of the live run it follows the run instead. */
  private pinCursor(step: number): void {
    this.hover = null;
    const s = Math.max(0, Math.min(step, this.maxStep()));
    this.cursor = this.live.accuracy.length > 0 && s === this.live.accuracy.length ? null : s;
    this.scheduleDraw(true);
  }

  private followLatest(): void {
    this.cursor = null;
    this.hover = null;
    this.scheduleDraw(true);
  }

  /** The step the charts mark (null: none, the cards and line ends show the newest). */
  private cursorStep(): number | null {
    return this.hover ?? this.cursor;
  }

  /** Where the handle sits and which group the panel shows: the cursor, or the newest step. */
  private handleStep(): number {
    return this.cursorStep() ?? this.live.accuracy.length;
  }

  private maxStep(): number {
    return lastStep(this.live, this.compare);
  }

  private xMax(): number {
    return stepAxisMax(this.live, this.compare);
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
      this.worker.onmessage = (event: MessageEvent<WorkerReport>) => this.guard(() => this.receive(event.data));
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
    this.cursor = null;
    this.send({ type: 'init', run: this.run, settings: trainerSettings(this.state), maxSteps: MAX_STEPS });
    this.status('Preparing the base policy…');
    this.scheduleDraw(true);
  }

  private train(): void {
    this.cursor = null;
    if (this.phase === 'preparing') {
      this.startWhenReady = true;
      this.status('Preparing; training starts when ready…');
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
    this.status('Pausing…');
    this.updateButtons();
  }

  private receive(report: WorkerReport): void {
    if (report.run !== this.run) return; // a report of a run that was replaced
    switch (report.type) {
      case 'ready':
        this.live.startAccuracy = report.startAccuracy;
        this.phase = 'ready';
        this.status('Ready. Press Train.');
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
      case 'paused':
        // The worker's answer to Pause: no step of this run arrives after it.
        if (this.phase === 'paused') {
          this.status(`Paused at step ${report.step}.`);
          this.say(this.summary());
        }
        break;
      case 'done':
        this.phase = 'done';
        this.status(`Done: ${MAX_STEPS} steps.`);
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

  /**
   * Redraw in an animation frame: at once for the reader's own moves (`now`), otherwise at most every
   * DRAW_EVERY_MS however many reports arrive.
   */
  private scheduleDraw(now = false): void {
    const draw = () => {
      this.frame = 0;
      this.lastDraw = performance.now();
      this.guard(() => this.draw());
    };
    if (now) {
      if (!this.frame) this.frame = requestAnimationFrame(draw);
      return;
    }
    if (this.drawPending) return;
    this.drawPending = true;
    const wait = Math.max(0, this.lastDraw + DRAW_EVERY_MS - performance.now());
    setTimeout(() => {
      this.drawPending = false;
      if (!this.frame) this.frame = requestAnimationFrame(draw);
    }, wait);
  }

  private setText(node: Element, text: string): void {
    if (node.textContent !== text) node.textContent = text;
  }

  private draw(): void {
    this.updateButtons();
    // The worker's speed: steps per second of its busy time (not live: it changes several times a second).
    this.setText(this.out('speed'), this.metrics.length > 0 ? `${(this.metrics.length / (this.busyMs / 1000)).toFixed(0)} steps/s` : '');
    const c = cards(this.live);
    for (const [metric, text] of [
      ['step', c.step],
      ['accuracy', c.accuracy],
      ['mean-reward', c.meanReward],
      ['held-out', c.heldOut],
    ] as const) {
      this.setText(this.querySelector(`[data-metric="${metric}"]`)!, text);
    }
    this.setText(this.out('held-out-step'), c.heldOutStep);

    const xMax = this.xMax();
    const cursor = this.cursorStep();
    const shown = this.handleStep();
    const handle = { step: shown, max: this.maxStep(), valueText: cursorText(shown, this.live, this.compare) };
    this.drawChart(ACCURACY!, lineChart(ACCURACY!, this.mainWidth(), this.live, this.compare, xMax, { cursor, handle }));
    for (const spec of SMALL) {
      this.drawChart(spec, lineChart(spec, this.smallWidth(), this.live, this.compare, xMax, { small: true, cursor }));
      this.setText(this.out(`at-${spec.key}`), shortValue(spec, valueAt(this.live, spec.key, shown)));
    }
    this.setText(this.out('run-label'), this.live.label);
    this.setText(this.out('compare-label'), this.compare?.label ?? 'none');
    this.drawGroup(shown);
  }

  private drawChart(spec: (typeof CHARTS)[number], chart: { viewBox: string; nodes: Parameters<typeof patchSvgNodes>[1] }): void {
    const svg = this.chart(spec.key);
    if (svg.getAttribute('viewBox') !== chart.viewBox) svg.setAttribute('viewBox', chart.viewBox);
    patchSvgNodes(svg, chart.nodes);
    this.setText(svg.querySelector('desc')!, chartDescription(spec, this.live, this.compare));
  }

  /**
   * The group panel and its table: the group sampled at `step`. While the run follows the newest step it
   * changes completely with every step, so it is redrawn at most once a second then.
   */
  private drawGroup(step: number): void {
    const sample = step >= 1 ? (this.metrics[step - 1]?.sample ?? null) : null;
    const key = `${this.run}:${step}:${sample ? 1 : 0}:${this.state.algorithm}`;
    if (key === this.groupKey) return;
    const now = performance.now();
    const following = this.cursorStep() === null;
    if (following && this.phase === 'running' && now - this.lastGroup < GROUP_EVERY_MS) {
      // Come back for it: the run may pause before another report arrives.
      this.scheduleDraw();
      return;
    }
    this.groupKey = key;
    this.lastGroup = now;
    const group = groupSummary(step, sample);
    this.setText(this.out('group-heading'), group.heading);
    const rows = this.out('group-rows').children;
    group.rows.forEach((row, i) => {
      const spans = rows[i]?.children;
      row.cells.forEach((cell, j) => spans?.[j] && this.setText(spans[j]!, cell));
    });
    fillTable(this, sampleTable(sample ? step : 0, sample, this.state.algorithm));
  }
}

defineWidgetElement(grpoTrainer.id, GrpoTrainerWidget);
