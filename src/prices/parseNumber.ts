/** Digits with an optional dot and fraction, nothing else: a number as `Number` reads it. */
const PLAIN_DECIMAL = /^\d+(\.\d+)?$/;

/** Cell values that mean "no price on this row" (trimmed, in lower case; DuckDB's panel reader uses them too). */
export const MISSING_CELLS: ReadonlySet<string> = new Set(['', '-', '—', '.', 'null', 'nan', 'na', 'n/a', '#n/a', 'none']);

/** True when a cell holds one of the usual "no value" markers (empty, null, -, NaN, N/A, FRED's '.'). */
export function isMissingCell(cell: string): boolean {
  const first = cell.charCodeAt(0);
  if (first >= 48 && first <= 57) return false; // starts with a digit: no marker does
  return MISSING_CELLS.has(cell.trim().toLowerCase());
}

/**
 * Parses a number written with thousand separators and the given decimal
 * separator: "44,450" → 44450, "1.066,07" (decimal ',') → 1066.07,
 * "1.95%" → 1.95 (the percent sign is dropped; the caller knows the unit),
 * "$123.45" → 123.45. Returns NaN when the text is not a number.
 *
 * @param cell text of one CSV cell
 * @param decimalSeparator '.' (default) or ','
 * @returns the number, or NaN
 * @example
 * parseLocaleNumber('44,450'); // => 44450
 */
export function parseLocaleNumber(cell: string, decimalSeparator: '.' | ',' = '.'): number {
  // Fast path for plain digits with an optional fraction ("1455.219971"): no symbol, separator or space to remove.
  if (decimalSeparator === '.' && PLAIN_DECIMAL.test(cell)) return Number(cell);
  let text = cell.trim().replace(/^[$€£¥₩]|%$/g, '').replace(/[\s\u00a0']/g, '');
  text = decimalSeparator === '.' ? text.replace(/,/g, '') : text.replace(/\./g, '').replace(',', '.');
  if (!/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(text)) return NaN;
  return Number(text);
}

/**
 * Decides the decimal separator of a column from sample cells: ',' when some
 * cell has a comma followed by other than exactly three digits ("1066,0699"),
 * or a comma after the last dot ("1.066,07"); otherwise '.'. A comma-delimited
 * file always uses '.' (its commas inside quotes are thousand separators).
 */
export function detectDecimalSeparator(cells: string[], delimiter: string): '.' | ',' {
  if (delimiter === ',') return '.';
  for (const cell of cells) {
    const text = cell.trim();
    if (/,\d+$/.test(text) && !/,\d{3}$/.test(text)) return ',';
    if (/\.\d{3},\d+$/.test(text)) return ',';
  }
  return '.';
}
