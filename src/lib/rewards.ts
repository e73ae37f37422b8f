/**
 * Rule-based rewards in the style of DeepSeek-R1-Zero and DeepSeek-R1 (reasoning-oriented RL stage).
 *
 * The R1 paper names the rewards (accuracy, format, language consistency) but publishes no code, so
 * the details below are our own reading. Choices the paper leaves open are marked "Our choice".
 *
 * Safety: every scan walks the text once, left to right (indexOf or a single loop). The few regular
 * expressions are anchored and unambiguous, so they cannot backtrack catastrophically. Inputs longer
 * than MAX_INPUT_CHARS are rejected up front.
 */

export const MAX_INPUT_CHARS = 200_000;
/** Longer numbers are compared as text, which keeps BigInt arithmetic cheap. */
const MAX_NUMBER_CHARS = 1_000;

export type TargetLanguage = 'en' | 'zh';
export interface Rational { num: bigint; den: bigint } // den > 0, not necessarily reduced

export interface FormatReward { reward: 0 | 1; reason: string }
export interface AccuracyReward {
  reward: 0 | 1;
  reason: string;
  extracted: string | null; // final answer as found in the completion
  normalized: string | null; // ... after normalizeAnswer
  reference: string; // the reference after normalizeAnswer
}
export interface LanguageReward { reward: number; targetWords: number; totalWords: number }
export interface RewardReport {
  format: FormatReward;
  accuracy: AccuracyReward;
  language: LanguageReward;
  r1Zero: number; // accuracy + format
  r1Stage2: number; // accuracy + language consistency
}

const THINK = '<think>', END_THINK = '</think>', ANSWER = '<answer>', END_ANSWER = '</answer>';

/** Start index of every occurrence of `tag`, left to right. */
function positions(text: string, tag: string): number[] {
  const found: number[] = [];
  for (let i = text.indexOf(tag); i !== -1; i = text.indexOf(tag, i + tag.length)) found.push(i);
  return found;
}

const isBlank = (s: string): boolean => s.trim() === '';

/**
 * Format reward: 1 for exactly `<think>reasoning</think><answer>answer</answer>`, the structure of the
 * R1-Zero training template. Our choice: only whitespace may appear outside the four tags.
 */
export function formatReward(text: string): FormatReward {
  const fail = (reason: string): FormatReward => ({ reward: 0, reason });
  if (isBlank(text)) return fail('empty completion');
  const [open, close, aOpen, aClose] = [THINK, END_THINK, ANSWER, END_ANSWER].map((t) => positions(text, t));
  if (open.length === 0) return fail('no <think> tag');
  if (aOpen.length > 0 && aOpen[0] < open[0]) return fail('answer before reasoning');
  if (close.length === 0) return fail('no closing </think>');
  if (close[0] < open[0]) return fail('</think> comes before <think>');
  if (open.length > 1 && open[1] < close[0]) return fail('nested think tags');
  if (open.length > 1 || close.length > 1) return fail('more than one think block');
  if (aOpen.length > 0 && aOpen[0] < close[0]) return fail('<answer> inside the reasoning');
  if (aOpen.length === 0) return fail('no <answer> block after </think>');
  if (aClose.length === 0) return fail('no closing </answer>');
  if (aOpen.length > 1 || aClose.length > 1) return fail('more than one answer block');
  if (aClose[0] < aOpen[0]) return fail('</answer> comes before <answer>');
  if (!isBlank(text.slice(0, open[0]))) return fail('text before <think>');
  if (!isBlank(text.slice(close[0] + END_THINK.length, aOpen[0]))) return fail('text between </think> and <answer>');
  if (!isBlank(text.slice(aClose[0] + END_ANSWER.length))) return fail('text after </answer>');
  return { reward: 1, reason: 'one <think> block, then one <answer> block' };
}

/**
 * The reasoning (chain of thought): from the first <think> to the next </think> or <answer>, whichever
 * comes first (or the end). Without <think>, everything before the first <answer>.
 */
export function extractReasoning(text: string): string {
  const start = text.indexOf(THINK);
  const from = start === -1 ? 0 : start + THINK.length;
  const ends = [text.indexOf(END_THINK, from), text.indexOf(ANSWER, from)].filter((i) => i !== -1);
  return text.slice(from, ends.length > 0 ? Math.min(...ends) : text.length);
}

