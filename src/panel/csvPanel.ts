import { InputError } from '../errors';
import { findDateColumn, findPriceColumn, normalizeHeader } from '../prices/columns';
import { detectDelimiter, splitCsvLine } from '../prices/csvLine';
import { detectSlashOrder, parsePriceDate } from '../prices/parseDate';
import { detectDecimalSeparator, isMissingCell, parseLocaleNumber } from '../prices/parseNumber';
import type { PriceSeries, PriceSource } from '../prices/types';

/** Headers that name the security in a long panel (`date,ticker,price`). */
const TICKER_HEADERS = ['ticker', 'symbol', 'stock', 'permno', 'isin', 'secid', 'code', 'security', 'company'];

/** The index of a long panel's ticker column, or -1. */
export function findTickerColumn(headers: string[]): number {
  const normalized = headers.map(normalizeHeader);
  for (const name of TICKER_HEADERS) {
    const index = normalized.indexOf(name);
    if (index >= 0) return index;
  }
  return -1;
}

/** Options of {@link parsePanelCsv}. */
export interface PanelCsvOptions {
  /** File name for messages and `source.file`. */
  file?: string;
  /** Long panels: read this price column instead of the detected one (e.g. Close). */
  priceColumn?: string;
}

/**
 * Parses a price panel CSV into one price series per ticker. The layout is detected
 * from the header, as for single price files:
 * - **long**: a date column, a ticker column (ticker, symbol, stock, permno, isin, code …)
 *   and a price column (Adj Close, Close, Price, Value …), one row per ticker and day;
 * - **wide**: a date column and one price column per ticker (`date,AAPL,MSFT,…`).
 * Delimiters , ; tab |, decimal commas, month-first or day-first slash dates and empty/null
 * prices (skipped) are handled; a ticker with no price at all is left out (both layouts, as
 * `eventStudyFromPanelFile` does). The text is read once, row by row.
 *
 * @param text the file's content
 * @param options file name, price column
 * @returns the series, in order of first appearance (long) or of the columns (wide)
 * @throws {InputError} naming file, line and value: no date column, an unparseable
 *   date, a price that is not a positive number, a ticker repeating a date with a
 *   different price, an empty ticker
 * @example
 * parsePanelCsv('date,ticker,close\n2024-01-02,A,10\n2024-01-02,B,20\n').map((s) => s.name); // => ['A', 'B']
 */
export function parsePanelCsv(text: string, options: PanelCsvOptions = {}): PriceSeries[] {
  const { file } = options;
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\n|\r/);
  let headerIndex = lines.findIndex((l) => l.trim() !== '');
  if (headerIndex < 0) throw new InputError('panel file is empty', { file });
  const delimiter = detectDelimiter(lines[headerIndex]);
  const headers = splitCsvLine(lines[headerIndex], delimiter);
  const headerLine = headerIndex + 1;
  const dateAt = findDateColumn(headers);
  if (dateAt < 0) throw new InputError(`no date column in panel header "${lines[headerIndex]}" (expected date plus ticker and price columns, or date plus one column per ticker)`, { file, line: headerLine });
  const rows: { line: number; cells: string[] }[] = [];
  for (let i = ++headerIndex; i < lines.length; i++) {
    if (lines[i].trim() === '') continue;
    const cells = splitCsvLine(lines[i], delimiter);
    // More filled cells than the header has columns: an unquoted delimiter inside a value
    // ("43,600" in a comma file) would shift the row and read a wrong price.
    if (cells.length > headers.length && cells.slice(headers.length).some((c) => c.trim() !== '')) {
      throw new InputError(`row has ${cells.length} cells but the header ${headers.length} columns (an unquoted "${delimiter}" inside a value?): "${lines[i].length > 80 ? `${lines[i].slice(0, 80)}…` : lines[i]}"`, { file, line: i + 1, value: cells[headers.length] });
    }
    rows.push({ line: i + 1, cells });
  }
  if (rows.length === 0) throw new InputError('panel file has a header but no rows', { file, line: headerLine });
  // dd/dd/yyyy decided per file from its unambiguous rows (refused when none decides).
  const slashOrder = detectSlashOrder(rows.map((r) => r.cells[dateAt] ?? ''), { file }) ?? 'month-first';
  const tickerAt = findTickerColumn(headers);
  const base = { file, delimiter, dateColumn: headers[dateAt], columns: headers, duplicateRows: 0 };
  if (tickerAt >= 0) return longPanel(rows, headers, { dateAt, tickerAt, slashOrder, priceColumn: options.priceColumn, headerLine, base });
  return widePanel(rows, headers, { dateAt, slashOrder, headerLine, base });
}

type Base = Pick<PriceSource, 'file' | 'delimiter' | 'dateColumn' | 'columns' | 'duplicateRows'>;

