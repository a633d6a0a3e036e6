// The common price file read in one pass of character codes: comma-delimited, ISO dates in ascending order, plain decimal prices.

/** Powers of ten a double holds exactly (10^0 … 10^22). */
const EXACT_POWERS = Array.from({ length: 23 }, (_, k) => 10 ** k);

/** The dates and prices of a file the fast path read (every data row has both). */
export interface FastColumns {
  dates: string[];
  prices: Float64Array;
}

/**
 * Reads the date and price columns of the usual price file in one pass, or returns undefined
 * when any row is unusual — then the general parser reads the file and reports or handles it
 * (quotes, `\r`, padding, other date shapes, missing or non-plain prices, zero, a date that is not
 * after the previous one, a short row). What it accepts it reads exactly as the general path
 * does: the date cell is kept as is when it is a valid `YYYY-MM-DD` calendar date (the general
 * path would print the same text), and a price of at most 15 digits with at most 22 decimals is
 * `mantissa / 10^decimals` — one correctly rounded division of two exact doubles, so the very
 * double `Number(cell)` gives; longer ones go through `Number`.
 *
 * @param text the file content after the header line
 * @param start index of the first data line in `text`
 * @param dateColumn index of the date column
 * @param priceColumn index of the price column
 * @returns the columns, or undefined to fall back
 * @example
 * fastPriceColumns('Date,Close\n2019-08-19,43600\n2019-08-20,44450\n', 11, 0, 1)?.prices; // => Float64Array [43600, 44450]
 */
export function fastPriceColumns(text: string, start: number, dateColumn: number, priceColumn: number): FastColumns | undefined {
  const dates: string[] = [];
  const prices: number[] = [];
  const lastColumn = Math.max(dateColumn, priceColumn);
  let previous = '';
  let position = start;
  const length = text.length;
  while (position < length) {
    let end = text.indexOf('\n', position);
    if (end < 0) end = length;
    if (end === position) {
      // A blank line ends the data only if nothing but blank lines follows.
      if (text.slice(position).trim() !== '') return undefined;
      break;
    }
    let date: string | undefined;
    let price = NaN;
    let cellStart = position;
    for (let column = 0; column <= lastColumn; column++) {
      let cellEnd = text.indexOf(',', cellStart);
      if (cellEnd < 0 || cellEnd > end) {
        if (column < lastColumn) return undefined;
        cellEnd = end;
      }
      if (column === dateColumn) {
        date = isoDateCell(text, cellStart, cellEnd);
        if (date === undefined || date <= previous) return undefined;
      }
      if (column === priceColumn) {
        price = plainDecimal(text, cellStart, cellEnd);
        if (!(price > 0) || price < 2.2250738585072014e-308) return undefined;
      }
      cellStart = cellEnd + 1;
    }
    dates.push(date!);
    prices.push(price);
    previous = date!;
    position = end + 1;
  }
  if (dates.length === 0) return undefined;
  return { dates, prices: Float64Array.from(prices) };
}

/** The cell text[from..to) when it is exactly a valid YYYY-MM-DD date, else undefined. */
function isoDateCell(text: string, from: number, to: number): string | undefined {
  if (to - from !== 10) return undefined;
  let year = 0;
  let month = 0;
  let day = 0;
  for (let k = 0; k < 10; k++) {
    const c = text.charCodeAt(from + k);
    if (k === 4 || k === 7) {
      if (c !== 45) return undefined;
      continue;
    }
    if (c < 48 || c > 57) return undefined;
    if (k < 4) year = year * 10 + c - 48;
    else if (k < 7) month = month * 10 + c - 48;
    else day = day * 10 + c - 48;
  }
  if (year < 1 || month < 1 || month > 12 || day < 1) return undefined;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  if (day > (month === 2 ? (leap ? 29 : 28) : month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31)) return undefined;
  return text.slice(from, to);
}

/** The number written by text[from..to) when it is digits with an optional `.digits`, else NaN. */
function plainDecimal(text: string, from: number, to: number): number {
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
