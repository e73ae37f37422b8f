/**
 * MathML's `mathvariant` attribute (`double-struck`, `bold`, `script`, …), which KaTeX writes for
 * \mathbb, \mathbf, \mathcal and the like, is not part of MathML Core: Chromium ignores every value but
 * `normal`, so \mathbb{E} would show as a plain italic E. MathML Core styles such letters with their own
 * Unicode characters instead (Mathematical Alphanumeric Symbols, U+1D400–U+1D7FF, and the older
 * letterlike ones such as ℝ U+211D), which the math font draws and screen readers name ("double-struck E").
 *
 * Hand-written: a table of where each alphabet starts in Unicode and the letters it borrows from the
 * Letterlike Symbols block; no maintained package maps mathvariant values to characters on its own.
 */

interface Alphabet {
  /** Code point of the style's A, a, 0, Α (capital alpha) and α; absent where Unicode has no such letters. */
  upper?: number;
  lower?: number;
  digit?: number;
  greekUpper?: number;
  greekLower?: number;
}

const ALPHABETS: Record<string, Alphabet> = {
  bold: { upper: 0x1d400, lower: 0x1d41a, digit: 0x1d7ce, greekUpper: 0x1d6a8, greekLower: 0x1d6c2 },
  italic: { upper: 0x1d434, lower: 0x1d44e, greekUpper: 0x1d6e2, greekLower: 0x1d6fc },
  'bold-italic': { upper: 0x1d468, lower: 0x1d482, greekUpper: 0x1d71c, greekLower: 0x1d736 },
  script: { upper: 0x1d49c, lower: 0x1d4b6 },
  'bold-script': { upper: 0x1d4d0, lower: 0x1d4ea },
  fraktur: { upper: 0x1d504, lower: 0x1d51e },
  'double-struck': { upper: 0x1d538, lower: 0x1d552, digit: 0x1d7d8 },
  'bold-fraktur': { upper: 0x1d56c, lower: 0x1d586 },
  'sans-serif': { upper: 0x1d5a0, lower: 0x1d5ba, digit: 0x1d7e2 },
  'bold-sans-serif': { upper: 0x1d5d4, lower: 0x1d5ee, digit: 0x1d7ec, greekUpper: 0x1d756, greekLower: 0x1d770 },
  'sans-serif-italic': { upper: 0x1d608, lower: 0x1d622 },
  'sans-serif-bold-italic': { upper: 0x1d63c, lower: 0x1d656, greekUpper: 0x1d790, greekLower: 0x1d7aa },
  monospace: { upper: 0x1d670, lower: 0x1d68a, digit: 0x1d7f6 },
};

/** Letters that Unicode had encoded before the math alphabets, left as holes in them. */
const LETTERLIKE: Record<string, Record<string, string>> = {
  italic: { h: 'ℎ' },
  script: { B: 'ℬ', E: 'ℰ', F: 'ℱ', H: 'ℋ', I: 'ℐ', L: 'ℒ', M: 'ℳ', R: 'ℛ', e: 'ℯ', g: 'ℊ', o: 'ℴ' },
  fraktur: { C: 'ℭ', H: 'ℌ', I: 'ℑ', R: 'ℜ', Z: 'ℨ' },
  'double-struck': { C: 'ℂ', H: 'ℍ', N: 'ℕ', P: 'ℙ', Q: 'ℚ', R: 'ℝ', Z: 'ℤ' },
};

/** The mathvariant values this module can write as characters. */
export const STYLED_VARIANTS: ReadonlySet<string> = new Set(Object.keys(ALPHABETS));

function styledChar(char: string, variant: string, alphabet: Alphabet): string {
  const hole = LETTERLIKE[variant]?.[char];
  if (hole) return hole;
  const code = char.codePointAt(0)!;
  const from = (start: number | undefined, first: number, count: number) =>
    start !== undefined && code >= first && code < first + count ? String.fromCodePoint(start + code - first) : undefined;
  return (
    from(alphabet.upper, 0x41, 26) ??
    from(alphabet.lower, 0x61, 26) ??
    from(alphabet.digit, 0x30, 10) ??
    // Capital Greek Α–Ω (U+0391–U+03A9; U+03A2 is unassigned, and the math alphabets keep its slot for ϴ).
    from(alphabet.greekUpper, 0x391, 25) ??
    // Small Greek α–ω (U+03B1–U+03C9).
    from(alphabet.greekLower, 0x3b1, 25) ??
    char
  );
}

/**
 * The text written in the given mathvariant's own characters (\mathbb{R} → ℝ, \mathbf{x} → 𝐱). Letters,
 * digits and Greek letters the style has are converted; anything else (spaces, punctuation) is kept.
 * An unknown variant, or `normal`, leaves the text as it is.
 */
export function styledText(text: string, variant: string): string {
  const alphabet = ALPHABETS[variant];
  if (!alphabet) return text;
  return Array.from(text, (char) => styledChar(char, variant, alphabet)).join('');
}

const LETTERLIKE_CHARS: ReadonlySet<string> = new Set(Object.values(LETTERLIKE).flatMap((letters) => Object.values(letters)));

/** Math alphanumeric characters back to their plain letters (𝔼 → E, ℝ → R), for text read as words. */
export function plainLetters(text: string): string {
  return text.replace(/[\u{1d400}-\u{1d7ff}]|[\u2100-\u214f]/gu, (char) =>
    char.length === 2 || LETTERLIKE_CHARS.has(char) ? char.normalize('NFKC') : char,
  );
}
