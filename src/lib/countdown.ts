/**
 * The Countdown task as TinyZero trains on it [tinyzero]: a few numbers and a target; the answer is an
 * arithmetic expression that uses each number exactly once and equals the target.
 *
 * This module has three parts:
 *  1. tasks: a seeded generator of solvable instances (3 numbers by default, 4 as an option);
 *  2. the scorer: TinyZero's reward function, rule for rule
 *     (Jiayi-Pan/TinyZero: verl/utils/reward_score/countdown.py, compute_score);
 *  3. the toy's action space: the small policy of tiny-policy.ts writes postfix tokens such as
 *     N1 N2 + N3 * END, and we turn them into the text "<answer>(a + b) * c</answer>" so that the
 *     very same scorer grades the toy.
 */

import { PyError, evaluatePython, toFloat, type PyNumber } from './python-arith';
import type { Rng } from './prng';

// ===================================================================================================
// 1. Tasks

export interface CountdownTask {
  /** The given numbers, in the order the prompt lists them. */
  numbers: number[];
  target: number;
}

export interface TaskSpec {
  /** How many numbers each task gives: 3 or 4. */
  count: number;
  /** Numbers are drawn uniformly from 1..maxNumber (repeats allowed, as in TinyZero's generator). */
  maxNumber: number;
  /** Targets lie in 1..maxTarget. */
  maxTarget: number;
}

export const DEFAULT_TASK_SPEC: TaskSpec = { count: 3, maxNumber: 20, maxTarget: 100 };

export function checkTaskSpec(spec: TaskSpec): void {
  if (spec.count !== 3 && spec.count !== 4) throw new RangeError('A task has 3 or 4 numbers.');
  if (!Number.isInteger(spec.maxNumber) || spec.maxNumber < 2 || spec.maxNumber > 100) {
    throw new RangeError('maxNumber must be a whole number from 2 to 100.');
  }
  if (!Number.isInteger(spec.maxTarget) || spec.maxTarget < 1 || spec.maxTarget > 1000) {
    throw new RangeError('maxTarget must be a whole number from 1 to 1000.');
  }
}

/** An exact fraction num/den with den > 0, in lowest terms. */
type Fraction = readonly [num: number, den: number];

function gcd(a: number, b: number): number {
  a = Math.abs(a);
  b = Math.abs(b);
  while (b !== 0) [a, b] = [b, a % b];
  return a;
}

function fraction(num: number, den: number): Fraction {
  if (den < 0) [num, den] = [-num, -den];
  const g = gcd(num, den) || 1;
  return [num / g, den / g];
}

/** Every value one operation can make from x and y (both orders of - and /; no division by zero). */
function combine([a, b]: Fraction, [c, d]: Fraction): Fraction[] {
  const out = [fraction(a * d + c * b, b * d), fraction(a * d - c * b, b * d), fraction(c * b - a * d, b * d)];
  out.push(fraction(a * c, b * d));
  if (c !== 0) out.push(fraction(a * d, b * c));
  if (a !== 0) out.push(fraction(c * b, d * a));
  return out;
}

/**
 * The whole-number targets in 1..maxTarget that some expression reaches using every number exactly
 * once with + - * / and brackets. We compute with exact fractions, so (20 / 3) * 3 counts as 20.
 * That agrees with the scorer's floating-point check: a fraction that is not whole differs from every
 * integer by at least 1 / denominator (over 1e-4 here), far more than its tolerance of 1e-5.
 * With numbers up to 100 and at most 4 of them, every numerator and denominator stays below 2^53.
 */
export function reachableTargets(numbers: readonly number[], maxTarget: number): number[] {
  const found = new Set<number>();
  const search = (values: Fraction[]): void => {
    if (values.length === 1) {
      const [num, den] = values[0]!;
      if (den === 1 && num >= 1 && num <= maxTarget) found.add(num);
      return;
    }
    // Pick two values, replace them by one result, recurse: this covers every bracketing and order.
    for (let i = 0; i < values.length; i++) {
      for (let j = i + 1; j < values.length; j++) {
        const rest = values.filter((_, k) => k !== i && k !== j);
        for (const v of combine(values[i]!, values[j]!)) search([...rest, v]);
      }
    }
  };
  search(numbers.map((n) => fraction(n, 1)));
  return [...found].sort((x, y) => x - y);
}

