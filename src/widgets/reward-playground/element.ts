/**
 * <reward-playground-widget>: the live reward playground on the kit's WidgetElement. The boxes take up to
 * MAX_INPUT_CHARS (their maxlength); a text is scored once typing pauses, short ones at once and long ones
 * in a worker (score-worker.ts), so no keystroke waits for a score. The kit leaves texts too long for a
 * link out of it, with a note. The toggle buttons switch parts of the completion (parts.ts) off and on, so a
 * reader can watch one reward term move at a time. The latest totals are published on the element for the GRPO explorer.
 */
import { checkLength, MAX_INPUT_CHARS, type TargetLanguage } from '~/lib/rewards';
import { defineWidgetElement, showText, WidgetElement } from '../kit/element';
import { REWARD_EXAMPLES } from './examples';
import { COMPLETION_PARTS, partsOf, togglePart, type CompletionPart } from './parts';
import { rewardPlayground } from './schema';
import type { ScoreReply, ScoreRequest } from './score-worker';
import { describeScore, rewardPlaygroundView, targetLanguage, type RewardPlaygroundView } from './view';

/** Typing pauses this long before the completion is scored again. */
const SCORE_DELAY_MS = 250;
/** Texts up to this many characters (both boxes together) are scored on the page: a few milliseconds. */
const SYNC_SCORE_CHARS = 20_000;

interface Scored {
  completion: string;
  reference: string;
  lang: TargetLanguage;
  view: RewardPlaygroundView;
}

class RewardPlaygroundWidget extends WidgetElement<typeof rewardPlayground.fields> {
  protected readonly spec = rewardPlayground;
  private completion!: HTMLTextAreaElement;
  private reference!: HTMLInputElement;
  /** The result on screen and what it is for. */
  private scored: Scored | undefined;
  /** The scoring worker: undefined until first needed, null where workers fail (then scoring stays on the page). */
  private worker: Worker | null | undefined;
  /** The latest request to the worker; replies to older ones are stale. */
  private request: ScoreRequest | undefined;

  protected setup(): void {
    this.completion = this.querySelector('textarea')!;
    this.reference = this.querySelector('input[type="text"]')!;
    this.completion.value = this.state.c;
    this.reference.value = this.state.ref;
    this.watchBox(this.completion, () => this.onText(), { delay: SCORE_DELAY_MS, enter: false });
    this.watchBox(this.reference, () => this.onText(), { delay: SCORE_DELAY_MS });
    for (const button of this.querySelectorAll<HTMLButtonElement>('button[data-example]')) {
      this.listen(button, 'click', () => {
        const example = REWARD_EXAMPLES.find((e) => e.id === button.dataset.example);
        if (!example) return;
        this.completion.value = example.completion;
        this.reference.value = example.reference;
        this.onText(example.target);
      });
    }
    for (const button of this.querySelectorAll<HTMLButtonElement>('button[data-part]')) {
      this.listen(button, 'click', () => {
        const part = button.dataset.part as CompletionPart;
        if (!COMPLETION_PARTS.includes(part)) return;
        // Edit the text the box holds now (it may not be committed yet).
        this.completion.value = togglePart(this.completion.value, part);
        this.onText();
      });
    }
  }

  /** Take the boxes' texts; text over the length limit keeps the last valid result and says why. */
  private onText(lang?: string): void {
    const completion = this.completion.value;
    const reference = this.reference.value;
    let valid = true;
    for (const [box, name, text] of [
      [this.completion, 'completion', completion],
      [this.reference, 'reference answer', reference],
    ] as const) {
      let message = '';
      let invalid = false;
      try {
        checkLength(name, text);
        // The box's maxlength cuts a longer paste silently; say so.
        if (text.length === MAX_INPUT_CHARS) {
          message = `The ${name} is at the limit of ${MAX_INPUT_CHARS.toLocaleString('en-US')} characters; a longer paste is cut there.`;
        }
      } catch (error) {
        message = `${(error as Error).message} Shorten it; the results below are for the last valid input.`;
        invalid = true;
        valid = false;
      }
      showText(this.querySelector(`#${box.id}-msg`)!, message);
      if (invalid) box.setAttribute('aria-invalid', 'true');
      else box.removeAttribute('aria-invalid');
    }
    if (valid) this.set({ c: completion, ref: reference, ...(lang ? { lang } : {}) });
  }

  protected render(): void {
    const { c: completion, ref: reference } = this.state;
    const lang = targetLanguage(this.state.lang);
    const scored = this.scored;
    const parts = partsOf(completion);
    for (const button of this.querySelectorAll<HTMLButtonElement>('button[data-part]')) {
      button.setAttribute('aria-pressed', String(parts[button.dataset.part as CompletionPart] ?? false));
    }
    if (!scored || scored.completion !== completion || scored.reference !== reference || scored.lang !== lang) {
      if (completion.length + reference.length > SYNC_SCORE_CHARS && this.scoreWorker()) {
        // Keep the last result on screen until the worker answers (then set({}) draws it).
        this.request = { id: (this.request?.id ?? 0) + 1, completion, reference, lang };
        this.scoreWorker()!.postMessage(this.request);
        this.out('result').setAttribute('aria-busy', 'true');
        this.announce('');
        return;
      }
      this.scored = { completion, reference, lang, view: rewardPlaygroundView(completion, reference, lang) };
    }
    const { view } = this.scored!;
    this.out('result').removeAttribute('aria-busy');
    for (const [name, text] of Object.entries(view.cells)) this.out(name).textContent = text;
    for (const [name, width] of Object.entries(view.bars)) this.querySelector<HTMLElement>(`[data-bar="${name}"]`)!.style.width = `${width}%`;
    this.announce(view.sentence);
    // Other widgets (the GRPO explorer) may read the latest totals.
    this.dataset.totalR1Zero = String(view.totals.r1Zero);
    this.dataset.totalStage2 = String(view.totals.stage2);
    this.dispatchEvent(new CustomEvent('rewards-change', { bubbles: true }));
  }

  /** The worker, started on first use; null where it cannot run. */
  private scoreWorker(): Worker | null {
    if (this.worker !== undefined) return this.worker;
    try {
      this.worker = new Worker(new URL('./score-worker.ts', import.meta.url), { type: 'module' });
    } catch {
      this.worker = null;
      return null;
    }
    const onPage = () => {
      // Score on the page from now on (the result comes by the usual guarded path).
      this.worker?.terminate();
      this.worker = null;
      this.set({});
    };
    this.listen<MessageEvent<ScoreReply>>(this.worker, 'message', ({ data }) => {
      const request = this.request;
      if (!request || data.id !== request.id) return;
      if ('error' in data) {
        onPage();
        return;
      }
      const { completion, reference, lang } = request;
      this.scored = { completion, reference, lang, view: describeScore(data.report, lang) };
      // Draws it if the boxes still hold these texts (otherwise a newer request is on its way).
      this.set({});
    });
    this.listen(this.worker, 'error', onPage);
    return this.worker;
  }
}

defineWidgetElement(rewardPlayground.id, RewardPlaygroundWidget);
