/** <grpo-advantage-widget>: the live GRPO group explorer on the kit's WidgetElement. */
import { parseField, type StateOf } from '../kit/schema';
import { defineWidgetElement, showText, WidgetElement, type ChangeKind } from '../kit/element';
import { patchSvgNodes } from '../kit/svg';
import { linearValueAt, slotAt, valueAfterKey } from '../kit/drag';
import { dragOnSvg } from '../kit/drag-dom';
import { rewardChart, type RewardAxis } from './chart';
import { grpoAdvantage, MAX_G, parseRewardList, REWARD_FIELD } from './schema';
import { grpoAdvantageView } from './view';

type GrpoState = StateOf<typeof grpoAdvantage.fields>;

class GrpoAdvantageWidget extends WidgetElement<typeof grpoAdvantage.fields> {
  protected readonly spec = grpoAdvantage;
  /** The rewards of all MAX_G boxes; the first G form the group. Hidden boxes keep theirs for when G grows. */
  private readonly rewards: number[] = new Array<number>(MAX_G).fill(0);
  private rewardInputs: HTMLInputElement[] = [];
  /** The reward axis as drawn; held still while a bar is dragged. */
  private rewardAxis: RewardAxis | undefined;
  private dragging = false;

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
    for (const [k, input] of this.rewardInputs.entries()) {
      input.value = String(this.rewards[k]);
      this.watchBox(input, () => this.onRewardInput());
    }
    for (const button of this.querySelectorAll<HTMLButtonElement>('button[data-action]')) {
      this.listen(button, 'click', () => this.onButton(button.dataset.action ?? ''));
    }
    if (document.querySelector('[data-widget="reward-playground"]')) this.out('from-rp').hidden = false;
    this.wireRewardBars(this.out<SVGSVGElement>('reward-chart'));
  }

  /** Drag a reward bar up or down (pointer), or move the focused bar with the arrow keys. */
  private wireRewardBars(svg: SVGSVGElement): void {
    svg.classList.add('widget-draggable', 'grpo-advantage-drag');
    let sample = 0;
    const valueAt = (y: number) => {
      const axis = this.rewardAxis!;
      const chart = rewardChart(this.rewards.slice(0, this.state.g), axis);
      return linearValueAt(y, chart.yLo, chart.yHi, { min: axis.lo, max: axis.hi, step: 0.05 });
    };
    dragOnSvg(svg, this.listen.bind(this), {
      start: (point) => {
        const chart = rewardChart(this.rewards.slice(0, this.state.g), this.rewardAxis!);
        sample = slotAt(point.x, chart.plotX0, chart.plotX1, this.state.g);
        this.dragging = true;
        this.setReward(sample, valueAt(point.y), 'live');
        return true;
      },
      move: (point) => this.setReward(sample, valueAt(point.y), 'live'),
      end: () => {
        // Let go: the axis may fit the new rewards again.
        this.dragging = false;
        this.set({}, 'commit');
      },
    });
    this.listen<KeyboardEvent>(svg, 'keydown', (event) => {
      const bar = (event.target as Element).closest?.('[data-sample]');
      if (!bar || event.key === 'Home' || event.key === 'End') return;
      const k = Number(bar.getAttribute('data-sample')) - 1;
      const next = valueAfterKey(event.key, this.rewards[k]!, { min: REWARD_FIELD.min, max: REWARD_FIELD.max, step: 0.1 });
      if (next === undefined) return;
      event.preventDefault();
      this.setReward(k, next, 'commit');
    });
  }

  /** One reward from the chart: its box shows it, any message about the boxes is void, and the group redraws. */
  private setReward(k: number, value: number, kind: ChangeKind): void {
    if (this.rewards[k] === value && kind === 'live') return;
    this.rewards[k] = value;
    const box = this.rewardInputs[k]!;
    box.value = String(value);
    box.removeAttribute('aria-invalid');
    this.onRewardInput(kind);
  }

  /** Every change goes through here, so the link's reward list is always the G rewards in use. */
  protected set(changes: Partial<GrpoState>, kind?: ChangeKind): void {
    super.set(this.normalized(changes), kind);
  }

  private normalized(changes: Partial<GrpoState>): Partial<GrpoState> {
    const g = changes.g ?? this.state.g;
    const i = changes.i ?? this.state.i;
    return { ...changes, r: this.rewards.slice(0, g).join(','), i: i <= g ? i : 1 };
  }

  /** Read the visible reward boxes; any invalid one keeps the last valid result on screen. */
  private onRewardInput(kind: ChangeKind = 'commit'): void {
    const errors: string[] = [];
    const notes: string[] = [];
    for (const [k, input] of this.rewardInputs.entries()) {
      if (k >= this.state.g) continue;
      const parsed = parseField(REWARD_FIELD, input.value);
      if (parsed.ok) {
        this.rewards[k] = parsed.value;
        input.removeAttribute('aria-invalid');
        if (parsed.note) notes.push(`Sample ${k + 1}: ${parsed.note}`);
      } else {
        const notANumber = input.value.trim() === '' || /is not a number/.test(parsed.error);
        errors.push(`sample ${k + 1}: ${notANumber ? 'empty or not a number' : parsed.error}`);
        input.setAttribute('aria-invalid', 'true');
      }
    }
    showText(
      this.out('rewards-msg'),
      errors.length
        ? `Reward of ${errors.join('; ')}. Enter numbers from −1,000,000 to 1,000,000; the results show the last valid group.`
        : notes.join(' '),
    );
    if (errors.length === 0) this.set({}, kind);
  }

  private onButton(action: string): void {
    if (action === 'example' || action === 'equal') {
      const values = action === 'example' ? [1, 0, 1, 0] : [1, 1, 1, 1];
      for (const [k, value] of values.entries()) {
        this.rewardInputs[k]!.value = String(value);
        this.rewards[k] = value;
      }
      // The group size follows at once (set() also clears any message the box had).
      this.set({ g: values.length });
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
    const view = grpoAdvantageView(this.state, this.dragging ? this.rewardAxis : undefined);
    this.rewardAxis = view.rewardAxis;
    const { g } = this.state;
    this.rewardInputs.forEach((input, k) => (input.parentElement!.hidden = k >= g));
    this.out('stats').textContent = view.stats;
    const degenerate = this.out('degenerate');
    degenerate.hidden = !view.degenerate;
    degenerate.textContent = view.degenerate;

    const chart = this.out<SVGSVGElement>('chart');
    chart.setAttribute('viewBox', view.chart.viewBox);
    patchSvgNodes(chart, view.chart.nodes);
    chart.querySelector('desc')!.textContent = view.chartDesc;
    // Patched in place, so the bar the reader is moving with the keyboard keeps its focus.
    patchSvgNodes(this.out('reward-chart'), view.rewardChart.nodes);

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
