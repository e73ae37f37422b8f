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
}

export interface StageView {
  n: number;
  id: string;
  title: string;
  kicker: string;
  fields: { key: string; label: string; facts: FactView[] }[];
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
  const fact = (f: Fact): FactView => ({
    size: f.size,
    parts: textParts(f.text),
    cite: cite(f.source),
    see: f.see && { href: stageHash(f.see, prefix), label: `See ${seeLabel(f.see)}` },
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
      stages: track.stages.map((stage, i) => ({
        n: i + 1,
        id: stageId(track.id, i + 1, prefix),
        title: stage.title,
        kicker: `Stage ${i + 1} of ${track.stages.length}`,
        fields: stageFields.map(({ key, label }) => ({ key, label, facts: stage[key].map(fact) })),
      })),
    })),
    status: stageStatus(first.name, 1, first.stages.length, first.stages[0]!.title),
  };
}
