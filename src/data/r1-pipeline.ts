/**
 * The three DeepSeek training tracks (R1-Zero, R1, R1-Distill), stage by stage, for the R1
 * pipeline explorer. Every statement paraphrases one of the sources of src/data/sources.ts
 * (deepseek-r1, deepseek-r1-repo, deepseek-v3, raschka-2025) and carries its key and the location
 * (section, table) it came from. Text between backticks is rendered as code.
 *
 * Deliberately absent: anything those sources do not state (GRPO hyper-parameters, dataset sizes the
 * paper does not give, training cost). Where a size is not given we say so instead of guessing.
 */

/** The shape the explorer's navigation needs: a track id and how many stages it has. */
export interface TrackShape {
  id: string;
  stageCount: number;
}

/** Where in a source a statement comes from: a key of src/data/sources.ts plus a section/table. */
export interface SourceRef {
  id: string;
  loc?: string;
}

/** One cited statement. `size` is a short, prominent quantity (e.g. "~600K samples"). */
export interface Fact {
  text: string;
  size?: string;
  source: SourceRef;
  /** A related stage of another track, rendered as a "see …" link. */
  see?: { track: TrackId; stage: number };
}

export interface Stage {
  /** Short name shown in the stepper and as the stage heading. */
  title: string;
  input: Fact[];
  data: Fact[];
  method: Fact[];
  rewards: Fact[];
  output: Fact[];
}

export type TrackId = 'r1-zero' | 'r1' | 'r1-distill';

export interface Track {
  id: TrackId;
  /** Label of the track's tab. */
  name: string;
  /** One cited sentence saying what the track is. */
  summary: Fact;
  stages: Stage[];
}

/** The parts of a stage in display order, with their labels. */
export const stageFields = [
  { key: 'input', label: 'Input model' },
  { key: 'data', label: 'Data' },
  { key: 'method', label: 'Method' },
  { key: 'rewards', label: 'Rewards' },
  { key: 'output', label: 'Output model' },
] as const satisfies readonly { key: keyof Stage; label: string }[];

const R1 = (loc: string): SourceRef => ({ id: 'deepseek-r1', loc });
const REPO: SourceRef = { id: 'deepseek-r1-repo', loc: 'README' };
const V3: SourceRef = { id: 'deepseek-v3', loc: 'README' };

