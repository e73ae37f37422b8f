/**
 * Build-time numbering of widget instances: the first <MajorityVote /> on a page is instance 1, the second
 * instance 2, and so on. The counter lives in Astro.locals, which is fresh for every page, so the ids in a
 * page's HTML depend only on that page (two builds give the same bytes) and two instances never collide.
 */
import { defaultState, widgetNames, type Fields, type WidgetSpec } from './schema';

export interface WidgetLocals {
  widgetInstances?: Record<string, number>;
}

export function claimInstance<F extends Fields>(locals: WidgetLocals, spec: WidgetSpec<F>) {
  const counts = (locals.widgetInstances ??= {});
  const instance = (counts[spec.id] = (counts[spec.id] ?? 0) + 1);
  return { instance, ...widgetNames(spec.id, instance), defaults: defaultState(spec) };
}
