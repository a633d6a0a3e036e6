import type { DataFrame } from './danfo';
import { danfo } from './danfo';

/** danfojs-node dtypes used by the fact frames. danfojs labels every float column "float32" but keeps the JS doubles unchanged. */
export type ColumnDtype = 'float32' | 'int32' | 'string' | 'boolean';

/** A column of a fact frame: its name (units in the name, e.g. `change_pct`) and dtype. */
export interface ColumnSpec {
  name: string;
  dtype: ColumnDtype;
}

/** A cell: a number, a string (dates are ISO `YYYY-MM-DD` strings), a boolean, or null when absent. */
export type Cell = number | string | boolean | null;

/** Rows of cells under named columns: what a frame holds, independent of danfojs. */
export interface Table {
  columns: ColumnSpec[];
  rows: Cell[][];
}

/**
 * Builds a danfojs-node DataFrame with explicit dtypes (danfojs would otherwise infer "1.95" as a
 * float and an all-null column as float32). An empty table gives a frame with the columns and no rows.
 *
 * @param table - columns and rows.
 * @returns the DataFrame.
 * @example
 * tableToFrame({ columns: [{ name: 'change_pct', dtype: 'float32' }], rows: [[1.95]] }).dtypes; // => ['float32']
 */
export function tableToFrame(table: Table): DataFrame {
  const columns = table.columns.map((c) => c.name);
  const dtypes = table.columns.map((c) => c.dtype);
  return new (danfo().DataFrame)(table.rows, { columns, dtypes });
}

/**
 * The columns and rows of a DataFrame (or a Table), for writing CSV or JSON.
 *
 * @param frame - a danfojs DataFrame or a Table.
 * @example
 * frameRows(tableToFrame({ columns: [{ name: 'x', dtype: 'int32' }], rows: [[1]] })); // => { columns: ['x'], rows: [[1]] }
 */
export function frameRows(frame: DataFrame | Table): { columns: string[]; rows: Cell[][] } {
  if (isTable(frame)) return { columns: frame.columns.map((c) => c.name), rows: frame.rows.map((row) => [...row]) };
  return { columns: [...frame.columns], rows: frame.shape[0] === 0 ? [] : (frame.values as Cell[][]).map((row) => [...row]) };
}

function isTable(frame: DataFrame | Table): frame is Table {
  return 'rows' in frame && Array.isArray(frame.rows);
}

/**
 * Drops binary noise from a derived figure by rounding to 12 significant digits
 * (1.95 − 1.05 = 0.8999999999999999 → 0.9). Null stays null.
 *
 * @example
 * tidyNumber(0.8999999999999999); // => 0.9
 */
export function tidyNumber(value: number | null): number | null {
  return value === null ? null : Number(value.toPrecision(12));
}
