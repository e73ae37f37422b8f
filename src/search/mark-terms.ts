/**
 * Marks search terms in a page's text in one walk over the DOM, whatever the number of terms.
 * Hand-written rather than Pagefind's highlighter: that one walks the whole page once per term, cannot
 * match terms with inner punctuation (pass@k, Sky-T1) and marks inside SVG text, hiding chart labels.
 */
import { INDEX_EXCLUDE_SELECTORS } from './index-policy';
import { termsPattern } from './highlight-terms';

/** Never marked: what the index leaves out, plus drawings, form fields and code listings. */
export const NO_MARK_SELECTOR = [
  ...INDEX_EXCLUDE_SELECTORS,
  'svg',
  'math',
  'input',
  'textarea',
  'select',
  'button',
  'pre',
  'code',
  'script',
  'style',
  'mark',
].join(', ');

/** Wrap every occurrence of `terms` in text under `root` in <mark class={className}>; returns the marks. */
export function markTerms(root: Element, terms: readonly string[], className: string): HTMLElement[] {
  const pattern = termsPattern(terms);
  if (!pattern) return [];
  const doc = root.ownerDocument;
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
    acceptNode: (node) =>
      node.nodeType === Node.ELEMENT_NODE
        ? (node as Element).matches(NO_MARK_SELECTOR)
          ? NodeFilter.FILTER_REJECT // skips the whole subtree
          : NodeFilter.FILTER_SKIP
        : NodeFilter.FILTER_ACCEPT,
  });
  // Collect first: wrapping while walking would move the walker onto the new nodes.
  const texts: Text[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) texts.push(node as Text);
  const marks: HTMLElement[] = [];
  for (const text of texts) {
    const value = text.data;
    pattern.lastIndex = 0;
    let match = pattern.exec(value);
    if (!match) continue;
    const fragment = doc.createDocumentFragment();
    let last = 0;
    while (match) {
      fragment.append(value.slice(last, match.index));
      const mark = doc.createElement('mark');
      mark.className = className;
      mark.textContent = match[0];
      fragment.append(mark);
      marks.push(mark);
      last = match.index + match[0].length;
      match = pattern.exec(value);
    }
    fragment.append(value.slice(last));
    text.replaceWith(fragment);
  }
  return marks;
}
