import { describe, expect, it } from 'vitest';
import {
  clampStage,
  hasNext,
  hasPrev,
  keyToAction,
  moveStage,
  moveTrack,
  parseStageHash,
  stageHash,
  stageId,
  stepStage,
} from '../../src/widgets/r1-pipeline/navigation';
import { allFacts, stageFields, trackShapes, tracks } from '../../src/data/r1-pipeline';
import { sourcesById } from '../../src/data/sources';

const shapes = trackShapes;
const track = (id: string) => tracks.find((t) => t.id === id)!;
const textOf = (id: string, stage: number) =>
  stageFields.flatMap(({ key }) => track(id).stages[stage - 1]![key].map((f) => f.text)).join(' ');

describe('stage ids and hashes', () => {
  it('builds ids and hashes', () => {
    expect(stageId('r1', 3)).toBe('stage-r1-3');
    expect(stageHash({ track: 'r1-zero', stage: 1 })).toBe('#stage-r1-zero-1');
    expect(stageId('r1', 2, 'pg')).toBe('pg-r1-2');
  });

  it('parses valid hashes, including track ids with hyphens', () => {
    expect(parseStageHash('#stage-r1-3', shapes)).toEqual({ track: 'r1', stage: 3 });
    expect(parseStageHash('#stage-r1-zero-1', shapes)).toEqual({ track: 'r1-zero', stage: 1 });
    expect(parseStageHash('stage-r1-distill-2', shapes)).toEqual({ track: 'r1-distill', stage: 2 });
    expect(parseStageHash('#pg-r1-4', shapes, 'pg')).toEqual({ track: 'r1', stage: 4 });
  });

  it('rejects everything else', () => {
    for (const bad of [
      '',
      '#',
      '#stage-r1-0',
      '#stage-r1-5',
      '#stage-r1-03',
      '#stage-r1-zero-2',
      '#stage-r2-1',
      '#stage-r1-1x',
      '#stage-r1-',
      '#stage-r1--1',
      '#stage-r1-1.5',
      '#Stage-r1-1',
      '#pg-r1-1',
      '#stage-r1-%E0%A4%A',
      `#stage-r1-${'9'.repeat(500)}`,
      '#<img src=x onerror=alert(1)>',
    ]) {
      expect(parseStageHash(bad, shapes), bad).toBeNull();
    }
  });

  it('round-trips every stage', () => {
    for (const t of shapes) {
      for (let n = 1; n <= t.stageCount; n++) {
        expect(parseStageHash(stageHash({ track: t.id, stage: n }), shapes)).toEqual({ track: t.id, stage: n });
      }
    }
  });
});

describe('navigation', () => {
  it('steps within a track and stops at the ends', () => {
    expect(stepStage({ track: 'r1', stage: 1 }, 1, shapes)).toEqual({ track: 'r1', stage: 2 });
    expect(stepStage({ track: 'r1', stage: 4 }, 1, shapes)).toEqual({ track: 'r1', stage: 4 });
    expect(stepStage({ track: 'r1', stage: 1 }, -1, shapes)).toEqual({ track: 'r1', stage: 1 });
    expect(clampStage({ track: 'r1-distill', stage: 9 }, shapes)).toEqual({ track: 'r1-distill', stage: 2 });
    expect(hasPrev({ track: 'r1', stage: 1 })).toBe(false);
    expect(hasNext({ track: 'r1', stage: 3 }, shapes)).toBe(true);
    expect(hasNext({ track: 'r1-zero', stage: 1 }, shapes)).toBe(false);
  });

  it('maps keys and moves like the tabs pattern', () => {
    expect(keyToAction('ArrowRight')).toBe('next');
    expect(keyToAction('ArrowLeft')).toBe('prev');
    expect(keyToAction('Home')).toBe('first');
    expect(keyToAction('End')).toBe('last');
    expect(keyToAction('ArrowDown')).toBeNull();
    expect(keyToAction('a')).toBeNull();
    // Tracks wrap around; stages do not.
    expect(moveTrack('r1-distill', 'next', shapes)).toBe('r1-zero');
    expect(moveTrack('r1-zero', 'prev', shapes)).toBe('r1-distill');
    expect(moveTrack('r1', 'first', shapes)).toBe('r1-zero');
    expect(moveTrack('r1', 'last', shapes)).toBe('r1-distill');
    expect(moveStage({ track: 'r1', stage: 2 }, 'last', shapes)).toEqual({ track: 'r1', stage: 4 });
    expect(moveStage({ track: 'r1', stage: 2 }, 'first', shapes)).toEqual({ track: 'r1', stage: 1 });
    expect(moveStage({ track: 'r1', stage: 4 }, 'next', shapes)).toEqual({ track: 'r1', stage: 4 });
    expect(() => moveTrack('nope', 'next', shapes)).toThrow();
  });
});

