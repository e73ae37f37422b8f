/**
 * Cost of answering questions with a plain model, a reasoning model, and a reasoning model with
 * majority voting. Prices are inputs: the widget starts from cited API prices at release
 * (src/widgets/cost-estimator/prices.ts) and the reader may enter their own.
 *
 * Per question, in output tokens:
 *   plain                = answer
 *   reasoning            = reasoning + answer
 *   reasoning + voting   = samples × (reasoning + answer)
 * Cost per 1,000 questions = 1,000 × tokens × price-per-million / 1,000,000 (+ the same for input
 * tokens, billed once per request; with voting every sample is assumed to be its own request).
 * Reasoning tokens are assumed to be billed at the output price. The inputs' defaults and valid ranges
 * belong to the widget (src/widgets/cost-estimator/schema.ts).
 */

/** Questions the estimate is scaled to. */
export const QUESTIONS = 1000;
const PER_MILLION = 1_000_000;

/** What the reader enters: token counts per question and prices in dollars per million tokens. */
export interface CostInputs {
  /** Tokens of the final answer. */
  answer: number;
  /** Thinking tokens generated before the answer. */
  reasoning: number;
  /** Samples per question for the majority vote (a whole number, at least 1). */
  samples: number;
  /** Price per 1M output tokens of the plain model. */
  pricePlain: number;
  /** Price per 1M output tokens of the reasoning model (reasoning tokens included). */
  priceReasoning: number;
  /** Prompt tokens per request. */
  inputTokens: number;
  /** Price per 1M input tokens (both models). */
  priceInput: number;
}

export interface Scenario {
  key: 'plain' | 'reasoning' | 'voting';
  label: string;
  /** Answers generated per question (1 except for voting). */
  samples: number;
  /** Output tokens per question. */
  outputTokens: number;
  /** Input tokens billed per question (once per request). */
  inputTokens: number;
  /** Cost of 1,000 questions, in the currency of the prices. */
  cost: number;
  /** cost / plain cost; null when the plain cost is 0. */
  ratio: number | null;
  /** The formula with the numbers plugged in, ending in the result. */
  formula: string;
}

/** Cost of `tokens` tokens for every one of 1,000 questions at `pricePerMillion`. */
function costPerThousand(tokens: number, pricePerMillion: number): number {
  // 1,000 × tokens × price / 1,000,000 = tokens × price / 1,000: one division keeps rounding small.
  return (tokens * pricePerMillion) / (PER_MILLION / QUESTIONS);
}

/** All three scenarios for the given inputs. Inputs must already be validated. */
export function estimateCosts(inp: CostInputs): Scenario[] {
  const perAnswerReasoning = inp.reasoning + inp.answer;
  const withInput = inp.inputTokens > 0;

  const plainCost = costPerThousand(inp.answer, inp.pricePlain) + costPerThousand(inp.inputTokens, inp.priceInput);
  const reasoningCost =
    costPerThousand(perAnswerReasoning, inp.priceReasoning) + costPerThousand(inp.inputTokens, inp.priceInput);
  const votingCost =
    costPerThousand(inp.samples * perAnswerReasoning, inp.priceReasoning) +
    costPerThousand(inp.samples * inp.inputTokens, inp.priceInput);

  const ratio = (c: number): number | null => (plainCost > 0 ? c / plainCost : null);
  const q = formatNumber(QUESTIONS);
  const m = formatNumber(PER_MILLION);
  const inputTerm = withInput ? ` + ${formatNumber(inp.inputTokens)} × ${formatPrice(inp.priceInput)}` : '';

  return [
    {
      key: 'plain',
      label: 'Plain model',
      samples: 1,
      outputTokens: inp.answer,
      inputTokens: inp.inputTokens,
      cost: plainCost,
      ratio: ratio(plainCost),
      formula: `${q} × (${formatNumber(inp.answer)} × ${formatPrice(inp.pricePlain)}${inputTerm}) / ${m} = ${formatMoney(plainCost)}`,
    },
    {
      key: 'reasoning',
      label: 'Reasoning model',
      samples: 1,
      outputTokens: perAnswerReasoning,
      inputTokens: inp.inputTokens,
      cost: reasoningCost,
      ratio: ratio(reasoningCost),
      formula: `${q} × ((${formatNumber(inp.reasoning)} + ${formatNumber(inp.answer)}) × ${formatPrice(inp.priceReasoning)}${inputTerm}) / ${m} = ${formatMoney(reasoningCost)}`,
    },
    {
      key: 'voting',
      label: 'Reasoning model + majority vote',
      samples: inp.samples,
      outputTokens: inp.samples * perAnswerReasoning,
      inputTokens: inp.samples * inp.inputTokens,
      cost: votingCost,
      ratio: ratio(votingCost),
      formula: `${q} × ${formatNumber(inp.samples)} × ((${formatNumber(inp.reasoning)} + ${formatNumber(inp.answer)}) × ${formatPrice(inp.priceReasoning)}${inputTerm}) / ${m} = ${formatMoney(votingCost)}`,
    },
  ];
}

/** A plain number with thousands separators and at most 6 decimals: 2000 → "2,000". */
export function formatNumber(x: number): string {
  if (x !== 0 && Math.abs(x) < 0.000001) return x.toExponential(2);
  return x.toLocaleString('en-US', { maximumFractionDigits: 6 });
}

/** A price per million tokens: 10 → "$10", 0.15 → "$0.15". */
export function formatPrice(x: number): string {
  return `$${formatNumber(x)}`;
}

/**
 * A cost: two decimals from one cent up ("$1,234.50"); below a cent, enough digits to show it
 * ("$0.0003"); below a millionth, "< $0.000001" rather than a misleading "$0.00".
 */
export function formatMoney(x: number): string {
  if (x === 0) return '$0.00';
  if (x >= 0.01) return `$${x.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;
  if (x < 0.000001) return '< $0.000001';
  return `$${x.toLocaleString('en-US', { maximumSignificantDigits: 2 })}`;
}

/** A ratio to the plain model: 7.666… → "7.7×"; null → "—". */
export function formatRatio(r: number | null): string {
  if (r === null) return '—';
  return `${r.toLocaleString('en-US', { maximumFractionDigits: r < 10 ? 2 : 1 })}×`;
}

/** One sentence for the live region. */
export function summarize(scenarios: Scenario[]): string {
  const [plain, reasoning, voting] = scenarios as [Scenario, Scenario, Scenario];
  const rel = (s: Scenario): string => (s.ratio === null ? '' : ` (${formatRatio(s.ratio)} the plain model)`);
  return (
    `Per ${formatNumber(QUESTIONS)} questions: plain model ${formatMoney(plain.cost)}; ` +
    `reasoning model ${formatMoney(reasoning.cost)}${rel(reasoning)}; ` +
    `reasoning model with a majority vote over ${formatNumber(voting.samples)} ` +
    `sample${voting.samples === 1 ? '' : 's'} ${formatMoney(voting.cost)}${rel(voting)}.`
  );
}
