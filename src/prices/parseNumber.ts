/** Powers of ten a double holds exactly (10^0 … 10^22). */
const EXACT_POWERS = Array.from({ length: 23 }, (_, k) => 10 ** k);

/**
 * The number written by `text[from..to)` when it is plain digits with an optional `.digits`
 * (`1455.219971`), else NaN — the very double `Number` gives for that text: up to 15 digits and 22
 * decimals it is `mantissa / 10^decimals`, one correctly rounded division of two exactly held
 * doubles (so correctly rounded as `Number`'s reading is); longer ones go through `Number`.
 * Read in place, without a substring (a price file's fast reader calls it on the whole file's text).
 *
 * @param text any text
 * @param from first character
 * @param to one past the last
 * @returns the number, or NaN when the text is not plain
 * @example
 * plainDecimalAt('date,1455.219971', 5, 16); // => 1455.219971
 */
export function plainDecimalAt(text: string, from: number, to: number): number {
  let mantissa = 0;
  let digits = 0;
  let decimals = -1;
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c >= 48 && c <= 57) {
      mantissa = mantissa * 10 + c - 48;
      digits++;
      if (decimals >= 0) decimals++;
    } else if (c === 46 && decimals < 0 && digits > 0) decimals = 0;
    else return NaN;
  }
  if (digits === 0 || decimals === 0) return NaN;
  if (digits > 15 || decimals > 22) return Number(text.slice(from, to));
  return decimals > 0 ? mantissa / EXACT_POWERS[decimals] : mantissa;
}

/** Cell values that mean "no price on this row". */
const MISSING = new Set(['', '-', '—', '.', 'null', 'nan', 'na', 'n/a', '#n/a', 'none']);

/** True when a cell holds one of the usual "no value" markers (empty, null, -, NaN, N/A, FRED's '.'). */
export function isMissingCell(cell: string): boolean {
  const first = cell.charCodeAt(0);
  if (first >= 48 && first <= 57) return false; // starts with a digit: no marker does
  return MISSING.has(cell.trim().toLowerCase());
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
  if (decimalSeparator === '.') {
    const plain = plainDecimalAt(cell, 0, cell.length);
    if (!Number.isNaN(plain)) return plain;
  }
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
