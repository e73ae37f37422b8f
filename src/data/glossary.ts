/**
 * The glossary: one entry per term. `<Term id="...">` in MDX shows the definition on hover/focus and
 * links to the entry on /reference/glossary/ (anchor = id). An unknown id fails the build.
 */
export interface GlossaryTerm {
  /** Anchor on the glossary page and key for `<Term id>`; lowercase-kebab. */
  id: string;
  /** The term as printed, e.g. "Group Relative Policy Optimization (GRPO)". */
  name: string;
  /** Other names a reader may search for (indexed by search), e.g. ["self-consistency"]. */
  aliases: string[];
  /** One to three sentences in our own words. Plain text. */
  definition: string;
  /** The section that explains it, as a site path with fragment, e.g. "/approaches/pure-rl/#grpo". */
  explainedIn: string;
  /**
   * Where the definition's facts come from: keys of src/data/sources.ts, each with an optional
   * location (section, table, file). Required when the definition states a sourced figure (checked
   * by uncitedGlossaryEntries in src/markdown/cited-numbers.ts); omitted only for general concepts.
   */
  sources?: GlossarySource[];
}

/** One source of a glossary entry, as in `<Cite id loc />`. */
export interface GlossarySource {
  id: string;
  loc?: string;
}

/** Page-level fallback for terms whose explanation spans a whole page. */
const SFT_RL = '/approaches/sft-plus-rl/';

