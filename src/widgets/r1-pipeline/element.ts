/**
 * <r1-pipeline-widget>: turns the static pipeline (every track a section, every stage a list item) into
 * tabs of tracks with a stage stepper. The stage shown is kept in the URL fragment (`#stage-r1-3`), with
 * replaceState so moving between stages adds no history entries; following a link to a fragment (or
 * changing it by hand) opens that stage. The fragment is written through the kit's rate-limited URL writer,
 * so a key held down on the tabs cannot run into the browser's navigation throttle. The stage strip can be
 * pressed and dragged along (kit/drag's slotAt picks the stage under the pointer), like scrubbing a timeline.
 */
import type { TrackShape } from '~/data/r1-pipeline';
import { slotAt } from '../kit/drag';
import { defineWidgetElement, WidgetElement } from '../kit/element';
import { quote } from '../kit/schema';
import {
  hasNext, hasPrev, keyToAction, moveStage, moveTrack, parseStageHash, parseTrackHash, stageHash, type NavAction, type StageRef,
} from './navigation';
import { r1Pipeline, stagePrefix } from './schema';
import { stageStatus } from './view';

/** Modifier keys leave the arrow keys to the browser (text selection, history). */
const plainKey = (e: KeyboardEvent) => !(e.altKey || e.ctrlKey || e.metaKey || e.shiftKey);

class R1PipelineWidget extends WidgetElement<typeof r1Pipeline.fields> {
  protected readonly spec = r1Pipeline;
  private idPrefix = '';
  private shapes: TrackShape[] = [];
  private current: StageRef = { track: '', stage: 1 };
  /** The stage last shown in each track, so switching tracks back returns to it. */
  private readonly lastStage = new Map<string, number>();
  /** Scroll the explorer into view on the next render (the page was opened at a stage's fragment). */
  private scrollOnRender = false;

  protected setup(): void {
    this.idPrefix = stagePrefix(this.names.instanceId);
    const panels = this.panels();
    this.shapes = panels.map((panel) => ({
      id: panel.dataset.track ?? '',
      stageCount: panel.querySelectorAll('.r1-pipeline-stage').length,
    }));

    // Turn the static sections into tab panels with a stepper each.
    this.querySelector<HTMLElement>('.r1-pipeline-tabs')!.hidden = false;
    this.querySelector<HTMLElement>('.r1-pipeline-status-wrap')!.hidden = false;
    for (const panel of panels) {
      panel.setAttribute('role', 'tabpanel');
      panel.setAttribute('aria-labelledby', `${this.idPrefix}-tab-${panel.dataset.track}`);
      // The tab shows the track name; the heading stays for screen readers and the heading outline.
      panel.querySelector('.r1-pipeline-track-title')!.classList.add('sr-only');
      panel.querySelector<HTMLElement>('.r1-pipeline-stepper')!.hidden = false;
    }
    this.dataset.enhanced = 'true';

    const tablist = this.querySelector<HTMLElement>('.r1-pipeline-tabs')!;
    this.listen(tablist, 'click', (e) => {
      const tab = (e.target as Element).closest<HTMLElement>('[role="tab"]');
      if (tab?.dataset.track) this.selectTrack(tab.dataset.track, false);
    });
    this.listen<KeyboardEvent>(tablist, 'keydown', (e) => {
      const action = plainKey(e) ? keyToAction(e.key) : null;
      if (!action) return;
      e.preventDefault();
      this.selectTrack(moveTrack(this.current.track, action, this.shapes), true);
    });
    for (const button of this.querySelectorAll<HTMLButtonElement>('.r1-pipeline-more')) {
      this.listen(button, 'click', () => this.toggleFacts(button));
    }
    for (const panel of panels) {
      const stepper = panel.querySelector<HTMLElement>('.r1-pipeline-stepper')!;
      this.listen(stepper, 'click', (e) => {
        const target = e.target as Element;
        if (target.closest('.r1-pipeline-prev')) this.step('prev', false);
        else if (target.closest('.r1-pipeline-next')) this.step('next', false);
        else {
          const step = target.closest<HTMLElement>('.r1-pipeline-step');
          if (step) this.go({ track: this.current.track, stage: Number(step.dataset.stage) }, false);
        }
      });
      this.dragAlong(panel.querySelector<HTMLElement>('.r1-pipeline-steps')!);
      this.listen<KeyboardEvent>(stepper, 'keydown', (e) => {
        const action = plainKey(e) ? keyToAction(e.key) : null;
        if (!action) return;
        e.preventDefault();
        this.step(action, !!(e.target as Element).closest('.r1-pipeline-step'));
      });
    }

    const fromHash = this.readHash(true);
    this.current = fromHash ?? { track: this.shapes[0]!.id, stage: 1 };
    this.scrollOnRender = !!fromHash;
    // The browser keeps scrolling to the fragment (the stage) until the page has loaded; scroll once
    // more afterwards so the tabs and stepper above the stage are in view too.
    if (fromHash && document.readyState !== 'complete') {
      window.addEventListener('load', () => this.scrollIntoView({ block: 'start' }), { once: true });
    }
    this.listen(window, 'hashchange', () => {
      const ref = this.readHash(false);
      if (ref) this.show(ref, true);
    });
  }

