/**
 * The approach comparison's decision logic (src/widgets/approach-compare/fit.ts) and its cited examples
 * (evidence.ts): every branch of every approach is pinned by a case, each answer that can change a
 * verdict is shown changing it, the verdicts move the right way as resources grow, and every figure in
 * an example is one the site already states, with the same source.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sourcesById } from '../../src/data/sources';
import { EVIDENCE, citeLabel, type EvidenceId } from '../../src/widgets/approach-compare/evidence';
import {
  allSituations,
  APPROACHES,
  better,
  BUDGETS,
  bestVerdictWith,
  CHECKS,
  fitAll,
  fitOf,
  LATENCIES,
  TEACHERS,
  VERDICTS,
  type ApproachId,
  type Situation,
  type Verdict,
} from '../../src/widgets/approach-compare/fit';

const BASE: Situation = { budget: 'hundreds', check: 'rules', teacher: 'yes', latency: 'relaxed' };
const at = (changes: Partial<Situation>): Situation => ({ ...BASE, ...changes });

/**
 * One case per branch: the situation, and the verdict and first example the chapters lead us to expect.
 * Written from the "when to use" sections, not from fit.ts.
 */
const CASES: [ApproachId, Partial<Situation>, Verdict, EvidenceId][] = [
  // Inference-time scaling: no training, so the budget never matters; answers must be allowed to take longer.
  ['inference-time-scaling', { budget: 'none' }, 'fits', 'self-consistency'],
  ['inference-time-scaling', { budget: 'none', check: 'judge' }, 'fits', 'prm-best-of-n'],
  ['inference-time-scaling', { check: 'none' }, 'partly', 'zero-shot-cot'],
  ['inference-time-scaling', { latency: 'tight' }, 'no', 'self-consistency'],
  // Pure RL: rules and training compute; at RL scale it is R1-Zero.
  ['pure-rl', { check: 'none' }, 'no', 'r1-zero'],
  ['pure-rl', { check: 'judge', budget: 'millions' }, 'no', 'rules-only'],
  ['pure-rl', { budget: 'none' }, 'no', 'tinyzero'],
  ['pure-rl', { budget: 'hundreds' }, 'partly', 'rl-vs-distill-32b'],
  ['pure-rl', { budget: 'thousands', teacher: 'no' }, 'partly', 'tinyzero'],
  ['pure-rl', { budget: 'millions' }, 'fits', 'r1-zero'],
  // SFT + RL: the full R1 recipe needs RL-scale compute and checkable answers.
  ['sft-plus-rl', { check: 'none', budget: 'millions' }, 'no', 'r1-vs-o1'],
  ['sft-plus-rl', { budget: 'hundreds' }, 'no', 'v3-compute'],
  ['sft-plus-rl', { budget: 'thousands' }, 'partly', 'distill-then-rl'],
  ['sft-plus-rl', { budget: 'thousands', teacher: 'no' }, 'no', 'v3-compute'],
  ['sft-plus-rl', { budget: 'thousands', check: 'judge' }, 'no', 'v3-compute'],
  ['sft-plus-rl', { budget: 'millions', check: 'judge' }, 'partly', 'r1-vs-o1'],
  ['sft-plus-rl', { budget: 'millions' }, 'fits', 'r1-vs-o1'],
  ['sft-plus-rl', { budget: 'millions', teacher: 'no' }, 'fits', 'r1-vs-o1'],
  // Distillation: a teacher and one fine-tuning run; a check to filter the teacher's traces.
  ['distillation', { teacher: 'no', budget: 'millions' }, 'no', 'distill-32b'],
  ['distillation', { budget: 'none' }, 'no', 'distill-family'],
  ['distillation', { check: 'none' }, 'partly', 'filter-correct'],
  ['distillation', { budget: 'hundreds' }, 'fits', 'sky-t1'],
  ['distillation', { budget: 'hundreds', check: 'judge' }, 'fits', 'sky-t1'],
  ['distillation', { budget: 'thousands' }, 'fits', 'distill-32b'],
];

