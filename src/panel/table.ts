import { InputError } from '../errors';
import { findDateColumn, findPriceColumn } from '../prices/columns';
import type { PriceSeries } from '../prices/types';
import { findTickerColumn } from './csvPanel';
import { sqlIdentifier, sqlString, type DuckConnection } from './duckdb';

/** A panel file opened in DuckDB as the view `panel(ticker, day, price, row)` (day = days since 1970-01-01). */
export interface PanelTable {
  file: string;
  layout: 'long' | 'wide';
  dateColumn: string;
  priceColumn: string;
}

/**
 * Opens a Parquet (or CSV) panel in DuckDB as the view `panel(ticker VARCHAR, day INTEGER,
 * price DOUBLE, row BIGINT)`: long files (date, ticker, price columns) as they are, wide
 * files (date plus one column per ticker) unpivoted. Nothing is read yet: DuckDB reads
 * the columns and row groups each query needs.
 *
 * @param connection DuckDB connection
 * @param file the panel file (.parquet, or .csv)
 * @param priceColumn long panels: the price column to use
 * @returns the detected layout and columns
 * @throws {InputError} naming the file when it cannot be read or has no date/price columns
 */
export async function openPanelTable(connection: DuckConnection, file: string, priceColumn?: string): Promise<PanelTable> {
  const parquet = /\.parquet$/i.test(file);
  const source = parquet ? `read_parquet(${sqlString(file)}, file_row_number = true)` : `read_csv(${sqlString(file)}, header = true, all_varchar = false)`;
  let names: string[];
  try {
    const described = await connection.runAndReadAll(`DESCRIBE SELECT * FROM ${source}`);
    names = described.getRowObjectsJS().map((r) => String(r.column_name));
  } catch (error) {
    throw new InputError(`cannot read the panel (${firstLine(error)})`, { file });
  }
  const headers = names.filter((n) => n !== 'file_row_number');
  const dateAt = findDateColumn(headers);
  if (dateAt < 0) throw new InputError(`no date column in the panel (columns: ${headers.join(', ')})`, { file });
  const tickerAt = findTickerColumn(headers);
  const row = parquet ? 'file_row_number + 1' : 'NULL::BIGINT';
  const day = `CAST(CAST(${sqlIdentifier(headers[dateAt])} AS DATE) - DATE '1970-01-01' AS INTEGER)`;
  let sql: string;
  let priceName: string;
  if (tickerAt >= 0) {
    const priceAt = priceColumn !== undefined ? headers.findIndex((h) => h.toLowerCase() === priceColumn.toLowerCase()) : pickPrice(headers, dateAt, tickerAt);
    if (priceAt < 0) throw new InputError(`no ${priceColumn ? `column "${priceColumn}"` : 'price column'} in the panel (columns: ${headers.join(', ')})`, { file });
    priceName = headers[priceAt];
    sql = `SELECT CAST(${sqlIdentifier(headers[tickerAt])} AS VARCHAR) AS ticker, ${day} AS day, CAST(${sqlIdentifier(priceName)} AS DOUBLE) AS price, ${row} AS row FROM ${source}`;
  } else {
    priceName = '(one column per ticker)';
    const columns = parquet ? `(SELECT * EXCLUDE (file_row_number) FROM ${source})` : source;
    sql = `SELECT ticker, ${day} AS day, CAST(price AS DOUBLE) AS price, NULL::BIGINT AS row FROM (UNPIVOT ${columns} ON COLUMNS(* EXCLUDE (${sqlIdentifier(headers[dateAt])})) INTO NAME ticker VALUE price)`;
  }
  try {
    await connection.run(`CREATE OR REPLACE TEMP VIEW panel AS ${sql}`);
  } catch (error) {
    throw new InputError(`cannot read the panel (${firstLine(error)})`, { file });
  }
  return { file, layout: tickerAt >= 0 ? 'long' : 'wide', dateColumn: headers[dateAt], priceColumn: priceName };
}

function pickPrice(headers: string[], dateAt: number, tickerAt: number): number {
  const found = findPriceColumn(headers, dateAt);
  if (found >= 0 && found !== tickerAt) return found;
  const others = headers.map((_, i) => i).filter((i) => i !== dateAt && i !== tickerAt);
  return others.length === 1 ? others[0] : -1;
}

