/**
 * The parts of a completion the reward playground lets a reader switch off and on with one click: the
 * closing `</think>` tag, the `<answer>` tags and a Chinese sentence in the reasoning. Each one moves a
 * different reward term (format; format but not accuracy, since a \boxed{} answer is still found;
 * language consistency). Pure string edits: a toggle twice gives the text back, so a reader can undo it.
 */

export type CompletionPart = 'think-close' | 'answer-tags' | 'chinese';

export const COMPLETION_PARTS: readonly CompletionPart[] = ['think-close', 'answer-tags', 'chinese'];

/** The sentence "so the result is one half" (ours): nine Han characters, each a word for the language reward. */
export const CHINESE_SENTENCE = '所以结果是二分之一。';

const END_THINK = '</think>';
const ANSWER = '<answer>';
const END_ANSWER = '</answer>';

/** Whether the completion has each part (what the toggle buttons show as pressed). */
export function partsOf(text: string): Record<CompletionPart, boolean> {
  return {
    'think-close': text.includes(END_THINK),
    'answer-tags': text.includes(ANSWER) || text.includes(END_ANSWER),
    chinese: text.includes(CHINESE_SENTENCE),
  };
}

/** Remove `part` from the completion if it has it, add it if not. */
export function togglePart(text: string, part: CompletionPart): string {
  const has = partsOf(text)[part];
  switch (part) {
    case 'think-close':
      return has ? removeEndThink(text) : addEndThink(text);
    case 'answer-tags':
      return has ? text.replaceAll(ANSWER, '').replaceAll(END_ANSWER, '') : addAnswerTags(text);
    case 'chinese':
      return has ? text.replace(` ${CHINESE_SENTENCE}`, '').replace(CHINESE_SENTENCE, '') : addChinese(text);
  }
}

/** Drop the first `</think>` and the line break after it (the one addEndThink puts there). */
function removeEndThink(text: string): string {
  const at = text.indexOf(END_THINK);
  const end = at + END_THINK.length;
  return text.slice(0, at) + text.slice(text[end] === '\n' ? end + 1 : end);
}

/** Close the reasoning on its own line before the first `<answer>` (or at the end). */
function addEndThink(text: string): string {
  const at = text.indexOf(ANSWER);
  if (at < 0) return `${text}${text === '' || text.endsWith('\n') ? '' : '\n'}${END_THINK}`;
  return `${text.slice(0, at)}${END_THINK}\n${text.slice(at)}`;
}

/** Wrap what follows the reasoning (after `</think>`, else the last line) in `<answer>` tags, keeping the spaces around it. */
function addAnswerTags(text: string): string {
  const close = text.lastIndexOf(END_THINK);
  const start = close >= 0 ? close + END_THINK.length : text.lastIndexOf('\n') + 1;
  const tail = text.slice(start);
  const body = tail.trim();
  if (body === '') return `${text}${ANSWER}${END_ANSWER}`;
  const lead = tail.slice(0, tail.indexOf(body));
  const trail = tail.slice(lead.length + body.length);
  return `${text.slice(0, start)}${lead}${ANSWER}${body}${END_ANSWER}${trail}`;
}

/** Put the sentence at the end of the reasoning: before the spaces ahead of `</think>` (or `<answer>`, or the end). */
function addChinese(text: string): string {
  const marks = [text.indexOf(END_THINK), text.indexOf(ANSWER)].filter((i) => i >= 0);
  let at = marks.length > 0 ? Math.min(...marks) : text.length;
  while (at > 0 && /\s/.test(text[at - 1]!)) at--;
  return `${text.slice(0, at)} ${CHINESE_SENTENCE}${text.slice(at)}`;
}
