/**
 * <pass-at-k-widget>: the live pass@k calculator on the kit's WidgetElement.
 *
 * Its three numbers must also fit together (c and k at most n), which the kit cannot check field by field:
 * the text boxes are read together (a value that fits only once another box changes is applied then), and
 * the state only ever holds values that fit, so the URL never does otherwise. The boxes therefore carry no
 * data-field attributes (the base class would apply each one alone); this element wires them itself.
 */
import { defineWidgetElement, showText, WidgetElement, type ChangeKind } from '../kit/element';
import { fillTable, trackWidth } from '../kit/dom';
import { defaultState, parseField } from '../kit/schema';
import { drawChart } from '../kit/chart-view';
import { slotAt, valueAfterKey } from '../kit/drag';
import { dragOnSvg, type SvgPoint } from '../kit/drag-dom';
import { passAtKFrame } from './chart';
import { fitProblem, passAtK, type PassAtKField } from './schema';
import { fourDecimals, passAtKView } from './view';

const FIELDS = Object.keys(passAtK.fields) as PassAtKField[];
/** Fields with a slider, whose maximum follows n. */
const SLIDERS = ['c', 'k'] as const;

class PassAtKWidget extends WidgetElement<typeof passAtK.fields> {
  protected readonly spec = passAtK;
  private chartWidth: () => number = () => 560;

  protected setup(): void {
    // The base class has read the link field by field; values that do not fit together all give way to the defaults.
    const problem = fitProblem(this.state);
    if (problem) {
      this.linkProblems.push(problem.message);
      Object.assign(this.state, defaultState(passAtK));
    }
    for (const field of FIELDS) {
      const box = this.box(field);
      box.value = String(this.state[field]);
      this.watchBox(box, () => this.fromBoxes(field, 'commit'));
      const range = this.range(field);
      if (!range) continue;
      this.listen(range, 'input', () => {
        box.value = range.value;
        this.fromBoxes(field, 'live');
      });
      this.listen(range, 'change', () => {
        this.commitPending();
        this.commitUrl();
      });
    }
    const chart = this.out('chart');
    this.chartWidth = trackWidth(chart, () => this.guard(() => drawChart(chart, passAtKView(this.state, this.chartWidth()))));
    this.wireScrub(chart as unknown as SVGSVGElement);
  }

  /** Scrub k on the chart: press or drag along the bars, or the arrow keys on the focused handle. */
  private wireScrub(chart: SVGSVGElement): void {
    chart.classList.add('widget-draggable');
    const setK = (k: number, kind: ChangeKind) => {
      this.box('k').value = String(k);
      this.fromBoxes('k', kind);
    };
    const kAt = (point: SvgPoint) => {
      const frame = passAtKFrame(this.chartWidth());
      return slotAt(point.x, frame.left, frame.right, this.state.n) + 1;
    };
    let last: SvgPoint | undefined;
    dragOnSvg(chart, this.listen.bind(this), {
      start: (point) => {
        last = point;
        setK(kAt(point), 'live');
        return true;
      },
      move: (point) => {
        last = point;
        setK(kAt(point), 'live');
      },
      end: () => {
        if (last) setK(kAt(last), 'commit');
        last = undefined;
      },
    });
    this.listen<KeyboardEvent>(chart, 'keydown', (event) => {
      if (!(event.target as Element).closest?.('[data-handle]')) return;
      const next = valueAfterKey(event.key, this.state.k, { min: 1, max: this.state.n, step: 1 });
      if (next === undefined) return;
      event.preventDefault();
      setK(next, 'commit');
    });
  }

  protected render(): void {
    const view = passAtKView(this.state, this.chartWidth());
    this.setValue('value', view.value, fourDecimals(view.value));
    this.out('k-label').textContent = String(this.state.k);
    this.out('why').textContent = view.why;
    fillTable(this, view.table);
    drawChart(this.out('chart'), view);
    for (const field of SLIDERS) {
      const range = this.range(field)!;
      range.max = String(this.state.n);
      range.value = String(this.state[field]);
    }
    this.announce(view.sentence);
  }

  private box(field: PassAtKField): HTMLInputElement {
    return this.querySelector<HTMLInputElement>(`#${this.names.instanceId}-${field}`)!;
  }

  private range(field: PassAtKField): HTMLInputElement | null {
    return this.querySelector<HTMLInputElement>(`#${this.names.instanceId}-${field}-range`);
  }

  private message(field: PassAtKField, text: string): void {
    showText(this.querySelector(`#${this.names.instanceId}-${field}-msg`)!, text);
    if (text) this.box(field).setAttribute('aria-invalid', 'true');
    else this.box(field).removeAttribute('aria-invalid');
  }

  /**
   * Read every box (when one is committed, or a slider moves); if all three parse and fit together,
   * show the new result. KIT CANDIDATE (see fitProblem).
   */
  private fromBoxes(changed: PassAtKField, kind: ChangeKind): void {
    const draft = { ...this.state };
    let allParsed = true;
    for (const field of FIELDS) {
      const parsed = parseField(passAtK.fields[field], this.box(field).value);
      if (parsed.ok) {
        draft[field] = parsed.value;
        this.message(field, '');
      } else {
        allParsed = false;
        // Only complain about the box being edited, or one that was already marked wrong.
        if (field === changed || this.box(field).hasAttribute('aria-invalid')) {
          this.message(field, `${field}: ${parsed.error} Showing the last valid result.`);
        }
      }
    }
    if (!allParsed) return;
    const problem = fitProblem(draft);
    if (problem) {
      this.message(problem.field ?? changed, `${problem.message}. Showing the last valid result.`);
      return;
    }
    if (FIELDS.some((field) => draft[field] !== this.state[field])) this.set(draft, kind);
    else if (kind === 'commit') this.commitUrl();
  }
}

defineWidgetElement(passAtK.id, PassAtKWidget);