/** Content of the last `\boxed{...}` whose braces balance, found in one pass with a stack. */
export function lastBoxed(s: string): string | null {
  const opens: number[] = []; // for each open brace: its index if it opens a \boxed{, else -1
  let best: [number, number] | null = null;
  for (let i = 0; i < s.length; i++) {
    const ch = s[i];
    if (ch === '\\') i++; // skip the character after a backslash: \{ and \} are not braces
    else if (ch === '{') opens.push(i >= 6 && s.startsWith('\\boxed', i - 6) ? i : -1);
    else if (ch === '}' && opens.length > 0) {
      const start = opens.pop()!;
      if (start !== -1 && (best === null || start > best[0])) best = [start, i];
    }
  }
  return best && s.slice(best[0] + 1, best[1]);
}

/**
 * The final answer: inside the last <answer> block, and within it (or, without an <answer> block, in the
 * whole completion) the content of the last balanced \boxed{...}. Null when there is neither.
 */
export function extractAnswer(text: string): string | null {
  const a = text.lastIndexOf(ANSWER);
  if (a === -1) return lastBoxed(text);
  const end = text.indexOf(END_ANSWER, a);
  const inside = text.slice(a + ANSWER.length, end === -1 ? text.length : end);
  return lastBoxed(inside) ?? inside;
}

/** Index of the `}` matching the `{` at `open`, or -1. */
function matchingBrace(s: string, open: number): number {
  for (let i = open, depth = 0; i < s.length; i++) {
    if (s[i] === '\\') i++;
    else if (s[i] === '{') depth++;
    else if (s[i] === '}' && --depth === 0) return i;
  }
  return -1;
}

/** Replace `\text{x}` by `x`. An unbalanced one ends the search (this keeps the scan linear). */
function unwrap(s: string, command: string): string {
  let out = '', from = 0;
  for (let i = s.indexOf(command + '{'); i !== -1; i = s.indexOf(command + '{', from)) {
    const close = matchingBrace(s, i + command.length);
    if (close === -1) break;
    out += s.slice(from, i) + s.slice(i + command.length + 1, close);
    from = close + 1;
  }
  return out + s.slice(from);
}

/**
 * Normalize an answer for comparison: drop `$`, spaces, \left/\right, thin spaces and \text{...} wrappers;
 * \dfrac and \tfrac become \frac; "1,000" becomes "1000"; a trailing % or full stop is dropped.
 */
export function normalizeAnswer(raw: string): string {
  let s = unwrap(unwrap(raw, '\\text'), '\\mathrm');
  const replacements: [string, string][] = [
    ['\\dfrac', '\\frac'], ['\\tfrac', '\\frac'], ['\\left', ''], ['\\right', ''],
    ['\\!', ''], ['\\,', ''], ['\\;', ''], ['\\%', '%'], ['$', ''],
  ];
  for (const [from, to] of replacements) s = s.split(from).join(to);
  s = s.replace(/\s+/g, '');
  if (/^[-+]?\d{1,3}(,\d{3})+(\.\d+)?$/.test(s)) s = s.split(',').join(''); // thousands separators
  if (s.endsWith('%')) s = s.slice(0, -1); // Our choice: "50%" counts as 50
  if (s.endsWith('.')) s = s.slice(0, -1); // end of a sentence
  return s;
}

/** Exact value of a decimal such as "-12.50" or ".5"; null if `s` is not one. */
function parseDecimal(s: string): Rational | null {
  const m = /^([-+]?)(\d*)(?:\.(\d*))?$/.exec(s);
  if (!m || (m[2] + (m[3] ?? '')).length === 0) return null;
  const frac = m[3] ?? '';
  const num = BigInt(m[2] + frac) * (m[1] === '-' ? -1n : 1n);
  return { num, den: 10n ** BigInt(frac.length) };
}

/** Exact value of a normalized answer: a decimal, `a/b` or `\frac{a}{b}` (also `\frac12`); else null. */
export function parseRational(s: string): Rational | null {
  if (s.length > MAX_NUMBER_CHARS) return null;
  const m = /^([-+]?)\\frac(?:\{([^{}]*)\}\{([^{}]*)\}|(\d)(\d))$/.exec(s) ?? /^()([^/]*)\/([^/]*)$/.exec(s);
  if (!m) return parseDecimal(s);
  const top = parseDecimal(m[2] ?? m[4]), bottom = parseDecimal(m[3] ?? m[5]);
  if (!top || !bottom || bottom.num === 0n) return null;
  const sign = (m[1] === '-' ? -1n : 1n) * (bottom.num < 0n ? -1n : 1n);
  const num = sign * top.num * bottom.den, den = top.den * bottom.num;
  return { num, den: den < 0n ? -den : den };
}

