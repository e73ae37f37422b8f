/** <majority-vote-widget>: the live majority-vote explorer on the kit's WidgetElement. */
import { MAX_SAMPLES, simulateVote } from '~/lib/majority-vote';
import { defineWidgetElement, WidgetElement } from '../kit/element';
import { percent } from '../kit/format';
import { fillTable, trackWidth } from '../kit/dom';
import { drawChart } from '../kit/chart-view';
import { wireLogChartDrag } from '../kit/log-chart-drag';
import { majorityVote } from './schema';
import { majorityVoteView } from './view';

const reducedMotion = () => window.matchMedia('(prefers-reduced-motion: reduce)').matches;

class MajorityVoteWidget extends WidgetElement<typeof majorityVote.fields> {
  protected readonly spec = majorityVote;
  private chartWidth: () => number = () => 560;
  private simTimer: ReturnType<typeof setTimeout> | undefined;

  protected setup(): void {
    this.chartWidth = trackWidth(this.out('chart'), () => this.guard(() => this.drawChart()));
    this.listen(this.out('draw'), 'click', () => this.drawVote());
    wireLogChartDrag(this.out<SVGSVGElement>('chart'), this.listen.bind(this), {
      width: () => this.chartWidth(), state: () => this.state, set: (changes, kind) => this.set(changes, kind),
      commitUrl: () => this.commitUrl(), p: this.spec.fields.p, nMax: MAX_SAMPLES,
    });
  }

  protected render(): void {
    const view = majorityVoteView(this.state, this.chartWidth());
    const spread = this.state.w === 'spread';
    for (const control of this.querySelectorAll<HTMLInputElement>('[data-field="k"], [data-field-range="k"]')) control.disabled = !spread;
    this.setValue('single', view.cards.single, percent(view.cards.single));
    this.setValue('vote', view.cards.vote, percent(view.cards.vote));
    this.setValue('pass', view.cards.pass, percent(view.cards.pass));
    this.setValue('cost', view.cards.cost, `${view.cards.cost}×`);
    this.out('n-label').textContent = String(this.state.n);
    this.out('draw-n').textContent = String(this.state.n);
    fillTable(this, view.table);
    this.drawChart(view);
    this.announce(view.sentence);
  }

  private drawChart(view = majorityVoteView(this.state, this.chartWidth())): void {
    drawChart(this.out('chart'), view);
  }

  /** Simulate one vote with the current settings and show the samples (animated unless reduced motion). */
  private drawVote(): void {
    const { p, n, w } = this.state;
    const k = w === 'spread' ? this.state.k : 1;
    const { samples, counts, winner, tiedWith } = simulateVote(p, n, k);
    const names = (answer: number) => (answer === 0 ? 'right answer' : `wrong answer ${String.fromCharCode(64 + answer)}`);
    const tally = counts
      .map((count, answer) => ({ count, answer }))
      .filter((entry) => entry.count > 0)
      .map((entry) => `${entry.count} × ${names(entry.answer)}`)
      .join(', ');
    const tie = tiedWith.length > 1 ? ` Tie between ${tiedWith.length} answers, broken at random.` : '';
    const verdict = winner === 0 ? 'The vote picked the right answer.' : `The vote picked ${names(winner)}.`;

    const dots = this.out('sim-dots');
    clearTimeout(this.simTimer);
    dots.replaceChildren();
    this.out('sim-text').textContent = '';
    const spans = samples.map((answer) => {
      const span = document.createElement('span');
      span.className = answer === 0 ? 'majority-vote-dot majority-vote-dot-right' : 'majority-vote-dot majority-vote-dot-wrong';
      span.textContent = answer === 0 ? '✓' : String.fromCharCode(64 + answer);
      return span;
    });
    const finish = () => {
      this.out('sim-text').textContent = `Simulated vote: ${tally}.${tie} ${verdict}`;
    };
    if (reducedMotion()) {
      dots.append(...spans);
      finish();
      return;
    }
    // Reveal the samples in about one second, then the verdict.
    const perStep = Math.max(1, Math.ceil(spans.length / 25));
    let shown = 0;
    const step = () => {
      dots.append(...spans.slice(shown, shown + perStep));
      shown += perStep;
      if (shown < spans.length) this.simTimer = setTimeout(() => this.guard(step), 40);
      else finish();
    };
    step();
  }
}

defineWidgetElement(majorityVote.id, MajorityVoteWidget);
