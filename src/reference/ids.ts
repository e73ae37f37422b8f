/** Deterministic unique ids for elements that can appear many times in one page (e.g. hover cards). */
let counter = 0;
export function uniqueId(prefix: string): string {
  counter += 1;
  return `${prefix}-${counter.toString(36)}`;
}
