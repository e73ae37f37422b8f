/** The R1 pipeline explorer's view: the pipeline data in, ids, citations, labels and the status line out. */
import { describe, expect, it } from 'vitest';
import { stageFields, tracks } from '../../src/data/r1-pipeline';
import { sourcesById } from '../../src/data/sources';
import { STAGE_PREFIX, stagePrefix } from '../../src/widgets/r1-pipeline/schema';
import { citation, factsOverBudget, r1PipelineView, STAGE_TEXT_BUDGET, stageStatus, textParts } from '../../src/widgets/r1-pipeline/view';

const view = (prefix = STAGE_PREFIX) => r1PipelineView(tracks, (id) => sourcesById.get(id), stageFields, prefix);

describe('r1-pipeline view', () => {
  it('keeps the stage ids of shared links for the first explorer and gives later ones their own', () => {
    expect(stagePrefix('r1-pipeline')).toBe('stage');
    expect(stagePrefix('r1-pipeline-2')).toBe('r1-pipeline-2');
    const r1 = view().tracks.find((t) => t.id === 'r1')!;
    expect(r1).toMatchObject({ tabId: 'stage-tab-r1', panelId: 'stage-panel-r1', headingId: 'stage-heading-r1', countLabel: '4 stages' });
    expect(r1.stages.map((s) => s.id)).toEqual(['stage-r1-1', 'stage-r1-2', 'stage-r1-3', 'stage-r1-4']);
    expect(r1.stages[2]).toMatchObject({ n: 3, title: 'Rejection sampling and SFT', kicker: 'Stage 3 of 4' });
    expect(view('r1-pipeline-2').tracks[1]!.stages[0]!.id).toBe('r1-pipeline-2-r1-1');
  });

  it('labels the stepper and the status line', () => {
    const v = view();
    expect(v.tracks.map((t) => t.keysHint)).toEqual([
      'R1-Zero has a single training stage.',
      'Keys: ← and → move between stages, Home and End jump to the first and last.',
      'Keys: ← and → move between stages, Home and End jump to the first and last.',
    ]);
    expect(v.tracks.map((t) => t.countLabel)).toEqual(['1 stage', '4 stages', '2 stages']);
    expect(v.status).toBe('DeepSeek-R1-Zero: stage 1 of 1, Pure RL on the base model');
    expect(stageStatus('DeepSeek-R1', 3, 4, 'Rejection sampling and SFT')).toBe('DeepSeek-R1: stage 3 of 4, Rejection sampling and SFT');
  });

  it('cites sources by short name and location, and fails on an unknown key', () => {
    expect(citation({ id: 'deepseek-r1', loc: '§2.2' }, sourcesById.get('deepseek-r1'))).toMatchObject({
      href: '/reference/bibliography/#ref-deepseek-r1',
      text: 'R1 paper, §2.2',
    });
    expect(citation({ id: 'raschka-2025' }, sourcesById.get('raschka-2025')).text).toBe('Raschka');
    expect(() => citation({ id: 'nope' }, undefined)).toThrow('unknown source "nope"');
  });

  it('splits code out of the text and links related stages', () => {
    expect(textParts('between `<think>` and `</think>`.')).toEqual([
      { text: 'between ', code: false },
      { text: '<think>', code: true },
      { text: ' and ', code: false },
      { text: '</think>', code: true },
      { text: '.', code: false },
    ]);
    const distill = view().tracks.find((t) => t.id === 'r1-distill')!;
    const see = distill.stages[0]!.fields.find((f) => f.key === 'input')!.facts[0]!.see;
    expect(see).toEqual({ href: '#stage-r1-3', label: 'See DeepSeek-R1, stage 3: Rejection sampling and SFT' });
  });

  it('reads the ids of its own tabs, panels and headings as their track, not as unknown stages', async () => {
    const { parseStageHash, parseTrackHash } = await import('../../src/widgets/r1-pipeline/navigation');
    const { trackShapes } = await import('../../src/data/r1-pipeline');
    for (const track of view().tracks) {
      for (const id of [track.tabId, track.panelId, track.headingId]) {
        expect(parseTrackHash(`#${id}`, trackShapes)).toBe(track.id);
        expect(parseStageHash(`#${id}`, trackShapes)).toBeNull();
      }
    }
    // Hyphenated track ids match whole: r1-zero is not r1.
    expect(parseTrackHash('#stage-tab-r1-zero', trackShapes)).toBe('r1-zero');
    expect(parseTrackHash('#r1-pipeline-2-tab-r1', trackShapes, 'r1-pipeline-2')).toBe('r1');
    for (const hash of ['#stage-tab-r2', '#stage-tab-', '#stage-r1-3', '#stage-tab-r1%E0%A4%A', `#stage-tab-${'r'.repeat(300)}`]) {
      expect(parseTrackHash(hash, trackShapes), hash).toBeNull();
    }
  });

  it('opens a long stage with the first fact of every part, then more rounds of facts while the text budget lasts', () => {
    const facts = (...lengths: number[]) => lengths.map((n) => ({ text: 'x'.repeat(n) }));
    // Round 0 always shows (300 + 200 + 100); round 1 adds 150 (750), then 100 overflows: it and all later are extra.
    expect(factsOverBudget([facts(300, 150, 50), facts(200, 100), facts(100)], 750)).toEqual([
      [false, false, true],
      [false, true],
      [false],
    ]);
    // First facts longer than the budget on their own still show; an empty part stays empty.
    expect(factsOverBudget([facts(900, 10), [], facts(5)], 750)).toEqual([[false, true], [], [false]]);
    expect(factsOverBudget([facts(10, 10), facts(10)], 750)).toEqual([[false, false], [false]]);
  });

  it('marks the extra facts of the real stages and counts them for the button', () => {
    const stagesOf = (track: string) => view().tracks.find((t) => t.id === track)!.stages;
    for (const track of view().tracks) {
      for (const stage of track.stages) {
        const flags = stage.fields.map((f) => f.facts.map((fact) => fact.extra));
        // Every part keeps its first fact; within a part, shown facts come before extra ones.
        for (const part of flags) {
          if (part.length > 0) expect(part[0]).toBe(false);
          expect(part).toEqual([...part].sort((a, b) => Number(a) - Number(b)));
        }
        expect(stage.extraCount).toBe(flags.flat().filter(Boolean).length);
        // Nothing is lost: shown and extra facts together are the stage's facts.
        expect(flags.flat().length).toBe(stage.fields.reduce((n, f) => n + f.facts.length, 0));
      }
    }
    // R1-Zero's one stage (about 1,500 characters) opens with one fact per part; short stages open whole.
    const zero = stagesOf('r1-zero')[0]!;
    expect(zero.fields.map((f) => f.facts.filter((fact) => !fact.extra).length)).toEqual([1, 1, 1, 1, 1]);
    expect(zero.extraCount).toBe(8);
    expect(stagesOf('r1-distill').map((s) => s.extraCount)).toEqual([0, 0]);
    expect(STAGE_TEXT_BUDGET).toBeGreaterThan(0);
  });
});
