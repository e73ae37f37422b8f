/**
 * Everything the R1 pipeline explorer shows, from the pipeline data: the tabs, the stages with their
 * cited facts, the stepper's labels and the status line. R1Pipeline.astro renders the whole pipeline at
 * build time from r1PipelineView(); the browser element only moves between stages and uses stageStatus().
 * The data comes in as arguments (type-only imports), so the element's bundle carries none of it.
 */
import type { Fact, SourceRef, stageFields as StageFields, Track } from '../../data/r1-pipeline';
import type { Source } from '../../data/sources';
import { stageHash, stageId } from './navigation';

/** Short citation names for the sources the pipeline cites most; others use "first author year". */
const SHORT_NAMES: Record<string, string> = {
  'deepseek-r1': 'R1 paper',
  'deepseek-r1-repo': 'R1 repo',
  'deepseek-v3': 'V3 repo',
  'raschka-2025': 'Raschka',
};

export interface Citation {
  href: string;
  /** Shown in brackets: "R1 paper, §2.2". */
  text: string;
  /** The tooltip: title, venue and location. */
  title: string;
}

/** A run of a fact's text; `code` runs were between backticks in the data. */
export interface TextPart {
  text: string;
  code: boolean;
}

export interface FactView {
  size?: string;
  parts: TextPart[];
  cite: Citation;
  /** A "See …" link to a related stage of another track. */
  see?: { href: string; label: string };
  /** Shown only after "Show all facts" in the explorer (always shown without JavaScript); see factsOverBudget. */
  extra: boolean;
}

export interface StageView {
  n: number;
  id: string;
  title: string;
  kicker: string;
  fields: { key: string; label: string; facts: FactView[] }[];
  /** How many facts wait behind "Show all facts". */
  extraCount: number;
}

export interface TrackView {
  id: string;
  name: string;
  tabId: string;
  panelId: string;
  headingId: string;
  /** "4 stages" under the tab's name. */
  countLabel: string;
  summary: { text: string; cite: Citation };
  /** The line between the Previous and Next buttons. */
  keysHint: string;
  stages: StageView[];
}

export interface PipelineView {
  tracks: TrackView[];
  /** The status line for the first stage of the first track (the explorer's start). */
  status: string;
}

/** The status line under the explorer: "DeepSeek-R1: stage 3 of 4, Rejection sampling and SFT". */
export function stageStatus(trackName: string, stage: number, stageCount: number, title: string): string {
  return `${trackName}: stage ${stage} of ${stageCount}, ${title}`;
}

/**
 * Characters of fact text a stage shows at first in the explorer, so that the tabs, the strip and the stage
 * fit one screen at 1280×800 (the longest stage, R1-Zero's, has about 1,500).
 */
export const STAGE_TEXT_BUDGET = 750;

/**
 * Which facts of a stage wait behind "Show all facts": every part shows its first fact, then the stage
 * shows the second fact of every part, the third, and so on, while its text stays within `budget`
 * characters; from the first fact that would overflow it, the rest are extra. So no part is ever left
 * empty, and a part never shows a later fact while hiding an earlier one. Returns the flags per part.
 */
export function factsOverBudget(parts: readonly (readonly { text: string }[])[], budget: number = STAGE_TEXT_BUDGET): boolean[][] {
  const extra = parts.map((facts) => facts.map((_, k) => k > 0));
  let used = parts.reduce((sum, facts) => sum + (facts[0]?.text.length ?? 0), 0);
  const rounds = Math.max(0, ...parts.map((facts) => facts.length));
  for (let round = 1; round < rounds; round++) {
    for (const [p, facts] of parts.entries()) {
      const fact = facts[round];
      if (!fact) continue;
      used += fact.text.length;
      if (used > budget) return extra;
      extra[p]![round] = false;
    }
  }
  return extra;
}

/** A citation of `ref`; throws (failing the build) on a source key that src/data/sources.ts lacks. */
export function citation(ref: SourceRef, source: Source | undefined): Citation {
  if (!source || source.id !== ref.id) throw new Error(`R1Pipeline: unknown source "${ref.id}"`);
  const name = SHORT_NAMES[ref.id] ?? `${source.authors.split(',')[0]} ${source.year}`;
  return {
    href: `/reference/bibliography/#ref-${ref.id}`,
    text: ref.loc ? `${name}, ${ref.loc}` : name,
    title: `${source.title} (${source.venue})${ref.loc ? `, ${ref.loc}` : ''}`,
  };
}

/** Split a fact's text on backticks: the odd runs are code. */
export function textParts(text: string): TextPart[] {
  return text.split('`').map((part, i) => ({ text: part, code: i % 2 === 1 }));
}

/** The whole explorer as data, with every id under `prefix` (see stagePrefix in schema.ts). */
export function r1PipelineView(
  tracks: readonly Track[],
  sourceOf: (id: string) => Source | undefined,
  stageFields: typeof StageFields,
  prefix: string,
): PipelineView {
  const cite = (ref: SourceRef) => citation(ref, sourceOf(ref.id));
  const seeLabel = (see: NonNullable<Fact['see']>) => {
    const track = tracks.find((t) => t.id === see.track);
    const stage = track?.stages[see.stage - 1];
    if (!track || !stage) throw new Error(`R1Pipeline: "see" names a missing stage ${see.track} ${see.stage}`);
    return `${track.name}, stage ${see.stage}: ${stage.title}`;
  };
  const fact = (f: Fact, extra: boolean): FactView => ({
    size: f.size,
    parts: textParts(f.text),
    cite: cite(f.source),
    see: f.see && { href: stageHash(f.see, prefix), label: `See ${seeLabel(f.see)}` },
    extra,
  });
  const first = tracks[0]!;
  return {
    tracks: tracks.map((track) => ({
      id: track.id,
      name: track.name,
      tabId: `${prefix}-tab-${track.id}`,
      panelId: `${prefix}-panel-${track.id}`,
      headingId: `${prefix}-heading-${track.id}`,
      countLabel: `${track.stages.length} ${track.stages.length === 1 ? 'stage' : 'stages'}`,
      summary: { text: track.summary.text, cite: cite(track.summary.source) },
      keysHint:
        track.stages.length > 1
          ? 'Keys: ← and → move between stages, Home and End jump to the first and last.'
          : `${track.name.replace(/^DeepSeek-/, '')} has a single training stage.`,
      stages: track.stages.map((stage, i) => {
        const extra = factsOverBudget(stageFields.map(({ key }) => stage[key]));
        return {
          n: i + 1,
          id: stageId(track.id, i + 1, prefix),
          title: stage.title,
          kicker: `Stage ${i + 1} of ${track.stages.length}`,
          fields: stageFields.map(({ key, label }, p) => ({ key, label, facts: stage[key].map((f, k) => fact(f, extra[p]![k]!)) })),
          extraCount: extra.flat().filter(Boolean).length,
        };
      }),
    })),
    status: stageStatus(first.name, 1, first.stages.length, first.stages[0]!.title),
  };
}
