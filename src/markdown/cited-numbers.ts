/**
 * Which figures in a piece of prose look like they come from a source and therefore need a citation.
 *
 * The rule the site follows: every paragraph, list item, table row, figure caption, frontmatter
 * description and glossary entry that states a sourced figure carries a citation in the same block;
 * numbers the site computed itself are wrapped in <Ours> instead, which shows "(our arithmetic)".
 * This module only looks at plain text: the mdast plugin (mdast-cited-numbers.ts) decides what a
 * block is, strips code, maths and <Ours> content from it, and tells us whether it is cited.
 *
 * What counts as a sourced-looking figure:
 * - percentages: 17.7%, +17.9%, 27 percent;
 * - scores and other decimals: 79.8, 0.433, 96.3;
 * - counts with a magnitude: 800K, 2.788M, 14.8T, 120k, 1.5 million, and comma-grouped counts: 327,680;
 * - parameter sizes: 7B, 671B, 1.5B;
 * - money: $450, \$6M, $5.58 million, six million dollars;
 * - dates: 2025-01-20, January 2025, 12 September 2024, Feb 05, 2025.
 *
 * Deliberately not counted (false positives in practice): bare integers ("four approaches", "Table 2",
 * step numbers, "top 500", years on their own such as "AIME 2024"), ordinals (89th), section numbers
 * (§2.3, 2.3.1), equation and figure numbers, metric names (pass@1, cons@64), version numbers inside
 * names (Qwen2.5, Llama 3.1, Claude-3.5-Sonnet, AlpacaEval 2.0), sizes inside model names
 * (Qwen2.5-32B-Instruct, R1-Distill-Qwen-7B), hardware (H100) and operands of written-out arithmetic
 * such as "18 × 2.5 = 45".
 */

export type FigureKind = 'percent' | 'score' | 'count' | 'size' | 'money' | 'date';

export interface StatedFigure {
  /** The figure as written, e.g. "79.8" or "$450". */
  text: string;
  kind: FigureKind;
  /** Offset of the figure in the text that was searched. */
  index: number;
}

const MONTHS =
  'January|February|March|April|May|June|July|August|September|October|November|December|' +
  'Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec';
const NUMBER_WORDS = 'one|two|three|four|five|six|seven|eight|nine|ten|a few|several|a hundred|hundreds of|tens of';
const MAGNITUDE_WORDS = 'thousand|million|billion|trillion';

/** Matchers in priority order: a span claimed by an earlier one is not reported again. */
const MATCHERS: { kind: FigureKind; re: RegExp }[] = [
  // ISO dates, and dates with a month name: 2025-01-20, January 2025, 12 September 2024, Feb 05, 2025.
  { kind: 'date', re: /(?<![\w-])(?:19|20)\d{2}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])(?![\w-])/g },
  { kind: 'date', re: new RegExp(`\\b(?:\\d{1,2}\\s+)?(?:${MONTHS})\\.?\\s+(?:\\d{1,2},\\s*)?(?:19|20)\\d{2}\\b`, 'g') },
  // Money: $450, $5.58M, $6 million, 100 dollars, six million dollars.
  {
    kind: 'money',
    re: new RegExp(`(?:US)?\\$\\s?\\d(?:[\\d,]*\\d)?(?:\\.\\d+)?(?:\\s?(?:[KMB]|k|${MAGNITUDE_WORDS})\\b)?`, 'g'),
  },
  { kind: 'money', re: new RegExp(`(?<![\\w.])\\d(?:[\\d,]*\\d)?(?:\\.\\d+)?\\s?(?:(?:${MAGNITUDE_WORDS})\\s)?(?:dollars|USD)\\b`, 'g') },
  { kind: 'money', re: new RegExp(`\\b(?:${NUMBER_WORDS})\\s+(?:${MAGNITUDE_WORDS})\\s+dollars\\b`, 'gi') },
  // Percentages: 17.7%, +17.9%, 27 percent.
  { kind: 'percent', re: /(?<![\w.@])[+\-−±]?\d+(?:\.\d+)?\s?(?:%|percent\b|per cent\b)/g },
  // Parameter sizes and counts with a magnitude letter, standing alone (not inside a model name).
  { kind: 'size', re: /(?<![\w.\-\/@])\d+(?:\.\d+)?B(?![A-Za-z0-9])/g },
  { kind: 'count', re: /(?<![\w.\-\/@])\d+(?:\.\d+)?[KMTk](?![A-Za-z0-9])/g },
  { kind: 'count', re: new RegExp(`(?<![\\w.])\\d+(?:\\.\\d+)?\\s+(?:${MAGNITUDE_WORDS})\\b`, 'g') },
  // Comma-grouped counts: 327,680; 800,000; 1,024.
  { kind: 'count', re: /(?<![\w.,\-])\d{1,3}(?:,\d{3})+(?:\.\d+)?(?![\d])/g },
  // Decimals: scores, rates, coefficients. Exclusions are applied in isDecimalFalsePositive.
  { kind: 'score', re: /(?<![\w.§\-\/@])\d+\.\d+(?![\d.]*\d)/g },
];

