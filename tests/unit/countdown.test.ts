import { describe, expect, it } from 'vitest';
import {
  computeScore,
  countdownPrompt,
  endToken,
  evaluateEquation,
  extractSolution,
  generateTask,
  generateTasks,
  postfixStatus,
  postfixToInfix,
  pythonStrip,
  randomPostfix,
  reachableTargets,
  renderTokens,
  scoreCountdown,
  scoreTokens,
  taskKey,
  validateEquation,
  vocabulary,
  type CountdownTask,
} from '../../src/lib/countdown';
import { MAX_PAREN_LEVEL, evaluatePython, type PyNumber } from '../../src/lib/python-arith';
import { Rng, deriveSeed } from '../../src/lib/prng';
import original from './fixtures/countdown-python.json';

// Every expected score in this file was also checked against the Python original
// (Jiayi-Pan/TinyZero: verl/utils/reward_score/countdown.py) on Python 3.11.

const task: CountdownTask = { numbers: [3, 5, 2], target: 16 };
const prompt = countdownPrompt(task);
/** Prompt + response, as veRL decodes it before scoring. */
const full = (response: string): string => prompt + response;

describe('TinyZero scorer: extraction', () => {
  it('scores 1.0 for a correct equation after the prompt', () => {
    expect(computeScore(full('</think>\n<answer>(3 + 5) * 2</answer>'), task)).toBe(1);
  });

  it('needs an "Assistant:" or "<|im_start|>assistant" marker, else there is no answer at all', () => {
    expect(computeScore('<think></think>\n<answer>(3 + 5) * 2</answer>', task)).toBe(0);
    expect(computeScore('<|im_start|>assistant\n<answer>(3 + 5) * 2</answer>', task)).toBe(1);
    // "Assistant:" wins over the chat marker even when it comes later
    expect(scoreCountdown('<|im_start|>assistant\n<answer>(3 + 5) * 2</answer>\nAssistant: <answer>3</answer>', task))
      .toMatchObject({ score: 0.1, equation: '3', verdict: 'wrong-numbers' });
  });

  it('ignores the example answer in the prompt itself (it comes before "Assistant:")', () => {
    expect(prompt).toContain('<answer> </answer>');
    expect(extractSolution(full('no answer here'))).toBeNull();
  });

  it('reads only the last line: a trailing newline or any text after the answer line loses it', () => {
    expect(computeScore(full('</think>\n<answer>(3 + 5) * 2</answer>\n'), task)).toBe(0);
    expect(computeScore(full('</think>\n<answer>(3 + 5) * 2</answer>\nDone.'), task)).toBe(0);
    expect(computeScore(full('<answer>(3 + 5) * 2</answer>\n</think>'), task)).toBe(0);
  });

  it('takes the last answer on that line', () => {
    expect(computeScore(full('<answer>3 + 5 + 2</answer> <answer>(3 + 5) * 2</answer>'), task)).toBe(1);
    expect(computeScore(full('<answer>(3 + 5) * 2</answer> <answer>3 + 5 + 2</answer>'), task)).toBe(0.1);
  });

  it("strips Python's whitespace around the answer (including U+3000, not U+FEFF)", () => {
    expect(computeScore(full('<answer> \t (3 + 5) * 2 \u3000</answer>'), task)).toBe(1);
    expect(pythonStrip('\x1c\x85 a \u2028')).toBe('a');
    expect(pythonStrip('\ufeffa')).toBe('\ufeffa');
  });

  it('no closing tag -> 0; an empty answer is still an answer -> 0.1', () => {
    expect(scoreCountdown(full('<answer>(3 + 5) * 2'), task)).toMatchObject({ score: 0, verdict: 'no-answer' });
    expect(scoreCountdown(full('<answer></answer>'), task)).toMatchObject({ score: 0.1, equation: '', verdict: 'wrong-numbers' });
    // a stray opening tag becomes part of the answer text
    expect(scoreCountdown(full('<answer><answer>(3 + 5) * 2</answer>'), task)).toMatchObject({
      score: 0.1,
      equation: '<answer>(3 + 5) * 2',
      verdict: 'not-evaluable',
    });
  });

  it('lets the caller choose the two scores, as the original does', () => {
    expect(computeScore(full('<answer>3 + 5 + 2</answer>'), task, 0.2, 2)).toBe(0.2);
    expect(computeScore(full('<answer>(3 + 5) * 2</answer>'), task, 0.2, 2)).toBe(2);
  });
});