describe('approach-compare decision logic', () => {
  it.each(CASES)('%s with %o: %s', (approach, changes, verdict, firstExample) => {
    const fit = fitOf(approach, at(changes));
    expect(fit.verdict).toBe(verdict);
    expect(fit.evidence[0]).toBe(firstExample);
  });

  it('pins every reason the rules can give with one of the cases above', () => {
    const reached = new Set(allSituations().flatMap((situation) => fitAll(situation).map((fit) => `${fit.approach}: ${fit.reason}`)));
    const pinned = new Set(CASES.map(([approach, changes]) => `${approach}: ${fitOf(approach, at(changes)).reason}`));
    expect([...reached].sort()).toEqual([...pinned].sort());
  });

  it('changes a verdict only through the answers each chapter names', () => {
    const fields = ['budget', 'check', 'teacher', 'latency'] as const;
    const deciding = (approach: ApproachId) =>
      fields.filter((field) =>
        allSituations().some((situation) => {
          const values: readonly string[] = { budget: BUDGETS, check: CHECKS, teacher: TEACHERS, latency: LATENCIES }[field];
          return values.some((value) => fitOf(approach, { ...situation, [field]: value }).verdict !== fitOf(approach, situation).verdict);
        }),
      );
    expect(deciding('inference-time-scaling')).toEqual(['check', 'latency']);
    expect(deciding('pure-rl')).toEqual(['budget', 'check']);
    expect(deciding('sft-plus-rl')).toEqual(['budget', 'check', 'teacher']);
    expect(deciding('distillation')).toEqual(['budget', 'check', 'teacher']);
  });

  it('shows each deciding answer changing a verdict with everything else held', () => {
    // budget: pure RL needs RL-scale compute to fit, SFT + RL at least thousands, distillation some.
    expect(fitOf('pure-rl', at({ budget: 'thousands' })).verdict).toBe('partly');
    expect(fitOf('pure-rl', at({ budget: 'millions' })).verdict).toBe('fits');
    expect(fitOf('sft-plus-rl', at({ budget: 'hundreds' })).verdict).toBe('no');
    expect(fitOf('sft-plus-rl', at({ budget: 'thousands' })).verdict).toBe('partly');
    expect(fitOf('distillation', at({ budget: 'none' })).verdict).toBe('no');
    expect(fitOf('distillation', at({ budget: 'hundreds' })).verdict).toBe('fits');
    // check: a learned judge is enough for best-of-N, not for R1-Zero-style RL.
    expect(fitOf('inference-time-scaling', at({ check: 'judge' })).verdict).toBe('fits');
    expect(fitOf('inference-time-scaling', at({ check: 'none' })).verdict).toBe('partly');
    expect(fitOf('pure-rl', at({ check: 'judge' })).verdict).toBe('no');
    expect(fitOf('sft-plus-rl', at({ budget: 'millions', check: 'judge' })).verdict).toBe('partly');
    expect(fitOf('sft-plus-rl', at({ budget: 'millions', check: 'none' })).verdict).toBe('no');
    expect(fitOf('distillation', at({ check: 'none' })).verdict).toBe('partly');
    // teacher: distillation needs one; so does the small SFT + RL run.
    expect(fitOf('distillation', at({ teacher: 'no' })).verdict).toBe('no');
    expect(fitOf('sft-plus-rl', at({ budget: 'thousands', teacher: 'no' })).verdict).toBe('no');
    // teacher changes pure RL's reason at a small budget, not its verdict.
    expect(fitOf('pure-rl', at({ teacher: 'no' })).reason).not.toBe(fitOf('pure-rl', at({})).reason);
    // latency: only inference-time scaling spends it.
    expect(fitOf('inference-time-scaling', at({ latency: 'tight' })).verdict).toBe('no');
  });

  it('never gives a worse verdict for more budget, a better check, a teacher or room for longer answers', () => {
    const rank = (verdict: Verdict) => VERDICTS.indexOf(verdict);
    const orders = { budget: [...BUDGETS].reverse(), check: CHECKS, teacher: TEACHERS, latency: LATENCIES } as const;
    for (const situation of allSituations()) {
      for (const [field, order] of Object.entries(orders)) {
        const i = (order as readonly string[]).indexOf(situation[field as keyof Situation]);
        if (i === 0) continue;
        const richer = { ...situation, [field]: order[i - 1] } as Situation;
        for (const approach of APPROACHES) {
          expect(rank(fitOf(approach, richer).verdict), `${approach} ${JSON.stringify(situation)} → ${field}`).toBeLessThanOrEqual(
            rank(fitOf(approach, situation).verdict),
          );
        }
      }
    }
  });

  it('always gives one reason sentence without figures, and at least one cited example', () => {
    for (const situation of allSituations()) {
      for (const fit of fitAll(situation)) {
        expect(fit.reason).toMatch(/^[A-Z].*\.$/);
        expect(fit.reason.slice(0, -1)).not.toMatch(/[.!?] /);
        // Model names aside ("R1-Zero"), a reason has no digits: figures belong in the cited examples.
        expect(fit.reason.replace(/(DeepSeek-)?R1(-Zero)?/g, '')).not.toMatch(/\d/);
        expect(fit.evidence.length).toBeGreaterThan(0);
        for (const id of fit.evidence) expect(EVIDENCE[id]).toBeDefined();
      }
    }
    expect(allSituations()).toHaveLength(48);
  });

  it('derives the decision table from the rules', () => {
    expect(better('partly', 'fits')).toBe('fits');
    expect(better('no', 'partly')).toBe('partly');
    expect(BUDGETS.map((budget) => bestVerdictWith('pure-rl', 'budget', budget))).toEqual(['no', 'partly', 'partly', 'fits']);
    expect(BUDGETS.map((budget) => bestVerdictWith('inference-time-scaling', 'budget', budget))).toEqual(['fits', 'fits', 'fits', 'fits']);
    expect(CHECKS.map((check) => bestVerdictWith('sft-plus-rl', 'check', check))).toEqual(['fits', 'partly', 'no']);
    expect(TEACHERS.map((teacher) => bestVerdictWith('distillation', 'teacher', teacher))).toEqual(['fits', 'no']);
    expect(LATENCIES.map((latency) => bestVerdictWith('inference-time-scaling', 'latency', latency))).toEqual(['fits', 'no']);
  });
});

