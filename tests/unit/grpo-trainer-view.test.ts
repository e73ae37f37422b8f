import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, type StepMetrics } from '../../src/lib/trainer';
import { defaultState } from '../../src/widgets/kit/schema';
import { svgToString } from '../../src/widgets/kit/svg';
import { grpoTrainer, trainerSettings } from '../../src/widgets/grpo-trainer/schema';
import { addStep, cards, CHARTS, chartDescription, curvesFromMetrics, emptyCurves, lineChart, runLabel, sampleTable, stepAxisMax } from '../../src/widgets/grpo-trainer/view';

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

  it('labels runs by their settings', () => {
    expect(runLabel(defaultState(grpoTrainer))).toBe('GRPO, G = 16, β = 0.01, ε = 0.2, lr = 0.01, population std, seed 1');
    expect(runLabel({ ...defaultState(grpoTrainer), algorithm: 'reinforce', base: 'random' })).toBe('REINFORCE, G = 16, lr = 0.01, seed 1, random start');
    expect(runLabel({ ...defaultState(grpoTrainer), algorithm: 'ppo', std: 'none' })).toBe('PPO, G = 16, β = 0.01, ε = 0.2, lr = 0.01, seed 1');
    expect(runLabel({ ...defaultState(grpoTrainer), std: 'none' })).toContain('no std normalization');
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
      heldOut: '12.50% (step 3)',
    });
    expect(cards(emptyCurves('new', 0.03125))).toMatchObject({ step: '0', accuracy: '3.13%', meanReward: '–', heldOut: '–' });
  });

  it('draws each chart with the run as one path, the accuracy chart from step 0', () => {
    expect(stepAxisMax(run)).toBe(50);
    expect(stepAxisMax({ ...run, accuracy: new Array(130).fill(0) })).toBe(150);
    const accuracy = lineChart(CHARTS[0]!, 420, run, null, 50);
    expect(accuracy.viewBox).toBe('0 0 420 176');
    const svg = svgToString(accuracy.nodes);
    const paths = accuracy.nodes.filter((n) => n.tag === 'path');
    expect(paths.map((p) => p.attrs.class)).toEqual(['grpo-trainer-sampled', 'grpo-trainer-run']);
    // step 0 at x = 44 (the left edge), accuracy 3.125 % near the bottom; step 3 at 44 + 3/50 · 366
    expect(paths[1]!.attrs.d).toMatch(/^M44\.0 /);
    expect(String(paths[1]!.attrs.d).split('L')).toHaveLength(4);
    expect(svg).toContain('class="grpo-trainer-heldout"');
    expect(svg).toContain('>100%<');
    const withCompare = lineChart(CHARTS[1]!, 420, run, { ...run, label: 'Other' }, 50);
    expect(withCompare.nodes.filter((n) => n.tag === 'path').map((p) => p.attrs.class)).toEqual(['grpo-trainer-compare', 'grpo-trainer-run']);
    // The KL axis grows with the values.
    const kl = lineChart(CHARTS[4]!, 420, { ...run, kl: [0.2, 0.7] }, null, 50);
    expect(svgToString(kl.nodes)).toContain('>0.8<');
  });

  it('describes the charts in words', () => {
    expect(chartDescription(CHARTS[0]!, run, null)).toBe('Test run: 3.13% at the start, 50.00% after 3 steps');
    expect(chartDescription(CHARTS[3]!, run, emptyCurves('Next', 0))).toBe('Test run: 6.01 at the start, 6.01 after 3 steps; Next: not started');
  });

  it('lists the sampled group with rewards and advantages', () => {
    const table = sampleTable(3, step(3, 0.5).sample, 'grpo');
    expect(table.caption).toBe('Step 3, one group: numbers 3, 5, 2, target 16. 1 of 4 answers correct.');
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
});