/** The first line of a DuckDB error, for one-line messages. */
export function firstLine(error: unknown): string {
  return String((error as Error)?.message ?? error).split('\n')[0];
}

const isoCache = new Map<number, string>();
/** ISO date of a day count since 1970-01-01 (cached: a panel has a few thousand distinct days). */
export function isoDay(day: number): string {
  let iso = isoCache.get(day);
  if (iso === undefined) isoCache.set(day, (iso = new Date(day * 86400000).toISOString().slice(0, 10)));
  return iso;
}

/** Day count since 1970-01-01 of an ISO date. */
export function dayOf(iso: string): number {
  return Math.round(Date.parse(`${iso}T00:00:00Z`) / 86400000);
}

/**
 * Streams `SELECT ticker, day, price, row … ORDER BY ticker, day` into one price series
 * per ticker, checking each value: a price that is NaN, infinite or ≤ 0, or a ticker
 * repeating a day with a different price, is an InputError naming the file, row, ticker
 * and value. Null prices are skipped (listed in `source.skippedRows`, with the file row as line).
 *
 * @param connection DuckDB connection
 * @param table the opened panel
 * @param where a SQL condition on the view's columns (or a join), e.g. `ticker IN (…)`
 * @returns the series, by ticker
 */
export async function readPanelSeries(connection: DuckConnection, table: PanelTable, from: string): Promise<PriceSeries[]> {
  const { file } = table;
  let result;
  try {
    result = await connection.stream(`SELECT ticker, day, price, row FROM ${from} ORDER BY ticker, day`);
  } catch (error) {
    throw new InputError(`cannot read the panel (${firstLine(error)})`, { file });
  }
  const out: PriceSeries[] = [];
  let name: string | undefined;
  let dates: string[] = [];
  let prices: number[] = [];
  let rows: number[] = [];
  let skipped: PriceSeries['source']['skippedRows'] = [];
  let duplicates = 0;
  const finish = () => {
    if (name === undefined || dates.length === 0) return;
    out.push({
      name,
      dates,
      prices: Float64Array.from(prices),
      source: {
        file,
        format: 'parquet',
        delimiter: '',
        decimalSeparator: '.',
        dateColumn: table.dateColumn,
        priceColumn: table.priceColumn,
        columns: [],
        rowsRead: dates.length + skipped.length + duplicates,
        skippedRows: skipped,
        duplicateRows: duplicates,
        reordered: false,
      },
    });
  };
  for (;;) {
    let chunk;
    try {
      chunk = await result.fetchChunk();
    } catch (error) {
      throw new InputError(`cannot read the panel (${firstLine(error)})`, { file });
    }
    if (!chunk || chunk.rowCount === 0) break;
    const [tickers, days, values, rowNumbers] = chunk.getColumns() as [string[], (number | null)[], (number | null)[], (bigint | number | null)[]];
    for (let k = 0; k < tickers.length; k++) {
      const ticker = tickers[k];
      const where = () => ({ file, line: rowNumbers[k] === null ? undefined : Number(rowNumbers[k]) });
      if (ticker === null || ticker === '') throw new InputError('empty ticker', { ...where(), value: ticker });
      if (days[k] === null) throw new InputError(`${ticker}: empty date`, where());
      if (ticker !== name) {
        finish();
        name = ticker;
        dates = [];
        prices = [];
        rows = [];
        skipped = [];
        duplicates = 0;
      }
      const date = isoDay(days[k]!);
      const price = values[k];
      if (price === null) {
        skipped.push({ line: where().line ?? 0, date, reason: 'empty price' });
        continue;
      }
      if (!(Number.isFinite(price) && price > 0)) throw new InputError(`${ticker} on ${date}: price ${price} is not a positive number`, { ...where(), value: price });
      const last = dates.length - 1;
      if (last >= 0 && dates[last] === date) {
        if (prices[last] !== price) throw new InputError(`${ticker}: duplicate date ${date} with a different price (${prices[last]}${rows[last] ? ` on row ${rows[last]}` : ''}, ${price} here)`, { ...where(), value: date });
        duplicates++;
        continue;
      }
      dates.push(date);
      prices.push(price);
      rows.push(where().line ?? 0);
    }
  }
  finish();
  return out;
}
