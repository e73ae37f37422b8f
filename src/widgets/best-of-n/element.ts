/** <best-of-n-widget>: the live best-of-N widget on the kit's WidgetElement. */
import { defineWidgetElement, WidgetElement } from '../kit/element';
import { percent } from '../kit/format';
import { fillTable, trackWidth } from '../kit/dom';
import { drawChart } from '../kit/chart-view';
import { wireLogChartDrag } from '../kit/log-chart-drag';
import { MAX_SAMPLES } from '~/lib/majority-vote';
import { bestOfN } from './schema';
import { bestOfNView } from './view';

class BestOfNWidget extends WidgetElement<typeof bestOfN.fields> {
  protected readonly spec = bestOfN;
  private chartWidth: () => number = () => 560;

  protected setup(): void {
    const chart = this.out('chart');
    this.chartWidth = trackWidth(chart, () => this.guard(() => drawChart(chart, bestOfNView(this.state, this.chartWidth()))));
    wireLogChartDrag(chart as unknown as SVGSVGElement, this.listen.bind(this), {
      width: () => this.chartWidth(), state: () => this.state, set: (changes, kind) => this.set(changes, kind),
      commitUrl: () => this.commitUrl(), p: this.spec.fields.p, nMax: MAX_SAMPLES,
    });
  }

  protected render(): void {
    const view = bestOfNView(this.state, this.chartWidth());
    for (const [name, value] of Object.entries(view.cards)) this.setValue(name, value, percent(value));
    this.out('mu').textContent = view.mu;
    for (const name of ['n-label', 'cost']) this.out(name).textContent = String(this.state.n);
    fillTable(this, view.table);
    drawChart(this.out('chart'), view);
    this.announce(view.sentence);
  }
}

defineWidgetElement(bestOfN.id, BestOfNWidget);
