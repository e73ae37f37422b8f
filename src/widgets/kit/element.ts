/**
 * The widget contract's browser side: one base class for every widget's custom element.
 *
 * A widget's element.ts subclasses WidgetElement, names its schema and implements render(). The base class
 * starts the widget once, reads its state from the URL (reporting what it ignored), wires the standard
 * controls its markup marks with data attributes, guards every update (an exception becomes a visible
 * message, never a broken widget), writes the URL after input pauses, and announces results politely.
 *
 * Markup conventions (made by the kit's Astro components, see NumberField.astro):
 *   <input data-field="p">            the text box of number field `p` (the one source of truth)
 *   <input data-field-range="p">      its optional slider
 *   <p data-field-msg="p">            its message line
 *   <input type=radio data-field="w"> or <select data-field="w">  an enum field
 *   [data-out="name"]                 anything render() fills in
 *   [data-out="note"]                 the widget's note line (link problems, guarded errors)
 *   [data-out="live"]                 the polite live region
 */
import { parseField, widgetNames, type Fields, type StateOf, type WidgetSpec } from './schema';
import { readState, writeState } from './url-state';

/** How long input must pause before the URL follows (keeps Chromium's replaceState throttle away). */
export const URL_WRITE_DELAY_MS = 250;
/** How long input must pause before the result is announced to screen readers. */
const ANNOUNCE_DELAY_MS = 400;

export abstract class WidgetElement<F extends Fields> extends HTMLElement {
  /** The widget's parameters (its schema.ts). */
  protected abstract readonly spec: WidgetSpec<F>;
  protected state!: StateOf<F>;
  protected names!: ReturnType<typeof widgetNames>;
  private started = false;
  private urlTimer: ReturnType<typeof setTimeout> | undefined;
  private announceTimer: ReturnType<typeof setTimeout> | undefined;
  private pendingAnnouncement = '';
  private lastGoodState!: StateOf<F>;

  connectedCallback(): void {
    if (this.started) return;
    this.started = true;
    const instance = Number(this.dataset.instance ?? '1');
    this.names = widgetNames(this.spec.id, Number.isInteger(instance) && instance > 0 ? instance : 1);
    const legacy = this.names.prefix === this.spec.id ? this.spec.legacyPrefixes : [];
    const parsed = readState(this.names.prefix, this.spec.fields, window.location.search, legacy);
    this.state = parsed.state;
    this.lastGoodState = { ...parsed.state };
    this.setup();
    this.bindFields();
    this.syncControls();
    if (parsed.problems.length) this.note(`Ignored from the link: ${parsed.problems.join('; ')}.`);
    this.update(false);
    // A reader who leaves right after typing still gets the URL their input made.
    window.addEventListener('pagehide', () => this.flushUrl());
  }

  /** Wire widget-specific controls; called once before the first render. */
  protected setup(): void {}

  /** Draw everything from this.state. May throw: the base class keeps the last good result and says why. */
  protected abstract render(): void;

  /** Change some fields and redraw (the URL follows after a pause). */
  protected set(changes: Partial<StateOf<F>>): void {
    Object.assign(this.state, changes);
    this.syncControls();
    this.update(true);
  }

  /** The element an out-slot names, e.g. out('vote') for [data-out="vote"]. */
  protected out<T extends Element = HTMLElement>(name: string): T {
    const node = this.querySelector<T>(`[data-out="${name}"]`);
    if (!node) throw new Error(`${this.spec.id}: no [data-out="${name}"] in the markup`);
    return node;
  }

  /** Show (or clear, with '') the widget's note line. */
  protected note(text: string): void {
    const note = this.querySelector<HTMLElement>('[data-out="note"]');
    if (note) note.textContent = text;
  }

  /** Say `sentence` in the live region once input pauses (at once on the first render). */
  protected announce(sentence: string): void {
    this.pendingAnnouncement = sentence;
  }

  /** Put a computed value on an out-slot: text for readers, the exact number in data-value for tests. */
  protected setValue(name: string, value: number, text: string): void {
    const node = this.out(name);
    node.dataset.value = String(value);
    node.textContent = text;
  }

