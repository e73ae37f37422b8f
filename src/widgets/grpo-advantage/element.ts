/** <grpo-advantage-widget>: the live GRPO group explorer on the kit's WidgetElement. */
import { parseField, type StateOf } from '../kit/schema';
import { readState } from '../kit/url-state';
import { defineWidgetElement, WidgetElement } from '../kit/element';
import { renderSvgNodes } from '../kit/svg';
import { grpoAdvantage, MAX_G, parseRewardList, REWARD_FIELD } from './schema';
import { grpoAdvantageView } from './view';

type GrpoState = StateOf<typeof grpoAdvantage.fields>;

class GrpoAdvantageWidget extends WidgetElement<typeof grpoAdvantage.fields> {
  protected readonly spec = grpoAdvantage;
  /** The rewards of all MAX_G boxes; the first G form the group. Hidden boxes keep theirs for when G grows. */
  private readonly rewards: number[] = new Array<number>(MAX_G).fill(0);
  private rewardInputs: HTMLInputElement[] = [];
  /** Problems with the link that only this widget can see (a bad reward in the list, a sample past G). */
  private linkProblems: string[] = [];

  connectedCallback(): void {
    super.connectedCallback();
    if (this.linkProblems.length === 0) return;
    // The base class has reported what it ignored field by field; say everything in one note.
    const legacy = this.names.prefix === this.spec.id ? this.spec.legacyPrefixes : [];
    const { problems } = readState(this.names.prefix, this.spec.fields, window.location.search, legacy);
    this.note(`Ignored from the link: ${[...problems, ...this.linkProblems].join('; ')}.`);
    this.linkProblems = [];
  }

  protected setup(): void {
    // The reward list is one field: if any entry is bad, the whole list falls back to the default.
    const list = parseRewardList(this.state.r);
    if (!list.ok) this.linkProblems.push(`${this.names.prefix}.r: ${list.error}`);
    const usable = list.ok ? list : parseRewardList(this.spec.fields.r.default);
    if (usable.ok) usable.rewards.forEach((value, k) => (this.rewards[k] = value));
    if (this.state.i > this.state.g) {
      this.linkProblems.push(`${this.names.prefix}.i: there is no sample ${this.state.i} in a group of ${this.state.g}`);
    }
    Object.assign(this.state, this.normalized({}));

    this.rewardInputs = Array.from(this.querySelectorAll<HTMLInputElement>('input[data-reward]'));
    this.rewardInputs.forEach((input, k) => {
      input.value = String(this.rewards[k]);
      input.addEventListener('input', () => this.onRewardInput());
    });
    for (const button of this.querySelectorAll<HTMLButtonElement>('button[data-action]')) {
      button.addEventListener('click', () => this.onButton(button.dataset.action ?? ''));
    }
    if (document.querySelector('[data-widget="reward-playground"]')) this.out('from-rp').hidden = false;
  }

  /** Every change goes through here, so the link's reward list is always the G rewards in use. */
  protected set(changes: Partial<GrpoState>): void {
    super.set(this.normalized(changes));
  }

  private normalized(changes: Partial<GrpoState>): Partial<GrpoState> {
    const g = changes.g ?? this.state.g;
    const i = changes.i ?? this.state.i;
    return { ...changes, r: this.rewards.slice(0, g).join(','), i: i <= g ? i : 1 };
  }

  /** Read the visible reward boxes; any invalid one keeps the last valid result on screen. */
  private onRewardInput(): void {
    const errors: string[] = [];
    this.rewardInputs.forEach((input, k) => {
      if (k >= this.state.g) return;
      const parsed = parseField(REWARD_FIELD, input.validity.badInput ? 'invalid' : input.value);
      if (parsed.ok) {
        this.rewards[k] = parsed.value;
        input.removeAttribute('aria-invalid');
      } else {
        errors.push(`sample ${k + 1}: ${input.value === '' ? 'empty or not a number' : parsed.error}`);
        input.setAttribute('aria-invalid', 'true');
      }
    });
    this.out('rewards-msg').textContent = errors.length
      ? `Reward of ${errors.join('; ')}. Enter numbers from −1,000,000 to 1,000,000; the results show the last valid group.`
      : '';
    if (errors.length === 0) this.set({});
  }

  private onButton(action: string): void {
    if (action === 'example' || action === 'equal') {
      const values = action === 'example' ? [1, 0, 1, 0] : [1, 1, 1, 1];
      values.forEach((value, k) => (this.rewardInputs[k]!.value = String(value)));
      // Through the box, as if typed: the base class clears any message the box had.
      const size = this.querySelector<HTMLInputElement>('[data-field="g"]')!;
      size.value = String(values.length);
      size.dispatchEvent(new Event('input'));
    } else {
      const playground = document.querySelector<HTMLElement>('[data-widget="reward-playground"]');
      const total = action === 'rp-zero' ? playground?.dataset.totalR1Zero : playground?.dataset.totalStage2;
      if (total === undefined) {
        this.out('rewards-msg').textContent = 'The reward playground has no valid result yet.';
        return;
      }
      this.rewardInputs[0]!.value = String(Number(total));
    }
    this.onRewardInput();
  }

  protected render(): void {
    const view = grpoAdvantageView(this.state);
    const { g } = this.state;
    this.rewardInputs.forEach((input, k) => (input.parentElement!.hidden = k >= g));
    this.out('stats').textContent = view.stats;
    const degenerate = this.out('degenerate');
    degenerate.hidden = !view.degenerate;
    degenerate.textContent = view.degenerate;

    const chart = this.out<SVGSVGElement>('chart');
    chart.setAttribute('viewBox', view.chart.viewBox);
    renderSvgNodes(chart, view.chart.nodes);
    chart.querySelector('desc')!.textContent = view.chartDesc;

    for (const th of this.querySelectorAll<HTMLElement>('th[data-col]')) th.classList.toggle('grpo-advantage-chosen', th.dataset.col === view.chosen);
    this.out('rows').replaceChildren(
      ...view.rows.map((row) => {
        const tr = document.createElement('tr');
        const th = document.createElement('th');
        th.scope = 'row';
        th.textContent = row.header;
        tr.append(th);
        for (const cell of row.cells) {
          const td = document.createElement('td');
          if (cell.cls) td.className = cell.cls;
          td.textContent = cell.text;
          tr.append(td);
        }
        return tr;
      }),
    );

    const select = this.querySelector<HTMLSelectElement>('select[data-field="i"]')!;
    if (select.options.length !== g) {
      select.replaceChildren(...Array.from({ length: g }, (_, k) => new Option(`Sample ${k + 1}`, String(k + 1))));
    }
    select.value = String(this.state.i);
    this.out('formula').textContent = view.formula;
    this.out('clip-why').textContent = view.clipWhy;
    this.announce(view.sentence);
  }
}

defineWidgetElement(grpoAdvantage.id, GrpoAdvantageWidget);
