import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { InputError } from '../errors';
import { DEFAULT_MAX_TABLE_BYTES } from '../io/files';
import { readTextFile } from '../io/read';
import { readCsvColumns } from '../prices/csvLine';
import { detectSlashOrder, parsePriceDate } from '../prices/parseDate';
import { readPriceFile } from '../prices/readPriceFile';
import type { PriceSeries } from '../prices/types';
import { findTickerColumn, parsePanelCsv } from './csvPanel';
import { openDuckDB } from './duckdb';
import { openPanelTable, readPanelSeries } from './table';

/** Options of {@link readPanel}. */
export interface ReadPanelOptions {
  /** Read this price column instead of the detected one (long panels, per-ticker files). */
  priceColumn?: string;
}

/**
 * Reads a price panel into memory, one series per ticker, each file read once:
 * - a folder: every `.csv`/`.txt` file in it is one ticker's price file (any layout
 *   `readPriceFile` knows), named by its file name without extension;
 * - `.parquet`: a long (date, ticker, price) or wide (date, one column per ticker) table,
 *   read with DuckDB (optional dependency, loaded only here);
 * - any other file: a long or wide CSV panel (see `parsePanelCsv`).
 * For panels larger than memory use `eventStudyFromPanelFile`, which reads only the
 * windows the events need.
 *
 * @param path folder or file
 * @param options price column
 * @returns the series
 * @throws {InputError} naming file, line (or Parquet row) and value for bad input
 * @example
 * (await readPanel('prices/')).map((s) => s.name); // => ['AAPL', 'MSFT', …]
 */
export async function readPanel(path: string, options: ReadPanelOptions = {}): Promise<PriceSeries[]> {
  let directory: boolean;
  try {
    directory = statSync(path).isDirectory();
  } catch {
    throw new InputError('panel not found (expected a CSV or Parquet file, or a folder of price files)', { file: path });
  }
  if (directory) {
    const files = readdirSync(path)
      .filter((f) => /\.(csv|txt)$/i.test(f) && !f.startsWith('.'))
      .sort();
    if (files.length === 0) throw new InputError('folder has no .csv or .txt price files', { file: path });
    const series = files.map((f) => readPriceFile(join(path, f), options.priceColumn ? { priceColumn: options.priceColumn } : {}));
    // SAMSUNG.csv and SAMSUNG.txt would be two series of one ticker: which one a study used would be a guess.
    const byName = new Map<string, string>();
    series.forEach((s, k) => {
      const other = byName.get(s.name);
      if (other !== undefined) throw new InputError(`two files for ticker ${s.name}: ${other} and ${files[k]}; keep one`, { file: path, value: s.name });
      byName.set(s.name, files[k]);
    });
    return series;
  }
  if (/\.parquet$/i.test(path)) {
    const { connection, close } = await openDuckDB('reading a Parquet panel');
    try {
      const table = await openPanelTable(connection, path, options.priceColumn);
      return await readPanelSeries(connection, table, 'panel');
    } finally {
      close();
    }
  }
  return parsePanelCsv(readTextFile(path, 'panel file', { maxBytes: DEFAULT_MAX_TABLE_BYTES }), { file: path, ...options });
}

/** One event of an events file. */
export interface EventRow {
  /** Ticker (or price-file path, for `event-study --events`). */
  stock: string;
  /** ISO date. */
  date: string;
  id?: string;
  /** 1-based line in the file. */
  line: number;
}

/** The events of an events file as columns, row r in file order (see {@link readEventColumns}). */
export interface EventColumns {
  /** Ticker (or price-file path) of each event. */
  stocks: string[];
  /** ISO date of each event. */
  dates: string[];
  /** Id of each event, '' when the file gives none. */
  ids: string[];
  /** 1-based file line of each event. */
  lines: number[];
}

/**
 * Reads an events CSV: a ticker column (ticker, stock, symbol, permno …), a date column
 * and an optional id column, any delimiter, dates in any format price files use.
 *
 * @param file the events file
 * @returns the events in file order
 * @throws {InputError} naming file, line and value: missing columns, no events, an empty ticker,
 *   a bad date, an id or an event (ticker and date, without ids) given twice
 * @example
 * readEventsCsv('events.csv')[0]; // => { stock: 'AAPL', date: '2014-04-24', line: 2 }
 */
export function readEventsCsv(file: string): EventRow[] {
  const { stocks, dates, ids, lines } = readEventColumns(file);
  return lines.map((line, r) => (ids[r] ? { stock: stocks[r], date: dates[r], line, id: ids[r] } : { stock: stocks[r], date: dates[r], line }));
}

/**
 * {@link readEventsCsv} as columns: the same checks and errors, no object per event (an events
 * file of 100,000 rows stays a few arrays, which the garbage collector copies cheaply).
 *
 * @param file the events file
 * @returns the events' columns in file order
 * @throws {InputError} as {@link readEventsCsv}
 * @example
 * readEventColumns('events.csv').dates[0]; // => '2014-04-24'
 */
export function readEventColumns(file: string): EventColumns {
  const text = readTextFile(file, 'events file', { maxBytes: DEFAULT_MAX_TABLE_BYTES });
  let stockHeader = '';
  const { lines, columns } = readCsvColumns(text, 'events file', file, (headers, headerLine) => {
    const column = (name: string) => headers.findIndex((h) => h.trim().toLowerCase() === name);
    const stockAt = findTickerColumn(headers);
    const dateAt = column('date');
    if (stockAt < 0 || dateAt < 0) throw new InputError(`events file needs columns ticker (or stock) and date, optionally id (found: ${headers.join(', ')})`, { file, line: headerLine });
    stockHeader = headers[stockAt];
    return [stockAt, dateAt, column('id')];
  });
  const [stocks, dates, ids] = columns;
  const slashOrder = detectSlashOrder(dates, { file });
  if (lines.length === 0) throw new InputError('events file has a header but no events', { file });
  // Many events share a date: each distinct text is parsed once.
  const parsed = new Map<string, string | undefined>();
  // A repeated id or a repeated event would be counted twice in every test: refused, naming both lines.
  const lineOfId = new Map<string, number>();
  const lineOfEvent = new Map<string, number>();
  const isoDates: string[] = new Array(lines.length);
  for (let r = 0; r < lines.length; r++) {
    const line = lines[r];
    const stock = stocks[r];
    if (stock === '') throw new InputError(`empty ${stockHeader}`, { file, line, value: stock });
    const text = dates[r];
    let date = parsed.get(text);
    if (date === undefined) {
      date = parsePriceDate(text, slashOrder);
      if (!date) throw new InputError(`unparseable event date "${text}"`, { file, line, value: text });
      parsed.set(text, date);
    }
    isoDates[r] = date;
    const id = ids[r];
    const seen = id ? lineOfId : lineOfEvent;
    const key = id ? id : `${stock}\u0000${date}`;
    const first = seen.get(key);
    if (first !== undefined) {
      throw new InputError(id ? `id "${id}" is also on line ${first}: each event needs its own id` : `event ${stock} on ${date} is also on line ${first}: it would be counted twice (give each an id if both are meant)`, { file, line, value: id || `${stock},${text}` });
    }
    seen.set(key, line);
  }
  return { stocks, dates: isoDates, ids, lines };
}
