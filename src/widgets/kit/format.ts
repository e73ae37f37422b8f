/** Number formatting shared by widgets (build time and browser), so the static and live text agree. */

/** A probability as a percentage with two decimals; values that would round to 0 % or 100 % say so. */
export function percent(x: number): string {
  if (x > 0 && x < 0.00005) return '<0.01%';
  if (x < 1 && x >= 0.99995) return '>99.99%';
  return `${(x * 100).toFixed(2)}%`;
}
