/**
 * Everything the cost estimator shows, computed from its state: the result rows (tokens, cost, ratio,
 * bar length, formula), the summary sentence, and the words of its hints and messages. Used by
 * CostEstimator.astro at build time and by element.ts in the browser.
 */
import { estimateCosts, formatMoney, formatNumber, formatRatio, summarize, type Scenario } from '~/lib/cost';
import { MAX_NUMBER_CHARS, parseField } from '../kit/schema';
import { costEstimator, type CostEstimatorState, type CostField } from './schema';

export interface CostRowView {
  key: Scenario['key'];
  label: string;
  /** Output tokens per question, formatted. */
  tokens: string;
  cost: string;
  /** Cost relative to the plain model ("7.67×", or "—" when the plain model is free). */
  ratio: string;
  /** Bar length as a CSS width: this cost as a share of the largest. */
  barWidth: string;
  /** The formula with the reader's numbers plugged in. */
  formula: string;
}

export interface CostEstimatorView {
  rows: CostRowView[];
  summary: string;
}

export function costEstimatorView(state: CostEstimatorState): CostEstimatorView {
  const scenarios = estimateCosts(state);
  const max = Math.max(...scenarios.map((s) => s.cost));
  return {
    rows: scenarios.map((s) => ({
      key: s.key,
      label: s.label,
      tokens: formatNumber(s.outputTokens),
      cost: formatMoney(s.cost),
      ratio: formatRatio(s.ratio),
      barWidth: `${max > 0 ? (100 * s.cost) / max : 0}%`,
      formula: s.formula,
    })),
    summary: summarize(scenarios),
  };
}

/** What a field accepts: "number from 0 to 1,000,000", "whole number from 1 to 1,000". */
export function rangeText(field: CostField): string {
  const spec = costEstimator.fields[field];
  const integer = 'integer' in spec && spec.integer;
  return `${integer ? 'whole number' : 'number'} from ${formatNumber(spec.min)} to ${formatNumber(spec.max)}`;
}

/**
 * The message under a box for the text in it, '' when the text is valid. Valid exactly when the kit's
 * parseField accepts it (so the message and the kit's aria-invalid always agree); the words are this
 * widget's own: what is wrong, then what to enter.
 */
export function fieldMessage(field: CostField, raw: string): string {
  const enter = `Enter a ${rangeText(field)}.`;
  if (raw.length > MAX_NUMBER_CHARS) return `Too long: at most ${MAX_NUMBER_CHARS} characters. ${enter}`;
  if (raw.trim() === '') return `Empty. ${enter}`;
  const parsed = parseField(costEstimator.fields[field], raw);
  if (parsed.ok) return '';
  return `${parsed.error.charAt(0).toUpperCase()}${parsed.error.slice(1)}. ${enter}`;
}

/** The note shown when a shared link held values the widget ignored (`problems` as the kit words them). */
export function linkNote(problems: readonly string[]): string {
  return `Some values in the link were ignored and replaced by defaults: ${problems.join('; ')}.`;
}