describe('pipeline data', () => {
  it('has the three tracks with 1, 4 and 2 stages', () => {
    expect(tracks.map((t) => [t.id, t.stages.length])).toEqual([
      ['r1-zero', 1],
      ['r1', 4],
      ['r1-distill', 2],
    ]);
  });

  it('fills every field of every stage', () => {
    for (const t of tracks) {
      for (const s of t.stages) {
        for (const { key } of stageFields) expect(s[key].length, `${t.id} ${s.title} ${key}`).toBeGreaterThan(0);
      }
    }
  });

  it('cites a known source for every statement', () => {
    const facts = allFacts();
    expect(facts.length).toBeGreaterThan(30);
    for (const f of facts) {
      expect(sourcesById.has(f.source.id), `${f.source.id} for "${f.text}"`).toBe(true);
      expect(f.text.trim().length).toBeGreaterThan(0);
    }
  });

  it('states the key facts exactly', () => {
    const zero = textOf('r1-zero', 1);
    expect(zero).toMatch(/DeepSeek-V3-Base/);
    expect(zero).toMatch(/GRPO/);
    expect(zero).toMatch(/No supervised fine-tuning/);
    expect(zero).toMatch(/Accuracy reward/);
    expect(zero).toMatch(/Format reward/);
    expect(zero).toMatch(/15\.6% to 71\.0%/);
    expect(zero).toMatch(/86\.7%/);

    expect(textOf('r1', 1)).toMatch(/"Thousands"/);
    expect(textOf('r1', 1)).toMatch(/DeepSeek-V3-Base/);
    expect(textOf('r1', 2)).toMatch(/Language-consistency reward/);
    const s3 = track('r1').stages[2]!;
    expect(s3.data.map((f) => f.size)).toEqual(['~600K samples', '~200K samples', '~800K samples']);
    expect(textOf('r1', 3)).toMatch(/DeepSeek-V3-Base for two epochs/);
    expect(textOf('r1', 4)).toMatch(/helpfulness/);
    expect(textOf('r1', 4)).toMatch(/harmlessness/);

    const students = textOf('r1-distill', 2);
    for (const m of [
      'Qwen2.5-Math-1.5B',
      'Qwen2.5-Math-7B',
      'Qwen2.5-14B',
      'Qwen2.5-32B',
      'Llama-3.1-8B',
      'Llama-3.3-70B-Instruct',
    ]) {
      expect(students).toContain(m);
    }
    expect(students).toMatch(/no RL/i);
  });

  it('states no unverified hyper-parameters or costs', () => {
    const all = allFacts().map((f) => f.text).join(' ');
    expect(all).not.toMatch(/β\s*=|epsilon\s*=|ε\s*=|learning rate of|\blr\b|\$\d/i);
    expect(all).not.toMatch(/LLM judge/i);
  });
});

describe('cross-links', () => {
  it('point at existing stages', () => {
    const links = allFacts().flatMap((f) => (f.see ? [f.see] : []));
    expect(links.length).toBeGreaterThan(0);
    for (const see of links) {
      expect(parseStageHash(stageHash(see), trackShapes), JSON.stringify(see)).toEqual(see);
    }
  });
});
