/**
 * Python's arithmetic, as much of it as TinyZero's Countdown scorer can reach.
 *
 * The scorer (see countdown.ts) passes the text inside the <answer> tags to Python's eval(), after a
 * character check that lets through only digits, + - * / ( ) . and whitespace. That sounds like four
 * operators, but Python's grammar over those characters is richer: ** is a power, // is floor division,
 * + and - can be unary ("3 - - 3" is 6), "1." and ".5" are numbers, integers are exact at any size, and
 * / always gives a float. A faithful copy of the scorer has to follow the same rules, or "2**3" or
 * "7//2" would score differently here than in the original.
 *
 * So this module tokenizes, parses and evaluates such text the way CPython does:
 *  - tokens: ASCII digit literals (an integer such as "012" with a leading zero is a syntax error, a
 *    float such as "012.5" is fine), the operators + - * / // ** ( ), and "..." (Python's Ellipsis,
 *    which is not a number); spaces, tabs and form feeds separate tokens; a line break is only allowed
 *    inside brackets; any other character, including non-ASCII digits and spaces, is a syntax error;
 *  - precedence, loosest first: binary + -, then * / //, then unary + -, then **, which is
 *    right-associative and binds tighter than a unary minus on its left ("-2**2" is -4) but accepts one
 *    on its right ("2**-1" is 0.5);
 *  - numbers: 'int' values are exact (JavaScript BigInt) and stay exact under + - * // and ** with a
 *    non-negative exponent; '/' turns two ints into the correctly rounded float of their quotient;
 *    mixing an int with a float converts the int first (an OverflowError if it is too large); division
 *    by zero is a ZeroDivisionError; float overflow in + - * gives infinity as in Python, in ** an
 *    OverflowError.
 *
 * Known gaps, none of which can change a score in practice:
 *  - A negative number raised to a fractional power is a complex number in Python. We stop there
 *    ("not supported"), so such an answer scores 0.1; Python would carry the complex number on and
 *    could, in contrived text such as "(0-1)**.5*0+8", still reach the target.
 *  - Integers above MAX_INT_BITS bits are not computed (Python would grind on them for a long time).
 *  - CPython refuses very deeply nested expressions; it allows 200 levels of brackets, which we copy,
 *    and a version-dependent depth of other nesting, which we approximate with MAX_DEPTH.
 *  - Math.pow and C's pow() may differ in the last bit for a few inputs; with the scorer's tolerance of
 *    1e-5 that matters only for a value within one rounding step of the tolerance's edge.
 */

export type PyNumber = { type: 'int'; value: bigint } | { type: 'float'; value: number };

export type PyErrorKind = 'SyntaxError' | 'TypeError' | 'ZeroDivisionError' | 'OverflowError' | 'NotSupported';

/** An error Python would raise (or, for 'NotSupported', a case this module declines to evaluate). */
export class PyError extends Error {
  readonly kind: PyErrorKind;

  constructor(kind: PyErrorKind, message: string) {
    super(`${kind}: ${message}`);
    this.name = 'PyError';
    this.kind = kind;
  }
}

/** CPython's tokenizer rejects a 201st open bracket ("too many nested parentheses"). */
export const MAX_PAREN_LEVEL = 200;
/** Our stand-in for CPython's other nesting limits (unary chains, long operator chains). */
export const MAX_DEPTH = 1000;
/** Largest integer we compute exactly, in bits (about 315,000 decimal digits). */
export const MAX_INT_BITS = 1 << 20;

// ---------------------------------------------------------------------------------------------------
// Tokens

type Operator = '+' | '-' | '*' | '/' | '//' | '**' | '(' | ')';
type Token = { kind: 'number'; value: PyNumber } | { kind: 'op'; op: Operator } | { kind: 'ellipsis' };

const isDigit = (c: string | undefined): boolean => c !== undefined && c >= '0' && c <= '9';

