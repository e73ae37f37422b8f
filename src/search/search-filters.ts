/**
 * Search filters: each page tells Pagefind its kind (chapter, reference, playground) and, for the
 * four approach chapters, its approach (data-pagefind-filter, written by SearchFilters.astro); the
 * search dialog shows one chip per value and passes the pressed ones to Pagefind.
 */
import { APPROACHES } from '../site/page-kinds';
import type { PageData } from '../site/page-schema';

export const KINDS = ['chapter', 'reference', 'playground'] as const;
export type Kind = (typeof KINDS)[number];
export type Approach = (typeof APPROACHES)[number];

export const KIND_LABELS: Record<Kind, string> = {
  chapter: 'Chapters',
  reference: 'Reference',
  playground: 'Playground',
};
export const APPROACH_LABELS: Record<Approach, string> = {
  'inference-time-scaling': 'Inference-time scaling',
  'pure-rl': 'Pure RL',
  'sft-plus-rl': 'SFT + RL',
  distillation: 'Distillation',
};

/** The filter values of one page: its kind always, its approach when it has one. */
export function pageFilters(data: Pick<PageData, 'section' | 'approach'>): { kind: Kind; approach?: Approach } {
  const kind: Kind = data.section === 'Reference' ? 'reference' : data.section === 'Playground' ? 'playground' : 'chapter';
  return data.approach ? { kind, approach: data.approach } : { kind };
}

export type FilterName = 'kind' | 'approach';
/** Pagefind's filter object: for each filter, the page must have any one of the values. */
export type PagefindFilterObject = Partial<Record<FilterName, { any: string[] }>>;

/**
 * The chips pressed, as Pagefind filters: values of one filter are alternatives (any of them),
 * different filters must all hold. Empty when nothing is pressed.
 */
export function pagefindFilters(pressed: ReadonlyArray<{ name: FilterName; value: string }>): PagefindFilterObject {
  const filters: PagefindFilterObject = {};
  for (const { name, value } of pressed) (filters[name] ??= { any: [] }).any.push(value);
  return filters;
}