/** Collects one ticker's prices, checking duplicates and values. */
class SeriesBuilder {
  readonly dates: string[] = [];
  readonly prices: number[] = [];
  readonly lines: number[] = [];
  readonly skipped: PriceSource['skippedRows'] = [];
  duplicates = 0;
  unsorted = false;
  constructor(readonly name: string) {}

  add(date: string, price: number, line: number): void {
    const last = this.dates.length - 1;
    if (last >= 0 && date <= this.dates[last]) {
      if (date === this.dates[last]) return this.repeat(last, price, line);
      this.unsorted = true;
    }
    this.dates.push(date);
    this.prices.push(price);
    this.lines.push(line);
  }

  private repeat(at: number, price: number, line: number): void {
    if (this.prices[at] !== price) throw new DuplicateDate(this.name, this.dates[at], this.prices[at], this.lines[at], price, line);
    this.duplicates++;
  }

  build(source: Omit<PriceSource, 'skippedRows' | 'duplicateRows' | 'reordered' | 'rowsRead'>): PriceSeries {
    let order = Array.from(this.dates.keys());
    if (this.unsorted) {
      order.sort((a, b) => (this.dates[a] < this.dates[b] ? -1 : this.dates[a] > this.dates[b] ? 1 : a - b));
      // A repeated date that was not adjacent in the file.
      const kept: number[] = [];
      for (const k of order) {
        const prev = kept[kept.length - 1];
        if (prev !== undefined && this.dates[prev] === this.dates[k]) {
          if (this.prices[prev] !== this.prices[k]) throw new DuplicateDate(this.name, this.dates[k], this.prices[prev], this.lines[prev], this.prices[k], this.lines[k]);
          this.duplicates++;
          continue;
        }
        kept.push(k);
      }
      order = kept;
    }
    return {
      name: this.name,
      dates: order.map((k) => this.dates[k]),
      prices: Float64Array.from(order, (k) => this.prices[k]),
      source: { ...source, rowsRead: this.dates.length + this.skipped.length + this.duplicates, skippedRows: this.skipped, duplicateRows: this.duplicates, reordered: this.unsorted },
    };
  }
}

class DuplicateDate extends Error {
  constructor(
    readonly ticker: string,
    readonly date: string,
    readonly first: number,
    readonly firstLine: number,
    readonly second: number,
    readonly line: number,
  ) {
    super('duplicate date');
  }
}

function rethrow(error: unknown, file: string | undefined): never {
  if (error instanceof DuplicateDate) {
    throw new InputError(`${error.ticker}: duplicate date ${error.date} with a different price (${error.first} on line ${error.firstLine}, ${error.second} here)`, {
      file,
      line: error.line,
      value: error.date,
    });
  }
  throw error;
}

function parsePrice(cell: string, decimal: '.' | ',', where: { file?: string; line: number; column: string; date: string }): number | undefined {
  if (isMissingCell(cell)) return undefined;
  const price = parseLocaleNumber(cell, decimal);
  if (Number.isNaN(price)) throw new InputError(`price "${cell}" in column ${where.column} is not a number`, { file: where.file, line: where.line, value: cell });
  if (!(price > 0)) throw new InputError(`non-positive price ${cell} in column ${where.column} on ${where.date}`, { file: where.file, line: where.line, value: price });
  return price;
}

function longPanel(
  rows: { line: number; cells: string[] }[],
  headers: string[],
  c: { dateAt: number; tickerAt: number; slashOrder: 'month-first' | 'day-first'; priceColumn?: string; headerLine: number; base: Base },
): PriceSeries[] {
  const { file } = c.base;
  let priceAt: number;
  if (c.priceColumn !== undefined) {
    priceAt = headers.findIndex((h) => h.trim().toLowerCase() === c.priceColumn!.trim().toLowerCase());
    if (priceAt < 0) throw new InputError(`no column "${c.priceColumn}" in panel header (columns: ${headers.join(', ')})`, { file, line: c.headerLine });
  } else {
    const others = headers.map((_, i) => i).filter((i) => i !== c.dateAt && i !== c.tickerAt);
    priceAt = findPriceColumn(headers, c.dateAt);
    if (priceAt < 0 && others.length === 1) priceAt = others[0];
    if (priceAt < 0) throw new InputError(`no price column in panel header (columns: ${headers.join(', ')}; expected Adj Close, Close, Price or Value)`, { file, line: c.headerLine });
  }
  const decimal = detectDecimalSeparator(rows.slice(0, 2000).map((r) => r.cells[priceAt] ?? ''), c.base.delimiter);
  const builders = new Map<string, SeriesBuilder>();
  try {
    for (const { line, cells } of rows) {
      const ticker = (cells[c.tickerAt] ?? '').trim();
      if (ticker === '') throw new InputError(`empty ticker in column ${headers[c.tickerAt]}`, { file, line, value: cells[c.tickerAt] ?? '' });
      const dateCell = cells[c.dateAt] ?? '';
      const date = parsePriceDate(dateCell, c.slashOrder);
      if (date === undefined) throw new InputError(`unparseable date "${dateCell}" in column ${headers[c.dateAt]}`, { file, line, value: dateCell });
      let builder = builders.get(ticker);
      if (!builder) builders.set(ticker, (builder = new SeriesBuilder(ticker)));
      const price = parsePrice(cells[priceAt] ?? '', decimal, { file, line, column: headers[priceAt], date });
      if (price === undefined) builder.skipped.push({ line, date, reason: `price "${cells[priceAt] ?? ''}"` });
      else builder.add(date, price, line);
    }
  } catch (error) {
    rethrow(error, file);
  }
  const source = { ...c.base, format: 'long-panel' as const, decimalSeparator: decimal, priceColumn: headers[priceAt] };
  // A ticker without a single price is left out, as a wide panel's empty column and DuckDB's reader leave it out:
  // an event on it is then not measured (unknown_stock), rather than the whole panel refused.
  return [...builders.values()].filter((b) => b.dates.length > 0).map((b) => {
    try {
      return b.build(source);
    } catch (error) {
      rethrow(error, file);
    }
  });
}

