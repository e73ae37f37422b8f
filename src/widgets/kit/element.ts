/**
 * The widget contract's browser side: one base class for every widget's custom element.
 *
 * A widget's element.ts subclasses WidgetElement, names its schema and implements render(). The base class
 * starts the widget once, when it is needed (at once if the link carries its state, else as it nears the
 * viewport or is first used: start.ts), reads its state from the URL (reporting what it ignored), wires the standard
 * controls its markup marks with data attributes, guards every update (an exception becomes a visible
 * message, never a broken widget), writes the URL after input pauses, and announces results politely.
 *
 * Input rules every widget gets from here:
 *   - a text box is read when the reader commits it (Enter, leaving the box) or stops typing for
 *     COMMIT_DELAY_MS, never on every keystroke, so typing "20" never applies "2" on the way;
 *     sliders, radios and selects apply at once;
 *   - every event handler runs through guard(): an exception rolls back to the last good state and
 *     says why, it never escapes as an uncaught error (widgets wire their own controls with listen()
 *     and watchBox(), which guard too);
 *   - the URL follows after input pauses (URL_WRITE_DELAY_MS) and on every commit, through the page's
 *     rate-limited writer (url-writer.ts), and a state too large for a link leaves its long texts out
 *     with a note (linkableState in url-state.ts);
 *   - text from outside (the link, a box) is quoted in messages by quote() and shown by showText(),
 *     each quoted value in its own <bdi>, so bidirectional controls cannot reorder the message.
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
import { linkableState, readState, writeState } from './url-state';
import { flushUrlWrites, requestUrlWrite, urlWritePending } from './url-writer';
import { startWhenNeeded, urlNamesWidget } from './start';

/** How long input must pause before the URL follows (commits write it at once, rate-limited). */
export const URL_WRITE_DELAY_MS = 250;
/** How long typing in a box must pause before the box is read (Enter or leaving the box reads it at once). */
export const COMMIT_DELAY_MS = 500;
/** How long input must pause before the result is announced to screen readers. */
const ANNOUNCE_DELAY_MS = 400;

/** A change while the reader is still moving (a slider being dragged), or one they have finished. */
export type ChangeKind = 'live' | 'commit';

export interface BoxOptions {
  /** Pause after the last keystroke before the box is read (default COMMIT_DELAY_MS). */
  delay?: number;
  /** Whether Enter reads the box at once (not in a textarea, where it starts a new line). */
  enter?: boolean;
}

type TextBox = HTMLInputElement | HTMLTextAreaElement;

export abstract class WidgetElement<F extends Fields> extends HTMLElement {
  /** The widget's parameters (its schema.ts). */
  protected abstract readonly spec: WidgetSpec<F>;
  protected state!: StateOf<F>;
  protected names!: ReturnType<typeof widgetNames>;
  /**
   * What the link asked for that the widget ignored, shown once in the "Ignored from the link" note.
   * The base class fills it from the URL; setup() adds what only the widget can check.
   */
  protected readonly linkProblems: string[] = [];
  private connected = false;
  private started = false;
  private urlTimer: ReturnType<typeof setTimeout> | undefined;
  private announceTimer: ReturnType<typeof setTimeout> | undefined;
  private pendingAnnouncement = '';
  private lastGoodState!: StateOf<F>;
  /** The note line's parts: the widget's own (main), a render error, the link-size note. */
  private readonly notes = new Map<string, string>();
  /** Box edits waiting for a pause or a commit, with their timers. */
  private readonly pendingBoxes = new Map<TextBox, { timer: ReturnType<typeof setTimeout>; commit: () => void }>();

  connectedCallback(): void {
    if (this.connected) return;
    this.connected = true;
    const instance = Number(this.dataset.instance ?? '1');
    this.names = widgetNames(this.spec.id, Number.isInteger(instance) && instance > 0 ? instance : 1);
    // The static view is the default one: a widget the link does not name waits until it is needed (start.ts).
    if (urlNamesWidget(this, [this.names.prefix, ...this.legacyPrefixes()])) this.start();
    else startWhenNeeded(this);
  }

