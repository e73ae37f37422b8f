/**
 * <cost-estimator-widget>: the live cost estimator on the kit's WidgetElement. The kit parses the boxes,
 * keeps the state and the URL; this element fills the results in, wires the price buttons and the chart
 * drag (thinking tokens), and words the messages its own way.
 */
import { defineWidgetElement, type ChangeKind } from '../kit/element';
import { defaultState } from '../kit/schema';
import { trackWidth } from '../kit/dom';
import { drawChart } from '../kit/chart-view';
import { linearValueAt, valueAfterKey } from '../kit/drag';
import { dragToSet, type SvgPoint } from '../kit/drag-dom';
import { LinkNoteWidgetElement } from './link-note-element';
import { costEstimator, type CostField } from './schema';
import { matchingPreset, presetPrices, priceNote, pricePresets } from './prices';
import { costChartFrame, costEstimatorView, fieldMessage, linkNote, reasoningRange } from './view';

class CostEstimatorWidget extends LinkNoteWidgetElement<typeof costEstimator.fields> {
  protected readonly spec = costEstimator;
  private chartWidth: () => number = () => 560;

  protected linkNote(problems: string[]): string {
    return linkNote(problems);
  }

  protected setup(): void {
    const form = this.out<HTMLFormElement>('form');
    form.addEventListener('submit', (event) => event.preventDefault());
    // Listening on the form runs after the kit's own listener on the box, so the state is already updated.
    form.addEventListener('input', () => this.showMessages());
    this.listen(this.out('reset'), 'click', () => {
      this.set(defaultState(this.spec));
      this.note('');
      // A click is not typing: the URL follows at once.
      this.flushUrl();
    });
    for (const button of this.querySelectorAll<HTMLButtonElement>('[data-preset]')) {
      const preset = pricePresets.find((p) => p.id === button.dataset.preset)!;
      this.listen(button, 'click', () => this.set(presetPrices(preset)));
    }
    const chart = this.out<SVGSVGElement>('chart');
    this.chartWidth = trackWidth(chart, () => this.guard(() => this.drawChart()));
    this.wireChartDrag(chart);
  }

  /** Press or drag anywhere on the plot to set the thinking tokens; the handle is a slider for the keyboard. */
  private wireChartDrag(chart: SVGSVGElement): void {
    const apply = (point: SvgPoint, kind: ChangeKind) => {
      const f = costChartFrame(this.state, this.chartWidth());
      const next = linearValueAt(point.x, f.left, f.right, reasoningRange(this.state, this.chartWidth()));
      if (next !== this.state.reasoning) this.set({ reasoning: next }, kind);
      else if (kind === 'commit') this.commitUrl();
    };
    dragToSet(chart, this.listen.bind(this), apply);
    this.listen<KeyboardEvent>(chart, 'keydown', (event) => {
      if (!(event.target as Element).closest?.('[data-handle="reasoning"]')) return;
      const next = valueAfterKey(event.key, this.state.reasoning, reasoningRange(this.state, this.chartWidth()));
      if (next === undefined) return;
      event.preventDefault();
      if (next !== this.state.reasoning) this.set({ reasoning: next });
    });
  }

  protected render(): void {
    const view = costEstimatorView(this.state, this.chartWidth());
    for (const card of view.cards) {
      this.setValue(`card-${card.key}`, card.cost, card.text);
      this.out(`card-name-${card.key}`).textContent = card.name;
      this.out(`card-ratio-${card.key}`).textContent = card.ratio;
    }
    for (const row of view.rows) {
      const tr = this.querySelector<HTMLElement>(`tr[data-scenario="${row.key}"]`)!;
      tr.querySelector('[data-cell="label"]')!.textContent = row.label;
      tr.querySelector('[data-cell="tokens"]')!.textContent = row.tokens;
      tr.querySelector('[data-cell="cost"]')!.textContent = row.cost;
      tr.querySelector('[data-cell="ratio"]')!.textContent = row.ratio;
      tr.querySelector<HTMLElement>('[data-cell="bar"]')!.style.width = row.barWidth;
      this.querySelector(`[data-formula="${row.key}"]`)!.textContent = row.formula;
      this.querySelector(`[data-formula-label="${row.key}"]`)!.textContent = `${row.label}:`;
    }
    drawChart(this.out('chart'), view);
    const preset = matchingPreset(this.state);
    this.out('price-note').textContent = priceNote(this.state);
    for (const button of this.querySelectorAll<HTMLElement>('[data-preset]')) {
      button.setAttribute('aria-pressed', String(button.dataset.preset === preset?.id));
    }
    for (const cite of this.querySelectorAll<HTMLElement>('[data-cite-for]')) cite.hidden = cite.dataset.citeFor !== preset?.id;
    // Set at once rather than through announce(): the polite live region reads it once the change lands.
    this.out('summary').textContent = view.summary;
    this.showMessages();
  }

  private drawChart(): void {
    drawChart(this.out('chart'), costEstimatorView(this.state, this.chartWidth()));
  }

  /**
   * The message under every box for the text in it, and the notice that results are stale while any box
   * is invalid. Worked out from the boxes each time, so it also holds after the kit rewrites a box.
   */
  private showMessages(): void {
    let invalid = false;
    for (const input of this.querySelectorAll<HTMLInputElement>('input[data-field]')) {
      const field = input.dataset.field as CostField;
      const message = fieldMessage(field, input.value);
      this.querySelector(`[data-error-for="${field}"]`)!.textContent = message;
      if (message) input.setAttribute('aria-invalid', 'true');
      else input.removeAttribute('aria-invalid');
      invalid ||= message !== '';
    }
    this.out('stale').hidden = !invalid;
  }
}

defineWidgetElement(costEstimator.id, CostEstimatorWidget);
