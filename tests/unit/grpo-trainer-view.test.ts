import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, type StepMetrics } from '../../src/lib/trainer';
import { defaultState } from '../../src/widgets/kit/schema';
import { svgToString, type SvgNode } from '../../src/widgets/kit/svg';
import { grpoTrainer, trainerSettings } from '../../src/widgets/grpo-trainer/schema';
import {
  addStep,
  cards,
  CHARTS,
  chartDescription,
  chartFrame,
  cursorText,
  curvesFromMetrics,
  emptyCurves,
  groupSummary,
  lastStep,
  lineChart,
  runLabel,
  sampleTable,
  shortValue,
  stepAtX,
  stepAxisMax,
  valueAt,
} from '../../src/widgets/grpo-trainer/view';

/** A made-up step with the given accuracy (everything else fixed). */
function step(n: number, accuracy: number, heldOut: number | null = null): StepMetrics {
  return {
    step: n,
    meanReward: 0.1 + accuracy / 2,
    sampleAccuracy: accuracy / 2,
    accuracy,
    validShare: 0.9,
    answerShare: 1,
    meanLength: 6.01234,
    kl: 0.012345,
    heldOutAccuracy: heldOut,
    loss: 0,
    clipFraction: 0,
    sample: {
      taskId: 0,
      numbers: [3, 5, 2],
      target: 16,
      prompt: '',
      answers: [
        { tokens: ['N1', 'N2', '+', 'N3', '*', 'END'], answer: '(3 + 5) * 2', reward: 1, verdict: 'correct', advantage: 1.7320508 },
        { tokens: ['END'], answer: '', reward: 0.1, verdict: 'wrong-numbers', advantage: -0.57735 },
        { tokens: ['N1', 'N2', 'N3', 'N1', 'N2', 'N3', '+', '+'], answer: null, reward: 0, verdict: 'no-answer', advantage: -0.57735 },
        { tokens: ['N1', 'N2', '*', 'N3', '+', 'END'], answer: '3 * 5 + 2', reward: 0.1, verdict: 'wrong-result', advantage: -0.57735 },
      ],
    },
  };
}

describe('GRPO trainer schema', () => {
  it('defaults to the trainer’s default settings', () => {
    const settings = trainerSettings(defaultState(grpoTrainer));
    for (const [key, value] of Object.entries(settings)) expect(value, key).toBe(DEFAULT_SETTINGS[key as keyof typeof DEFAULT_SETTINGS]);
    expect(trainerSettings({ ...defaultState(grpoTrainer), base: 'random' }).warmStartSteps).toBe(0);
  });

  it('labels runs by the algorithm and what differs from the defaults', () => {
    expect(runLabel(defaultState(grpoTrainer))).toBe('GRPO, default settings');
    expect(runLabel({ ...defaultState(grpoTrainer), beta: 0 })).toBe('GRPO, β = 0');
    expect(runLabel({ ...defaultState(grpoTrainer), algorithm: 'reinforce', base: 'random', beta: 0 })).toBe('REINFORCE, random start');
    expect(runLabel({ ...defaultState(grpoTrainer), algorithm: 'ppo', std: 'none', g: 8, beta: 0.04, seed: 7 })).toBe('PPO, G = 8, β = 0.04, seed 7');
    expect(runLabel({ ...defaultState(grpoTrainer), std: 'none', lr: 0.005, eps: 0.1 })).toBe('GRPO, ε = 0.1, lr = 0.005, no std normalization');
  });
});

