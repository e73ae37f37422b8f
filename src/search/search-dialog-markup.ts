/**
 * The search dialog's elements, made when its code first loads (site-search.ts) rather than sent in every
 * page: a page that is only read never needs them, and without JavaScript there is no search to show.
 * Built with createElement, never from an HTML string.
 */
import { MAX_QUERY_LENGTH } from './highlight-terms';
import { APPROACH_LABELS, KIND_LABELS, KINDS } from './search-filters';
import { APPROACHES } from '../site/page-kinds';

type Attributes = Record<string, string>;

function el<K extends keyof HTMLElementTagNameMap>(tag: K, attributes: Attributes = {}, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  element.append(...children);
  return element;
}

const chipGroups = [
  { name: 'kind', label: 'Kind of page', chips: KINDS.map((value) => ({ value, label: KIND_LABELS[value] })) },
  { name: 'approach', label: 'Approach', chips: APPROACHES.map((value) => ({ value, label: APPROACH_LABELS[value] })) },
];

/** The dialog, with the data-search-* hooks site-search.ts looks up. */
export function searchDialog(): HTMLDialogElement {
  const close = el('button', { type: 'button', class: 'button search-close', 'data-search-close': '' }, 'Close ', el('span', { class: 'sr-only' }, 'search'));
  const input = el('input', {
    id: 'search-input',
    class: 'search-input',
    type: 'search',
    autocomplete: 'off',
    spellcheck: 'false',
    maxlength: String(MAX_QUERY_LENGTH),
    placeholder: 'GRPO, aha moment, majority voting…',
    'aria-describedby': 'search-status',
    'aria-controls': 'search-results',
    'data-search-input': '',
  });
  const filters = el(
    'div',
    { class: 'search-filters', 'data-search-filters': '' },
    ...chipGroups.map((group) =>
      el(
        'div',
        { class: 'search-chip-group', role: 'group', 'aria-label': group.label },
        ...group.chips.map((chip) =>
          el('button', { type: 'button', class: 'search-chip', 'aria-pressed': 'false', 'data-filter-name': group.name, 'data-filter-value': chip.value }, chip.label),
        ),
      ),
    ),
  );
  const more = el('button', { type: 'button', class: 'button search-more', 'data-search-more': '' }, 'More results');
  more.hidden = true;
  return el(
    'dialog',
    { class: 'search-dialog', 'aria-labelledby': 'search-label', 'data-search-dialog': '' },
    el(
      'div',
      { class: 'search-frame' },
      el('div', { class: 'search-top' }, el('label', { id: 'search-label', class: 'search-heading', for: 'search-input' }, 'Search the site'), close),
      input,
      filters,
      el('p', { id: 'search-status', class: 'search-status', role: 'status', 'data-search-status': '' }),
      el('p', { class: 'search-suggest', 'data-search-suggest': '' }),
      el('ol', { id: 'search-results', class: 'search-results', 'aria-label': 'Results', 'data-search-results': '' }),
      more,
    ),
  );
}