describe('TinyZero scorer: numbers', () => {
  it('needs each given number exactly once', () => {
    expect(scoreCountdown(full('<answer>(3 + 5) * 2 * 2</answer>'), task).verdict).toBe('wrong-numbers');
    expect(scoreCountdown(full('<answer>(3 + 5) + 8</answer>'), task).verdict).toBe('wrong-numbers');
    expect(validateEquation('5 + 5 + 2', [5, 5, 2])).toBe(true);
    expect(validateEquation('5 + 2 + 5 + 0', [5, 5, 2])).toBe(false);
    expect(computeScore('Assistant: <answer>(3+5)*2</answer>', { target: 16, numbers: [2, 3, 5, 5] })).toBe(0.1);
  });

  it('counts every run of digits: "2.0" uses a 2 and a 0, but "2." is just 2 (and evaluates to 16.0)', () => {
    expect(scoreCountdown(full('<answer>(3 + 5) * 2.0</answer>'), task).verdict).toBe('wrong-numbers');
    expect(scoreCountdown(full('<answer>(3 + 5) * 2.</answer>'), task)).toMatchObject({ score: 1, value: 16 });
  });

  it('reads "02" as 2 for the count, but Python refuses the literal', () => {
    expect(validateEquation('(3 + 5) * 02', [3, 5, 2])).toBe(true);
    expect(scoreCountdown(full('<answer>(3 + 5) * 02</answer>'), task).verdict).toBe('not-evaluable');
  });
});

