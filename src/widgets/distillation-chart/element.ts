/** <distillation-chart-widget>: the benchmark selector and the live bar chart on the kit's WidgetElement. */
import { defineWidgetElement } from '../kit/element';
import { trackWidth } from '../kit/dom';
import { renderSvgNodes } from '../kit/svg';
import { LinkNoteWidgetElement } from '../cost-estimator/link-note-element';
import { distillationChart } from './schema';
import { distillationChartView, linkNote, type DistillationChartView } from './view';

class DistillationChartWidget extends LinkNoteWidgetElement<typeof distillationChart.fields> {
  protected readonly spec = distillationChart;
  private chartWidth: () => number = () => 560;
  private rendered = false;

  protected linkNote(problems: string[]): string {
    return linkNote(problems);
  }

  protected setup(): void {
    // Lay the chart out again at the width it is shown at, so its text keeps its size on a phone.
    this.chartWidth = trackWidth(this.out('chart'), () => this.drawChart(this.view()));
    // A benchmark the reader picked replaces the one the link failed to give.
    this.querySelector('[data-field="b"]')!.addEventListener('change', () => this.note(''));
  }

  protected render(): void {
    const view = this.view();
    this.drawChart(view);
    this.out('caption-bench').textContent = view.caption.label;
    this.out('caption-unit').textContent = view.caption.unit;
    for (const cell of this.querySelectorAll<HTMLElement>('[data-b]')) {
      cell.classList.toggle('distillation-chart-selected', cell.dataset.b === view.benchmark.id);
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
    chart.setAttribute('viewBox', view.chart.viewBox);
    renderSvgNodes(chart, view.chart.nodes);
    chart.querySelector('title')!.textContent = view.title;
    chart.querySelector('desc')!.textContent = view.desc;
  }
}

defineWidgetElement(distillationChart.id, DistillationChartWidget);