/** Words after which a decimal is a reference or a version, not a figure: "§ 2.3", "Table 4.1", "Llama 3.1". */
const DECIMAL_PREFIX =
  /(?:§|\b(?:sections?|sec\.|tables?|figures?|figs?\.|eqs?\.|equations?|appendix|chapters?|steps?|versions?|v|llama|alpacaeval|apache|qwen|claude|gpt|gemini|python|node|cuda|ubuntu|debian|astro|stage))\s*$/i;

function isDecimalFalsePositive(text: string, index: number, match: string): boolean {
  const before = text.slice(Math.max(0, index - 24), index);
  const after = text.slice(index + match.length, index + match.length + 4);
  if (DECIMAL_PREFIX.test(before)) return true;
  // Part of a written-out calculation such as "18 × 2.5 = 45": the operands are not figures.
  if (/[×*\/=÷]\s*$/.test(before) || /^\s*[×*\/=÷]/.test(after)) return true;
  // Followed directly by a letter or hyphen: part of an identifier like "2.5-Math" or "3.5-Sonnet".
  if (/^[A-Za-z_-]/.test(after)) return true;
  return false;
}

/** Every sourced-looking figure in the text, in order of appearance. */
export function findFigures(text: string): StatedFigure[] {
  const taken: [number, number][] = [];
  const overlaps = (start: number, end: number) => taken.some(([s, e]) => start < e && end > s);
  const found: StatedFigure[] = [];
  for (const { kind, re } of MATCHERS) {
    re.lastIndex = 0;
    for (const m of text.matchAll(re)) {
      const raw = m[0];
      const trimmed = raw.trimEnd();
      const index = m.index ?? 0;
      const end = index + trimmed.length;
      if (overlaps(index, end)) continue;
      if (kind === 'score' && isDecimalFalsePositive(text, index, trimmed)) continue;
      taken.push([index, end]);
      found.push({ text: trimmed, kind, index });
    }
  }
  return found.sort((a, b) => a.index - b.index);
}

/**
 * The figures a block states without support. `marked` is true when the block carries a citation
 * (or, for callers that do not strip <Ours> content themselves, an <Ours> marker): then nothing is
 * reported. Otherwise every sourced-looking figure is.
 */
export function uncitedFigures(text: string, marked: boolean): StatedFigure[] {
  return marked ? [] : findFigures(text);
}

/** "79.8" (score), "$450" (money) — for error messages. */
export function describeFigures(figures: readonly StatedFigure[]): string {
  return figures.map((f) => `"${f.text}" (${f.kind})`).join(', ');
}

/** The shape of a glossary entry as far as this check is concerned (see src/data/glossary.ts). */
export interface GlossaryEntryLike {
  id: string;
  definition: string;
  sources?: readonly { id: string; loc?: string }[];
}

export interface GlossaryProblem {
  id: string;
  /** Figures stated without a source, or an empty list when the problem is an unknown source key. */
  figures: StatedFigure[];
  message: string;
}

/**
 * Glossary entries that state a sourced figure without a `sources` field, or that name a source key
 * the bibliography does not have (when `knownSourceIds` is given).
 */
export function uncitedGlossaryEntries(
  entries: readonly GlossaryEntryLike[],
  knownSourceIds?: ReadonlySet<string> | ReadonlyMap<string, unknown>,
): GlossaryProblem[] {
  const problems: GlossaryProblem[] = [];
  for (const entry of entries) {
    const sources = entry.sources ?? [];
    const figures = uncitedFigures(entry.definition, sources.length > 0);
    if (figures.length > 0) {
      problems.push({
        id: entry.id,
        figures,
        message: `glossary entry "${entry.id}" states ${describeFigures(figures)} but has no sources`,
      });
    }
    if (knownSourceIds) {
      for (const s of sources) {
        if (!knownSourceIds.has(s.id)) {
          problems.push({ id: entry.id, figures: [], message: `glossary entry "${entry.id}" cites unknown source "${s.id}"` });
        }
      }
    }
  }
  return problems;
}