describe("TinyZero scorer: Python's arithmetic", () => {
  const score = (equation: string, target: number): number =>
    computeScore(`Assistant: <answer>${equation}</answer>`, { target, numbers: [3, 5, 2] });

  it('accepts everything Python evaluates: **, //, unary minus, redundant brackets', () => {
    expect(score('3 ** (5 - 2)', 27)).toBe(1);
    expect(score('5 // 2 + 3', 5)).toBe(1);
    expect(score('5 / 2 + 3', 5)).toBe(0.1); // true division: 5.5
    expect(score('-3 + 5 * 2', 7)).toBe(1);
    expect(score('3 - - 5 * 2', 13)).toBe(1);
    expect(score('((3 + 5)) * (2)', 16)).toBe(1);
  });

  it('gives 0.1 for what Python cannot evaluate', () => {
    expect(score('3 / (5 - 5) * 2', 16)).toBe(0.1); // numbers wrong anyway; division by zero below
    expect(scoreCountdown('Assistant: <answer>5 / (2 - 2) + 3</answer>', { target: 3, numbers: [5, 2, 2, 3] }).verdict)
      .toBe('not-evaluable');
    expect(score('(3 + 5) * 2 = 16', 16)).toBe(0.1); // "=" fails the character check
    expect(score('(3 + 5)(2)', 16)).toBe(0.1); // a call: TypeError
    expect(score('(3 + 5)\xa0* 2', 16)).toBe(0.1); // a no-break space passes the check but not eval()
    expect(score('3 + 5\r * 2', 13)).toBe(0.1); // "\r" is a line break ...
    expect(score('(3 + 5\r) * 2', 16)).toBe(1); // ... which brackets allow
  });

  it('uses the 1e-5 tolerance for floats and exact comparison for ints', () => {
    expect(computeScore('Assistant: <answer>1/49*49</answer>', { target: 1, numbers: [1, 49, 49] })).toBe(1);
    expect(evaluatePython('1/49*49')).toEqual({ type: 'float', value: 0.9999999999999999 });
    expect(score('(3 + 5) * 2', 16.000001)).toBe(1);
    expect(score('(3 + 5) * 2', 16.00002)).toBe(0.1);
  });

  it('evaluates like CPython on a few awkward inputs', () => {
    const value = (s: string): PyNumber | null => evaluateEquation(s);
    expect(value('7//2')).toEqual({ type: 'int', value: 3n });
    expect(value('-7//2')).toEqual({ type: 'int', value: -4n });
    expect(value('-7.5//2')).toEqual({ type: 'float', value: -4 });
    expect(value('-2**2')).toEqual({ type: 'int', value: -4n });
    expect(value('2**-1')).toEqual({ type: 'float', value: 0.5 });
    expect(value('2 ** 0.5 ** 2')).toEqual({ type: 'float', value: 1.189207115002721 });
    expect(value('+-+3')).toEqual({ type: 'int', value: -3n });
    expect(value('012.5')).toEqual({ type: 'float', value: 12.5 });
    expect(value('000')).toEqual({ type: 'int', value: 0n });
    expect(value('.5')).toEqual({ type: 'float', value: 0.5 });
    expect(value('0/-5')).toEqual({ type: 'float', value: -0 });
    expect(value('10**400/10**399')).toEqual({ type: 'float', value: 10 });
    expect(value('2**1024*1.0')).toBeNull(); // OverflowError converting the int
    expect(value('10.0**308*10')).toEqual({ type: 'float', value: Infinity }); // float * overflows quietly
    for (const bad of ['012', '1..2', '1.5.5', '1 .5', '...', '()', '1/0', '0**-1', '5.0 // 0.0', '(-8)**(1/3)', '٣+1', '1e5', '2***3']) {
      expect(value(bad), bad).toBeNull();
    }
    expect(value(`${'('.repeat(MAX_PAREN_LEVEL)}1${')'.repeat(MAX_PAREN_LEVEL)}`)).toEqual({ type: 'int', value: 1n });
    expect(value(`${'('.repeat(MAX_PAREN_LEVEL + 1)}1${')'.repeat(MAX_PAREN_LEVEL + 1)}`)).toBeNull();
  });
});

describe('agreement with the Python original on generated inputs', () => {
  // The fixture holds the original's own outputs on random texts (see its "note"); 250 inputs of each score.
  it('compute_score: the same score for every input', () => {
    const mismatches = (original.scores as [string, number[], number, number][])
      .filter(([solution, numbers, target, score]) => computeScore(solution, { numbers, target }) !== score)
      .map(([solution]) => solution);
    expect(original.scores.length).toBe(750);
    expect(mismatches).toEqual([]);
  });

  it('evaluate_equation: the same value, or None, for every input', () => {
    const mismatches = (original.evaluations as [string, null | 'other' | [string, string]][]).filter(([text, expected]) => {
      const value = evaluateEquation(text);
      if (expected === null || expected === 'other') return value !== null;
      if (value === null || value.type !== expected[0]) return true;
      if (value.type === 'int') return value.value !== BigInt(expected[1]);
      const f = expected[1] === 'inf' ? Infinity : expected[1] === '-inf' ? -Infinity : expected[1] === 'nan' ? NaN : Number(expected[1]);
      return !Object.is(value.value, f);
    });
    expect(mismatches).toEqual([]);
  });
});