export function tokenize(source: string): Token[] {
  const tokens: Token[] = [];
  let level = 0; // open brackets so far
  let i = 0;
  while (i < source.length) {
    const c = source[i]!;
    if (c === ' ' || c === '\t' || c === '\f') {
      i++;
    } else if (c === '\r' || c === '\n') {
      // Python reads "\r" as a line break. Inside brackets a line break is ignored; outside, it would end
      // the expression early, and eval() of an expression followed by more text is a syntax error.
      if (level === 0) throw new PyError('SyntaxError', 'line break outside brackets');
      i++;
    } else if (isDigit(c) || (c === '.' && isDigit(source[i + 1]))) {
      let j = i;
      while (isDigit(source[j])) j++;
      const isFloat = source[j] === '.';
      if (isFloat) {
        j++;
        while (isDigit(source[j])) j++;
      }
      const text = source.slice(i, j);
      if (!isFloat && text.length > 1 && text[0] === '0' && /[1-9]/.test(text)) {
        throw new PyError('SyntaxError', 'leading zeros in decimal integer literals are not permitted');
      }
      // Number() and BigInt() read decimal text exactly as Python does: "1." is 1, ".5" is 0.5, both
      // correctly rounded to the nearest double.
      tokens.push({ kind: 'number', value: isFloat ? float(Number(text)) : int(BigInt(text)) });
      i = j;
    } else if (c === '.') {
      if (!source.startsWith('...', i)) throw new PyError('SyntaxError', 'a lone "."');
      tokens.push({ kind: 'ellipsis' });
      i += 3;
    } else if (c === '*' || c === '/') {
      const doubled = source[i + 1] === c; // the tokenizer is greedy: "***" is "**" then "*"
      tokens.push({ kind: 'op', op: doubled ? (c === '*' ? '**' : '//') : c });
      i += doubled ? 2 : 1;
    } else if (c === '+' || c === '-') {
      tokens.push({ kind: 'op', op: c });
      i++;
    } else if (c === '(') {
      if (level >= MAX_PAREN_LEVEL) throw new PyError('SyntaxError', 'too many nested parentheses');
      level++;
      tokens.push({ kind: 'op', op: '(' });
      i++;
    } else if (c === ')') {
      if (level === 0) throw new PyError('SyntaxError', "unmatched ')'");
      level--;
      tokens.push({ kind: 'op', op: ')' });
      i++;
    } else {
      throw new PyError('SyntaxError', `invalid character ${JSON.stringify(c)}`);
    }
  }
  return tokens;
}

// ---------------------------------------------------------------------------------------------------
// Syntax tree

export type PyNode =
  | { kind: 'number'; value: PyNumber }
  | { kind: 'ellipsis' }
  | { kind: 'unary'; op: '+' | '-'; operand: PyNode }
  | { kind: 'binary'; op: '+' | '-' | '*' | '/' | '//' | '**'; left: PyNode; right: PyNode };

/** Parse an expression with Python's precedence rules; throws a PyError('SyntaxError') otherwise. */
export function parse(source: string): PyNode {
  const tokens = tokenize(source);
  let pos = 0;
  let depth = 0;
  const peekOp = (): Operator | null => {
    const t = tokens[pos];
    return t?.kind === 'op' ? t.op : null;
  };
  const enter = (): void => {
    if (++depth > MAX_DEPTH) throw new PyError('SyntaxError', 'expression nested too deeply');
  };

  // expression: term (('+' | '-') term)*
  const expression = (): PyNode => {
    enter();
    let left = term();
    for (let op = peekOp(); op === '+' || op === '-'; op = peekOp()) {
      pos++;
      left = { kind: 'binary', op, left, right: term() };
    }
    depth--;
    return left;
  };
  // term: factor (('*' | '/' | '//') factor)*
  const term = (): PyNode => {
    let left = factor();
    for (let op = peekOp(); op === '*' || op === '/' || op === '//'; op = peekOp()) {
      pos++;
      left = { kind: 'binary', op, left, right: factor() };
    }
    return left;
  };
  // factor: ('+' | '-') factor | power
  const factor = (): PyNode => {
    const op = peekOp();
    if (op === '+' || op === '-') {
      pos++;
      enter();
      const operand = factor();
      depth--;
      return { kind: 'unary', op, operand };
    }
    return power();
  };
  // power: atom ['**' factor]   (the exponent is a factor, which makes ** right-associative)
  const power = (): PyNode => {
    const base = atom();
    if (peekOp() === '(') throw new PyError('TypeError', 'a number is not callable');
    if (peekOp() !== '**') return base;
    pos++;
    enter();
    const exponent = factor();
    depth--;
    return { kind: 'binary', op: '**', left: base, right: exponent };
  };
  // atom: NUMBER | '...' | '(' expression ')'
  const atom = (): PyNode => {
    const t = tokens[pos++];
    if (t === undefined) throw new PyError('SyntaxError', 'unexpected end of the expression');
    if (t.kind === 'number') return { kind: 'number', value: t.value };
    if (t.kind === 'ellipsis') return { kind: 'ellipsis' };
    if (t.op === '(') {
      if (peekOp() === ')') throw new PyError('TypeError', '"()" is an empty tuple, not a number');
      const inner = expression();
      if (peekOp() !== ')') throw new PyError('SyntaxError', "'(' was never closed");
      pos++;
      return inner;
    }
    throw new PyError('SyntaxError', `unexpected ${JSON.stringify(t.op)}`);
  };

  const tree = expression();
  if (pos !== tokens.length) throw new PyError('SyntaxError', 'unexpected text after the expression');
  return tree;
}

