import { describe, expect, it } from 'vitest';
import { glossary, glossaryById } from '../../src/data/glossary';

/** Every page path the site has (see the project contract). */
const PAGE_PATHS = [
  '/foundations/what-is-a-reasoning-model/',
  '/foundations/when-to-use-reasoning-models/',
  '/deepseek-r1/',
  '/approaches/inference-time-scaling/',
  '/approaches/pure-rl/',
  '/approaches/sft-plus-rl/',
  '/approaches/distillation/',
  '/on-a-budget/',
  '/takeaways/',
  '/playground/',
  '/reference/glossary/',
  '/reference/formulas/',
  '/reference/bibliography/',
];

/** Ids that pages may use with <Term id>, promised by the contract. */
const REQUIRED_IDS = `reasoning-model reasoning-trace chain-of-thought zero-shot-cot inference-time-scaling
majority-voting best-of-n verifier outcome-reward-model process-reward-model beam-search lookahead-search mcts
pass-at-k cons-at-k reinforcement-learning policy reward-model reward-hacking ppo grpo advantage value-model
kl-divergence reference-model clipping accuracy-reward format-reward language-consistency-reward aha-moment
cold-start-data rejection-sampling sft instruction-tuning pretraining preference-tuning distillation
knowledge-distillation mixture-of-experts deepseek-v3-base deepseek-r1-zero deepseek-r1 deepseek-r1-distill
overthinking journey-learning shortcut-learning budget-forcing aime math-500 gpqa-diamond livecodebench
codeforces-rating sky-t1 tinyzero countdown-task prm800k`
  .split(/\s+/)
  .filter(Boolean);

const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

describe('glossary', () => {
  it('has at least 50 terms', () => {
    expect(glossary.length).toBeGreaterThanOrEqual(50);
  });

  it('uses unique kebab-case ids', () => {
    const ids = glossary.map((t) => t.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id, id).toMatch(KEBAB);
    expect(glossaryById.size).toBe(ids.length);
  });

  it('contains every id the contract promises', () => {
    const missing = REQUIRED_IDS.filter((id) => !glossaryById.has(id));
    expect(missing).toEqual([]);
  });

  it('gives every term a name and a non-empty definition of one to three sentences', () => {
    for (const t of glossary) {
      expect(t.name.trim(), t.id).not.toBe('');
      const def = t.definition.trim();
      expect(def.length, t.id).toBeGreaterThan(20);
      expect(def, t.id).not.toMatch(/^temporary$|TODO|TBD/i);
      expect(def, t.id).toMatch(/[.!?)"'”]$/);
      // Sentence ends: a period/?/! followed by a space and a capital letter or quote.
      const sentences = def.split(/(?<=[.!?])\s+(?=[A-Z"“(])/).length;
      expect(sentences, t.id).toBeLessThanOrEqual(3);
    }
  });

  it('points explainedIn at a page of the site', () => {
    for (const t of glossary) {
      const [path, fragment, ...rest] = t.explainedIn.split('#');
      expect(rest, t.id).toEqual([]);
      expect(PAGE_PATHS, `${t.id}: ${t.explainedIn}`).toContain(path);
      if (fragment !== undefined) expect(fragment, t.id).toMatch(KEBAB);
    }
  });

  it('keeps aliases distinct from the name and from each other', () => {
    for (const t of glossary) {
      const name = t.name.trim().toLowerCase();
      const seen = new Set<string>();
      for (const alias of t.aliases) {
        const a = alias.trim().toLowerCase();
        expect(a, t.id).not.toBe('');
        expect(a, `${t.id}: alias "${alias}" repeats the name`).not.toBe(name);
        expect(seen.has(a), `${t.id}: alias "${alias}" twice`).toBe(false);
        seen.add(a);
      }
    }
  });

  it('has no raw HTML-looking markup except literal tag names in text', () => {
    for (const t of glossary) {
      // Definitions are printed as text; angle brackets are allowed only for tag names like <think>.
      const tags = t.definition.match(/<[^>]*>/g) ?? [];
      for (const tag of tags) expect(tag, t.id).toMatch(/^<\/?(think|answer)>$/);
    }
  });
});

describe('glossary aliases survive HTML escaping', () => {
  it('contain no characters that HTML escapes (so search and the glossary page show them verbatim)', () => {
    for (const t of glossary) for (const a of t.aliases) expect(a, `${t.id}: ${a}`).not.toMatch(/[<>"'&]/);
  });
});
