import { expectObject } from '../errors';
import type { DataFrame } from '../frames/danfo';
import { frameRows, type Cell, type Table } from '../frames/table';
import { writeTextFile } from './write';

/** Characters that make a spreadsheet read a cell as a formula (or hide one) when they start it. */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One CSV cell: null → empty; numbers as written by JavaScript (−0.5 stays a number); strings that
 * start with = + - @ tab or CR get a leading single quote so spreadsheets show them as text
 * (CSV injection, OWASP); cells holding a comma, quote or line break are quoted with "" escapes (RFC 4180).
 *
 * @param cell - a value.
 * @example
 * csvCell('=HYPERLINK("x")'); // => '"\'=HYPERLINK(""x"")"'
 * csvCell(-0.5); // => '-0.5'
 */
export function csvCell(cell: Cell | undefined): string {
  if (cell === null || cell === undefined) return '';
  if (typeof cell !== 'string') return String(cell);
  const text = FORMULA_START.test(cell) ? `'${cell}` : cell;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * A DataFrame or table as CSV text: a header row, then one line per row, lines ending in "\n".
 * Cells are quoted and neutralised as in {@link csvCell}.
 *
 * @param frame - a danfojs-node DataFrame or a Table.
 * @example
 * toCsv({ columns: [{ name: 'id', dtype: 'string' }, { name: 'change_pct', dtype: 'float32' }], rows: [['-x', -0.5]] });
 * // => "id,change_pct\n'-x,-0.5\n"
 */
export function toCsv(frame: DataFrame | Table): string {
  expectObject(frame, 'frame', 'toCsv');
  const { columns, rows } = frameRows(frame);
  return [columns, ...rows].map((row) => `${row.map(csvCell).join(',')}\n`).join('');
}

/** Options of {@link writeCsv}. */
export interface WriteCsvOptions {
  /**
   * Start the file with a UTF-8 byte-order mark (default true): Excel then reads the file as
   * UTF-8, so curly quotes, "₩" and Korean names from articles show as written instead of
   * "â€™". Other tools (pandas, R, csvkit, our own readers) skip it. `false` for a plain file.
   */
  bom?: boolean;
}

/**
 * Writes a DataFrame or table as CSV (see {@link toCsv}), UTF-8 with a byte-order mark
 * unless `{ bom: false }`, creating the folder if needed.
 *
 * @param path - the file to write.
 * @param frame - the data.
 * @throws {InputError} when the file cannot be written (naming it).
 * @example
 * writeCsv('out/moves.csv', movesFrame(seedArticle().facts));
 * writeCsv('out/moves.csv', movesFrame(seedArticle().facts), { bom: false });
 */
export function writeCsv(path: string, frame: DataFrame | Table, options: WriteCsvOptions = {}): void {
  writeTextFile(path, csvFileText(frame, options));
}

/**
 * The text of a CSV file: {@link toCsv} behind a UTF-8 byte-order mark unless `{ bom: false }`
 * (see {@link WriteCsvOptions}); for writers that hold their own file handling (output folders).
 *
 * @example
 * csvFileText({ columns: [{ name: 'a', dtype: 'int32' }], rows: [[1]] }).charCodeAt(0); // => 0xfeff
 */
export function csvFileText(frame: DataFrame | Table, options: WriteCsvOptions = {}): string {
  return `${options.bom === false ? '' : '\uFEFF'}${toCsv(frame)}`;
}