/** A solvable task: draw the numbers, then a target uniformly among the whole numbers they can reach. */
export function generateTask(rng: Rng, spec: TaskSpec = DEFAULT_TASK_SPEC): CountdownTask {
  checkTaskSpec(spec);
  for (;;) {
    const numbers = Array.from({ length: spec.count }, () => 1 + rng.int(spec.maxNumber));
    const targets = reachableTargets(numbers, spec.maxTarget);
    if (targets.length > 0) return { numbers, target: targets[rng.int(targets.length)]! };
  }
}

/** Identity of a task for de-duplication: the multiset of numbers and the target. */
export const taskKey = (task: CountdownTask): string =>
  `${[...task.numbers].sort((a, b) => a - b).join(',')}=${task.target}`;

/** `size` distinct solvable tasks; tasks whose key is in `exclude` are skipped (and the new keys added). */
export function generateTasks(rng: Rng, size: number, spec: TaskSpec = DEFAULT_TASK_SPEC, exclude = new Set<string>()): CountdownTask[] {
  const tasks: CountdownTask[] = [];
  while (tasks.length < size) {
    const task = generateTask(rng, spec);
    const key = taskKey(task);
    if (exclude.has(key)) continue;
    exclude.add(key);
    tasks.push(task);
  }
  return tasks;
}

/**
 * The prompt text, shaped like the end of TinyZero's "base" template (shortened, our wording): the
 * scorer needs the "Assistant:" marker, and the answer has to come on the last line after it.
 */
export function countdownPrompt(task: CountdownTask): string {
  return (
    `User: Using the numbers [${task.numbers.join(', ')}], create an equation that equals ${task.target}. ` +
    'You may use + - * / and must use each number exactly once. Give the equation in <answer> </answer> tags.\n' +
    'Assistant: Let me solve this step by step.\n<think>'
  );
}

// ===================================================================================================
// 2. TinyZero's scorer
//
// compute_score(solution_str, ground_truth, format_score=0.1, score=1.0) in the original. The
// solution string is the decoded prompt followed by the model's response. Its rules, in order:
//   a. Extract: keep what follows the first "Assistant:" (or, failing that, the first
//      "<|im_start|>assistant"); with neither marker there is no answer. Of that, keep only the LAST
//      line. Take the last <answer>...</answer> on it and strip surrounding whitespace.
//      No answer -> 0.
//   b. The numbers in the answer (every run of digits) must be the given numbers, each exactly once
//      (sorted lists compared). Otherwise -> format_score (0.1).
//   c. The answer must contain only digits, + - * / ( ) . and whitespace, and Python's eval() must
//      give a number. Otherwise -> 0.1.
//   d. |value - target| < 1e-5 -> score (1.0); otherwise -> 0.1.
// The original also prints a random 1 in 800 of its inputs for debugging; that has no effect on the score.

/** Python's whitespace (str.isspace, also what \s matches in Python's re): wider than ASCII, and not JS's \s. */
const PY_SPACE = '\\t\\n\\v\\f\\r\\x1c-\\x1f \\x85\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000';
const LEADING_SPACE = new RegExp(`^[${PY_SPACE}]+`);
const TRAILING_SPACE = new RegExp(`[${PY_SPACE}]+$`);
/** The original's character check, ^[\d+\-*\/().\s]+$, with Python's Unicode meaning of \d and \s. */
const ALLOWED_CHARACTERS = new RegExp(`^[\\p{Nd}+\\-*/().${PY_SPACE}]+$`, 'u');
/** Lazy and non-overlapping like Python's re.finditer; the s flag because Python's "." also matches "\r". */
const ANSWER_TAGS = /<answer>(.*?)<\/answer>/gs;

/** Python's str.strip() with no argument. */
export const pythonStrip = (s: string): string => s.replace(LEADING_SPACE, '').replace(TRAILING_SPACE, '');

/** Rule a: the stripped text of the last <answer> block on the last line after the assistant marker, or null. */
export function extractSolution(solution: string): string | null {
  let response: string;
  const marker = solution.indexOf('Assistant:');
  if (marker !== -1) {
    response = solution.slice(marker + 'Assistant:'.length);
  } else {
    const chatMarker = solution.indexOf('<|im_start|>assistant');
    if (chatMarker === -1) return null;
    response = solution.slice(chatMarker + '<|im_start|>assistant'.length);
  }
  const lastLine = response.slice(response.lastIndexOf('\n') + 1); // Python: split('\n')[-1]
  let answer: string | null = null;
  for (const match of lastLine.matchAll(ANSWER_TAGS)) answer = match[1]!;
  return answer === null ? null : pythonStrip(answer);
}

