import { InputError, expectString } from '../errors';
import { detectFormatName, findDateColumn, findPriceColumn } from './columns';
import { detectDelimiter, readCsvColumns, splitCsvLine } from './csvLine';
import { fastPriceColumns } from './fastColumns';
import { detectSlashOrder, parsePriceDate } from './parseDate';
import { detectDecimalSeparator, isMissingCell, parseLocaleNumber } from './parseNumber';
import type { PriceSeries, PriceSource } from './types';

/** The smallest normal double (2.2250738585072014e-308): smaller positive numbers are denormal and lose precision. */
const MIN_NORMAL_PRICE = 2.2250738585072014e-308;

/** Options of {@link parsePriceCsv}. */
export interface ParsePriceOptions {
  /** File name used in messages and in `source.file`. */
  file?: string;
  /** Series name [name=file stem or 'prices']. */
  name?: string;
  /** Header of the price column to use instead of the detected one (e.g. 'Close' to ignore Adj Close). */
  priceColumn?: string;
}

/**
 * Parses a daily price CSV into an ascending {@link PriceSeries}, detecting the
 * layout: Yahoo (Adj Close preferred), Stooq, investing.com ("Aug 20, 2019",
 * "44,450"), FinanceDataReader/KRX/Naver (Korean headers 일자, 날짜, 종가),
 * semicolon files with decimal commas, FRED (observation_date,SERIES with empty
 * values) and plain date,close. Handles a BOM, thousand separators, unsorted
 * rows and missing values (null, -, empty: the row is skipped and listed in
 * `source.skippedRows`). Rows repeating a date with the same price are dropped.
 *
 * @param text the file content
 * @param options file name for messages, series name, price column override
 * @returns the series with `source` saying which columns were used
 * @throws {InputError} naming file and line for: no date or price column, an
 *   unparseable date, a non-numeric, non-positive, infinite (1e400) or denormal (1e-320) price, a duplicate date with
 *   a different price, or no rows with prices
 * @example
 * parsePriceCsv('Date,Close\n2019-08-20,44450\n2019-08-19,43600\n').dates; // => ['2019-08-19', '2019-08-20']
 */
export function parsePriceCsv(text: string, options: ParsePriceOptions = {}): PriceSeries {
  expectString(text, 'text', 'parsePriceCsv');
  const { file } = options;
  const fast = readUsualFile(text, options);
  if (fast) return fast;
  let dateColumn = -1;
  let priceColumn = -1;
  // Only the date and price cells are kept (a Yahoo file has 7 columns).
  const { delimiter, headers, lines, columns } = readCsvColumns(text, 'price file', file, (headers, headerLine, delimiter) => {
    dateColumn = findDateColumn(headers);
    if (dateColumn < 0) {
      throw new InputError(`no date column in header "${headers.join(delimiter)}" (expected Date, observation_date, 일자 or 날짜)`, { file, line: headerLine });
    }
    priceColumn = chooseColumn(headers, dateColumn, options.priceColumn, file, headerLine);
    return [dateColumn, priceColumn];
  });
  const [dateCells, priceCells] = columns;
  const decimalSeparator = detectDecimalSeparator(priceCells, delimiter);
  const slashOrder = detectSlashOrder(dateCells, { file });

  const source: PriceSource = {
    file,
    format: detectFormatName(headers),
    delimiter,
    decimalSeparator,
    dateColumn: headers[dateColumn],
    priceColumn: headers[priceColumn],
    columns: headers.map((h) => h.trim()),
    rowsRead: lines.length,
    skippedRows: [],
    duplicateRows: 0,
    reordered: false,
  };
  // Date → row (its price and line in `rowPrice`, `lines`).
  const byDate = new Map<string, number>();
  const rowPrice = new Float64Array(lines.length);
  let previousDate = '';
  for (let r = 0; r < lines.length; r++) {
    const line = lines[r];
    const dateCell = dateCells[r];
    const date = parsePriceDate(dateCell, slashOrder);
    if (date === undefined) throw new InputError(`unparseable date "${dateCell}" in column ${headers[dateColumn]}`, { file, line, value: dateCell });
    const priceCell = priceCells[r];
    if (isMissingCell(priceCell)) {
      source.skippedRows.push({ line, date, reason: priceCell === '' ? 'empty price' : `price "${priceCell}"` });
      continue;
    }
    const price = parseLocaleNumber(priceCell, decimalSeparator);
    if (Number.isNaN(price)) {
      throw new InputError(`price "${priceCell}" in column ${headers[priceColumn]} is not a number`, { file, line, value: priceCell });
    }
    if (!(price > 0)) {
      throw new InputError(`non-positive price ${priceCell} in column ${headers[priceColumn]} on ${date}`, { file, line, value: price });
    }
    if (!Number.isFinite(price)) {
      throw new InputError(`price "${priceCell.trim()}" in column ${headers[priceColumn]} on ${date} is not a finite number`, { file, line, value: priceCell });
    }
    // Below 2.2e-308 a double loses precision (denormal): 1e-320 is no price but a corrupt cell.
    if (price < MIN_NORMAL_PRICE) {
      throw new InputError(`price "${priceCell.trim()}" in column ${headers[priceColumn]} on ${date} is too small to be a price (below 2.2e-308, where numbers lose precision)`, { file, line, value: priceCell });
    }
    const seen = byDate.get(date);
    if (seen !== undefined) {
      if (rowPrice[seen] !== price) {
        throw new InputError(
          `duplicate date ${date} with a different price (${rowPrice[seen]} on line ${lines[seen]}, ${price} here)`,
          { file, line, value: date },
        );
      }
      source.duplicateRows++;
      continue;
    }
    if (date < previousDate) source.reordered = true;
    previousDate = date;
    rowPrice[r] = price;
    byDate.set(date, r);
  }
  if (byDate.size === 0) throw new InputError(`no rows with a price in column ${headers[priceColumn]}`, { file });
  const dates = [...byDate.keys()].sort();
  const prices = Float64Array.from(dates, (date) => rowPrice[byDate.get(date)!]);
  return { name: options.name ?? fileStem(file) ?? 'prices', dates, prices, source };
}