describe('GRPO trainer view', () => {
  const run = curvesFromMetrics('Test run', 0.03125, [step(1, 0.1), step(2, 0.25), step(3, 0.5, 0.125)]);

  it('keeps compact curves, rounded to 4 decimals', () => {
    expect(run.accuracy).toEqual([0.1, 0.25, 0.5]);
    expect(run.meanLength).toEqual([6.0123, 6.0123, 6.0123]);
    expect(run.kl[0]).toBe(0.0123);
    expect(run.heldOut).toEqual([[3, 0.125]]);
    const growing = emptyCurves('x', 0);
    addStep(growing, step(1, 0.2));
    expect(growing.accuracy).toEqual([0.2]);
  });

  it('shows the latest values in the cards', () => {
    expect(cards(run)).toEqual({
      step: '3',
      accuracy: '50.00%',
      meanReward: '0.350',
      validShare: '90.00%',
      meanLength: '6.01',
      kl: '0.012',
      heldOut: '12.50%',
      heldOutStep: 'step 3',
    });
    expect(cards(emptyCurves('new', 0.03125))).toMatchObject({ step: '0', accuracy: '3.13%', meanReward: '–', heldOut: '–', heldOutStep: '' });
  });

  it('draws each chart with the run as one path, the accuracy chart from step 0', () => {
    expect(stepAxisMax(run)).toBe(50);
    expect(stepAxisMax({ ...run, accuracy: new Array(130).fill(0) })).toBe(150);
    const accuracy = lineChart(CHARTS[0]!, 420, run, null, 50);
    expect(accuracy.viewBox).toBe('0 0 420 176');
    const svg = svgToString(accuracy.nodes);
    const paths = pathsOf(accuracy.nodes);
    expect(paths.map((p) => p.attrs.class)).toEqual(['grpo-trainer-sampled', 'grpo-trainer-run']);
    // step 0 at x = 44 (the left edge), accuracy 3.125 % near the bottom; step 3 at 44 + 3/50 · 360
    expect(paths[1]!.attrs.d).toMatch(/^M44\.0 /);
    expect(String(paths[1]!.attrs.d).split('L')).toHaveLength(4);
    expect(svg).toContain('class="grpo-trainer-heldout"');
    expect(svg).toContain('>100%<');
    const withCompare = lineChart(CHARTS[1]!, 420, run, { ...run, label: 'Other' }, 50);
    expect(pathsOf(withCompare.nodes).map((p) => p.attrs.class)).toEqual(['grpo-trainer-compare', 'grpo-trainer-run']);
    // The KL axis grows with the values.
    const kl = lineChart(CHARTS[4]!, 420, { ...run, kl: [0.2, 0.7] }, null, 50);
    expect(svgToString(kl.nodes)).toContain('>0.8<');
    // ... but a rare spike is drawn at the top edge rather than squashing the other 99 steps.
    const spiky = lineChart(CHARTS[4]!, 420, { ...run, kl: [...new Array(99).fill(0.5), 10] }, null, 100);
    expect(svgToString(spiky.nodes)).not.toContain('>10<');
    expect(svgToString(spiky.nodes)).toContain('>0.6<');
  });

  it('draws the small charts compactly, at their drawn width, with three y ticks and the step range', () => {
    const small = lineChart(CHARTS[2]!, 150, run, null, 50, { small: true });
    expect(small.viewBox).toBe('0 0 150 88');
    const svg = svgToString(small.nodes);
    expect(svg).toContain('>50%<');
    expect(svg).not.toContain('>25%<');
    expect(svg).toContain('>step 50<');
    expect(svg).not.toContain('Training step');
    // No held-out dots on the small charts.
    expect(svg).not.toContain('grpo-trainer-heldout');
  });

  it('keeps the node groups in a fixed order, so that a new step only appends', () => {
    const before = lineChart(CHARTS[0]!, 420, run, null, 50);
    const after = lineChart(CHARTS[0]!, 420, { ...run, heldOut: [...run.heldOut, [4, 0.2]] }, null, 50);
    expect(before.nodes).toHaveLength(after.nodes.length);
    expect(after.nodes[2]!.children!.slice(0, -1)).toEqual(before.nodes[2]!.children);
  });

  it('marks the cursor step on every chart: a line, a dot per run and the values', () => {
    const compare = { ...run, label: 'Kept', accuracy: [0.2, 0.4, 0.6, 0.8] };
    const chart = lineChart(CHARTS[0]!, 420, run, compare, 50, { cursor: 2 });
    const cursor = chart.nodes[3]!;
    expect(cursor.attrs.class).toBe('grpo-trainer-cursor');
    const f = chartFrame(false, 420);
    const x = f.left + (2 / 50) * (f.right - f.left);
    const line = cursor.children!.find((n) => n.tag === 'line')!;
    expect(Number(line.attrs.x1)).toBeCloseTo(x, 1);
    expect(cursor.children!.filter((n) => n.tag === 'circle').map((n) => n.attrs.class)).toEqual(['grpo-trainer-cursor-compare', 'grpo-trainer-cursor-dot']);
    expect(cursor.children!.find((n) => n.tag === 'text')!.text).toBe('step 2 · 25.0% · dashed 40.0%');
    // Past the end of this run only the dashed run has a value; without a cursor the group is empty.
    const later = lineChart(CHARTS[0]!, 420, run, compare, 50, { cursor: 4 }).nodes[3]!;
    expect(later.children!.filter((n) => n.tag === 'circle')).toHaveLength(1);
    expect(later.children!.find((n) => n.tag === 'text')!.text).toBe('step 4 · dashed 80.0%');
    expect(lineChart(CHARTS[0]!, 420, run, compare, 50).nodes[3]!.children).toEqual([]);
    // A small chart labels just the value.
    const small = lineChart(CHARTS[1]!, 150, run, null, 50, { small: true, cursor: 3 }).nodes[3]!;
    expect(small.children!.find((n) => n.tag === 'text')!.text).toBe('0.350');
  });

  it('puts a keyboard handle (a slider) on the step axis of the large chart', () => {
    const chart = lineChart(CHARTS[0]!, 420, run, null, 50, { handle: { step: 3, max: 3, valueText: 'Step 3.' } });
    const handle = chart.nodes.at(-1)!;
    expect(handle.attrs).toMatchObject({ role: 'slider', tabindex: 0, 'data-handle': 'step', 'aria-valuenow': 3, 'aria-valuemax': 3, 'aria-valuetext': 'Step 3.' });
  });

  it('turns a position on the step axis back into a step', () => {
    const f = chartFrame(false, 420);
    expect(stepAtX(f, 50, f.left)).toBe(0);
    expect(stepAtX(f, 50, f.right)).toBe(50);
    expect(stepAtX(f, 100, f.left + 0.371 * (f.right - f.left))).toBe(37);
    expect(stepAtX(f, 50, f.left - 30)).toBe(0);
    expect(stepAtX(f, 50, f.right + 30)).toBe(50);
  });

  it('reads values at a step, and says them for the handle', () => {
    expect(valueAt(run, 'accuracy', 0)).toBe(0.03125);
    expect(valueAt(run, 'meanReward', 0)).toBeUndefined();
    expect(valueAt(run, 'accuracy', 2)).toBe(0.25);
    expect(valueAt(run, 'accuracy', 4)).toBeUndefined();
    expect(valueAt(null, 'kl', 1)).toBeUndefined();
    expect(shortValue(CHARTS[2]!, 0.9)).toBe('90.0%');
    expect(shortValue(CHARTS[3]!, 6.0123)).toBe('6.01');
    expect(shortValue(CHARTS[4]!, undefined)).toBe('–');
    expect(lastStep(run, null)).toBe(3);
    expect(lastStep(run, { ...run, accuracy: [1, 2, 3, 4, 5] })).toBe(5);
    expect(cursorText(2, run, null)).toBe(
      'Step 2. this run: accuracy on the training prompts 25.0%, mean reward 0.225, valid equations 90.0%, length in tokens 6.01, kl to the reference 0.012.',
    );
    expect(cursorText(9, run, null)).toBe('Step 9. No run has reached it yet.');
  });
  it('describes the charts in words', () => {
    expect(chartDescription(CHARTS[0]!, run, null)).toBe('Test run: 3.13% at the start, 50.00% after 3 steps');
    expect(chartDescription(CHARTS[3]!, run, emptyCurves('Next', 0))).toBe('Test run: 6.01 at the start, 6.01 after 3 steps; Next: not started');
  });

  it('lists the sampled group with rewards and advantages', () => {
    const table = sampleTable(3, step(3, 0.5).sample, 'grpo');
    expect(table.caption).toBe('Step 3: all 4 answers of the group');
    expect(table.rows.map((r) => r.cells)).toEqual([
      ['N1 N2 + N3 * END', '(3 + 5) * 2', '1', '+1.73'],
      ['END', '(empty)', '0.1', '−0.58'],
      ['N1 N2 N3 N1 N2 N3 + +', '(tag never closed)', '0', '−0.58'],
      ['N1 N2 * N3 + END', '3 * 5 + 2', '0.1', '−0.58'],
    ]);
    expect(table.rows.map((r) => r.current)).toEqual([true, false, false, false]);
    expect(sampleTable(0, null, 'ppo').rows).toEqual([]);
    expect(sampleTable(0, null, 'ppo').columns.at(-1)!.text).toBe('Advantage (mean over tokens)');
  });

  it('sums a group up by reward: count, advantage and the distinct answers, always three rows', () => {
    const sample = step(3, 0.5).sample!;
    const group = groupSummary(3, sample);
    expect(group.heading).toBe('Step 3, one group: 3, 5, 2 → 16. 1 of 4 correct.');
    expect(group.rows.map((r) => r.kind)).toEqual(['correct', 'format', 'none']);
    expect(group.rows.map((r) => r.cells)).toEqual([
      ['reward 1', '1 answer', 'advantage +1.73', '(3 + 5) * 2'],
      ['reward 0.1', '2 answers', 'advantage −0.58', '(empty), 3 * 5 + 2'],
      ['reward 0', '1 answer', 'advantage −0.58', '(tag never closed)'],
    ]);
    // Repeated answers are counted; PPO's differing advantages show as a range; an empty level keeps its row.
    const repeated = {
      ...sample,
      answers: [
        { ...sample.answers[0]!, advantage: 0.5 },
        { ...sample.answers[0]!, advantage: 0.9 },
        sample.answers[3]!,
      ],
    };
    const rows = groupSummary(5, repeated).rows;
    expect(rows[0]!.cells).toEqual(['reward 1', '2 answers', 'advantage +0.50 to +0.90', '(3 + 5) * 2 ×2']);
    expect(rows[2]!.cells).toEqual(['reward 0', '0 answers', 'advantage –', '']);
    expect(groupSummary(0, null).heading).toBe('No step yet: press Train.');
    expect(groupSummary(40, null).heading).toBe('Step 40: this run has not got there yet.');
    expect(groupSummary(40, null).rows).toHaveLength(3);
  });
});

/** Every path in a chart's node tree, in drawing order. */
function pathsOf(nodes: readonly SvgNode[]): SvgNode[] {
  return nodes.flatMap((n) => (n.tag === 'path' ? [n] : pathsOf(n.children ?? [])));
}