// ---------------------------------------------------------------------------------------------------
// Numbers

export const int = (value: bigint): PyNumber => ({ type: 'int', value });
export const float = (value: number): PyNumber => ({ type: 'float', value });

const SAFE = 2n ** 53n;

/** Bit length of |x|, to within a few bits (enough for the size guard). */
function approxBits(x: bigint): number {
  return x === 0n ? 0 : (x < 0n ? -x : x).toString(16).length * 4;
}

function checkSize(x: bigint): PyNumber {
  if (x > -SAFE && x < SAFE) return int(x); // the common case, without measuring
  if (approxBits(x) > MAX_INT_BITS) throw new PyError('NotSupported', `an integer over ${MAX_INT_BITS} bits`);
  return int(x);
}

/** float(n) in Python: correctly rounded (as Number(bigint) is), and an OverflowError beyond the double range. */
export function toFloat(n: PyNumber): number {
  if (n.type === 'float') return n.value;
  const x = Number(n.value);
  if (!Number.isFinite(x)) throw new PyError('OverflowError', 'int too large to convert to float');
  return x;
}

/** a / b for two ints: Python returns the double nearest to the exact quotient. */
function divideInts(a: bigint, b: bigint): number {
  if (b === 0n) throw new PyError('ZeroDivisionError', 'division by zero');
  const abs = (x: bigint): bigint => (x < 0n ? -x : x);
  // Both exactly representable: one IEEE division rounds the exact quotient once, as Python does.
  if (abs(a) <= SAFE && abs(b) <= SAFE) return Number(a) / Number(b);
  // Otherwise: an integer quotient with at least 66 bits plus a "sticky" bit for a non-zero remainder;
  // Number() then rounds it once, correctly, and the power-of-two scaling is exact (outside the
  // subnormal range, where a second rounding can occur; harmless at the scorer's tolerance).
  const negative = a < 0n !== b < 0n;
  const n = abs(a);
  const d = abs(b);
  const shift = Math.max(0, 66 - (approxBits(n) - approxBits(d)));
  const scaled = n << BigInt(shift);
  const q = ((scaled / d) << 1n) | (scaled % d === 0n ? 0n : 1n);
  let x = Number(q);
  for (let k = shift + 1; k > 0; k -= 1000) x *= 2 ** -Math.min(k, 1000);
  if (!Number.isFinite(x)) throw new PyError('OverflowError', 'integer division result too large for a float');
  return negative ? -x : x;
}

/** a // b for two ints: the floor of the exact quotient. */
function floorDivideInts(a: bigint, b: bigint): bigint {
  if (b === 0n) throw new PyError('ZeroDivisionError', 'integer division or modulo by zero');
  const q = a / b; // BigInt division truncates toward zero
  return a % b !== 0n && a < 0n !== b < 0n ? q - 1n : q;
}

/** a // b for floats, with CPython's steps (fmod, then a corrected floor) so that the rounding matches. */
function floorDivideFloats(a: number, b: number): number {
  if (b === 0) throw new PyError('ZeroDivisionError', 'float floor division by zero');
  let mod = a % b; // JavaScript's % on numbers is C's fmod
  let div = (a - mod) / b;
  if (mod !== 0 && b < 0 !== mod < 0) {
    mod += b;
    div -= 1;
  }
  if (div === 0) {
    const q = a / b;
    return q < 0 || Object.is(q, -0) ? -0 : 0; // a zero that carries the quotient's sign
  }
  let floorDiv = Math.floor(div);
  if (div - floorDiv > 0.5) floorDiv += 1;
  return floorDiv;
}