/**
 * Rule b: every run of digits, read as a whole number ("007" is 7), sorted, must equal the sorted
 * given numbers. One deviation: Python's \d also matches non-ASCII digits ("٣"), ours does not. The
 * score cannot differ, because eval() rejects non-ASCII digits, so such an answer scores 0.1 either way.
 */
export function validateEquation(equation: string, available: readonly number[]): boolean {
  const byValue = (a: bigint, b: bigint): number => (a < b ? -1 : a > b ? 1 : 0);
  const used = (equation.match(/\d+/g) ?? []).map((digits) => BigInt(digits)).sort(byValue);
  const given = available.map((n) => BigInt(n)).sort(byValue);
  return used.length === given.length && used.every((n, i) => n === given[i]);
}

/** Rule c: the character check, then Python's eval(); null where the original returns None. */
export function evaluateEquation(equation: string): PyNumber | null {
  if (!ALLOWED_CHARACTERS.test(equation)) return null;
  try {
    return evaluatePython(equation);
  } catch (error) {
    if (error instanceof PyError) return null;
    throw error;
  }
}

/** Rule d, with Python's comparison: an int result is compared exactly, a float one in floating point. */
function withinTolerance(value: PyNumber, target: number): boolean {
  if (value.type === 'int' && Number.isInteger(target)) return value.value === BigInt(target);
  try {
    return Math.abs(toFloat(value) - target) < 1e-5;
  } catch {
    return false; // an int too large for a float: Python raises, and the original returns format_score
  }
}

export type Verdict = 'no-answer' | 'wrong-numbers' | 'not-evaluable' | 'wrong-result' | 'correct';

export interface CountdownScore {
  score: number;
  verdict: Verdict;
  /** The extracted answer text (null when there is none). */
  equation: string | null;
  /** Its value as a float, when it evaluated to a number that fits one. */
  value: number | null;
}

export interface GroundTruth {
  target: number;
  numbers: readonly number[];
}

/** TinyZero's compute_score with the reason for the score. */
export function scoreCountdown(solution: string, truth: GroundTruth, formatScore = 0.1, score = 1): CountdownScore {
  const equation = extractSolution(solution);
  if (equation === null) return { score: 0, verdict: 'no-answer', equation, value: null };
  if (!validateEquation(equation, truth.numbers)) {
    return { score: formatScore, verdict: 'wrong-numbers', equation, value: null };
  }
  const result = evaluateEquation(equation);
  if (result === null) return { score: formatScore, verdict: 'not-evaluable', equation, value: null };
  let value: number | null = null;
  try {
    value = toFloat(result);
  } catch {
    // too large for a float; value stays null
  }
  return withinTolerance(result, truth.target)
    ? { score, verdict: 'correct', equation, value }
    : { score: formatScore, verdict: 'wrong-result', equation, value };
}

/** The score alone, as the original returns it. */
export const computeScore = (solution: string, truth: GroundTruth, formatScore = 0.1, score = 1): number =>
  scoreCountdown(solution, truth, formatScore, score).score;

// ===================================================================================================
// 3. The toy's action space: postfix tokens
//
// With n given numbers the vocabulary has n + 5 tokens: N1..Nn (the i-th given number, by position),
// the four operators, and END. Postfix (reverse Polish) needs no brackets, so the policy only has to
// learn one rule: an operator needs two values on the stack. Nothing masks illegal tokens; writing a
// well-formed expression is part of what the policy learns.
//
// How a token sequence becomes text for the scorer (our choice; it follows the scorer's own rules):
//   - END closes the answer. A sequence that reaches the length limit without END never closes its
//     <answer> tag, so the scorer finds no answer: 0.
//   - A well-formed postfix sequence before END (every operator has two operands, one value left) is
//     written as the equivalent infix expression, e.g. N1 N2 + N3 * -> "(3 + 5) * 2". Brackets appear
//     exactly where the tree needs them, so Python evaluates the same tree in the same order. The
//     scorer then checks it like any answer: 1.0 if it uses each number once and hits the target,
//     0.1 if not (wrong numbers, wrong value, division by zero).
//   - A malformed sequence before END cannot be written as an equation, so its tokens are written
//     as they are, e.g. "N1 N2 + +", and the empty sequence as "". The scorer finds an answer that is
//     not a valid equation (its digit count or its eval() fails): 0.1, always. (Writing the numbers
//     instead of N1..Nn would sometimes make valid infix by accident, "N1 - N2" as "3 - 5"; token
//     names make sure a malformed sequence never counts as a solution.)
// So END at once earns the 0.1 format score for nothing: the cheapest way to collect reward, and the
// one a policy trained from random weights falls into.

