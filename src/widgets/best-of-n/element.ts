/** <best-of-n-widget>: the live best-of-N widget on the kit's WidgetElement. */
import { defineWidgetElement, WidgetElement } from '../kit/element';
import { percent } from '../kit/format';
import { fillTable, trackWidth } from '../kit/dom';
import { drawChart } from '../kit/chart-view';
import { wireLogChartDrag } from '../kit/log-chart-drag';
import { stepOf } from '../kit/schema';
import { MAX_SAMPLES } from '~/lib/majority-vote';
import { bestOfN } from './schema';
import { bestOfNView } from './view';

class BestOfNWidget extends WidgetElement<typeof bestOfN.fields> {
  protected readonly spec = bestOfN;
  private chartWidth: () => number = () => 560;

  protected setup(): void {
    const chart = this.out('chart');
    this.chartWidth = trackWidth(chart, () => this.guard(() => drawChart(chart, bestOfNView(this.state, this.chartWidth()))));
    const { p } = this.spec.fields;
    wireLogChartDrag(chart as unknown as SVGSVGElement, this.listen.bind(this), {
      nMax: MAX_SAMPLES,
      width: () => this.chartWidth(),
      current: () => ({ n: this.state.n, level: this.state.p }),
      setN: (n, kind) => this.set({ n }, kind),
      setLevel: (value, kind) => this.set({ p: value }, kind),
      commitUrl: () => this.commitUrl(),
      levelRange: { min: p.min, max: p.max, step: stepOf(p) },
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
