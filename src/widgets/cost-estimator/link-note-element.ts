/**
 * KIT CANDIDATE: a WidgetElement whose note about a shared link's bad values is worded by the widget.
 * The kit's base class says "Ignored from the link: …"; the cost estimator and the distillation chart
 * have always said it in their own sentence (their tests check it), so they extend this class and
 * implement linkNote(). In the kit this would be one overridable `protected linkNote(problems)` in
 * WidgetElement, and this file would go. Used by src/widgets/distillation-chart/element.ts too.
 */
import { WidgetElement } from '../kit/element';
import type { Fields } from '../kit/schema';
import { readState } from '../kit/url-state';

export abstract class LinkNoteWidgetElement<F extends Fields> extends WidgetElement<F> {
  private linkChecked = false;

  /** The note shown when the link held values the widget ignored (`problems` in the kit's words). */
  protected abstract linkNote(problems: string[]): string;

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.linkChecked) return;
    this.linkChecked = true;
    // The same pure read the base class just made (legacy prefixes count for the first instance only).
    const legacy = this.names.prefix === this.spec.id ? this.spec.legacyPrefixes : [];
    const { problems } = readState(this.names.prefix, this.spec.fields, window.location.search, legacy);
    if (problems.length) this.note(this.linkNote(problems));
  }
}
