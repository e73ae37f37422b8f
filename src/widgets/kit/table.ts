/** A results table as data: made by a widget's view.ts, rendered by ResultTable.astro and by fillTable(). */
export interface TableView {
  caption: string;
  /** Column headers; `html` is our own trusted markup (e.g. "pass@<i>N</i>"), never reader input. */
  columns: { text: string; html?: string }[];
  rows: TableRow[];
}

export interface TableRow {
  header: string;
  cells: string[];
  /** The row for the current input (highlighted). */
  current?: boolean;
}