/**
 * A wide panel's price under a header column with no name (a value after a trailing delimiter): which
 * ticker it belongs to is unknown, so the panel is refused (by the in-memory reader and DuckDB alike).
 */
export class NamelessColumnError extends InputError {
  override name = 'NamelessColumnError';

  /**
   * @param cell the price found
   * @param at its column, 0-based
   * @param where file and line
   */
  constructor(cell: string, at: number, where: { file?: string; line?: number }) {
    super(`price "${cell}" in header column ${at + 1}, which names no ticker: name its ticker in the header, or remove the value`, { ...where, value: cell });
  }
}

function widePanel(
  rows: { line: number; cells: string[] }[],
  headers: string[],
  c: { dateAt: number; slashOrder: 'month-first' | 'day-first'; headerLine: number; base: Base },
): PriceSeries[] {
  const { file } = c.base;
  const named = headers.map((h, i) => ({ name: h.trim(), at: i })).filter((col) => col.at !== c.dateAt);
  // A header column without a name is a trailing (or doubled) delimiter: read only when it holds no price.
  const nameless = named.filter((col) => col.name === '').map((col) => col.at);
  for (const { line, cells } of nameless.length > 0 ? rows : []) {
    for (const at of nameless) {
      const cell = cells[at] ?? '';
      if (!isMissingCell(cell)) throw new NamelessColumnError(cell, at, { file, line });
    }
  }
  const columns = named.filter((col) => col.name !== '');
  if (columns.length === 0) throw new InputError('panel has a date column but no ticker columns', { file, line: c.headerLine });
  const seen = new Set<string>();
  for (const col of columns) {
    if (seen.has(col.name)) throw new InputError(`ticker ${col.name} appears twice in the header`, { file, line: c.headerLine, value: col.name });
    seen.add(col.name);
  }
  const decimal = detectDecimalSeparator(rows.slice(0, 200).flatMap((r) => columns.slice(0, 20).map((col) => r.cells[col.at] ?? '')), c.base.delimiter);
  const builders = columns.map((col) => new SeriesBuilder(col.name));
  try {
    for (const { line, cells } of rows) {
      const dateCell = cells[c.dateAt] ?? '';
      const date = parsePriceDate(dateCell, c.slashOrder);
      if (date === undefined) throw new InputError(`unparseable date "${dateCell}" in column ${headers[c.dateAt]}`, { file, line, value: dateCell });
      for (let k = 0; k < columns.length; k++) {
        const cell = cells[columns[k].at] ?? '';
        // Text where a wide panel wants prices is most often a long panel's ticker column under another name.
        if (line === rows[0].line && /^[^\d\-+.,]/.test(cell.trim()) && !isMissingCell(cell)) {
          throw new InputError(`price "${cell}" in column ${columns[k].name} is not a number; if ${columns[k].name} names the stocks (a long panel), call it ticker, symbol, stock, permno, isin or code`, { file, line, value: cell });
        }
        const price = parsePrice(cell, decimal, { file, line, column: columns[k].name, date });
        if (price === undefined) builders[k].skipped.push({ line, date, reason: cell === '' ? 'empty price' : `price "${cell}"` });
        else builders[k].add(date, price, line);
      }
    }
  } catch (error) {
    rethrow(error, file);
  }
  return builders
    .filter((b) => b.dates.length > 0)
    .map((b) => {
      try {
        return b.build({ ...c.base, format: 'wide-panel', decimalSeparator: decimal, priceColumn: b.name });
      } catch (error) {
        rethrow(error, file);
      }
    });
}