describe('tasks', () => {
  it('are reproducible from the seed and always solvable', () => {
    const a = generateTasks(new Rng(7), 50);
    const b = generateTasks(new Rng(7), 50);
    expect(a).toEqual(b);
    expect(new Set(a.map(taskKey)).size).toBe(50);
    for (const t of a) {
      expect(t.numbers).toHaveLength(3);
      expect(t.numbers.every((n) => n >= 1 && n <= 20)).toBe(true);
      expect(t.target).toBeGreaterThanOrEqual(1);
      expect(t.target).toBeLessThanOrEqual(100);
      expect(reachableTargets(t.numbers, 100)).toContain(t.target);
    }
    const four = generateTask(new Rng(1), { count: 4, maxNumber: 20, maxTarget: 100 });
    expect(four.numbers).toHaveLength(4);
  });

  it('skip excluded tasks, so a held-out set can be disjoint from the pool', () => {
    const seen = new Set<string>();
    const pool = generateTasks(new Rng(1), 40, undefined, seen);
    const heldOut = generateTasks(new Rng(2), 40, undefined, seen);
    const poolKeys = new Set(pool.map(taskKey));
    expect(heldOut.some((t) => poolKeys.has(taskKey(t)))).toBe(false);
  });

  it('finds the targets reachable with exact fractions', () => {
    expect(reachableTargets([1, 2], 10)).toEqual([1, 2, 3]); // 2 - 1, 2 * 1 or 2 / 1, 1 + 2
    expect(reachableTargets([3, 3, 8, 8], 100)).toContain(24); // 8 / (3 - 8 / 3)
    expect(reachableTargets([20, 3, 3], 100)).toContain(20); // 20 / 3 * 3
  });

  it('reachable targets are exactly those some postfix answer scores 1.0 for (checked on random tasks)', () => {
    const rng = new Rng(deriveSeed(3, 'reachable'));
    for (let trial = 0; trial < 6; trial++) {
      const numbers = [1 + rng.int(20), 1 + rng.int(20), 1 + rng.int(20)];
      const hits = new Set<number>();
      for (const tokens of allPostfix(3)) {
        const text = postfixToInfix(tokens, numbers)!;
        const v = evaluateEquation(text);
        if (v === null) continue; // division by zero
        const target = Math.round(Number(v.value)); // the only whole number that can be within 1e-5
        if (target >= 1 && target <= 100 && computeScore(`Assistant: <answer>${text}</answer>`, { target, numbers }) === 1) {
          hits.add(target);
        }
      }
      expect([...hits].sort((a, b) => a - b)).toEqual(reachableTargets(numbers, 100));
    }
  });
});

/** Every well-formed postfix sequence over `count` numbers using each exactly once (END excluded). */
function allPostfix(count: number): number[][] {
  const out: number[][] = [];
  const walk = (seq: number[], unused: number[], depth: number): void => {
    if (unused.length === 0 && depth === 1) out.push(seq);
    for (const n of unused) walk([...seq, n], unused.filter((u) => u !== n), depth + 1);
    if (depth >= 2) for (let op = 0; op < 4; op++) walk([...seq, count + op], unused, depth - 1);
  };
  walk([], Array.from({ length: count }, (_, i) => i), 0);
  return out;
}

