/**
 * Reads the tables a notebook shows — danfojs DataFrames and Series, arrays of
 * row objects — into one plain shape, by duck typing (danfojs is not loaded here).
 */
import { ValueError } from '../errors';

/** A table as columns, optional row labels, and rows of cells in column order. */
export interface TableData {
  columns: string[];
  /** Row labels (a DataFrame's index); absent for arrays of rows. */
  index?: unknown[];
  rows: unknown[][];
}

interface FrameLike {
  columns: unknown[];
  index: unknown[];
  values: unknown[];
  $isSeries?: boolean;
}

function isFrameLike(value: unknown): value is FrameLike {
  if (typeof value !== 'object' || value === null) return false;
  const frame = value as Partial<FrameLike>;
  return Array.isArray(frame.columns) && Array.isArray(frame.index) && Array.isArray(frame.values);
}

/** Columns and rows, as the toolkit's `Table` (`analysisTables`): columns are names or `{ name }` objects. */
interface ColumnsAndRows {
  columns: (string | { name: string })[];
  rows: unknown[][];
}

function isColumnsAndRows(value: unknown): value is ColumnsAndRows {
  if (typeof value !== 'object' || value === null) return false;
  const table = value as Partial<ColumnsAndRows>;
  return (
    Array.isArray(table.columns) &&
    Array.isArray(table.rows) &&
    table.columns.every((c) => typeof c === 'string' || (typeof c === 'object' && c !== null && typeof c.name === 'string')) &&
    table.rows.every(Array.isArray)
  );
}

function isRowArray(value: unknown): value is Record<string, unknown>[] {
  return (
    Array.isArray(value) &&
    value.length > 0 &&
    value.every((row) => typeof row === 'object' && row !== null && !Array.isArray(row))
  );
}

/**
 * Whether `value` can be shown as a table: a danfojs DataFrame or Series (or any
 * object with array `columns`, `index` and `values`), a `{ columns, rows }` table
 * (as `analysisTables` returns), or a non-empty array of row objects.
 *
 * @example
 * isTableLike([{ ticker: '005930.KS', changePct: 1.95 }]) // => true
 * isTableLike({ mark: 'bar' }) // => false
 */
export function isTableLike(value: unknown): boolean {
  return isFrameLike(value) || isColumnsAndRows(value) || isRowArray(value);
}

/**
 * Reads a DataFrame, Series, `{ columns, rows }` table or array of row objects into
 * {@link TableData}. Row objects may have different keys: the columns are all keys in
 * order of first appearance.
 *
 * @throws {ValueError} when `value` is none of these
 * @example
 * toTableData([{ a: 1 }, { a: 2, b: 'x' }])
 * // => { columns: ['a', 'b'], rows: [[1, undefined], [2, 'x']] }
 * toTableData({ columns: [{ name: 'change_pct', dtype: 'float32' }], rows: [[1.95]] })
 * // => { columns: ['change_pct'], rows: [[1.95]] }
 */
export function toTableData(value: unknown): TableData {
  if (isFrameLike(value)) {
    const columns = value.columns.map(String);
    const rows = value.$isSeries ? value.values.map((cell) => [cell]) : value.values.map(asRow);
    return { columns, index: value.index, rows };
  }
  if (isColumnsAndRows(value)) {
    return { columns: value.columns.map((c) => (typeof c === 'string' ? c : c.name)), rows: value.rows };
  }
  if (isRowArray(value)) {
    const columns = [...new Set(value.flatMap((row) => Object.keys(row)))];
    return { columns, rows: value.map((row) => columns.map((column) => row[column])) };
  }
  throw new ValueError(
    `toTableData: expected a DataFrame, a Series, a { columns, rows } table or a non-empty array of row objects, got ${describe(value)}`,
  );
}

function asRow(row: unknown): unknown[] {
  return Array.isArray(row) ? row : [row];
}

function describe(value: unknown): string {
  if (Array.isArray(value)) return value.length === 0 ? 'an empty array' : 'an array of non-objects';
  return value === null ? 'null' : typeof value;
}
