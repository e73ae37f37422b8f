/**
 * The few DOM helpers widget elements share beyond the base class: following a chart's drawn width, and
 * filling a ResultTable from its TableView. Text is set with textContent only, never parsed as markup.
 */
import type { TableView } from './table';

/**
 * Follow an element's drawn width with a ResizeObserver, so drawing never has to force a layout.
 * Calls `onChange` when the width changes noticeably (rotation, window resize).
 */
export function trackWidth(element: Element, onChange: () => void): () => number {
  let width = element.getBoundingClientRect().width;
  new ResizeObserver((entries) => {
    const next = entries[0]?.contentRect.width ?? width;
    if (Math.abs(next - width) < 16) return;
    width = next;
    onChange();
  }).observe(element);
  return () => width;
}

/** One results row: a row header and numeric cells; the row for the current input is highlighted. */
function tableRow(header: string, cells: readonly string[], current: boolean): HTMLTableRowElement {
  const tr = document.createElement('tr');
  if (current) tr.className = 'widget-current';
  const th = document.createElement('th');
  th.scope = 'row';
  th.className = 'num';
  th.textContent = header;
  tr.append(th);
  for (const text of cells) {
    const td = document.createElement('td');
    td.className = 'num';
    td.textContent = text;
    tr.append(td);
  }
  return tr;
}

/** Fill a ResultTable's caption and rows from a TableView (header columns are static). */
export function fillTable(root: Element, view: TableView): void {
  const caption = root.querySelector('[data-out="caption"]');
  if (caption) caption.textContent = view.caption;
  root.querySelector('[data-out="rows"]')?.replaceChildren(...view.rows.map((row) => tableRow(row.header, row.cells, !!row.current)));
}