describe('toy action space: postfix tokens -> answer text -> the same scorer', () => {
  const [N1, N2, N3, PLUS, MINUS, TIMES, DIVIDE, END] = [0, 1, 2, 3, 4, 5, 6, 7];

  it('has N1..Nn, four operators and END', () => {
    expect(vocabulary(3)).toEqual(['N1', 'N2', 'N3', '+', '-', '*', '/', 'END']);
    expect(vocabulary(4)).toHaveLength(9);
    expect(endToken(3)).toBe(END);
  });

  it('writes well-formed postfix as infix with the brackets its tree needs', () => {
    expect(postfixToInfix([N1, N2, PLUS, N3, TIMES], task.numbers)).toBe('(3 + 5) * 2');
    expect(postfixToInfix([N1, N2, N3, TIMES, PLUS], task.numbers)).toBe('3 + 5 * 2');
    expect(postfixToInfix([N1, N2, MINUS, N3, MINUS], task.numbers)).toBe('3 - 5 - 2');
    expect(postfixToInfix([N1, N2, N3, MINUS, MINUS], task.numbers)).toBe('3 - (5 - 2)');
    expect(postfixToInfix([N1, N2, N3, PLUS, PLUS], task.numbers)).toBe('3 + (5 + 2)');
    expect(postfixToInfix([N1, N2, DIVIDE, N3, DIVIDE], task.numbers)).toBe('3 / 5 / 2');
    expect(postfixToInfix([N1, N2, N3, DIVIDE, TIMES], task.numbers)).toBe('3 * (5 / 2)');
    expect(postfixToInfix([N1, PLUS], task.numbers)).toBeNull();
    expect(postfixToInfix([N1, N2], task.numbers)).toBeNull();
    expect(postfixToInfix([], task.numbers)).toBeNull();
  });

  it('maps sequences to scores by the scorer rules', () => {
    const verdict = (tokens: number[]) => {
      const s = scoreTokens(tokens, task);
      return [s.score, s.verdict, s.equation];
    };
    expect(verdict([N1, N2, PLUS, N3, TIMES, END])).toEqual([1, 'correct', '(3 + 5) * 2']);
    expect(verdict([N1, N2, N3, TIMES, PLUS, END])).toEqual([0.1, 'wrong-result', '3 + 5 * 2']);
    expect(verdict([N1, N2, PLUS, END])).toEqual([0.1, 'wrong-numbers', '3 + 5']);
    expect(verdict([N1, N1, PLUS, N3, TIMES, END])).toEqual([0.1, 'wrong-numbers', '(3 + 3) * 2']);
    // malformed: written as token names, which the scorer can never evaluate. It counts the digits in
    // the names as numbers first, so the verdict is usually "wrong numbers"; with the numbers 1, 2, 3
    // the count even passes and eval() is what fails. Either way: 0.1.
    expect(verdict([N1, PLUS, N2, END])).toEqual([0.1, 'wrong-numbers', 'N1 + N2']);
    expect(scoreTokens([N1, N2, N3, PLUS, END], { numbers: [3, 1, 2], target: 6 }))
      .toMatchObject({ score: 0.1, verdict: 'not-evaluable', equation: 'N1 N2 N3 +' });
    // END straight away: an empty answer, still worth the format score
    expect(verdict([END])).toEqual([0.1, 'wrong-numbers', '']);
    // no END: the answer tag is never closed
    expect(verdict([N1, N2, PLUS, N3, TIMES, N1, N2, N3])).toEqual([0, 'no-answer', null]);
  });

  it('renders a division by zero as an answer that scores 0.1', () => {
    const t: CountdownTask = { numbers: [4, 4, 7], target: 7 };
    const tokens = [N3, N1, N2, MINUS, DIVIDE, END];
    expect(renderTokens(tokens, t.numbers).answer).toBe('7 / (4 - 4)');
    expect(scoreTokens(tokens, t)).toMatchObject({ score: 0.1, verdict: 'not-evaluable' });
  });

  it('tracks the stack of a postfix prefix', () => {
    expect(postfixStatus([N1, N2, PLUS, N1], 3)).toEqual({ depth: 2, uses: [2, 1, 0], broken: false });
    expect(postfixStatus([PLUS], 3)).toEqual({ depth: 1, uses: [0, 0, 0], broken: true });
  });

  it('random postfix expressions are well-formed and use each number once', () => {
    const rng = new Rng(5);
    for (let i = 0; i < 200; i++) {
      const count = i % 2 === 0 ? 3 : 4;
      const tokens = randomPostfix(rng, count);
      expect(tokens.at(-1)).toBe(endToken(count));
      expect(tokens).toHaveLength(2 * count);
      const status = postfixStatus(tokens, count);
      expect(status).toEqual({ depth: 1, uses: new Array(count).fill(1), broken: false });
    }
  });
});