  /**
   * Read the state from the URL, wire the controls and draw, once. `trigger` is the element whose event
   * started the widget: if it is a control, it keeps what the reader put in it, so that event applies it.
   */
  start(trigger: EventTarget | null = null): void {
    if (this.started) return;
    this.started = true;
    const parsed = readState(this.names.prefix, this.spec.fields, window.location.search, this.legacyPrefixes());
    this.state = parsed.state;
    this.lastGoodState = { ...parsed.state };
    this.linkProblems.push(...parsed.problems);
    const held = this.heldControl(trigger);
    const before = this.getBoundingClientRect();
    this.guard(() => {
      this.setup();
      this.bindFields();
    });
    this.syncControls();
    held?.restore();
    if (this.linkProblems.length) this.note(`Ignored from the link: ${this.linkProblems.join('; ')}.`);
    this.update('init');
    this.dataset.started = '';
    // A widget that starts wholly above the screen (the reader scrolling up to it, or reading below it)
    // may change height as it draws: keep what follows it, which the reader is looking at, where it was.
    if (before.bottom <= 0) {
      const moved = this.getBoundingClientRect().bottom - before.bottom;
      if (moved !== 0) window.scrollBy({ top: moved, behavior: 'instant' });
    }
    // A reader who leaves right after typing still gets the URL their input made.
    window.addEventListener('pagehide', () => this.flushUrl());
  }

  /** True once the widget has started (its controls are live). */
  get isStarted(): boolean {
    return this.started;
  }

  /** Wire widget-specific controls (with listen() and watchBox()); called once before the first render. */
  protected setup(): void {}

  /** Draw everything from this.state. May throw: the base class keeps the last good result and says why. */
  protected abstract render(): void;

  /**
   * Change some fields and redraw. Their controls show the new values (any half-typed edit or message
   * of theirs is dropped); the URL follows at once for a commit, after a pause for a live change.
   */
  protected set(changes: Partial<StateOf<F>>, kind: ChangeKind = 'commit'): void {
    for (const name of Object.keys(changes)) {
      const { inputs, message } = this.controls(name);
      for (const input of inputs) {
        if (isTextBox(input)) this.dropPending(input as TextBox);
        this.setFieldMessage(input, message, '', false);
      }
    }
    Object.assign(this.state, changes);
    this.syncControls();
    this.update(kind);
  }

  /** Run `action` so that an exception rolls back to the last good state with a note, never escaping. */
  protected guard(action: () => void): boolean {
    try {
      action();
      return true;
    } catch (error) {
      this.recover(error);
      return false;
    }
  }

  /** addEventListener through guard(). */
  protected listen<E extends Event = Event>(target: EventTarget, type: string, handler: (event: E) => void): void {
    target.addEventListener(type, (event) => {
      this.guard(() => handler(event as E));
    });
  }

  /**
   * Call `commit` when the reader has finished with a text box: on Enter, on leaving it (change, blur),
   * or once typing pauses for `delay`. Never on every keystroke.
   */
  protected watchBox(box: TextBox, commit: () => void, { delay = COMMIT_DELAY_MS, enter = true }: BoxOptions = {}): void {
    this.listen(box, 'input', () => {
      clearTimeout(this.pendingBoxes.get(box)?.timer);
      this.pendingBoxes.set(box, { commit, timer: setTimeout(() => this.guard(() => this.commitBox(box)), delay) });
    });
    const now = () => this.commitBox(box);
    this.listen(box, 'change', now);
    this.listen(box, 'blur', now);
    if (enter) this.listen<KeyboardEvent>(box, 'keydown', (event) => event.key === 'Enter' && now());
  }

  /** Read every box that is waiting for a pause now (another control of the widget was committed). */
  protected commitPending(): void {
    for (const box of [...this.pendingBoxes.keys()]) this.commitBox(box);
  }

  /** Forget a box's waiting edit (its field was just set some other way). */
  private dropPending(box: TextBox): void {
    clearTimeout(this.pendingBoxes.get(box)?.timer);
    this.pendingBoxes.delete(box);
  }

  private commitBox(box: TextBox): void {
    const entry = this.pendingBoxes.get(box);
    if (!entry) return;
    clearTimeout(entry.timer);
    this.pendingBoxes.delete(box);
    entry.commit();
  }