describe('approach-compare cited examples', () => {
  const used = new Set(allSituations().flatMap((situation) => fitAll(situation).flatMap((fit) => fit.evidence)));

  it('are all used, and cite sources the bibliography has', () => {
    expect([...used].sort()).toEqual(Object.keys(EVIDENCE).sort());
    for (const { cite } of Object.values(EVIDENCE)) expect(sourcesById.has(cite.source), cite.source).toBe(true);
    expect(citeLabel(EVIDENCE['r1-vs-o1'].cite)).toBe('R1 paper, Table 4');
    expect(citeLabel(EVIDENCE['sky-t1'].cite)).toBe('Sky-T1');
  });

  it.each(Object.entries(EVIDENCE))('%s restates figures its chapter gives, with the same source', (_, evidence) => {
    const page = readFileSync(join(__dirname, '../../content', `${evidence.page}.mdx`), 'utf8');
    const figures = evidence.text.match(/\d+(?:[.,]\d+)*/g) ?? [];
    for (const figure of figures) expect(page, `${figure} in ${evidence.page}`).toContain(figure);
    const cites = [...page.matchAll(/<Cite id="([^"]+)"(?: loc="([^"]*)")?/g)].filter((m) => m[1] === evidence.cite.source);
    expect(cites.length, `${evidence.cite.source} cited in ${evidence.page}`).toBeGreaterThan(0);
    const loc = evidence.cite.loc;
    if (loc) expect(cites.some((m) => (m[2] ?? '').includes(loc)), `${loc} in ${evidence.page}`).toBe(true);
  });
});
