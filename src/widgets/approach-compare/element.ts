/** <approach-compare-widget>: the four questions, answered live, on the kit's WidgetElement. */
import { defineWidgetElement, WidgetElement } from '../kit/element';
import { createHtmlNodes } from './html';
import { approachCompare } from './schema';
import { approachCompareView, type SourceTitles } from './view';

class ApproachCompareWidget extends WidgetElement<typeof approachCompare.fields> {
  protected readonly spec = approachCompare;
  private titles: SourceTitles = {};

  protected setup(): void {
    // The build wrote the cited sources' titles into the markup, so the bundle does not carry the bibliography.
    this.titles = JSON.parse(this.dataset.sourceTitles ?? '{}') as SourceTitles;
    // Open in the static page, so the table shows without JavaScript; a disclosure once the questions work.
    this.out<HTMLDetailsElement>('details').open = false;
  }

  protected render(): void {
    const view = approachCompareView(this.state, this.titles);
    this.out('scenario').textContent = view.scenario;
    this.out('summary').textContent = view.summary;
    this.out('caveat').textContent = view.caveat;
    this.out('rows').replaceChildren(...createHtmlNodes(view.rows));
    this.announce(view.sentence);
  }
}

defineWidgetElement(approachCompare.id, ApproachCompareWidget);