/**
 * The usual file (comma-delimited, header on line 1, no quotes or `\r`, ascending ISO dates, plain
 * decimal prices) read in one pass by {@link fastPriceColumns}; undefined for any other file, which
 * the general path reads (and reports, naming file, line and value). Same series and source.
 */
function readUsualFile(text: string, options: ParsePriceOptions): PriceSeries | undefined {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const headerEnd = body.indexOf('\n');
  if (headerEnd < 0 || body.includes('"') || body.includes('\r')) return undefined;
  const headerLine = body.slice(0, headerEnd);
  if (headerLine.trim() === '' || detectDelimiter(headerLine) !== ',') return undefined;
  const headers = splitCsvLine(headerLine, ',');
  const dateColumn = findDateColumn(headers);
  if (dateColumn < 0) return undefined;
  const priceColumn = chooseColumn(headers, dateColumn, options.priceColumn, options.file, 1);
  const columns = fastPriceColumns(body, headerEnd + 1, dateColumn, priceColumn);
  if (!columns) return undefined;
  const source: PriceSource = {
    file: options.file,
    format: detectFormatName(headers),
    delimiter: ',',
    decimalSeparator: '.',
    dateColumn: headers[dateColumn],
    priceColumn: headers[priceColumn],
    columns: headers.map((h) => h.trim()),
    rowsRead: columns.dates.length,
    skippedRows: [],
    duplicateRows: 0,
    reordered: false,
  };
  return { name: options.name ?? fileStem(options.file) ?? 'prices', dates: columns.dates, prices: columns.prices, source };
}

function chooseColumn(headers: string[], dateColumn: number, wanted: string | undefined, file: string | undefined, line: number): number {
  if (wanted !== undefined) {
    const index = headers.findIndex((h) => h.trim().toLowerCase() === wanted.trim().toLowerCase());
    if (index < 0) throw new InputError(`no column "${wanted}" in header (columns: ${headers.join(', ')})`, { file, line });
    return index;
  }
  const index = findPriceColumn(headers, dateColumn);
  if (index < 0) {
    throw new InputError(`no price column in header (columns: ${headers.join(', ')}; expected Adj Close, Close, Price or 종가)`, { file, line });
  }
  return index;
}

function fileStem(file: string | undefined): string | undefined {
  if (!file) return undefined;
  return file.replace(/^.*[\\/]/, '').replace(/\.[^.]*$/, '');
}
