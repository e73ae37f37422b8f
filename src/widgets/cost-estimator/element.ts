/**
 * <cost-estimator-widget>: the live cost estimator on the kit's WidgetElement. The kit parses the boxes,
 * keeps the state and the URL; this element fills the results in and words the messages its own way.
 */
import { defineWidgetElement } from '../kit/element';
import { defaultState } from '../kit/schema';
import { LinkNoteWidgetElement } from './link-note-element';
import { costEstimator, type CostField } from './schema';
import { costEstimatorView, fieldMessage, linkNote } from './view';

class CostEstimatorWidget extends LinkNoteWidgetElement<typeof costEstimator.fields> {
  protected readonly spec = costEstimator;

  protected linkNote(problems: string[]): string {
    return linkNote(problems);
  }

  protected setup(): void {
    const form = this.out<HTMLFormElement>('form');
    form.addEventListener('submit', (event) => event.preventDefault());
    // Listening on the form runs after the kit's own listener on the box, so the state is already updated.
    form.addEventListener('input', () => this.showMessages());
    this.out('reset').addEventListener('click', () => {
      this.set(defaultState(this.spec));
      this.note('');
      // A click is not typing: the URL follows at once.
      this.flushUrl();
    });
  }

  protected render(): void {
    const view = costEstimatorView(this.state);
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
    // Set at once rather than through announce(): the sentence is also the visible summary.
    this.out('summary').textContent = view.summary;
    this.showMessages();
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