const isOddInteger = (x: number): boolean => Math.abs(x) % 2 === 1;

/** base ** exponent for floats, following the special cases of CPython's float_pow. */
function powerFloats(base: number, exponent: number): number {
  if (exponent === 0) return 1;
  if (Number.isNaN(base)) return base;
  if (Number.isNaN(exponent)) return base === 1 ? 1 : exponent;
  if (!Number.isFinite(exponent)) {
    const b = Math.abs(base);
    if (b === 1) return 1;
    return exponent > 0 === b > 1 ? Infinity : 0;
  }
  if (!Number.isFinite(base)) {
    if (exponent > 0) return isOddInteger(exponent) ? base : Math.abs(base);
    return isOddInteger(exponent) ? (base < 0 ? -0 : 0) : 0;
  }
  if (base === 0) {
    if (exponent < 0) throw new PyError('ZeroDivisionError', '0.0 cannot be raised to a negative power');
    return isOddInteger(exponent) ? base : 0;
  }
  let negate = false;
  if (base < 0) {
    if (exponent !== Math.floor(exponent)) {
      throw new PyError('NotSupported', 'a negative number to a fractional power is complex in Python');
    }
    base = -base;
    negate = isOddInteger(exponent);
  }
  if (base === 1) return negate ? -1 : 1;
  const x = Math.pow(base, exponent);
  if (!Number.isFinite(x)) throw new PyError('OverflowError', 'numerical result out of range');
  return negate ? -x : x;
}

function powerInts(base: bigint, exponent: bigint): PyNumber {
  if (exponent < 0n) return float(powerFloats(toFloat(int(base)), toFloat(int(exponent))));
  // 0, 1 and -1 stay small for any exponent; Python answers those instantly, so we do too.
  if (base === 0n) return int(exponent === 0n ? 1n : 0n);
  if (base === 1n) return int(1n);
  if (base === -1n) return int(exponent % 2n === 0n ? 1n : -1n);
  if (BigInt(approxBits(base) - 3) * exponent > BigInt(MAX_INT_BITS)) {
    throw new PyError('NotSupported', `an integer over ${MAX_INT_BITS} bits`);
  }
  return checkSize(base ** exponent);
}

type BinaryOp = '+' | '-' | '*' | '/' | '//' | '**';

/** One binary operation with Python's rules for int and float operands. */
export function applyBinary(op: BinaryOp, left: PyNumber, right: PyNumber): PyNumber {
  if (left.type === 'int' && right.type === 'int') {
    const a = left.value;
    const b = right.value;
    switch (op) {
      case '+': return checkSize(a + b);
      case '-': return checkSize(a - b);
      case '*': return checkSize(a * b);
      case '/': return float(divideInts(a, b));
      case '//': return int(floorDivideInts(a, b));
      case '**': return powerInts(a, b);
    }
  }
  // At least one float: both operands become floats first, as in Python.
  const a = toFloat(left);
  const b = toFloat(right);
  switch (op) {
    case '+': return float(a + b);
    case '-': return float(a - b);
    case '*': return float(a * b);
    case '/':
      if (b === 0) throw new PyError('ZeroDivisionError', 'float division by zero');
      return float(a / b);
    case '//': return float(floorDivideFloats(a, b));
    case '**': return float(powerFloats(a, b));
  }
}

export function evaluateNode(node: PyNode): PyNumber {
  switch (node.kind) {
    case 'number':
      return node.value;
    case 'ellipsis':
      throw new PyError('TypeError', 'Ellipsis is not a number');
    case 'unary': {
      const x = evaluateNode(node.operand);
      if (node.op === '+') return x;
      return x.type === 'int' ? int(-x.value) : float(-x.value);
    }
    case 'binary':
      return applyBinary(node.op, evaluateNode(node.left), evaluateNode(node.right));
  }
}

/** Evaluate arithmetic text as Python's eval() would; throws a PyError where Python would raise. */
export function evaluatePython(source: string): PyNumber {
  return evaluateNode(parse(source));
}