/** Exact equality of two fractions: a/b = c/d  <=>  a*d = c*b (no rounding, any size). */
export const sameValue = (x: Rational, y: Rational): boolean => x.num * y.den === y.num * x.den;

/** Accuracy reward: 1 if the final answer equals the reference (as numbers if both parse, else as text). */
export function accuracyReward(completion: string, reference: string): AccuracyReward {
  const ref = normalizeAnswer(reference);
  const extracted = extractAnswer(completion);
  const result = (reward: 0 | 1, reason: string, normalized: string | null = null): AccuracyReward =>
    ({ reward, reason, extracted, normalized, reference: ref });
  if (extracted === null) return result(0, 'no final answer found (no <answer> block, no \\boxed{})');
  const got = normalizeAnswer(extracted);
  if (got === '') return result(0, 'the final answer is empty', got);
  if (ref === '') return result(0, 'the reference answer is empty', got);
  const x = parseRational(got), y = parseRational(ref);
  if (x && y) return sameValue(x, y) ? result(1, 'equal as numbers', got) : result(0, 'different numbers', got);
  return got === ref ? result(1, 'equal as text', got) : result(0, 'different text', got);
}

// Character classes for the language reward, tested on one character at a time.
const HAN = /\p{Script=Han}/u, LATIN = /\p{Script=Latin}/u, LETTER = /\p{L}/u;

/**
 * Language-consistency reward (R1 stage 2): the share of words in the reasoning that are in the target
 * language. Our definition of a word, by script rather than by a language detector:
 *  - each Han (Chinese) character is one word, since Chinese has no spaces between words;
 *  - a run of Latin letters is one word ("fraction", "x"); it counts as English;
 *  - a run of letters of any other script (Cyrillic, Greek, kana, ...) is one word in neither language;
 *  - digits, punctuation, math symbols and LaTeX commands (\frac) are not words at all.
 * No words at all gives 0.
 */
export function languageReward(reasoning: string, target: TargetLanguage): LanguageReward {
  let targetWords = 0, totalWords = 0;
  let run: 'latin' | 'other' | 'command' | null = null; // the kind of letter run we are inside
  for (const ch of reasoning) { // iterates by code point, so characters outside the BMP stay whole
    const kind = HAN.test(ch) ? 'han' : LATIN.test(ch) ? 'latin' : LETTER.test(ch) ? 'other' : null;
    if (kind === 'han') {
      totalWords++;
      if (target === 'zh') targetWords++;
      run = null;
    } else if (kind === null) {
      run = ch === '\\' ? 'command' : null;
    } else if (kind !== run && !(kind === 'latin' && run === 'command')) {
      run = kind; // a new word starts
      totalWords++;
      if (kind === 'latin' && target === 'en') targetWords++;
    }
  }
  return { reward: totalWords === 0 ? 0 : targetWords / totalWords, targetWords, totalWords };
}

/** Throws a RangeError with a readable message when an input is over the length cap. */
export function checkLength(name: string, text: string): void {
  if (text.length > MAX_INPUT_CHARS) {
    throw new RangeError(`The ${name} has ${text.length.toLocaleString('en-US')} characters; ` +
      `the limit is ${MAX_INPUT_CHARS.toLocaleString('en-US')}.`);
  }
}

/** All rewards for one completion, and the totals of the two RL stages. */
export function scoreCompletion(completion: string, reference: string, target: TargetLanguage): RewardReport {
  checkLength('completion', completion);
  checkLength('reference answer', reference);
  const format = formatReward(completion);
  const accuracy = accuracyReward(completion, reference);
  const language = languageReward(extractReasoning(completion), target);
  return {
    format, accuracy, language,
    r1Zero: accuracy.reward + format.reward, // ASSUMPTION: the paper gives no weights; we add them
    r1Stage2: accuracy.reward + language.reward, // the paper sums these two directly
  };
}
