/**
 * <distillation-chart-widget>: the benchmark selector and the live bar chart on the kit's WidgetElement.
 * Pressing or dragging on the chart picks the reference model every bar is measured against; its row is a
 * slider for the keyboard (arrows, Page Up/Down, Home/End).
 */
import { defineWidgetElement, type ChangeKind } from '../kit/element';
import { trackWidth } from '../kit/dom';
import { drawChart } from '../kit/chart-view';
import { dragToSet, type SvgPoint } from '../kit/drag-dom';
import { LinkNoteWidgetElement } from '../cost-estimator/link-note-element';
import { distillationChart } from './schema';
import { chartLayout, distillationChartView, linkNote, modelAfterKey, modelAtY, type DistillationChartView } from './view';

class DistillationChartWidget extends LinkNoteWidgetElement<typeof distillationChart.fields> {
  protected readonly spec = distillationChart;
  private chartWidth: () => number = () => 640;
  private rendered = false;

  protected linkNote(problems: string[]): string {
    return linkNote(problems);
  }

  protected setup(): void {
    const chart = this.out<SVGSVGElement>('chart');
    // Lay the chart out again at the width it is shown at, so its text keeps its size on a phone.
    this.chartWidth = trackWidth(chart, () => this.guard(() => this.drawChart(this.view())));
    // A benchmark the reader picked replaces the one the link failed to give.
    this.listen(this.querySelector('[data-field="b"]')!, 'change', () => this.note(''));
    this.wireChart(chart);
  }

  private wireChart(chart: SVGSVGElement): void {
    const pick = (point: SvgPoint, kind: ChangeKind) => {
      const ref = modelAtY(chartLayout(this.state, this.chartWidth()), point.y);
      if (ref !== this.state.ref) this.set({ ref }, kind);
      else if (kind === 'commit') this.commitUrl();
    };
    dragToSet(chart, this.listen.bind(this), pick);
    this.listen<KeyboardEvent>(chart, 'keydown', (event) => {
      if (!(event.target as Element).closest?.('[data-handle="ref"]')) return;
      const ref = modelAfterKey(this.state, event.key);
      if (ref === undefined) return;
      event.preventDefault();
      if (ref !== this.state.ref) this.set({ ref });
    });
  }

  protected render(): void {
    const view = this.view();
    this.drawChart(view);
    this.out('caption-bench').textContent = view.caption.label;
    this.out('caption-unit').textContent = view.caption.unit;
    for (const cell of this.querySelectorAll<HTMLElement>('[data-b]')) {
      cell.classList.toggle('distillation-chart-selected', cell.dataset.b === view.benchmark.id);
    }
    for (const row of this.querySelectorAll<HTMLElement>('tr[data-model]')) {
      row.classList.toggle('distillation-chart-ref-model', row.dataset.model === view.ref.id);
    }
    const summary = this.out('summary');
    // The first render shows the starting state, not news: set it without announcing it.
    if (!this.rendered) summary.removeAttribute('aria-live');
    summary.textContent = view.summary;
    if (!this.rendered) queueMicrotask(() => summary.setAttribute('aria-live', 'polite'));
    this.rendered = true;
  }

  private view(): DistillationChartView {
    return distillationChartView(this.state, this.chartWidth());
  }

  private drawChart(view: DistillationChartView): void {
    const chart = this.out<SVGSVGElement>('chart');
    // Patched in place (kit chart-view), so the focused reference row keeps focus while its keys redraw the chart.
    drawChart(chart, { chart: view.chart, chartDesc: view.desc });
    chart.querySelector('title')!.textContent = view.title;
  }
}

defineWidgetElement(distillationChart.id, DistillationChartWidget);
