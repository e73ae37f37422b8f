/**
 * Curly quotes for strings that never pass through the Markdown pipeline's smart punctuation:
 * frontmatter titles and descriptions, figure captions. Hand-written: the prose's smartypants is a
 * retext plugin that needs a full natural-language parse per string; these strings only need quotes.
 */
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** Straight ' and " become ‘ ’ “ ”; an apostrophe inside or after a word (“teacher's”, “models'”) is ’. */
export function smartQuotes(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch !== "'" && ch !== '"') {
      out += ch;
      continue;
    }
    const before = text[i - 1] ?? ' ';
    // Opening when at the start, or after a space or an opening bracket/dash; closing otherwise.
    const opens = /[\s([{\u2014\u2013-]/u.test(before) || i === 0;
    if (ch === "'") out += opens && !LETTER_OR_DIGIT.test(before) ? '\u2018' : '\u2019';
    else out += opens ? '\u201C' : '\u201D';
  }
  return out;
}