export const glossary: GlossaryTerm[] = [
  // ── Foundations ────────────────────────────────────────────────────────────
  {
    id: 'reasoning-model',
    name: 'Reasoning model',
    aliases: ['reasoning LLM', 'thinking model', 'large reasoning model'],
    definition:
      'A language model that is specifically good at hard, multi-step problems such as competition math, puzzles and difficult coding tasks. Most such models write out intermediate steps, often in a separate thinking section, before giving the final answer.',
    sources: [{ id: 'raschka-2025' }],
    explainedIn: '/foundations/what-is-a-reasoning-model/#what-reasoning-model-means-in-practice',
  },
  {
    id: 'reasoning-trace',
    name: 'Reasoning trace',
    aliases: ['thinking trace', 'thinking section', 'thought process', 'long CoT'],
    definition:
      'The intermediate text a model generates on its way to an answer: partial results, checks, abandoned attempts and corrections. Some products hide it from the user; open models such as DeepSeek-R1 print it between <think> tags.',
    sources: [{ id: 'raschka-2025' }, { id: 'deepseek-r1-repo', loc: 'README' }],
    explainedIn: '/foundations/what-is-a-reasoning-model/#intermediate-steps',
  },
  {
    id: 'pretraining',
    name: 'Pretraining',
    aliases: ['pre-training', 'base model training', 'next-token prediction'],
    definition:
      'The first and by far most expensive stage of building an LLM: training on a very large text corpus to predict the next token. The result is a base model that continues text well but does not yet follow instructions reliably.',
    sources: [{ id: 'raschka-2025' }],
    explainedIn: '/foundations/what-is-a-reasoning-model/#where-reasoning-fits-in-building-an-llm',
  },
  {
    id: 'instruction-tuning',
    name: 'Instruction fine-tuning',
    aliases: ['instruction tuning', 'instruction finetuning', 'chat fine-tuning'],
    definition:
      'Supervised fine-tuning of a pretrained model on examples of instructions paired with good responses, so that it answers requests instead of merely continuing text. It is the second of the usual stages of building an LLM.',
    sources: [{ id: 'raschka-2025' }],
    explainedIn: '/foundations/what-is-a-reasoning-model/#where-reasoning-fits-in-building-an-llm',
  },
  {
    id: 'preference-tuning',
    name: 'Preference tuning',
    aliases: ['RLHF', 'alignment', 'preference optimization', 'DPO', 'reinforcement learning from human feedback'],
    definition:
      'The third usual stage of building an LLM: adjusting an instruction-tuned model so that its answers match human preferences (helpful, harmless, well formatted), for example with reinforcement learning against a reward model trained on human comparisons.',
    sources: [{ id: 'raschka-2025' }],
    explainedIn: '/foundations/what-is-a-reasoning-model/#where-reasoning-fits-in-building-an-llm',
  },
  {
    id: 'sft',
    name: 'Supervised fine-tuning (SFT)',
    aliases: ['supervised fine-tuning', 'supervised finetuning', 'SFT'],
    definition:
      'Continuing to train a model with the ordinary next-token loss on a curated set of example prompts and target responses. For reasoning models the targets are usually long worked solutions, so the model imitates their step-by-step style.',
    explainedIn: SFT_RL,
  },
  {
    id: 'overthinking',
    name: 'Overthinking',
    aliases: ['over-thinking', 'excessive reasoning'],
    definition:
      'A failure mode of reasoning models: spending many tokens deliberating over a question that needs little thought, which wastes money and time and can even talk the model out of a correct answer.',
    sources: [{ id: 'raschka-2025' }],
    explainedIn: '/foundations/when-to-use-reasoning-models/#where-they-are-the-wrong-tool',
  },

  // ── Inference-time scaling ────────────────────────────────────────────────
  {
    id: 'inference-time-scaling',
    name: 'Inference-time scaling',
    aliases: ['test-time compute', 'test-time scaling', 'inference-time compute', 'thinking time'],
    definition:
      'Getting better answers by spending more computation when the model is used rather than when it is trained, for example by generating longer reasoning, sampling many answers and voting, or searching with a verifier. The weights stay the same; the cost per query goes up.',
    sources: [{ id: 'raschka-2025' }, { id: 'snell-2024' }],
    explainedIn: '/approaches/inference-time-scaling/#what-inference-time-scaling-is',
  },
  {
    id: 'chain-of-thought',
    name: 'Chain-of-thought (CoT)',
    aliases: ['CoT', 'chain of thought', 'CoT prompting', 'step-by-step reasoning'],
    definition:
      'Having a model write its intermediate reasoning steps before the final answer, originally by showing it a few worked examples in the prompt. Wei et al. (2022) found this helps large models on arithmetic, commonsense and symbolic tasks.',
    sources: [{ id: 'wei-2022-cot' }],
    explainedIn: '/approaches/inference-time-scaling/#chain-of-thought-prompting',
  },
  {
    id: 'zero-shot-cot',
    name: 'Zero-shot chain-of-thought',
    aliases: ['Let’s think step by step', 'zero-shot CoT', 'Kojima et al.'],
    definition:
      'Chain-of-thought prompting without any worked examples: a short trigger phrase such as “Let’s think step by step” placed before the answer is enough to make a large model reason out loud, which Kojima et al. (2022) showed greatly improves its math accuracy.',
    sources: [{ id: 'kojima-2022' }],
    explainedIn: '/approaches/inference-time-scaling/#zero-shot-chain-of-thought',
  },
  {
    id: 'majority-voting',
    name: 'Majority voting',
    aliases: ['self-consistency', 'cons@64', 'voting', 'plurality vote'],
    definition:
      'Sample several independent reasoning paths for the same question and return the final answer that appears most often. Wang et al. (2022) introduced it for chain-of-thought under the name self-consistency.',
    sources: [{ id: 'wang-2022-self-consistency' }],
    explainedIn: '/approaches/inference-time-scaling/#majority-voting-self-consistency',
  },
  {
    id: 'best-of-n',
    name: 'Best-of-N',
    aliases: ['best of N', 'BoN', 'reranking'],
    definition:
      'Generate N complete candidate answers and keep the one that a reward model or verifier scores highest. A weighted variant adds up verifier scores per distinct final answer instead of picking a single candidate.',
    sources: [{ id: 'snell-2024' }, { id: 'raschka-2025' }],
    explainedIn: '/approaches/inference-time-scaling/#best-of-n-with-a-verifier',
  },
  {
    id: 'verifier',
    name: 'Verifier',
    aliases: ['checker', 'judge', 'scorer'],
    definition:
      'Anything that scores or checks a candidate answer: a learned reward model, a rule (exact match against a known result) or an executor (running unit tests on code). Search and best-of-N methods rely on one to choose among samples.',
    sources: [{ id: 'snell-2024' }, { id: 'deepseek-r1', loc: '§2.2.2' }],
    explainedIn: '/approaches/inference-time-scaling/#best-of-n-with-a-verifier',
  },
  {
    id: 'outcome-reward-model',
    name: 'Outcome reward model (ORM)',
    aliases: ['ORM', 'outcome supervision', 'outcome-supervised reward model'],
    definition:
      'A reward model trained to judge only whether a whole solution ends in the right result, without looking at the individual steps.',
    sources: [{ id: 'lightman-2023' }],
    explainedIn: '/approaches/inference-time-scaling/#outcome-and-process-reward-models',
  },
  {
    id: 'process-reward-model',
    name: 'Process reward model (PRM)',
    aliases: ['PRM', 'process supervision', 'step-level reward model', 'process-supervised reward model'],
    definition:
      'A reward model that scores every intermediate step of a solution rather than only the end result. Lightman et al. (2023) found process supervision beat outcome supervision on MATH; DeepSeek reports that PRMs were hard to make work for large-scale RL training.',
    sources: [{ id: 'lightman-2023' }, { id: 'deepseek-r1', loc: '§4.2' }],
    explainedIn: '/approaches/inference-time-scaling/#outcome-and-process-reward-models',
  },
  {
    id: 'beam-search',
    name: 'Beam search (over reasoning steps)',
    aliases: ['beam search', 'step-level beam search'],
    definition:
      'Build solutions one step at a time while keeping only the few highest-scoring partial solutions at each step, with a process reward model providing the scores.',
    sources: [{ id: 'snell-2024' }],
    explainedIn: '/approaches/inference-time-scaling/#beam-search',
  },
  {
    id: 'lookahead-search',
    name: 'Lookahead search',
    aliases: ['lookahead', 'rollout-based search'],
    definition:
      'A variant of step-level beam search that, before scoring a candidate step, rolls the solution a few steps further and uses the score of that continuation, so that promising-looking dead ends are recognized earlier.',
    sources: [{ id: 'snell-2024' }],
    explainedIn: '/approaches/inference-time-scaling/#lookahead-search',
  },
  {
    id: 'mcts',
    name: 'Monte Carlo tree search (MCTS)',
    aliases: ['MCTS', 'tree search', 'Monte Carlo tree search'],
    definition:
      'A search method that grows a tree of partial solutions by repeatedly selecting, expanding, simulating and backing up value estimates. DeepSeek tried it for R1 and reported that the huge token-level search space and the difficulty of training a fine-grained value model made it impractical.',
    sources: [{ id: 'deepseek-r1', loc: '§4.2' }],
    explainedIn: '/approaches/inference-time-scaling/#what-deepseek-tried-prms-and-mcts',
  },
  {
    id: 'pass-at-k',
    name: 'pass@k',
    aliases: ['pass@1', 'pass at k', 'pass-at-k'],
    definition:
      'The probability that at least one of k sampled answers to a problem is correct, averaged over problems and usually estimated from n ≥ k samples with an unbiased formula. DeepSeek reports pass@1 as the average correctness over several samples per question.',
    sources: [{ id: 'chen-2021-codex' }, { id: 'deepseek-r1', loc: '§3' }],
    explainedIn: '/approaches/inference-time-scaling/#the-unbiased-passk-estimator',
  },
  {
    id: 'cons-at-k',
    name: 'cons@k',
    aliases: ['cons@64', 'consensus@k', 'maj@k', 'majority@k'],
    definition:
      'Accuracy when k answers are sampled per problem and the majority answer is graded. DeepSeek reports cons@64 (a vote over 64 samples) for AIME alongside pass@1.',
    sources: [{ id: 'deepseek-r1', loc: '§3' }],
    explainedIn: '/approaches/inference-time-scaling/#pass1-and-cons64-in-the-deepseek-r1-paper',
  },
  {
    id: 'prm800k',
    name: 'PRM800K',
    aliases: ['PRM 800K', 'Let’s Verify Step by Step dataset'],
    definition:
      'The dataset released with OpenAI’s “Let’s Verify Step by Step” paper: 800,000 step-level human labels (positive, neutral or negative) on step-by-step solutions to MATH problems, used to train process reward models.',
    sources: [{ id: 'lightman-2023' }, { id: 'prm800k' }],
    explainedIn: '/approaches/inference-time-scaling/#outcome-and-process-reward-models',
  },

  // ── Reinforcement learning ────────────────────────────────────────────────
  {
    id: 'reinforcement-learning',
    name: 'Reinforcement learning (RL)',
    aliases: ['RL', 'policy optimization', 'RL fine-tuning'],
    definition:
      'Training by trial and reward: the model generates outputs, each output is scored, and the weights are updated to make high-scoring outputs more likely. Unlike SFT it needs no target text, only a way to score what the model produced.',
    explainedIn: '/approaches/pure-rl/#the-training-loop',
  },
  {
    id: 'policy',
    name: 'Policy',
    aliases: ['actor', 'policy model', 'π_θ'],
    definition:
      'In RL for language models, the model being trained: it maps a prompt (and the tokens so far) to a probability distribution over the next token. Its parameters are usually written θ.',
    explainedIn: '/approaches/pure-rl/#the-training-loop',
  },
  {
    id: 'reward-model',
    name: 'Reward model',
    aliases: ['RM', 'neural reward model', 'preference model'],
    definition:
      'A neural network, usually itself a language model, trained to give a scalar score to a response. DeepSeek avoided neural reward models for R1-Zero’s reasoning rewards because they can be gamed during large-scale RL and add cost.',
    sources: [{ id: 'deepseek-r1', loc: '§2.2.2' }],
    explainedIn: '/approaches/pure-rl/#why-no-neural-reward-model',
  },
  {
    id: 'reward-hacking',
    name: 'Reward hacking',
    aliases: ['reward gaming', 'specification gaming', 'reward exploitation'],
    definition:
      'When the policy learns to raise its reward by exploiting flaws in the reward signal rather than by actually getting better at the task, for example by producing outputs a learned reward model overrates.',
    sources: [{ id: 'deepseek-r1', loc: '§2.2.2, §4.2' }],
    explainedIn: '/approaches/pure-rl/#why-no-neural-reward-model',
  },
  {
    id: 'ppo',
    name: 'Proximal Policy Optimization (PPO)',
    aliases: ['PPO', 'clipped surrogate objective', 'Schulman et al. 2017'],
    definition:
      'The standard policy-gradient algorithm for RL fine-tuning of LLMs. It limits how far each update can move the policy by clipping the probability ratio, and it estimates advantages with a learned value model (critic).',
    sources: [{ id: 'schulman-2017-ppo' }, { id: 'deepseekmath', loc: '§4.1.1' }],
    explainedIn: '/approaches/pure-rl/#a-ppo-recap',
  },
  {
    id: 'grpo',
    name: 'Group Relative Policy Optimization (GRPO)',
    aliases: ['Group Relative Policy Optimization', 'GRPO'],
    definition:
      'A variant of PPO introduced in DeepSeekMath and used for DeepSeek-R1-Zero and R1. It drops the value model: several answers are sampled for each question and each answer’s advantage is its reward measured against the group’s mean and standard deviation.',
    sources: [{ id: 'deepseekmath', loc: '§4.1' }, { id: 'deepseek-r1', loc: '§2.2.1' }],
    explainedIn: '/approaches/pure-rl/#the-grpo-objective',
  },
  {
    id: 'advantage',
    name: 'Advantage',
    aliases: ['advantage estimate', 'A_i', 'baseline-subtracted reward'],
    definition:
      'How much better an output (or action) turned out than what was expected. A positive advantage pushes the policy toward that output, a negative one away from it; PPO estimates the expectation with a critic, GRPO with the group average.',
    sources: [{ id: 'deepseekmath', loc: '§4.1.1' }],
    explainedIn: '/approaches/pure-rl/#the-group-relative-advantage',
  },
  {
    id: 'value-model',
    name: 'Value model (critic)',
    aliases: ['critic', 'value function', 'value network'],
    definition:
      'In PPO, a second network, typically as large as the policy, that predicts the expected future reward from a partial output and serves as the baseline for advantages. GRPO removes it to save memory and compute.',
    sources: [{ id: 'deepseekmath', loc: '§4.1.1' }],
    explainedIn: '/approaches/pure-rl/#why-grpo-drops-the-critic',
  },
  {
    id: 'kl-divergence',
    name: 'KL divergence (KL penalty)',
    aliases: ['Kullback-Leibler divergence', 'KL penalty', 'KL term', 'β'],
    definition:
      'A measure of how different two probability distributions are. In RL fine-tuning a KL term, weighted by a coefficient β, discourages the policy from drifting too far from a reference model.',
    sources: [{ id: 'deepseekmath', loc: '§4.1.1' }, { id: 'ouyang-2022-instructgpt' }],
    explainedIn: '/approaches/pure-rl/#the-kl-penalty',
  },
  {
    id: 'reference-model',
    name: 'Reference model',
    aliases: ['π_ref', 'reference policy', 'frozen model'],
    definition:
      'A frozen copy of the model from before RL (often the SFT model) against which the KL penalty is measured, so the policy keeps the fluent language it started with.',
    sources: [{ id: 'deepseekmath', loc: '§4.1.1' }],
    explainedIn: '/approaches/pure-rl/#the-kl-penalty',
  },
  {
    id: 'clipping',
    name: 'Clipping (ratio clipping)',
    aliases: ['clip', 'ε', 'clipped ratio', 'trust region'],
    definition:
      'In PPO and GRPO the ratio between the new and old policy’s probability of an output is clipped to the range 1 − ε to 1 + ε, so a single update cannot move the policy too far on the strength of one noisy advantage.',
    sources: [{ id: 'schulman-2017-ppo' }, { id: 'deepseek-r1', loc: '§2.2.1, eq. 1' }],
    explainedIn: '/approaches/pure-rl/#a-ppo-recap',
  },
  {
    id: 'accuracy-reward',
    name: 'Accuracy reward',
    aliases: ['correctness reward', 'verifiable reward', 'rule-based reward'],
    definition:
      'A reward computed by a rule that checks whether the answer is right: the final math answer in a fixed format (such as a box) compared with the reference, or code run against test cases. R1-Zero and R1 use it for reasoning tasks.',
    sources: [{ id: 'deepseek-r1', loc: '§2.2.2' }],
    explainedIn: '/approaches/pure-rl/#accuracy-reward',
  },
  {
    id: 'format-reward',
    name: 'Format reward',
    aliases: ['format check', 'tag reward', 'think-tag reward'],
    definition:
      'A rule-based reward for putting the reasoning between <think> and </think> tags. In the R1 paper it is a rule, not an LLM judge.',
    sources: [{ id: 'deepseek-r1', loc: '§2.2.2' }],
    explainedIn: '/approaches/pure-rl/#format-reward',
  },
  {
    id: 'aha-moment',
    name: 'Aha moment',
    aliases: ['emergent reflection', 'self-reflection', 'Wait, wait'],
    definition:
      'DeepSeek’s name for what it saw in an intermediate R1-Zero checkpoint: the model began to stop, re-examine its first approach and try again, in a human-sounding voice (“Wait, wait…”). The reasoning format was requested by the prompt template; the reflection behavior was not.',
    sources: [{ id: 'deepseek-r1', loc: '§2.2.4, Table 3' }],
    explainedIn: '/approaches/pure-rl/#the-aha-moment',
  },
  {
    id: 'self-verification',
    name: 'Self-verification',
    aliases: ['self-checking', 'self-correction', 'reflection'],
    definition:
      'A model checking its own intermediate results and revising them when they fail the check. Reflection of this kind emerged during R1-Zero’s RL without being programmed, and TinyZero reports self-verification emerging in a 3B model.',
    sources: [{ id: 'deepseek-r1', loc: '§2.2.4' }, { id: 'tinyzero', loc: 'README' }],
    explainedIn: '/approaches/pure-rl/#the-aha-moment',
  },
  {
    id: 'think-tags',
    name: 'Think tags (<think> … </think>)',
    aliases: ['think tag', 'answer tags', 'thinking tags', 'R1 template'],
    definition:
      'Markup that separates the reasoning from the answer: the model writes its thinking between <think> and </think>, and (in the R1-Zero template) the answer between <answer> and </answer>. A format reward checks the tags.',
    sources: [{ id: 'deepseek-r1', loc: 'Table 1' }],
    explainedIn: '/approaches/pure-rl/#the-training-template',
  },
  {
    id: 'gae',
    name: 'Generalized advantage estimation (GAE)',
    aliases: ['GAE', 'generalized advantage estimation'],
    definition:
      'The usual way PPO turns per-token rewards and the critic’s value predictions into advantages, trading bias against variance. TinyZero’s default training script uses it, which is why that setup is PPO rather than GRPO.',
    sources: [{ id: 'deepseekmath', loc: '§4.1.1' }, { id: 'tinyzero', loc: 'scripts/train_tiny_zero.sh' }],
    explainedIn: '/approaches/pure-rl/#a-ppo-recap',
  },

  // ── SFT + RL ──────────────────────────────────────────────────────────────
  {
    id: 'cold-start-data',
    name: 'Cold-start data',
    aliases: ['cold start', 'cold-start SFT', 'cold start data'],
    definition:
      'In the R1 paper, the small set (thousands of examples) of long, readable chain-of-thought answers used to fine-tune DeepSeek-V3-Base before RL, so that R1’s RL starts from a stable, readable model. Some writers also call R1-Zero’s RL-from-scratch “cold start”, which is a different use.',
    sources: [{ id: 'deepseek-r1', loc: '§2.3.1' }, { id: 'raschka-2025' }],
    explainedIn: '/approaches/sft-plus-rl/#stage-1-cold-start-data',
  },
  {
    id: 'rejection-sampling',
    name: 'Rejection sampling (for data)',
    aliases: ['rejection sampling', 'filter by correctness', 'best-of-n data generation'],
    definition:
      'Building training data by sampling several answers per prompt from a model and keeping only those that pass a check (correct final answer, passing tests, clean formatting). DeepSeek used it to collect R1’s reasoning SFT data; Sky-T1 used it on QwQ traces.',
    sources: [{ id: 'deepseek-r1', loc: '§2.3.3' }, { id: 'sky-t1' }],
    explainedIn: '/approaches/sft-plus-rl/#stage-3-rejection-sampling-and-a-fresh-sft',
  },
  {
    id: 'language-consistency-reward',
    name: 'Language consistency reward',
    aliases: ['language reward', 'language mixing penalty'],
    definition:
      'A reward added in R1’s reasoning RL stage: the share of words in the chain of thought that are in the target language, added to the accuracy reward. It reduces language mixing at a small cost in benchmark scores.',
    sources: [{ id: 'deepseek-r1', loc: '§2.3.2' }],
    explainedIn: '/approaches/sft-plus-rl/#stage-2-reasoning-oriented-rl',
  },
  {
    id: 'language-mixing',
    name: 'Language mixing',
    aliases: ['code-switching', 'mixed-language reasoning'],
    definition:
      'Switching between languages (for example English and Chinese) inside one chain of thought. It was one of R1-Zero’s readability problems and the reason R1 adds a language consistency reward.',
    sources: [{ id: 'deepseek-r1', loc: 'Abstract, §2.3.2' }],
    explainedIn: '/approaches/pure-rl/#what-went-wrong-readability-and-language-mixing',
  },
  {
    id: 'generative-reward-model',
    name: 'Generative reward model',
    aliases: ['LLM judge', 'LLM-as-a-judge', 'model-based grading'],
    definition:
      'Using a language model to grade a response by writing a judgment, for example comparing a prediction with the reference answer. DeepSeek used DeepSeek-V3 this way for some prompts when filtering R1’s SFT data.',
    sources: [{ id: 'deepseek-r1', loc: '§2.3.3' }],
    explainedIn: '/approaches/sft-plus-rl/#reasoning-data-about-600k-samples',
  },

  // ── Distillation ──────────────────────────────────────────────────────────
  {
    id: 'distillation',
    name: 'Distillation (SFT on teacher outputs)',
    aliases: ['model distillation', 'pure SFT', 'data distillation'],
    definition:
      'In the reasoning-model literature: fine-tuning a smaller student model with plain SFT on reasoning traces written by a stronger teacher. DeepSeek-R1-Distill, Sky-T1 and s1 are examples.',
    sources: [{ id: 'deepseek-r1', loc: '§2.4' }, { id: 'raschka-2025' }, { id: 'sky-t1' }, { id: 's1' }],
    explainedIn: '/approaches/distillation/#deepseeks-distillation-sft-on-teacher-written-text',
  },
  {
    id: 'knowledge-distillation',
    name: 'Knowledge distillation (classic)',
    aliases: ['logit distillation', 'soft-label distillation', 'Hinton distillation'],
    definition:
      'The original form of distillation, in which the student is trained to match the teacher’s output probability distributions (logits), usually alongside the true labels. R1-Distill does not do this; it only trains on the teacher’s generated text.',
    sources: [{ id: 'hinton-2015-kd' }, { id: 'raschka-2025' }],
    explainedIn: '/approaches/distillation/#classic-knowledge-distillation-matching-the-teachers-distribution',
  },

  // ── DeepSeek models ───────────────────────────────────────────────────────
  {
    id: 'mixture-of-experts',
    name: 'Mixture of experts (MoE)',
    aliases: ['MoE', 'sparse model', 'expert routing'],
    definition:
      'A model architecture in which each token is routed to a few of many expert sub-networks, so only a fraction of the total parameters is active per token. DeepSeek-V3, R1-Zero and R1 are MoE models.',
    sources: [{ id: 'deepseek-v3', loc: 'README' }, { id: 'deepseek-r1-repo', loc: 'README' }],
    explainedIn: '/deepseek-r1/#the-base-model-deepseek-v3-base',
  },
  {
    id: 'deepseek-v3-base',
    name: 'DeepSeek-V3-Base',
    aliases: ['DeepSeek-V3', 'V3-Base', 'V3 base model'],
    definition:
      'The pretrained (not instruction-tuned) mixture-of-experts model that both DeepSeek-R1-Zero and DeepSeek-R1 start from; DeepSeek-V3 is the chat model built from it.',
    sources: [{ id: 'deepseek-r1-repo', loc: 'README' }, { id: 'deepseek-r1', loc: '§2.2, §2.3' }],
    explainedIn: '/deepseek-r1/#the-base-model-deepseek-v3-base',
  },
  {
    id: 'deepseek-r1-zero',
    name: 'DeepSeek-R1-Zero',
    aliases: ['R1-Zero', 'R1 Zero'],
    definition:
      'DeepSeek’s model trained with large-scale RL (GRPO, rule-based rewards) directly on DeepSeek-V3-Base, without any SFT first. It reasons well but its output is hard to read and mixes languages.',
    sources: [{ id: 'deepseek-r1', loc: '§2.2' }],
    explainedIn: '/deepseek-r1/#r1-zero-rl-straight-on-the-base-model',
  },
  {
    id: 'deepseek-r1',
    name: 'DeepSeek-R1',
    aliases: ['R1', 'DeepSeek R1'],
    definition:
      'DeepSeek’s open-weight reasoning model, released in January 2025 under the MIT license. It is built from DeepSeek-V3-Base with two SFT stages and two RL stages and is the main case study of this site.',
    sources: [{ id: 'deepseek-r1-repo', loc: 'README, License' }, { id: 'deepseek-r1', loc: '§2.3' }],
    explainedIn: '/deepseek-r1/#three-families-from-one-base-model',
  },
  {
    id: 'deepseek-r1-distill',
    name: 'DeepSeek-R1-Distill',
    aliases: ['R1-Distill', 'R1 distilled models', 'DeepSeek-R1-Distill-Qwen', 'DeepSeek-R1-Distill-Llama'],
    definition:
      'Six dense Qwen2.5 and Llama models that DeepSeek fine-tuned with SFT only, on the same data it assembled for R1: reasoning traces sampled from the reasoning-RL checkpoint of R1’s pipeline plus general instruction data. They are much cheaper to run than R1; the 32B and 70B students beat o1-mini on most benchmarks.',
    sources: [{ id: 'deepseek-r1', loc: '§2.3.3, §2.4, §3.2' }],
    explainedIn: '/deepseek-r1/#r1-distill-six-students-one-data-set',
  },
  {
    id: 'openai-o1',
    name: 'OpenAI o1',
    aliases: ['o1', 'o1-preview', 'o1-mini', 'o1-1217', 'o1-0912'],
    definition:
      'OpenAI’s reasoning model family, announced in September 2024, trained with large-scale RL to think in a hidden chain of thought before answering. OpenAI has not published how it works internally.',
    sources: [{ id: 'openai-o1' }],
    explainedIn: '/approaches/inference-time-scaling/#what-is-known-about-openai-o1',
  },
  {
    id: 'qwq-32b-preview',
    name: 'QwQ-32B-Preview',
    aliases: ['QwQ', 'QwQ-32B'],
    definition:
      'An open reasoning model in the Qwen family. Sky-T1 used it as the teacher that wrote its reasoning traces, and DeepSeek used it as a baseline for the distilled models.',
    sources: [{ id: 'sky-t1' }, { id: 'deepseek-r1', loc: 'Table 5' }],
    explainedIn: '/on-a-budget/#the-data-traces-from-qwq-filtered-and-rewritten',
  },

  // ── Benchmarks ────────────────────────────────────────────────────────────
  {
    id: 'aime',
    name: 'AIME',
    aliases: ['AIME 2024', 'AIME24', 'American Invitational Mathematics Examination'],
    definition:
      'Problems from the American Invitational Mathematics Examination, a hard mathematics competition for strong high-school students. The 2024 problem set is the headline math benchmark for reasoning models, usually reported as pass@1 and sometimes as cons@64.',
    sources: [{ id: 'deepseek-r1', loc: '§3' }],
    explainedIn: '/deepseek-r1/#headline-results',
  },
  {
    id: 'math',
    name: 'MATH (dataset)',
    aliases: ['MATH', 'MATH benchmark', 'MATH dataset', 'Hendrycks MATH'],
    definition:
      'A dataset of 12,500 competition mathematics problems, each with a full step-by-step solution, released by Hendrycks et al. in 2021. Papers often evaluate on a fixed subset of its test problems rather than on the whole set; MATH-500 is the best-known such subset.',
    sources: [{ id: 'hendrycks-2021-math' }],
    explainedIn: '/approaches/inference-time-scaling/#outcome-and-process-reward-models',
  },
  {
    id: 'math-500',
    name: 'MATH-500',
    aliases: ['MATH500', 'MATH-500 benchmark'],
    definition:
      'A benchmark of 500 problems taken from the test set of the MATH dataset, reported by the DeepSeek-R1 and Sky-T1 teams among many others. The PRM800K authors evaluated on 500 MATH test problems chosen at random; that MATH-500 is exactly that set is widely stated, but we have not verified it.',
    sources: [{ id: 'deepseek-r1', loc: 'Table 4' }, { id: 'sky-t1' }, { id: 'prm800k' }],
    explainedIn: '/deepseek-r1/#headline-results',
  },
  {
    id: 'gpqa-diamond',
    name: 'GPQA Diamond',
    aliases: ['GPQA', 'GPQA-Diamond', 'graduate-level science QA'],
    definition:
      'The Diamond subset of GPQA, which its authors describe as a graduate-level benchmark of hard multiple-choice questions in biology, physics and chemistry, written by domain experts. It rewards broad scientific knowledge as well as reasoning, and it is where small fine-tuned models most often lag behind larger ones.',
    sources: [{ id: 'rein-2023-gpqa' }, { id: 'deepseek-r1', loc: '§3, Table 5' }],
    explainedIn: '/deepseek-r1/#headline-results',
  },
  {
    id: 'livecodebench',
    name: 'LiveCodeBench',
    aliases: ['LCB', 'Live Code Bench'],
    definition:
      'A competitive-programming benchmark in which the model writes code that is run against tests. Results are reported as pass@1, sometimes split into easy, medium and hard problems.',
    sources: [{ id: 'deepseek-r1', loc: '§3' }, { id: 'sky-t1' }],
    explainedIn: '/deepseek-r1/#headline-results',
  },
  {
    id: 'codeforces-rating',
    name: 'Codeforces rating',
    aliases: ['Codeforces', 'CF rating', 'Elo rating', 'Codeforces percentile'],
    definition:
      'An Elo-style rating, and the matching percentile among human contestants, estimated from a model’s performance on problems from the Codeforces competitive-programming site.',
    sources: [{ id: 'deepseek-r1', loc: 'Table 4' }],
    explainedIn: '/deepseek-r1/#headline-results',
  },

  // ── Budget projects ───────────────────────────────────────────────────────
  {
    id: 'sky-t1',
    name: 'Sky-T1-32B-Preview',
    aliases: ['Sky-T1', 'SkyThought', 'NovaSky'],
    definition:
      'A 32B reasoning model from UC Berkeley’s NovaSky team, made by fine-tuning Qwen2.5-32B-Instruct with SFT on about 17K reasoning traces written by QwQ-32B-Preview. It roughly matches o1-preview on math and coding benchmarks at a very small training cost, but trails it on GPQA Diamond.',
    sources: [{ id: 'sky-t1' }],
    explainedIn: '/on-a-budget/#sky-t1-a-32b-reasoning-model-for-under-450',
  },
  {
    id: 'tinyzero',
    name: 'TinyZero',
    aliases: ['Tiny Zero', 'R1-Zero reproduction', 'Jiayi Pan'],
    definition:
      'A small open reproduction of the R1-Zero idea: RL with rule-based rewards applied directly to Qwen2.5 base models (3B works, 0.5B does not) on two arithmetic tasks, the Countdown game and multiplication, where self-verification emerges. Its default script uses PPO with a critic rather than GRPO.',
    sources: [{ id: 'tinyzero', loc: 'README' }],
    explainedIn: '/on-a-budget/#tinyzero-the-r1-zero-recipe-on-a-3b-model',
  },
  {
    id: 'countdown-task',
    name: 'Countdown task',
    aliases: ['Countdown', 'countdown game', 'numbers game'],
    definition:
      'An arithmetic puzzle: combine a few given numbers, each used once, with basic operations to reach a target number. Answers are easy to check by rule, which makes it a convenient RL task for TinyZero.',
    sources: [{ id: 'tinyzero', loc: 'examples/data_preprocess/countdown.py' }],
    explainedIn: '/on-a-budget/#the-countdown-task-and-its-reward',
  },
  {
    id: 'shortcut-learning',
    name: 'Shortcut learning',
    aliases: ['shortcut SFT', 'clean-path SFT', 'conventional SFT'],
    definition:
      'The usual way of building SFT data: train only on clean, correct solution paths from question to answer, so the model never sees a mistake being made or repaired.',
    sources: [{ id: 'o1-journey-part1', loc: '§4' }],
    explainedIn: '/on-a-budget/#journey-learning-training-on-the-wrong-turns-too',
  },
  {
    id: 'journey-learning',
    name: 'Journey learning',
    aliases: ['O1 Replication Journey', 'long-thought SFT', 'learning from mistakes'],
    definition:
      'An SFT approach proposed in the O1 Replication Journey (Part 1) report: train on the whole exploration, including wrong turns, reflection, corrections and backtracking, rather than only on the clean path, so the model learns how to recover from errors.',
    sources: [{ id: 'o1-journey-part1', loc: '§4' }],
    explainedIn: '/on-a-budget/#journey-learning-training-on-the-wrong-turns-too',
  },
  {
    id: 'budget-forcing',
    name: 'Budget forcing',
    aliases: ['Wait trick', 'thinking budget', 's1 budget forcing'],
    definition:
      'A decoding-time control from the s1 paper: end the thinking early when a token budget is used up, or make it keep reasoning by appending “Wait” when it tries to stop.',
    sources: [{ id: 's1' }],
    explainedIn: '/on-a-budget/#related-work-s1-and-budget-forcing',
  },
  {
    id: 's1',
    name: 's1 (simple test-time scaling)',
    aliases: ['s1-32B', 's1K', 'simple test-time scaling'],
    definition:
      'A 2025 project that fine-tunes Qwen2.5-32B-Instruct on a carefully chosen set of 1,000 reasoning examples (s1K) and adds budget forcing to control how long the model thinks at inference time.',
    sources: [{ id: 's1' }],
    explainedIn: '/on-a-budget/#related-work-s1-and-budget-forcing',
  },
  {
    id: 'verl',
    name: 'veRL',
    aliases: ['Volcano Engine Reinforcement Learning', 'volcengine verl'],
    definition:
      'An open-source library for RL training of LLMs from ByteDance that implements PPO, GRPO and related algorithms. TinyZero is built on it.',
    sources: [{ id: 'verl' }, { id: 'tinyzero', loc: 'README' }],
    explainedIn: '/on-a-budget/#ppo-not-grpo',
  },
  {
    id: 'open-weights',
    name: 'Open weights',
    aliases: ['open-weight model', 'open model', 'MIT license'],
    definition:
      'A model whose trained parameters can be downloaded and run by anyone, under a stated license. DeepSeek-R1’s code and weights are released under the MIT license.',
    sources: [{ id: 'deepseek-r1-repo', loc: 'License' }],
    explainedIn: '/deepseek-r1/#dates-sizes-and-licenses',
  },
];

export const glossaryById: ReadonlyMap<string, GlossaryTerm> = new Map(glossary.map((t) => [t.id, t]));
