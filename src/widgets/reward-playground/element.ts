/**
 * <reward-playground-widget>: the live reward playground on the kit's WidgetElement. The boxes take up to
 * MAX_INPUT_CHARS; the link keeps a text only up to LINK_LIMIT (longer ones leave it at the default, and
 * the note says so). The latest totals are published on the element for the GRPO explorer.
 */
import { checkLength } from '~/lib/rewards';
import { defineWidgetElement, WidgetElement } from '../kit/element';
import { REWARD_EXAMPLES } from './examples';
import { rewardPlayground } from './schema';
import { linkable, linkNote, rewardPlaygroundView, targetLanguage } from './view';

/** Typing pauses this long before the completion is scored again. */
const SCORE_DELAY_MS = 150;

class RewardPlaygroundWidget extends WidgetElement<typeof rewardPlayground.fields> {
  protected readonly spec = rewardPlayground;
  private completion!: HTMLTextAreaElement;
  private reference!: HTMLInputElement;
  /** The texts last scored: what the boxes held at their last valid state (the state keeps the link's version). */
  private scored = { completion: '', reference: '' };
  private scoreTimer: ReturnType<typeof setTimeout> | undefined;

  protected setup(): void {
    this.completion = this.querySelector('textarea')!;
    this.reference = this.querySelector('input[type="text"]')!;
    this.completion.value = this.state.c;
    this.reference.value = this.state.ref;
    this.scored = { completion: this.state.c, reference: this.state.ref };

    const later = () => {
      clearTimeout(this.scoreTimer);
      this.scoreTimer = setTimeout(() => this.onText(), SCORE_DELAY_MS);
    };
    this.completion.addEventListener('input', later);
    this.reference.addEventListener('input', later);
    for (const button of this.querySelectorAll<HTMLButtonElement>('button[data-example]')) {
      button.addEventListener('click', () => {
        const example = REWARD_EXAMPLES.find((e) => e.id === button.dataset.example);
        if (!example) return;
        this.completion.value = example.completion;
        this.reference.value = example.reference;
        this.onText(example.target);
      });
    }
  }

  /** Score the boxes' texts; text over the length limit keeps the last valid result and says why. */
  private onText(lang?: string): void {
    clearTimeout(this.scoreTimer);
    const completion = this.completion.value;
    const reference = this.reference.value;
    let valid = true;
    for (const [box, name, text] of [
      [this.completion, 'completion', completion],
      [this.reference, 'reference answer', reference],
    ] as const) {
      let message = '';
      try {
        checkLength(name, text);
      } catch (error) {
        message = `${(error as Error).message} Shorten it; the results below are for the last valid input.`;
        valid = false;
      }
      this.querySelector(`#${box.id}-msg`)!.textContent = message;
      if (message) box.setAttribute('aria-invalid', 'true');
      else box.removeAttribute('aria-invalid');
    }
    if (!valid) return;
    this.scored = { completion, reference };
    const { fields } = this.spec;
    this.set({ c: linkable(completion, fields.c.default), ref: linkable(reference, fields.ref.default), ...(lang ? { lang } : {}) });
    this.note(linkNote(completion, reference));
  }

  protected render(): void {
    const view = rewardPlaygroundView(this.scored.completion, this.scored.reference, targetLanguage(this.state.lang));
    for (const [name, text] of Object.entries(view.cells)) this.out(name).textContent = text;
    this.announce(view.sentence);
    // Other widgets (the GRPO explorer) may read the latest totals.
    this.dataset.totalR1Zero = String(view.totals.r1Zero);
    this.dataset.totalStage2 = String(view.totals.stage2);
    this.dispatchEvent(new CustomEvent('rewards-change', { bubbles: true }));
  }
}

defineWidgetElement(rewardPlayground.id, RewardPlaygroundWidget);
