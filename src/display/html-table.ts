/**
 * Tables for notebooks: an HTML table (every string escaped, no scripts or styles
 * that front-ends strip) and an aligned plain-text twin for `text/plain`.
 */
import type { TableDisplayOptions } from './types';
import type { TableData } from './table-data';
import { escapeHtml } from '../render/html';
import { formatCell } from './format-cell';

interface Shown {
  header: string[];
  /** Formatted rows; `null` marks the elided middle. */
  body: (string[] | null)[];
  numeric: boolean[];
  shape: string;
}

/** Formats the rows that will be shown, with the index as the first column when wanted. */
function shownRows(table: TableData, options: TableDisplayOptions): Shown {
  const { maxRows = options.rows ?? 60, fractionDigits = 6 } = options;
  const withIndex = (options.index ?? table.index !== undefined) && table.index !== undefined;
  const count = table.rows.length;
  const keep = (row: number) => count <= maxRows || row < Math.ceil(maxRows / 2) || row >= count - Math.floor(maxRows / 2);
  const body: (string[] | null)[] = [];
  for (let row = 0; row < count; row++) {
    if (!keep(row)) {
      if (body[body.length - 1] !== null) body.push(null);
      continue;
    }
    const cells = table.rows[row].map((cell) => formatCell(cell, fractionDigits));
    body.push(withIndex ? [formatCell(table.index?.[row], fractionDigits), ...cells] : cells);
  }
  const numeric = table.columns.map((_, column) =>
    table.rows.every((row) => row[column] === null || row[column] === undefined || typeof row[column] === 'number'),
  );
  return {
    header: withIndex ? ['', ...table.columns] : table.columns,
    body,
    numeric: withIndex ? [false, ...numeric] : numeric,
    shape: `${count} row${count === 1 ? '' : 's'} × ${table.columns.length} column${table.columns.length === 1 ? '' : 's'}`,
  };
}

/**
 * Writes a table as an HTML `<table>`: header row, one `<tr>` per row (the index
 * as `<th>`), numbers right-aligned and text left-aligned, the middle of long tables elided with "…",
 * and the shape ("3 rows × 2 columns") below when rows were elided. All text is escaped.
 *
 * @example
 * tableToHtml({ columns: ['name'], rows: [['<b>']] })
 * // => '<table class="market-reaction-table">\n<thead><tr><th>name</th></tr></thead>\n<tbody>\n<tr><td style="text-align: left">&lt;b&gt;</td></tr>\n</tbody>\n</table>'
 */
export function tableToHtml(table: TableData, options: TableDisplayOptions = {}): string {
  const shown = shownRows(table, options);
  const hasIndex = shown.header.length > table.columns.length;
  const cell = (text: string, column: number) => {
    if (hasIndex && column === 0) return `<th>${escapeHtml(text)}</th>`;
    // Explicit alignment: notebook stylesheets right-align every cell, which makes text hard to read.
    return `<td style="text-align: ${shown.numeric[column] ? 'right' : 'left'}">${escapeHtml(text)}</td>`;
  };
  const lines = ['<table class="market-reaction-table">'];
  if (options.caption !== undefined) lines.push(`<caption>${escapeHtml(options.caption)}</caption>`);
  lines.push(`<thead><tr>${shown.header.map((name) => `<th>${escapeHtml(name)}</th>`).join('')}</tr></thead>`);
  lines.push('<tbody>');
  for (const row of shown.body) {
    lines.push(row === null ? `<tr>${shown.header.map(() => '<td>…</td>').join('')}</tr>` : `<tr>${row.map(cell).join('')}</tr>`);
  }
  lines.push('</tbody>', '</table>');
  if (shown.body.includes(null)) lines.push(`<p>${shown.shape}</p>`);
  return lines.join('\n');
}

/**
 * Writes a table as aligned plain text (numbers right-aligned, two spaces between
 * columns), the `text/plain` twin of {@link tableToHtml}.
 *
 * @example
 * tableToText({ columns: ['move', 'changePct'], rows: [['stock', 1.95], ['market', 1.05]] })
 * // => 'move    changePct\nstock        1.95\nmarket       1.05'
 */
export function tableToText(table: TableData, options: TableDisplayOptions = {}): string {
  const shown = shownRows(table, options);
  const rows = shown.body.map((row) => row ?? shown.header.map(() => '…'));
  const widths = shown.header.map((name, column) => Math.max(name.length, ...rows.map((row) => row[column].length)));
  const pad = (text: string, column: number) =>
    shown.numeric[column] ? text.padStart(widths[column]) : text.padEnd(widths[column]);
  const lines = [shown.header, ...rows].map((row) => row.map(pad).join('  ').trimEnd());
  if (options.caption !== undefined) lines.unshift(options.caption);
  if (shown.body.includes(null)) lines.push(`[${shown.shape}]`);
  return lines.join('\n');
}