export const OPERATORS = ['+', '-', '*', '/'] as const;

/** Token names for n numbers: N1..Nn, + - * /, END. */
export function vocabulary(count: number): string[] {
  return [...Array.from({ length: count }, (_, i) => `N${i + 1}`), ...OPERATORS, 'END'];
}

export const endToken = (count: number): number => count + 4;
export const isNumberToken = (token: number, count: number): boolean => token < count;

/** Where a postfix prefix stands: stack depth, uses of each number, and whether an operator lacked operands. */
export interface PostfixStatus {
  depth: number;
  uses: number[];
  broken: boolean;
}

export function postfixStatus(tokens: ArrayLike<number>, count: number, length = tokens.length): PostfixStatus {
  const uses = new Array<number>(count).fill(0);
  let depth = 0;
  let broken = false;
  for (let t = 0; t < length; t++) {
    const token = tokens[t]!;
    if (token < count) {
      uses[token]!++;
      depth++;
    } else if (token < count + 4) {
      if (depth < 2) broken = true;
      depth = Math.max(depth - 1, 1); // after a failed operator we pretend it produced one value
    }
  }
  return { depth, uses, broken };
}

const PRECEDENCE: Record<string, number> = { '+': 1, '-': 1, '*': 2, '/': 2 };
const ATOM = 3;

/** Infix text of a well-formed postfix sequence (END excluded), or null if it is malformed. */
export function postfixToInfix(tokens: readonly number[], numbers: readonly number[]): string | null {
  const count = numbers.length;
  const stack: { text: string; precedence: number }[] = [];
  for (const token of tokens) {
    if (token < count) {
      stack.push({ text: String(numbers[token]), precedence: ATOM });
    } else if (token < count + 4) {
      const right = stack.pop();
      const left = stack.pop();
      if (left === undefined || right === undefined) return null;
      const op = OPERATORS[token - count]!;
      const p = PRECEDENCE[op]!;
      // Left-associative: a left operand needs brackets only if it binds more loosely; a right operand
      // also when it binds equally, so "a - (b - c)" and also "a + (b + c)" keep their tree.
      const l = left.precedence < p ? `(${left.text})` : left.text;
      const r = right.precedence <= p ? `(${right.text})` : right.text;
      stack.push({ text: `${l} ${op} ${r}`, precedence: p });
    } else {
      return null; // END inside the body: not expected
    }
  }
  return stack.length === 1 ? stack[0]!.text : null;
}

export interface ToyAnswer {
  /** The response text that follows the prompt (the prompt ends with "<think>"). */
  completion: string;
  /** What is written between the answer tags, or null when the tag is never closed. */
  answer: string | null;
  /** True when the tokens before END form a well-formed postfix expression. */
  wellFormed: boolean;
}

/** Turn a token sequence into the response text the scorer reads (rules above). */
export function renderTokens(tokens: readonly number[], numbers: readonly number[]): ToyAnswer {
  const count = numbers.length;
  const end = tokens.indexOf(endToken(count));
  const body = end === -1 ? tokens : tokens.slice(0, end);
  const infix = postfixToInfix(body, numbers);
  const names = vocabulary(count);
  const inner = infix ?? body.map((t) => names[t]).join(' ');
  if (end === -1) return { completion: `</think>\n<answer>${inner}`, answer: null, wellFormed: false };
  return { completion: `</think>\n<answer>${inner}</answer>`, answer: inner, wellFormed: infix !== null };
}

/** Score a token sequence with TinyZero's scorer, on the full text (prompt + response) as veRL passes it. */
export function scoreTokens(tokens: readonly number[], task: CountdownTask): CountdownScore {
  return scoreCountdown(countdownPrompt(task) + renderTokens(tokens, task.numbers).completion, task);
}

/**
 * A random well-formed postfix expression that uses every number exactly once, followed by END:
 * a random order of the numbers, random operators, and a random bracketing (at each point, push the
 * next number or apply an operator, with equal odds where both are allowed).
 */
export function randomPostfix(rng: Rng, count: number): number[] {
  const order = rng.shuffle(Array.from({ length: count }, (_, i) => i));
  const tokens: number[] = [];
  let pushed = 0;
  let depth = 0;
  while (pushed < count || depth > 1) {
    const canPush = pushed < count;
    const canApply = depth >= 2;
    if (canPush && (!canApply || rng.next() < 0.5)) {
      tokens.push(order[pushed++]!);
      depth++;
    } else {
      tokens.push(count + rng.int(4));
      depth--;
    }
  }
  tokens.push(endToken(count));
  return tokens;
}