  /** The element an out-slot names, e.g. out('vote') for [data-out="vote"]. */
  protected out<T extends Element = HTMLElement>(name: string): T {
    const node = this.querySelector<T>(`[data-out="${name}"]`);
    if (!node) throw new Error(`${this.spec.id}: no [data-out="${name}"] in the markup`);
    return node;
  }

  /** Show (or clear, with '') the widget's own note; the kit's notes (errors, link size) sit beside it. */
  protected note(text: string, part = 'main'): void {
    if (text) this.notes.set(part, text);
    else this.notes.delete(part);
    const slot = this.querySelector<HTMLElement>('[data-out="note"]');
    if (slot) showText(slot, [...this.notes.values()].join(' '));
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

  private update(kind: ChangeKind | 'init'): void {
    try {
      this.render();
      this.lastGoodState = { ...this.state };
    } catch (error) {
      this.recover(error);
      return;
    }
    if (kind !== 'init') this.note('', 'error');
    this.checkLinkSize();
    clearTimeout(this.announceTimer);
    const live = this.querySelector<HTMLElement>('[data-out="live"]');
    if (live && this.pendingAnnouncement) {
      const sentence = this.pendingAnnouncement;
      this.announceTimer = setTimeout(() => (live.textContent = sentence), kind === 'init' ? 0 : ANNOUNCE_DELAY_MS);
    }
    if (kind === 'commit') this.commitUrl();
    else if (kind === 'live') {
      clearTimeout(this.urlTimer);
      this.urlTimer = setTimeout(() => this.commitUrl(), URL_WRITE_DELAY_MS);
    }
  }

  /** Keep the widget usable after an exception: back to the last state that rendered, and say what went wrong. */
  private recover(error: unknown): void {
    this.state = { ...this.lastGoodState };
    try {
      this.syncControls();
      this.render();
    } catch {
      // The note below is all that can still be shown.
    }
    const reason = error instanceof Error ? error.message : String(error);
    this.note(`Could not compute that: ${asSentence(reason.replace(/\.$/, ''))} Showing the last valid result.`, 'error');
  }

  /** Say when the state is too large for a link (its long texts are then left out of it). */
  private checkLinkSize(): void {
    const { dropped } = linkableState(this.names.prefix, this.spec.fields, this.state);
    if (dropped.length === 0) {
      this.note('', 'link');
      return;
    }
    const labels = dropped.map((name) => {
      const field = this.spec.fields[name]!;
      return (field.kind === 'text' && field.label) || name;
    });
    const what = labels.join(' and ');
    this.note(
      `The ${what} ${labels.length > 1 ? 'are' : 'is'} too long to share in the link (a widget may use at most 2 KB of it), ` +
        `so a shared link opens the default ${what} instead.`,
      'link',
    );
  }

  /** Ask for this widget's part of the URL to be written (at once, or as soon as the page's writer may). */
  protected commitUrl(): void {
    clearTimeout(this.urlTimer);
    this.urlTimer = undefined;
    requestUrlWrite(this, (url) => this.writeLink(url));
  }

  /** Put this widget's state into `url`: its query parameters (a widget may keep it elsewhere, e.g. the fragment). */
  protected writeLink(url: URL): void {
    const { prefix } = this.names;
    const { state } = linkableState(prefix, this.spec.fields, this.state);
    url.search = writeState(prefix, this.spec.fields, state, url.search, this.legacyPrefixes());
  }

  /** Write the current state into the URL now (without adding a history entry). */
  protected flushUrl(): void {
    this.guard(() => this.commitPending());
    if (this.urlTimer !== undefined) this.commitUrl();
    flushUrlWrites();
  }

  /** True while a URL write is waiting for input to pause (tests wait for it to clear). */
  get urlPending(): boolean {
    return this.urlTimer !== undefined || urlWritePending(this);
  }

  /** Legacy prefixes are read (and removed when writing) by the first instance only. */
  private legacyPrefixes(): readonly string[] {
    return this.names.prefix === this.spec.id ? (this.spec.legacyPrefixes ?? []) : [];
  }

  private controls(name: string) {
    return {
      inputs: Array.from(this.querySelectorAll<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>(`[data-field="${name}"]`)),
      range: this.querySelector<HTMLInputElement>(`[data-field-range="${name}"]`),
      message: this.querySelector<HTMLElement>(`[data-field-msg="${name}"]`),
    };
  }

  /**
   * Wire every control the markup marks with data-field to the schema's field of that name: text boxes
   * are read on commit (watchBox), radios and selects at once, sliders live while they move.
   */
  private bindFields(): void {
    for (const name of Object.keys(this.spec.fields)) {
      const { inputs, range } = this.controls(name);
      for (const input of inputs) {
        if (isTextBox(input)) {
          this.watchBox(input as TextBox, () => this.commitField(name, input, 'commit'));
        } else {
          this.listen(input, 'change', () => {
            if (input instanceof HTMLInputElement && input.type === 'radio' && !input.checked) return;
            // Read the choice first: committing a waiting box redraws, which may reset this control.
            const value = input.value;
            this.commitPending();
            this.commitField(name, input, 'commit', value);
          });
        }
      }
      const text = inputs.find(isTextBox) as TextBox | undefined;
      if (range && text) {
        this.listen(range, 'input', () => {
          this.dropPending(text);
          text.value = range.value;
          this.commitField(name, text, 'live');
        });
        // Released (or moved by a key): the URL follows now rather than after the pause.
        this.listen(range, 'change', () => {
          this.commitPending();
          this.commitUrl();
        });
      }
    }
  }

  /** Read one control's value into its field: a message (and the last valid result) when it is invalid. */
  private commitField(
    name: string,
    input: HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement,
    kind: ChangeKind,
    raw = input.value,
  ): void {
    const spec = this.spec.fields[name]!;
    const { range, message } = this.controls(name);
    const parsed = parseField(spec, raw);
    const current = this.state[name as keyof F];
    if (!parsed.ok) {
      const last = spec.kind === 'text' ? 'the last valid text' : `the last valid value (${String(current)})`;
      this.setFieldMessage(input, message, `${asSentence(parsed.error)} Showing results for ${last}.`, true);
      return;
    }
    if (range) range.value = String(parsed.value);
    // Through set(), so a widget's own rules for its state (GRPO's reward list) apply to typed values too.
    if (parsed.value !== current) this.set({ [name]: parsed.value } as Partial<StateOf<F>>, kind);
    else if (kind === 'commit') this.commitUrl();
    this.setFieldMessage(input, message, parsed.note ?? '', false);
  }

  /** A control of this widget as the reader left it (value, and checked for a radio), to put back after setup. */
  private heldControl(target: EventTarget | null): { restore(): void } | undefined {
    const isControl = target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement;
    if (!isControl || !this.contains(target)) return undefined;
    const { value } = target;
    const checked = target instanceof HTMLInputElement ? target.checked : false;
    return {
      restore: () => {
        target.value = value;
        if (target instanceof HTMLInputElement && (target.type === 'radio' || target.type === 'checkbox')) target.checked = checked;
      },
    };
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

  private setFieldMessage(input: Element, message: HTMLElement | null, text: string, invalid: boolean): void {
    if (message) showText(message, text);
    if (invalid) input.setAttribute('aria-invalid', 'true');
    else input.removeAttribute('aria-invalid');
  }
}

/** A control read on commit (a text box or textarea), as opposed to one that applies at once. */
function isTextBox(input: Element): boolean {
  return input instanceof HTMLTextAreaElement || (input instanceof HTMLInputElement && input.type !== 'radio' && input.type !== 'checkbox' && input.type !== 'range');
}

/**
 * Show a message that may quote text from outside (made by quote() in schema.ts): each "quoted" value
 * goes into its own <bdi>, and the message itself takes its direction from its own words (dir=auto),
 * so neither right-to-left text nor bidirectional controls in a value can reorder the rest.
 */
export function showText(element: Element, text: string): void {
  const parts = text.split(/("[^"\n]*")/);
  element.replaceChildren(
    ...parts.flatMap((part, i): (string | Node)[] => {
      if (i % 2 === 0) return part ? [part] : [];
      const value = document.createElement('bdi');
      value.textContent = part.slice(1, -1);
      return ['"', value, '"'];
    }),
  );
  if (!element.hasAttribute('dir')) element.setAttribute('dir', 'auto');
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
