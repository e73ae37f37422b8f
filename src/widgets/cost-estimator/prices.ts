/**
 * The real API prices the estimator starts from, with the date they applied and the source that lists
 * them (keys in src/data/sources.ts), and the two pure helpers the widget needs: the inputs a preset
 * sets, and which preset (if any) the current inputs match.
 */
import type { CostEstimatorState } from './schema';

export interface PricePreset {
  id: 'r1' | 'o1';
  /** The button's text. */
  name: string;
  /** The model's name in its provider's API. */
  apiModel: string;
  /** When these prices applied, in words. */
  when: string;
  /** Dollars per million tokens. */
  input: number;
  /** Input tokens served from the provider's cache. */
  inputCached: number;
  output: number;
  /** Source key that lists these prices. */
  source: string;
}

export const pricePresets: readonly PricePreset[] = [
  {
    id: 'r1',
    name: 'DeepSeek-R1',
    apiModel: 'deepseek-reasoner',
    when: 'at launch, 20 January 2025',
    input: 0.55,
    inputCached: 0.14,
    output: 2.19,
    source: 'deepseek-api-pricing',
  },
  {
    id: 'o1',
    name: 'OpenAI o1',
    apiModel: 'o1',
    when: 'on the API, December 2024',
    input: 15,
    inputCached: 7.5,
    output: 60,
    source: 'openai-api-pricing',
  },
];

export type PriceFields = Pick<CostEstimatorState, 'pricePlain' | 'priceReasoning' | 'priceInput'>;

/**
 * The prices a preset puts in the boxes. The plain model gets the reasoning model's own output price,
 * so the rows differ only in the tokens they generate; input is priced as a cache miss.
 */
export function presetPrices(preset: PricePreset): PriceFields {
  return { pricePlain: preset.output, priceReasoning: preset.output, priceInput: preset.input };
}

/** The preset whose prices are in the boxes, or undefined when the reader's own prices are. */
export function matchingPreset(state: PriceFields): PricePreset | undefined {
  return pricePresets.find((preset) => {
    const p = presetPrices(preset);
    return p.pricePlain === state.pricePlain && p.priceReasoning === state.priceReasoning && p.priceInput === state.priceInput;
  });
}

/** "$0.14", "$7.50", "$60": a price per million tokens as the provider prints it. */
export function formatPricePerMillion(x: number): string {
  return `$${Number.isInteger(x) ? String(x) : x.toFixed(2)}`;
}

/** The sentence under the preset buttons: whose prices these are, from when; or that they are the reader's own. */
export function priceNote(state: PriceFields): string {
  const preset = matchingPreset(state);
  if (!preset) return 'Your own prices: the buttons put back a real price list.';
  const $ = formatPricePerMillion;
  return (
    `${preset.apiModel} ${preset.when}: ${$(preset.output)} per 1M output tokens, thinking included; ` +
    `${$(preset.input)} per 1M input (${$(preset.inputCached)} cached). Both rows use the output price.`
  );
}
