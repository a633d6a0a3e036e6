// The common price file read in one pass of character codes: comma-delimited, ISO dates in ascending order, plain decimal prices.
import { isoDateAt } from './parseDate';
import { plainDecimalAt } from './parseNumber';

/** The dates and prices of a file the fast path read (every data row has both). */
export interface FastColumns {
  dates: string[];
  prices: Float64Array;
}

/**
 * Reads the date and price columns of the usual price file in one pass, or returns undefined
 * when any row is unusual — then the general parser reads the file and reports or handles it
 * (quotes, `\r`, padding, other date shapes, missing or non-plain prices, zero, a date that is not
 * after the previous one, a short row). What it accepts it reads with the general path's own
 * helpers, in place: the date cell by `isoDateAt` (kept as is when a valid `YYYY-MM-DD` calendar
 * date, the text the general path prints) and the price by `plainDecimalAt` (the double `Number` gives).
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
        date = cellEnd - cellStart === 10 ? isoDateAt(text, cellStart) : undefined;
        if (date === undefined || date <= previous) return undefined;
      }
      if (column === priceColumn) {
        price = plainDecimalAt(text, cellStart, cellEnd);
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