  /**
   * The stage named by the URL fragment, or null. A fragment that looks like one of ours but names no
   * stage (a mistyped or tampered link) gets a visible note; other fragments are left alone.
   */
  private readHash(initial: boolean): StageRef | null {
    const hash = window.location.hash;
    const track = parseTrackHash(hash, this.shapes, this.idPrefix);
    // A tab's, panel's or heading's id opens that track (at the stage it last showed).
    const ref = parseStageHash(hash, this.shapes, this.idPrefix) ?? (track ? { track, stage: this.lastStage.get(track) ?? 1 } : null);
    let id: string;
    try {
      id = decodeURIComponent(hash.slice(1));
    } catch {
      id = hash.slice(1);
    }
    // Any other id of an element inside the explorer is one of ours, not a mistyped stage.
    const inside = id !== '' && this.contains(document.getElementById(id));
    const looksOurs = !ref && !inside && id.startsWith(`${this.idPrefix}-`);
    this.note(
      looksOurs
        ? `The link names a stage that does not exist (${quote(hash, 40)}). ${initial ? 'Showing the first stage instead.' : 'The explorer stays where it was.'}`
        : '',
    );
    return ref;
  }

  /** "Show all facts" of a long stage, and back. */
  private toggleFacts(button: HTMLButtonElement): void {
    const stage = button.closest<HTMLElement>('.r1-pipeline-stage')!;
    const open = !stage.hasAttribute('data-expanded');
    stage.toggleAttribute('data-expanded', open);
    button.setAttribute('aria-expanded', String(open));
    button.textContent = open ? 'Show fewer facts' : `Show all facts (${button.dataset.more} more)`;
  }

  /** Press and drag along a track's strip of stages: the stage under the pointer is shown as it moves. */
  private dragAlong(strip: HTMLElement): void {
    let dragging: number | undefined;
    const showAt = (clientX: number) => {
      const box = strip.getBoundingClientRect();
      const count = strip.querySelectorAll('.r1-pipeline-step').length;
      this.go({ track: this.current.track, stage: slotAt(clientX, box.left, box.right, count) + 1 }, false);
    };
    this.listen<PointerEvent>(strip, 'pointerdown', (e) => {
      if (e.button !== 0 || dragging !== undefined) return;
      dragging = e.pointerId;
      strip.setPointerCapture(e.pointerId);
      showAt(e.clientX);
    });
    this.listen<PointerEvent>(strip, 'pointermove', (e) => {
      if (e.pointerId === dragging) showAt(e.clientX);
    });
    const stop = (e: PointerEvent) => {
      if (e.pointerId === dragging) dragging = undefined;
    };
    this.listen<PointerEvent>(strip, 'pointerup', stop);
    this.listen<PointerEvent>(strip, 'pointercancel', stop);
  }

  private panels(): HTMLElement[] {
    return [...this.querySelectorAll<HTMLElement>(':scope > .r1-pipeline-track')];
  }