  private update(userInput: boolean): void {
    try {
      this.render();
      this.lastGoodState = { ...this.state };
    } catch (error) {
      // Keep the widget usable: go back to the last state that rendered and say what went wrong.
      this.state = { ...this.lastGoodState };
      this.syncControls();
      this.note(`Could not compute that: ${(error as Error).message}. Showing the last valid result.`);
      return;
    }
    clearTimeout(this.announceTimer);
    const live = this.querySelector<HTMLElement>('[data-out="live"]');
    if (live && this.pendingAnnouncement) {
      const sentence = this.pendingAnnouncement;
      this.announceTimer = setTimeout(() => (live.textContent = sentence), userInput ? ANNOUNCE_DELAY_MS : 0);
    }
    if (userInput) {
      clearTimeout(this.urlTimer);
      this.urlTimer = setTimeout(() => this.flushUrl(), URL_WRITE_DELAY_MS);
    }
  }

  /** Write the current state into the URL now (without adding a history entry). */
  protected flushUrl(): void {
    clearTimeout(this.urlTimer);
    this.urlTimer = undefined;
    const legacy = this.names.prefix === this.spec.id ? this.spec.legacyPrefixes : [];
    const search = writeState(this.names.prefix, this.spec.fields, this.state, window.location.search, legacy);
    const next = `${window.location.pathname}${search}${window.location.hash}`;
    if (next !== `${window.location.pathname}${window.location.search}${window.location.hash}`) {
      history.replaceState(history.state, '', next);
    }
  }

  /** True while a URL write is waiting for input to pause (tests wait for it to clear). */
  get urlPending(): boolean {
    return this.urlTimer !== undefined;
  }

  private controls(name: string) {
    return {
      inputs: Array.from(this.querySelectorAll<HTMLInputElement | HTMLSelectElement>(`[data-field="${name}"]`)),
      range: this.querySelector<HTMLInputElement>(`[data-field-range="${name}"]`),
      message: this.querySelector<HTMLElement>(`[data-field-msg="${name}"]`),
    };
  }

  /** Wire every control the markup marks with data-field to the schema's field of that name. */
  private bindFields(): void {
    for (const [name, spec] of Object.entries(this.spec.fields)) {
      const { inputs, range, message } = this.controls(name);
      for (const input of inputs) {
        const onEdit = () => {
          if (input instanceof HTMLInputElement && input.type === 'radio' && !input.checked) return;
          const parsed = parseField(spec, input.value);
          const current = this.state[name as keyof F];
          if (!parsed.ok) {
            this.setFieldMessage(input, message, `${asSentence(parsed.error)} Showing results for the last valid value (${String(current)}).`);
            return;
          }
          this.setFieldMessage(input, message, '');
          if (range) range.value = String(parsed.value);
          if (parsed.value === current) return;
          this.set({ [name]: parsed.value } as Partial<StateOf<F>>);
        };
        input.addEventListener('input', onEdit);
        input.addEventListener('change', onEdit);
      }
      range?.addEventListener('input', () => {
        const text = inputs[0];
        if (text) {
          text.value = range.value;
          text.dispatchEvent(new Event('input'));
        }
      });
    }
  }

  /** Make every control show the state (after reading the URL, or after a guarded rollback). */
  private syncControls(): void {
    for (const name of Object.keys(this.spec.fields)) {
      const value = String(this.state[name as keyof F]);
      const { inputs, range } = this.controls(name);
      for (const input of inputs) {
        if (input instanceof HTMLInputElement && input.type === 'radio') input.checked = input.value === value;
        // Never rewrite the box the reader is typing in ("0.60" would jump to "0.6").
        else if (input !== document.activeElement && input.value !== value) input.value = value;
      }
      if (range) range.value = value;
    }
  }

  private setFieldMessage(input: Element, message: HTMLElement | null, text: string): void {
    if (message) message.textContent = text;
    if (text) input.setAttribute('aria-invalid', 'true');
    else input.removeAttribute('aria-invalid');
  }
}

/** End a message with a full stop unless it already ends a sentence. */
function asSentence(text: string): string {
  return /[.!?…]$/.test(text) ? text : `${text}.`;
}

/** Register a widget's element under its tag (derived from the id), once. */
export function defineWidgetElement(id: string, element: CustomElementConstructor): void {
  const { tag } = widgetNames(id);
  if (!customElements.get(tag)) customElements.define(tag, element);
}
