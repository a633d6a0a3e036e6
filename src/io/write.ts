import type { DataFrame } from '../frames/danfo';
import { frameRows, type Cell, type Table } from '../frames/table';
import { writeFileAtomic } from './files';

/**
 * Writes text to a file atomically (see `writeFileAtomic`: temporary file + rename, never a
 * half-written file, never an input of this run), creating its folder.
 *
 * @param path - the file to write.
 * @param text - its content (UTF-8).
 * @throws {InputError} e.g. `out/x.csv: cannot write (permission denied)`.
 * @example
 * writeTextFile('out/note.txt', 'hello\n');
 */
export function writeTextFile(path: string, text: string): void {
  writeFileAtomic(path, text);
}

/**
 * A DataFrame or table as a list of records `{ column: value }` (null for absent values),
 * the JSON shape pandas calls `orient="records"`.
 *
 * @param frame - a danfojs-node DataFrame or a Table.
 * @example
 * frameRecords({ columns: [{ name: 'change_pct', dtype: 'float32' }], rows: [[1.95]] }); // => [{ change_pct: 1.95 }]
 */
export function frameRecords(frame: DataFrame | Table): Record<string, Cell>[] {
  const { columns, rows } = frameRows(frame);
  return rows.map((row) => Object.fromEntries(columns.map((name, i) => [name, row[i] ?? null])));
}

/**
 * Writes a value as pretty-printed JSON (2 spaces, trailing newline), creating the folder.
 * A DataFrame or table is written as its records (see {@link frameRecords}).
 *
 * @param path - the file to write.
 * @param value - any JSON-serialisable value, a DataFrame or a Table.
 * @throws {InputError} when the file cannot be written.
 * @example
 * writeJson('out/moves.json', movesFrame(seedArticle().facts));
 */
export function writeJson(path: string, value: unknown): void {
  writeTextFile(path, `${JSON.stringify(isFrameLike(value) ? frameRecords(value) : value, null, 2)}\n`);
}

function isFrameLike(value: unknown): value is DataFrame | Table {
  if (value === null || typeof value !== 'object') return false;
  const v = value as { columns?: unknown; rows?: unknown; values?: unknown; shape?: unknown };
  return Array.isArray(v.columns) && (Array.isArray(v.rows) || Array.isArray(v.shape));
}
