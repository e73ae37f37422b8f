// Trainer benchmark (npm run bench:trainer): steps per second and time to 60 % training-pool accuracy
// for GRPO, REINFORCE and PPO with the default seed, and what GRPO does with β = 0 and without std
// normalization, and from random weights. Prints figures; asserts nothing. Single thread, like the Web Worker on the page.
//
//   npm run bench:trainer                  all six runs, up to 300 steps each
//   npm run bench:trainer -- 500 grpo ppo  more steps, chosen runs only
//
// It runs the TypeScript sources directly: Node >= 23 strips the types, and the hook below lets the
// sources' extensionless imports ('./countdown') find their .ts files.
import { registerHooks } from 'node:module';

registerHooks({
  resolve(specifier, context, nextResolve) {
    try {
      return nextResolve(specifier, context);
    } catch (error) {
      if (specifier.startsWith('.') && !specifier.endsWith('.ts')) return nextResolve(`${specifier}.ts`, context);
      throw error;
    }
  },
});

const { Trainer, DEFAULT_SETTINGS } = await import('../src/lib/trainer.ts');

const RUNS = {
  grpo: ['GRPO (default)', {}],
  reinforce: ['REINFORCE, group-mean baseline', { algorithm: 'reinforce' }],
  ppo: ['PPO, critic + GAE', { algorithm: 'ppo' }],
  'beta-0': ['GRPO, β = 0', { beta: 0 }],
  'no-std': ['GRPO, no std normalization', { std: 'none' }],
  'no-warm-start': ['GRPO from random weights (no warm start)', { warmStartSteps: 0 }],
};

const args = process.argv.slice(2);
const maxSteps = Number(args.find((a) => /^\d+$/.test(a)) ?? 300);
const chosen = args.filter((a) => a in RUNS);
const names = chosen.length > 0 ? chosen : Object.keys(RUNS);

const s = (ms) => (ms / 1000).toFixed(1);
const pct = (x) => (x === null || x === undefined ? '–' : `${Math.round(100 * x)} %`);
const cpuMs = () => process.cpuUsage().user / 1000;

console.log(`Node ${process.version}; default seed ${DEFAULT_SETTINGS.seed}; B = ${DEFAULT_SETTINGS.promptsPerStep} prompts × G = ${DEFAULT_SETTINGS.groupSize}; ` +
  `pool ${DEFAULT_SETTINGS.poolSize}, held-out ${DEFAULT_SETTINGS.heldOutSize}; up to ${maxSteps} steps per run.`);
console.log('Times are wall-clock from the start of the run (task pool + warm start included); "cpu" is this process\'s CPU time,');
console.log('which is what to compare when the machine is shared.\n');

for (const name of names) {
  const [label, settings] = RUNS[name];
  const wall0 = performance.now();
  const cpu0 = cpuMs();
  const trainer = new Trainer(settings);
  const initWall = performance.now() - wall0;
  const initCpu = cpuMs() - cpu0;
  const start = trainer.evaluate();
  const marks = {};
  const at = {};
  let last;
  const stepWall0 = performance.now();
  const stepCpu0 = cpuMs();
  for (let i = 0; i < maxSteps; i++) {
    last = trainer.step();
    for (const level of [0.3, 0.6]) {
      if (marks[level] === undefined && last.accuracy >= level) {
        marks[level] = { step: last.step, wall: performance.now() - wall0, cpu: cpuMs() - cpu0 };
      }
    }
    if ([50, 100, 200, 300, 500].includes(last.step)) at[last.step] = last;
  }
  const stepWall = performance.now() - stepWall0;
  const stepCpu = cpuMs() - stepCpu0;
  const end = trainer.evaluate();
  const mark = (level) => {
    const m = marks[level];
    return m ? `step ${m.step}, ${s(m.wall)} s (cpu ${s(m.cpu)} s)` : `not within ${maxSteps} steps`;
  };
  console.log(`${label}`);
  console.log(`  start: pool ${pct(start.accuracy)}, held-out ${pct(start.heldOutAccuracy)}; set-up ${s(initWall)} s (cpu ${s(initCpu)} s)`);
  console.log(`  speed: ${(maxSteps / (stepWall / 1000)).toFixed(1)} steps/s wall, ${(maxSteps / (stepCpu / 1000)).toFixed(1)} steps/s cpu ` +
    `(${((maxSteps * DEFAULT_SETTINGS.promptsPerStep * DEFAULT_SETTINGS.groupSize) / (stepCpu / 1000) / 1000).toFixed(1)}k answers per cpu second)`);
  console.log(`  30 %: ${mark(0.3)};  60 %: ${mark(0.6)}`);
  console.log(`  pool accuracy at step ${Object.keys(at).map((k) => `${k}: ${pct(at[k].accuracy)}`).join(', ')}`);
  console.log(`  end (step ${last.step}): pool ${pct(end.accuracy)}, held-out ${pct(end.heldOutAccuracy)}, sampled answers correct ${pct(last.sampleAccuracy)}, ` +
    `mean reward ${last.meanReward.toFixed(3)}, KL ${last.kl.toFixed(3)}, length ${last.meanLength.toFixed(2)}\n`);
}
