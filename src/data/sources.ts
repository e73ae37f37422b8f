/**
 * Every source the site cites, in one place. MDX cites a source by key with `<Cite id="key" />`;
 * an unknown key fails the build. Facts come from ../shared/reference/facts.md, which names the
 * section of each source a fact was read from.
 */
export interface Source {
  /** Stable key used by `<Cite id>` and as the bibliography anchor (`#ref-<id>`). */
  id: string;
  title: string;
  /** Authors as they should be printed, e.g. "Wang, Wei, Schuurmans, et al." */
  authors: string;
  year: number;
  /** Publication or release date where a fact depends on it (ISO, yyyy-mm-dd). */
  date?: string;
  /** Where it appeared: an arXiv id, a blog, a repository. */
  venue: string;
  url: string;
  /** Anything a reader should know about this source (versions, caveats). */
  note?: string;
}

export const sources: Source[] = [
  {
    id: 'raschka-2025',
    title: 'Understanding Reasoning LLMs',
    authors: 'Sebastian Raschka',
    year: 2025,
    date: '2025-02-05',
    venue: 'Ahead of AI (magazine article)',
    url: 'https://magazine.sebastianraschka.com/p/understanding-reasoning-llms',
    note: 'The article this site started from. Copies of it carry a later date (19 July 2025); the stored copy we read is dated 5 February 2025.',
  },
  {
    id: 'deepseek-r1',
    title: 'DeepSeek-R1: Incentivizing Reasoning Capability in LLMs via Reinforcement Learning',
    authors: 'DeepSeek-AI',
    year: 2025,
    venue: 'arXiv:2501.12948',
    url: 'https://arxiv.org/abs/2501.12948',
    note: 'Numbers on this site come from the January 2025 version (v1 PDF in the official repository). Secondary sources date the arXiv listing to 22 January 2025; we have not confirmed that date.',
  },
  {
    id: 'deepseek-r1-repo',
    title: 'DeepSeek-R1 (official repository and model card)',
    authors: 'DeepSeek-AI',
    year: 2025,
    date: '2025-01-20',
    venue: 'GitHub',
    url: 'https://github.com/deepseek-ai/DeepSeek-R1',
    note: 'A few baseline cells in the README differ from the paper PDF; this site uses the PDF values.',
  },
  {
    id: 'deepseek-v3',
    title: 'DeepSeek-V3 Technical Report',
    authors: 'DeepSeek-AI',
    year: 2024,
    venue: 'arXiv:2412.19437',
    url: 'https://github.com/deepseek-ai/DeepSeek-V3',
  },
  {
    id: 'deepseekmath',
    title: 'DeepSeekMath: Pushing the Limits of Mathematical Reasoning in Open Language Models',
    authors: 'Shao, Wang, Zhu, Xu, Song, Bi, Zhang, Zhang, Li, Wu, Guo',
    year: 2024,
    date: '2024-02-05',
    venue: 'arXiv:2402.03300',
    url: 'https://arxiv.org/abs/2402.03300',
    note: 'Introduces GRPO.',
  },
  {
    id: 'wei-2022-cot',
    title: 'Chain-of-Thought Prompting Elicits Reasoning in Large Language Models',
    authors: 'Wei, Wang, Schuurmans, Bosma, Ichter, Xia, Chi, Le, Zhou',
    year: 2022,
    venue: 'arXiv:2201.11903',
    url: 'https://arxiv.org/abs/2201.11903',
  },
  {
    id: 'kojima-2022',
    title: 'Large Language Models are Zero-Shot Reasoners',
    authors: 'Kojima, Gu, Reid, Matsuo, Iwasawa',
    year: 2022,
    date: '2022-05-24',
    venue: 'arXiv:2205.11916',
    url: 'https://arxiv.org/abs/2205.11916',
  },
  {
    id: 'wang-2022-self-consistency',
    title: 'Self-Consistency Improves Chain of Thought Reasoning in Language Models',
    authors: 'Wang, Wei, Schuurmans, Le, Chi, Narang, Chowdhery, Zhou',
    year: 2022,
    venue: 'arXiv:2203.11171',
    url: 'https://arxiv.org/abs/2203.11171',
    note: 'The first (March 2022) abstract quotes different gains from the final version; this site uses the final version.',
  },
  {
    id: 'lightman-2023',
    title: "Let's Verify Step by Step",
    authors: 'Lightman, Kosaraju, Burda, Edwards, Baker, Lee, Leike, Schulman, Sutskever, Cobbe',
    year: 2023,
    venue: 'arXiv:2305.20050',
    url: 'https://arxiv.org/abs/2305.20050',
  },
  {
    id: 'prm800k',
    title: 'PRM800K: a process supervision dataset',
    authors: 'OpenAI',
    year: 2023,
    venue: 'GitHub',
    url: 'https://github.com/openai/prm800k',
  },
  {
    id: 'snell-2024',
    title: 'Scaling LLM Test-Time Compute Optimally can be More Effective than Scaling Model Parameters',
    authors: 'Snell, Lee, Xu, Kumar',
    year: 2024,
    venue: 'arXiv:2408.03314',
    url: 'https://arxiv.org/abs/2408.03314',
  },
  {
    id: 'openai-o1',
    title: 'Learning to Reason with LLMs',
    authors: 'OpenAI',
    year: 2024,
    date: '2024-09-12',
    venue: 'OpenAI blog',
    url: 'https://openai.com/index/learning-to-reason-with-llms/',
  },
  {
    id: 'chen-2021-codex',
    title: 'Evaluating Large Language Models Trained on Code',
    authors: 'Chen et al.',
    year: 2021,
    venue: 'arXiv:2107.03374',
    url: 'https://arxiv.org/abs/2107.03374',
    note: 'Defines the unbiased pass@k estimator; the numerically stable form is in the human-eval repository.',
  },
  {
    id: 'human-eval',
    title: 'human-eval: evaluation harness for the HumanEval problem solving dataset',
    authors: 'OpenAI',
    year: 2021,
    venue: 'GitHub',
    url: 'https://github.com/openai/human-eval',
  },
  {
    id: 'schulman-2017-ppo',
    title: 'Proximal Policy Optimization Algorithms',
    authors: 'Schulman, Wolski, Dhariwal, Radford, Klimov',
    year: 2017,
    venue: 'arXiv:1707.06347',
    url: 'https://arxiv.org/abs/1707.06347',
  },
  {
    id: 'ouyang-2022-instructgpt',
    title: 'Training language models to follow instructions with human feedback',
    authors: 'Ouyang et al.',
    year: 2022,
    venue: 'arXiv:2203.02155',
    url: 'https://arxiv.org/abs/2203.02155',
  },
  {
    id: 'schulman-2020-kl',
    title: 'Approximating KL Divergence',
    authors: 'John Schulman',
    year: 2020,
    venue: 'Blog post',
    url: 'http://joschu.net/blog/kl-approx.html',
  },
  {
    id: 'sky-t1',
    title: 'Sky-T1: Train your own O1 preview model within $450',
    authors: 'NovaSky Team',
    year: 2025,
    date: '2025-01-10',
    venue: 'NovaSky blog',
    url: 'https://novasky-ai.github.io/posts/sky-t1/',
  },
  {
    id: 'skythought-repo',
    title: 'SkyThought (Sky-T1 training recipe)',
    authors: 'NovaSky Team',
    year: 2025,
    venue: 'GitHub',
    url: 'https://github.com/NovaSky-AI/SkyThought',
  },
  {
    id: 'tinyzero',
    title: 'TinyZero',
    authors: 'Jiayi Pan, Junjie Zhang, Xingyao Wang, Lifan Yuan, Hao Peng, Alane Suhr',
    year: 2025,
    venue: 'GitHub',
    url: 'https://github.com/Jiayi-Pan/TinyZero',
  },
  {
    id: 'o1-journey-part1',
    title: 'O1 Replication Journey: A Strategic Progress Report – Part 1',
    authors: 'Qin, Li, Zou, Liu, Xia, Huang, Ye, Yuan, Liu, Li, Liu',
    year: 2024,
    venue: 'arXiv:2410.18982',
    url: 'https://arxiv.org/abs/2410.18982',
  },
  {
    id: 'o1-journey-part2',
    title: 'O1 Replication Journey – Part 2: Surpassing O1-preview through Simple Distillation…',
    authors: 'Huang, Zou, Li, Liu, Zheng, Chern, Xia, Qin, Yuan, Liu',
    year: 2024,
    venue: 'arXiv:2411.16489',
    url: 'https://arxiv.org/abs/2411.16489',
  },
  {
    id: 's1',
    title: 's1: Simple test-time scaling',
    authors: 'Muennighoff, Yang, Shi, Li, Fei-Fei, Hajishirzi, Zettlemoyer, Liang, Candès, Hashimoto',
    year: 2025,
    venue: 'arXiv:2501.19393',
    url: 'https://arxiv.org/abs/2501.19393',
  },
  {
    id: 'verl',
    title: 'veRL: Volcano Engine Reinforcement Learning for LLMs',
    authors: 'ByteDance Seed and veRL contributors',
    year: 2024,
    venue: 'GitHub',
    url: 'https://github.com/volcengine/verl',
    note: 'Implementation details on this site were read from the copy vendored in TinyZero.',
  },
  {
    id: 'hinton-2015-kd',
    title: 'Distilling the Knowledge in a Neural Network',
    authors: 'Hinton, Vinyals, Dean',
    year: 2015,
    venue: 'arXiv:1503.02531',
    url: 'https://arxiv.org/abs/1503.02531',
    note: 'The classic form of knowledge distillation (soft targets with a temperature).',
  },
  {
    id: 'rein-2023-gpqa',
    title: 'GPQA: A Graduate-Level Google-Proof Q&A Benchmark',
    authors: 'Rein, Hou, Stickland, Petty, Pang, Dirani, Michael, Bowman',
    year: 2023,
    venue: 'arXiv:2311.12022',
    url: 'https://arxiv.org/abs/2311.12022',
    note: 'The benchmark behind GPQA Diamond; the DeepSeek-R1 paper cites it for that benchmark.',
  },
  {
    id: 'hendrycks-2021-math',
    title: 'Measuring Mathematical Problem Solving With the MATH Dataset',
    authors: 'Hendrycks, Burns, Kadavath, Arora, Basart, Tang, Song, Steinhardt',
    year: 2021,
    venue: 'arXiv:2103.03874',
    url: 'https://arxiv.org/abs/2103.03874',
    note: 'Introduces the MATH dataset of competition problems; MATH-500 is a 500-problem subset of its test set.',
  },
  // (add new sources above this line)
];

export const sourcesById: ReadonlyMap<string, Source> = new Map(sources.map((s) => [s.id, s]));
