/**
 * The R1 pipeline explorer's parameters. It has no query parameters: its one piece of state, the stage
 * shown, lives in the URL fragment (`#stage-r1-3`), which is also the stage's element id, so the same
 * link scrolls to the stage without JavaScript and opens it in the explorer with JavaScript.
 */
import { defineWidget } from '../kit/schema';

export const r1Pipeline = defineWidget({
  id: 'r1-pipeline',
  fields: {},
});

/** Prefix of the stage ids and fragments of the first explorer on a page (`#stage-r1-3`; shared links use it). */
export const STAGE_PREFIX = 'stage';

/**
 * Prefix of every id inside one explorer (stages, tabs, panels, headings): `stage` for the first on a
 * page, whose links predate the widget contract, and the instance id (`r1-pipeline-2`) for later ones,
 * which cannot be mistaken for the first one's stage links.
 */
export function stagePrefix(instanceId: string): string {
  return instanceId === r1Pipeline.id ? STAGE_PREFIX : instanceId;
}