export const tracks: Track[] = [
  {
    id: 'r1-zero',
    name: 'DeepSeek-R1-Zero',
    summary: {
      text: 'Reinforcement learning applied straight to the base model, with no supervised fine-tuning before it: a single training stage.',
      source: R1('§2.2'),
    },
    stages: [
      {
        title: 'Pure RL on the base model',
        input: [
          {
            text: 'DeepSeek-V3-Base, a mixture-of-experts model with 671B total and 37B activated parameters and a 128K context.',
            source: REPO,
          },
          { text: 'Pre-trained on 14.8T tokens.', size: '14.8T tokens', source: V3 },
        ],
        data: [
          {
            text: 'Reasoning questions whose answers a rule can check, as the reward design requires: math problems with a deterministic final answer in a fixed format (for example in a box), and LeetCode-style coding problems with test cases.',
            source: R1('§2.2.2'),
          },
          {
            text: 'The number of training prompts is not given in the sources this site uses.',
            size: 'size not given',
            source: R1('§2.2'),
          },
          {
            text: 'Every prompt uses one fixed template: the reasoning goes between `<think>` and `</think>`, the answer between `<answer>` and `</answer>`. It constrains only the structure, not the reasoning strategy.',
            source: R1('Table 1, §2.2.3'),
          },
        ],
        method: [
          {
            text: 'Large-scale reinforcement learning with GRPO, which replaces the critic model with the average reward of a group of sampled answers to the same question. No supervised fine-tuning comes first.',
            source: R1('§2.2.1'),
          },
          { text: 'Trained for "thousands" of RL steps.', source: R1('§1') },
          {
            text: 'The January 2025 paper does not give R1-Zero\u2019s GRPO hyper-parameters (clip range, KL weight, group size, learning rate).',
            source: R1('§2.2'),
          },
        ],
        rewards: [
          {
            text: 'Accuracy reward (rule-based): the boxed final answer is checked by a rule; code is compiled and run against predefined test cases.',
            source: R1('§2.2.2'),
          },
          {
            text: 'Format reward: the thinking process must sit between `<think>` and `</think>`.',
            source: R1('§2.2.2'),
          },
          {
            text: 'No neural outcome or process reward model, because such models can be reward-hacked in large-scale RL and retraining them adds cost and complexity.',
            source: R1('§2.2.2'),
          },
        ],
        output: [
          {
            text: 'DeepSeek-R1-Zero. Its AIME 2024 pass@1 rose from 15.6% to 71.0% during RL, and reached 86.7% with majority voting over 64 samples (cons@64).',
            source: R1('§2.2.4'),
          },
          {
            text: 'Weaknesses: poor readability and language mixing.',
            source: R1('Abstract'),
          },
        ],
      },
    ],
  },
  {
    id: 'r1',
    name: 'DeepSeek-R1',
    summary: {
      text: 'Two supervised fine-tuning stages and two RL stages, in four steps. Training starts again from DeepSeek-V3-Base, not from R1-Zero\u2019s weights.',
      source: R1('§2.3'),
    },
    stages: [
      {
        title: 'Cold-start SFT',
        input: [
          {
            text: 'DeepSeek-V3-Base (not R1-Zero: R1 is not initialized from R1-Zero\u2019s weights).',
            source: R1('§2.3.1'),
          },
        ],
        data: [
          {
            text: '"Thousands" of long chain-of-thought examples; the paper gives no exact count.',
            size: '"thousands"',
            source: R1('§2.3.1'),
          },
          {
            text: 'Collected by few-shot prompting with long CoT examples, by prompting for detailed answers with reflection and verification, and from R1-Zero outputs in readable form, then refined by human annotators.',
            source: R1('§2.3.1'),
            see: { track: 'r1-zero', stage: 1 },
          },
          {
            text: 'Each example has a readable layout: the reasoning process followed by a summary; unreadable responses were filtered out.',
            source: R1('§2.3.1'),
          },
        ],
        method: [
          {
            text: 'Supervised fine-tuning of the base model, which then serves as the starting actor for RL. The aim: skip the unstable early phase of RL from a raw base model and make outputs more readable.',
            source: R1('§2.3.1'),
          },
        ],
        rewards: [{ text: 'None: this stage is supervised fine-tuning.', source: R1('§2.3.1') }],
        output: [
          {
            text: 'A fine-tuned DeepSeek-V3-Base checkpoint that starts the reasoning RL of stage 2.',
            source: R1('§2.3.1'),
          },
        ],
      },
      {
        title: 'Reasoning-oriented RL',
        input: [{ text: 'The cold-start checkpoint from stage 1.', source: R1('§2.3.2') }],
        data: [
          {
            text: 'Reasoning-heavy prompts: coding, mathematics, science and logic.',
            source: R1('§2.3.2'),
          },
          {
            text: 'The number of prompts is not given in the sources this site uses.',
            size: 'size not given',
            source: R1('§2.3.2'),
          },
        ],
        method: [
          {
            text: 'The same large-scale RL process as R1-Zero (GRPO), run until training converges on the reasoning tasks.',
            source: R1('§2.3.2'),
          },
        ],
        rewards: [
          { text: 'Accuracy reward, rule-based as for R1-Zero.', source: R1('§2.3.2') },
          {
            text: 'Language-consistency reward: the share of words in the chain of thought that are in the target language. It is added directly to the accuracy reward.',
            source: R1('§2.3.2'),
          },
          {
            text: 'In ablations this reward cost a little performance; DeepSeek kept it because it makes the reasoning more readable.',
            source: R1('§2.3.2'),
          },
        ],
        output: [
          {
            text: 'A reasoning RL checkpoint, trained to convergence; stage 3 samples its training data from it.',
            source: R1('§2.3.3'),
          },
        ],
      },
      {
        title: 'Rejection sampling and SFT',
        input: [
          {
            text: 'The stage-2 checkpoint generates data; the model that is fine-tuned is DeepSeek-V3-Base again, not the RL checkpoint.',
            source: R1('§2.3.3'),
          },
        ],
        data: [
          {
            text: 'Reasoning samples: several responses per prompt, only the correct ones kept. Some prompts are judged by a generative reward model (DeepSeek-V3 compares the prediction with the ground truth). Chains of thought with mixed languages, long paragraphs or code blocks are filtered out.',
            size: '~600K samples',
            source: R1('§2.3.3'),
          },
          {
            text: 'Non-reasoning samples (writing, factual QA, self-cognition, translation) that reuse parts of DeepSeek-V3\u2019s SFT data; DeepSeek-V3 writes a chain of thought for some tasks and none for trivial queries such as "hello".',
            size: '~200K samples',
            source: R1('§2.3.3'),
          },
          { text: 'Together about 800K samples.', size: '~800K samples', source: R1('§2.3.3') },
        ],
        method: [
          {
            text: 'Supervised fine-tuning of DeepSeek-V3-Base for two epochs on the ~800K samples.',
            source: R1('§2.3.3'),
          },
        ],
        rewards: [
          {
            text: 'No RL in this stage. Correctness checks (rules, and DeepSeek-V3 as a judge for some prompts) only decide which samples are kept.',
            source: R1('§2.3.3'),
          },
        ],
        output: [
          {
            text: 'A fine-tuned DeepSeek-V3-Base checkpoint that stage 4 trains further. The same ~800K samples are later used to train the distilled models.',
            source: R1('§2.3.3, §2.4'),
            see: { track: 'r1-distill', stage: 1 },
          },
        ],
      },
      {
        title: 'RL for all scenarios',
        input: [{ text: 'The SFT checkpoint from stage 3.', source: R1('§2.3.4') }],
        data: [
          {
            text: 'Reasoning prompts (math, code, logic) together with general, non-reasoning prompts.',
            source: R1('§2.3.4'),
          },
          {
            text: 'The number of prompts is not given in the sources this site uses.',
            size: 'size not given',
            source: R1('§2.3.4'),
          },
        ],
        method: [
          {
            text: 'A second RL stage that covers all kinds of prompts, not only reasoning.',
            source: R1('§2.3.4'),
          },
        ],
        rewards: [
          {
            text: 'Rule-based rewards for math, code and logic, as for R1-Zero.',
            source: R1('§2.3.4'),
          },
          {
            text: 'Reward models for general data, following DeepSeek-V3\u2019s preference-pair setup: helpfulness is judged on the final summary only, harmlessness on the whole output including the reasoning.',
            source: R1('§2.3.4'),
          },
        ],
        output: [
          {
            text: 'DeepSeek-R1 (671B total / 37B activated parameters, 128K context).',
            source: REPO,
          },
          {
            text: 'AIME 2024 pass@1 79.8 (OpenAI-o1-1217: 79.2), MATH-500 97.3, Codeforces rating 2029.',
            source: R1('Table 4'),
          },
        ],
      },
    ],
  },
  {
    id: 'r1-distill',
    name: 'R1-Distill models',
    summary: {
      text: 'Six smaller open models fine-tuned on text generated through the R1 pipeline: supervised fine-tuning only, no RL.',
      source: R1('§2.4'),
    },
    stages: [
      {
        title: 'Reuse R1\u2019s SFT data',
        input: [
          {
            text: 'The data set built in stage 3 of the R1 track (sampled from the reasoning RL checkpoint, plus DeepSeek-V3\u2019s non-reasoning data).',
            source: R1('§2.3.3, §2.4'),
            see: { track: 'r1', stage: 3 },
          },
        ],
        data: [
          {
            text: 'The same ~800K samples: ~600K reasoning and ~200K non-reasoning.',
            size: '~800K samples',
            source: R1('§2.3.3, §2.4'),
          },
        ],
        method: [
          {
            text: 'Instruction fine-tuning data written by the teacher pipeline. This is not classic knowledge distillation, which trains on the teacher\u2019s output probabilities (logits).',
            source: { id: 'raschka-2025' },
          },
        ],
        rewards: [{ text: 'None.', source: R1('§2.4') }],
        output: [{ text: 'The training set for the six student models.', source: R1('§2.4') }],
      },
      {
        title: 'SFT of six open models',
        input: [
          {
            text: 'Qwen2.5-Math-1.5B, Qwen2.5-Math-7B, Qwen2.5-14B, Qwen2.5-32B, Llama-3.1-8B (base) and Llama-3.3-70B-Instruct. There is no 0.5B student.',
            source: R1('§2.4'),
          },
          {
            text: 'Llama-3.3-70B-Instruct was chosen because its reasoning is slightly better than Llama-3.1\u2019s.',
            source: R1('§2.4'),
          },
        ],
        data: [{ text: 'The ~800K samples from the previous stage.', size: '~800K samples', source: R1('§2.4') }],
        method: [
          {
            text: 'Supervised fine-tuning only. There is no RL stage, although DeepSeek says RL on top would bring significant further gains.',
            source: R1('§2.4, §3.2'),
          },
        ],
        rewards: [{ text: 'None: no RL is applied to the students.', source: R1('§2.4') }],
        output: [
          {
            text: 'DeepSeek-R1-Distill-Qwen-1.5B, -7B, -14B, -32B, and DeepSeek-R1-Distill-Llama-8B and -70B.',
            source: REPO,
          },
          {
            text: 'For example, R1-Distill-Qwen-32B: AIME 2024 pass@1 72.6, MATH-500 94.3.',
            source: R1('Table 5'),
          },
        ],
      },
    ],
  },
];

/** What the navigation module needs to know about the tracks. */
export const trackShapes: TrackShape[] = tracks.map((t) => ({ id: t.id, stageCount: t.stages.length }));

/** Every cited statement in the data, for tests and checks. */
export function allFacts(): Fact[] {
  const out: Fact[] = [];
  for (const track of tracks) {
    out.push(track.summary);
    for (const stage of track.stages) {
      for (const { key } of stageFields) out.push(...stage[key]);
    }
  }
  return out;
}
