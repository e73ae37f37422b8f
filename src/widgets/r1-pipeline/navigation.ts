/**
 * Navigation logic for the R1 pipeline explorer: stage ids, the URL hash that names a stage,
 * and moving between stages and tracks. Pure functions, no DOM, so the same rules run at build
 * time (ids in the static HTML) and in the browser (hash parsing, keyboard handling).
 *
 * A stage is addressed as `<prefix>-<track>-<n>`, n counting from 1, e.g. `stage-r1-3` for the
 * third stage of the R1 track. Track ids may contain hyphens (`r1-zero`), so parsing matches the
 * known track ids rather than splitting on `-`.
 */
import type { TrackShape } from '~/data/r1-pipeline';
import { STAGE_PREFIX } from './schema';

/** One stage of one track; `stage` counts from 1. */
export interface StageRef {
  track: string;
  stage: number;
}

/** Longest hash we are willing to look at; anything longer cannot be one of ours. */
const MAX_HASH_LENGTH = 200;

/** The element id (and hash without `#`) of a stage, e.g. `stage-r1-3`. */
export function stageId(track: string, stage: number, prefix: string = STAGE_PREFIX): string {
  return `${prefix}-${track}-${stage}`;
}

/** The URL hash of a stage, e.g. `#stage-r1-3`. */
export function stageHash(ref: StageRef, prefix: string = STAGE_PREFIX): string {
  return `#${stageId(ref.track, ref.stage, prefix)}`;
}

/** The element id a URL hash names, decoded; null for one too long or malformed to be ours. */
function hashId(hash: string): string | null {
  if (typeof hash !== 'string' || hash.length > MAX_HASH_LENGTH) return null;
  // Browsers percent-encode some characters in location.hash; our ids are plain ASCII, so a
  // decoding failure simply means "not ours".
  try {
    return decodeURIComponent(hash.startsWith('#') ? hash.slice(1) : hash);
  } catch {
    return null;
  }
}

/**
 * Read a URL hash such as `#stage-r1-3`. Returns null for anything that is not exactly the id of
 * an existing stage (unknown track, stage 0, stage past the end, leading zeros, extra text).
 */
export function parseStageHash(
  hash: string,
  tracks: readonly TrackShape[],
  prefix: string = STAGE_PREFIX,
): StageRef | null {
  const id = hashId(hash);
  const head = `${prefix}-`;
  if (id === null || !id.startsWith(head)) return null;
  const rest = id.slice(head.length);
  // Try longer ids first so `r1-zero-1` is not read as track `r1`, stage `zero-1`.
  const byLength = [...tracks].sort((a, b) => b.id.length - a.id.length);
  for (const track of byLength) {
    if (!rest.startsWith(`${track.id}-`)) continue;
    const digits = rest.slice(track.id.length + 1);
    if (!/^[1-9]\d{0,3}$/.test(digits)) continue;
    const stage = Number(digits);
    if (stage <= track.stageCount) return { track: track.id, stage };
  }
  return null;
}

/**
 * The track whose tab, panel or heading a URL hash names (`#stage-tab-r1`, `#stage-panel-r1`,
 * `#stage-heading-r1`: real ids of the explorer's own elements), or null.
 */
export function parseTrackHash(hash: string, tracks: readonly TrackShape[], prefix: string = STAGE_PREFIX): string | null {
  const id = hashId(hash);
  for (const part of ['tab', 'panel', 'heading']) {
    const head = `${prefix}-${part}-`;
    if (id === null || !id.startsWith(head)) continue;
    const track = tracks.find((t) => t.id === id.slice(head.length));
    if (track) return track.id;
  }
  return null;
}

function findTrack(tracks: readonly TrackShape[], id: string): TrackShape {
  const track = tracks.find((t) => t.id === id);
  if (!track) throw new Error(`unknown track "${id}"`);
  return track;
}

/** Clamp a stage number into 1..stageCount of its track. */
export function clampStage(ref: StageRef, tracks: readonly TrackShape[]): StageRef {
  const { stageCount } = findTrack(tracks, ref.track);
  const stage = Math.min(Math.max(1, Math.trunc(ref.stage) || 1), stageCount);
  return { track: ref.track, stage };
}

/** The stage `delta` steps away within the same track, stopping at the first and last stage. */
export function stepStage(ref: StageRef, delta: number, tracks: readonly TrackShape[]): StageRef {
  return clampStage({ track: ref.track, stage: ref.stage + delta }, tracks);
}

export function hasPrev(ref: StageRef): boolean {
  return ref.stage > 1;
}

export function hasNext(ref: StageRef, tracks: readonly TrackShape[]): boolean {
  return ref.stage < findTrack(tracks, ref.track).stageCount;
}

/** What a key press asks for, following the WAI-ARIA tabs pattern (horizontal). */
export type NavAction = 'prev' | 'next' | 'first' | 'last';

/**
 * Map a keyboard key to a navigation action. Only Left/Right/Home/End are used, so Up/Down
 * keep scrolling the page. Returns null for every other key.
 */
export function keyToAction(key: string): NavAction | null {
  switch (key) {
    case 'ArrowLeft':
      return 'prev';
    case 'ArrowRight':
      return 'next';
    case 'Home':
      return 'first';
    case 'End':
      return 'last';
    default:
      return null;
  }
}

/** The track a tablist key moves to: prev/next wrap around, as the tabs pattern recommends. */
export function moveTrack(current: string, action: NavAction, tracks: readonly TrackShape[]): string {
  const i = tracks.findIndex((t) => t.id === current);
  if (i < 0) throw new Error(`unknown track "${current}"`);
  const n = tracks.length;
  const j = action === 'first' ? 0 : action === 'last' ? n - 1 : action === 'next' ? (i + 1) % n : (i - 1 + n) % n;
  return tracks[j]!.id;
}

/** The stage a stepper key moves to: prev/next stop at the ends (a pipeline does not wrap). */
export function moveStage(ref: StageRef, action: NavAction, tracks: readonly TrackShape[]): StageRef {
  const { stageCount } = findTrack(tracks, ref.track);
  switch (action) {
    case 'first':
      return { track: ref.track, stage: 1 };
    case 'last':
      return { track: ref.track, stage: stageCount };
    case 'next':
      return stepStage(ref, 1, tracks);
    case 'prev':
      return stepStage(ref, -1, tracks);
  }
}
