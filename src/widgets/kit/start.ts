/**
 * When a widget starts. The page ships each widget's default view as static HTML, so nothing needs its
 * script until the reader gets near it: starting every widget while a long page loads put all their
 * first renders (and the layouts they force) into the load, which is what made phones wait. A widget
 * starts
 *   - at once when the link carries its state (its query keys, or a fragment it may own), so shared
 *     links restore on load exactly as before;
 *   - when it comes within START_MARGIN of the viewport, before the reader sees it, so a first render
 *     that changes its height moves nothing on screen;
 *   - synchronously on the first event inside it (a press, focus, key, input or change), before that
 *     event reaches the controls: the listeners the start adds still receive it;
 *   - when the fragment changes to something it may own (hashchange).
 * Starts from the observer run one per task, so no task holds several widgets' first renders.
 */
import { linkNamesPrefix } from './url-state';

/** Start this far (a fraction of the viewport) above and below it. */
export const START_MARGIN = '50% 0px';

/** Events that start a waiting widget before they reach its controls (capture phase). */
const STARTING_EVENTS = ['pointerdown', 'focusin', 'keydown', 'input', 'change', 'click'] as const;

/** A widget element as the scheduler sees it: start(trigger) runs its first render, once. */
export interface Startable extends HTMLElement {
  start(trigger?: EventTarget | null): void;
}

const waiting = new Set<Startable>();
const queued: Startable[] = [];
let observer: IntersectionObserver | undefined;
let draining = false;

/**
 * Whether the page's URL names this widget: a query key under one of its prefixes, or a fragment that
 * names no element on the page (a widget's own state, like the R1 pipeline's #stage-r1-3) or one inside it.
 */
export function urlNamesWidget(element: Element, prefixes: readonly string[]): boolean {
  if (linkNamesPrefix(window.location.search, prefixes)) return true;
  return fragmentMayBelongTo(element);
}

/**
 * The id the URL's fragment names; a malformed escape names none. The same rule as src/site/scroll-spy.ts,
 * written out here: importing it would make that module a chunk of its own, one more file on every page.
 */
function fragmentId(hash: string): string {
  try {
    return decodeURIComponent(hash.replace(/^#/, ''));
  } catch {
    return '';
  }
}

function fragmentMayBelongTo(element: Element): boolean {
  const id = fragmentId(window.location.hash);
  if (!id) return false;
  const target = document.getElementById(id);
  return target === null || element.contains(target);
}

/** Start `widget` when the reader needs it (see the header); `start` is called once. */
export function startWhenNeeded(widget: Startable): void {
  waiting.add(widget);
  const onEvent = (event: Event) => {
    for (const type of STARTING_EVENTS) widget.removeEventListener(type, onEvent, true);
    if (waiting.has(widget)) startNow(widget, event.target);
  };
  for (const type of STARTING_EVENTS) widget.addEventListener(type, onEvent, true);
  if (typeof IntersectionObserver === 'undefined') {
    queue(widget);
    return;
  }
  observer ??= new IntersectionObserver(
    (entries) => {
      for (const entry of entries) if (entry.isIntersecting) queue(entry.target as Startable);
    },
    { rootMargin: START_MARGIN },
  );
  observer.observe(widget);
  if (waiting.size === 1) addEventListener('hashchange', startOwnersOfFragment);
}

function startOwnersOfFragment(): void {
  for (const widget of [...waiting]) if (fragmentMayBelongTo(widget)) startNow(widget, null);
}

function startNow(widget: Startable, trigger: EventTarget | null): void {
  if (!waiting.delete(widget)) return;
  observer?.unobserve(widget);
  widget.start(trigger);
}

function queue(widget: Startable): void {
  if (!waiting.has(widget) || queued.includes(widget)) return;
  queued.push(widget);
  if (!draining) {
    draining = true;
    setTimeout(drainOne, 0);
  }
}

/** One widget per task: the next waits for the following task. */
function drainOne(): void {
  const widget = queued.shift();
  if (widget) startNow(widget, null);
  if (queued.length) setTimeout(drainOne, 0);
  else draining = false;
}