  private selectTrack(track: string, focusTab: boolean): void {
    this.go({ track, stage: this.lastStage.get(track) ?? 1 }, false);
    if (focusTab) this.querySelector<HTMLElement>(`#${CSS.escape(`${this.idPrefix}-tab-${track}`)}`)?.focus();
  }

  private step(action: NavAction, focusStep: boolean): void {
    this.go(moveStage(this.current, action, this.shapes), focusStep);
  }

  /** Show a stage after a reader's action: replace the fragment and optionally focus its step button. */
  private go(ref: StageRef, focusStep: boolean): void {
    const changed = ref.track !== this.current.track || ref.stage !== this.current.stage;
    this.show(ref, false);
    if (changed) {
      this.note('');
      this.commitUrl();
    }
    if (focusStep) this.currentPanel()?.querySelector<HTMLElement>('.r1-pipeline-step[aria-current="step"]')?.focus();
    if (changed) this.revealStage();
  }

  /**
   * On a phone the stepper sticks under the page header while the reader scrolls through a stage; a new
   * stage then starts above the screen, so scroll its heading back up to just under the stepper.
   */
  private revealStage(): void {
    const panel = this.currentPanel();
    const stepper = panel?.querySelector<HTMLElement>('.r1-pipeline-stepper');
    const stage = panel?.querySelector<HTMLElement>(`.r1-pipeline-stage[data-stage="${this.current.stage}"]`);
    if (!stepper || !stage || getComputedStyle(stepper).position !== 'sticky') return;
    const gap = stage.getBoundingClientRect().top - stepper.getBoundingClientRect().bottom;
    if (gap < 0) window.scrollBy({ top: gap - 8 });
  }

  /** The stage's fragment is the explorer's state in the URL (it has no query parameters). */
  protected writeLink(url: URL): void {
    url.hash = stageHash(this.current, this.idPrefix);
  }

  private show(ref: StageRef, scroll: boolean): void {
    this.current = ref;
    this.scrollOnRender = scroll;
    this.render();
  }

  private currentPanel(): HTMLElement | undefined {
    return this.panels().find((panel) => panel.dataset.track === this.current.track);
  }

  /** Draw the current stage: selected tab, visible panel and stage, stepper state, status line. */
  protected render(): void {
    const ref = this.current;
    this.lastStage.set(ref.track, ref.stage);
    for (const tab of this.querySelectorAll<HTMLElement>('.r1-pipeline-tab')) {
      const selected = tab.dataset.track === ref.track;
      tab.setAttribute('aria-selected', String(selected));
      tab.tabIndex = selected ? 0 : -1;
    }
    for (const panel of this.panels()) {
      panel.hidden = panel.dataset.track !== ref.track;
      if (panel.hidden) continue;
      for (const stage of panel.querySelectorAll<HTMLElement>('.r1-pipeline-stage')) stage.hidden = Number(stage.dataset.stage) !== ref.stage;
      for (const button of panel.querySelectorAll<HTMLElement>('.r1-pipeline-step')) {
        const isCurrent = Number(button.dataset.stage) === ref.stage;
        if (isCurrent) button.setAttribute('aria-current', 'step');
        else button.removeAttribute('aria-current');
        button.tabIndex = isCurrent ? 0 : -1;
      }
      panel.querySelector('.r1-pipeline-prev')!.setAttribute('aria-disabled', String(!hasPrev(ref)));
      panel.querySelector('.r1-pipeline-next')!.setAttribute('aria-disabled', String(!hasNext(ref, this.shapes)));
      const count = this.shapes.find((shape) => shape.id === ref.track)!.stageCount;
      const title = panel.querySelector<HTMLElement>(`.r1-pipeline-stage[data-stage="${ref.stage}"]`)?.dataset.title ?? '';
      this.out('status').textContent = stageStatus(panel.dataset.name ?? '', ref.stage, count, title);
    }
    if (this.scrollOnRender) {
      this.scrollOnRender = false;
      // Scroll to the explorer, not just the stage, so the tabs and stepper stay in view.
      this.scrollIntoView({ block: 'start' });
    }
  }
}

defineWidgetElement(r1Pipeline.id, R1PipelineWidget);
