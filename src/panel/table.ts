import { closeSync, openSync, readSync } from 'node:fs';
import { InputError } from '../errors';
import { detectDelimiter, splitCsvLine } from '../prices/csvLine';
import { describeFsError } from '../io/files';
import { findDateColumn, findPriceColumn } from '../prices/columns';
import { isMissingCell, MISSING_CELLS } from '../prices/parseNumber';
import type { PriceSeries } from '../prices/types';
import { findTickerColumn, NamelessColumnError } from './csvPanel';
import { sqlIdentifier, sqlString, type DuckConnection } from './duckdb';

/** A panel file opened in DuckDB as the view `panel(ticker, day, price, row)` (day = days since 1970-01-01). */
export interface PanelTable {
  file: string;
  layout: 'long' | 'wide';
  dateColumn: string;
  priceColumn: string;
  /**
   * The same rows before conversion, `panel_raw(ticker, date, price, row)` as text with the
   * file row (Parquet) or line (CSV): what an error message quotes.
   */
  rawSql: string;
}

/** Text cells that mean "no price", as `isMissingCell` reads CSV files in memory. */
const MISSING_SQL = `(${[...MISSING_CELLS].map(sqlString).join(', ')})`;

/**
 * Opens a Parquet (or CSV) panel in DuckDB as the view `panel(ticker VARCHAR, day INTEGER,
 * price DOUBLE, row BIGINT)`: long files (date, ticker, price columns) as they are, wide
 * files (date plus one column per ticker) unpivoted. Nothing is read yet: DuckDB reads
 * the columns and row groups each query needs. Dates may be DATE, TIMESTAMP, ISO text or
 * TIMESTAMP WITH TIME ZONE at midnight UTC (the session runs in UTC, so the day never
 * depends on the machine's zone); text prices may hold the usual missing markers
 * (empty, NA, null, -, N/A …). CSV files are read as text and converted here, so a bad
 * cell is reported with its line rather than guessed by DuckDB's sniffer.
 *
 * @param connection DuckDB connection
 * @param file the panel file (.parquet, or .csv)
 * @param priceColumn long panels: the price column to use
 * @returns the detected layout and columns
 * @throws {InputError} naming the file when it cannot be read or has no date/price columns,
 *   and file, row and value for a timestamp with time zone that is not at midnight UTC
 */
export async function openPanelTable(connection: DuckConnection, file: string, priceColumn?: string): Promise<PanelTable> {
  const parquet = /\.parquet$/i.test(file);
  // CSV: the header and delimiter as read in memory, every cell as text, and EXTRA_CELLS spare columns: DuckDB's
  // sniffer would drop the cells past the header (reading "44,450" as 44), the spare columns catch them.
  const csv = parquet ? undefined : csvHeader(file);
  const source = csv ? csvSource(file, csv) : `read_parquet(${sqlString(file)}, file_row_number = true)`;
  let columns: { name: string; type: string }[];
  try {
    const described = await connection.runAndReadAll(`DESCRIBE SELECT * FROM ${source}`);
    columns = described.getRowObjectsJS().map((r) => ({ name: String(r.column_name), type: String(r.column_type) }));
  } catch (error) {
    throw new InputError(`cannot read the panel (${firstLine(error)})`, { file });
  }
  columns = columns.filter((c) => c.name !== 'file_row_number' && !c.name.startsWith(EXTRA_PREFIX));
  const headers = columns.map((c) => c.name);
  const dateAt = findDateColumn(headers);
  if (dateAt < 0) throw new InputError(`no date column in the panel (columns: ${headers.join(', ')})`, { file });
  const tickerAt = findTickerColumn(headers);
  const row = parquet ? 'file_row_number + 1' : 'NULL::BIGINT';
  const dateName = sqlIdentifier(headers[dateAt]);
  const dateType = columns[dateAt].type;
  const dateSql = (d: string) => (dateType === 'VARCHAR' ? `CAST(trim(${d}) AS DATE)` : `CAST(${d} AS DATE)`);
  const day = `CAST(${dateSql('d')} - DATE '1970-01-01' AS INTEGER)`;
  const price = (p: string, type: string) => (type === 'VARCHAR' ? `CASE WHEN lower(trim(${p})) IN ${MISSING_SQL} THEN NULL ELSE CAST(trim(${p}) AS DOUBLE) END` : `CAST(${p} AS DOUBLE)`);
  // Raw rows: CSV lines are counted here (header = line 1), only when an error is reported.
  const rawRow = parquet ? 'file_row_number + 1' : `row_number() OVER () + ${csv!.skip + 1}`;
  let long: (rowSql: string) => string;
  let priceName: string;
  let priceSql: string;
  if (tickerAt >= 0) {
    const priceAt = priceColumn !== undefined ? headers.findIndex((h) => h.toLowerCase() === priceColumn.toLowerCase()) : pickPrice(headers, dateAt, tickerAt);
    if (priceAt < 0) throw new InputError(`no ${priceColumn ? `column "${priceColumn}"` : 'price column'} in the panel (columns: ${headers.join(', ')})`, { file });
    priceName = headers[priceAt];
    priceSql = price('p', columns[priceAt].type);
    // Parquet tickers as stored (a plain column keeps the ticker filter pushed into the scan's row-group statistics); CSV cells trimmed as in memory.
    const ticker = parquet ? `CAST(${sqlIdentifier(headers[tickerAt])} AS VARCHAR)` : `trim(${sqlIdentifier(headers[tickerAt])})`;
    long = (rowSql) => `SELECT ${ticker} AS ticker, ${dateName} AS d, ${sqlIdentifier(priceName)} AS p, ${rowSql} AS row FROM ${source}`;
  } else {
    priceName = '(one column per ticker)';
    const types = new Set(columns.filter((_, i) => i !== dateAt).map((c) => c.type));
    priceSql = price('p', types.has('VARCHAR') ? 'VARCHAR' : 'DOUBLE');
    // A CSV header column without a name (a trailing delimiter) is no ticker: left out (checked below to hold no price).
    const excluded = parquet ? 'EXCLUDE (file_row_number)' : `EXCLUDE (${[...EXTRA_NAMES, ...(csv?.nameless ?? [])].map(sqlIdentifier).join(', ')})`;
    long = (rowSql) => `SELECT ticker, d, p, row FROM (UNPIVOT (SELECT ${rowSql} AS row, * ${excluded} FROM ${source}) ON COLUMNS(* EXCLUDE (row, ${dateName})) INTO NAME ticker VALUE p) t(row, d, ticker, p)`;
  }
  const sql = `SELECT ticker, ${day} AS day, ${priceSql} AS price, row FROM (${long(row)})`;
  const table: PanelTable = {
    file,
    layout: tickerAt >= 0 ? 'long' : 'wide',
    dateColumn: headers[dateAt],
    priceColumn: priceName,
    rawSql: `SELECT ticker, CAST(d AS VARCHAR) AS d, CAST(p AS VARCHAR) AS p, row, ${dateType === 'TIMESTAMP WITH TIME ZONE' ? 'epoch_us(d) % 86400000000 <> 0' : 'false'} AS off_midnight FROM (${long(rawRow)})`,
  };
  try {
    await connection.run(`CREATE OR REPLACE TEMP VIEW panel AS ${sql}`);
  } catch (error) {
    throw new InputError(`cannot read the panel (${firstLine(error)})`, { file });
  }
  if (csv) await refuseExtraCells(connection, file, source, csv);
  // As in memory, after the rows' cell counts: a wide panel's column without a name holds no price.
  if (csv && tickerAt < 0 && csv.nameless.length > 0) await refuseNamelessPrices(connection, file, source, csv);
  // A timestamp with time zone names an instant: its calendar day depends on the zone (midnight in Seoul is
  // the previous day in UTC). Only midnight UTC — what a date written as a timestamp is — is read as a day.
  if (dateType === 'TIMESTAMP WITH TIME ZONE') {
    const bad = await firstRow(connection, `SELECT row, ticker, d FROM (${table.rawSql}) WHERE off_midnight LIMIT 1`, file);
    if (bad) throw new InputError(`${bad.ticker}: date ${bad.d} is a timestamp with time zone not at midnight UTC, so its day depends on the zone; store dates (DATE) or local timestamps`, { file, line: Number(bad.row), value: String(bad.d) });
  }
  return table;
}

/** Spare columns after a CSV header: a row with more filled cells than the header is refused, as in memory (beyond them DuckDB refuses the row itself). */
const EXTRA_CELLS = 8;
const EXTRA_PREFIX = '__market_reaction_extra_';
const EXTRA_NAMES = Array.from({ length: EXTRA_CELLS }, (_, k) => `${EXTRA_PREFIX}${k + 1}`);

/** A CSV panel's header as the in-memory reader sees it: the first non-empty line, its delimiter and its cells. */
interface CsvHeader {
  delimiter: string;
  names: string[];
  /** Lines before the header (blank lines). */
  skip: number;
  /** The names given to header cells that are empty (`columnK`, K its 1-based position). */
  nameless: string[];
}

function csvHeader(file: string): CsvHeader {
  let head = '';
  try {
    const fd = openSync(file, 'r');
    try {
      const buffer = Buffer.alloc(65536);
      head = buffer.subarray(0, readSync(fd, buffer, 0, buffer.length, 0)).toString('utf8');
    } finally {
      closeSync(fd);
    }
  } catch (error) {
    throw new InputError(`cannot read the panel (${describeFsError(error)})`, { file });
  }
  const lines = head.replace(/^\uFEFF/, '').split(/\r\n|\n|\r/);
  const skip = lines.findIndex((l) => l.trim() !== '');
  if (skip < 0) throw new InputError('panel file is empty', { file });
  const delimiter = detectDelimiter(lines[skip]);
  const nameless: string[] = [];
  const names = splitCsvLine(lines[skip], delimiter).map((name, k) => {
    if (name.trim() !== '') return name;
    nameless.push(`column${k + 1}`);
    return `column${k + 1}`;
  });
  const seen = new Set<string>();
  for (const name of names) {
    // DuckDB's column names ignore case, so "a" and "A" cannot both be read.
    if (seen.has(name.toLowerCase())) throw new InputError(`${findTickerColumn(names) < 0 ? 'ticker' : 'column'} ${name} appears twice in the header`, { file, line: skip + 1, value: name });
    seen.add(name.toLowerCase());
  }
  return { delimiter, names, skip, nameless };
}

/** `read_csv` of a CSV panel with its own header's names, every cell as text, and the spare columns (no sniffing). */
function csvSource(file: string, csv: CsvHeader): string {
  const columns = [...csv.names, ...EXTRA_NAMES].map((name) => `${sqlString(name)}: 'VARCHAR'`).join(', ');
  return `read_csv(${sqlString(file)}, auto_detect = false, header = true, skip = ${csv.skip}, columns = {${columns}}, delim = ${sqlString(csv.delimiter)}, quote = '"', escape = '"', strict_mode = true, null_padding = true)`;
}

/**
 * Refuses a CSV panel with a row holding more filled cells than its header has columns, as the
 * in-memory reader does (`parsePanelCsv`), with the same message: an unquoted delimiter inside a value
 * ("44,450" in a comma file) would shift the row and read a wrong price. One pass over the file.
 */
async function refuseExtraCells(connection: DuckConnection, file: string, source: string, csv: CsvHeader): Promise<void> {
  const filled = EXTRA_NAMES.map((name) => `trim(coalesce(${sqlIdentifier(name)}, '')) <> ''`).join(' OR ');
  const cells = [...csv.names, ...EXTRA_NAMES].map((name) => `coalesce(${sqlIdentifier(name)}, '')`).join(', ');
  let bad: Record<string, unknown> | undefined;
  try {
    bad = (await connection.runAndReadAll(`SELECT line, [${cells}] AS cells FROM (SELECT row_number() OVER () + ${csv.skip + 1} AS line, * FROM ${source}) WHERE ${filled} ORDER BY line LIMIT 1`)).getRowObjectsJS()[0];
  } catch (error) {
    // More cells than even the spare columns hold: DuckDB names the line.
    const message = firstLine(error);
    const line = /CSV Error on Line: (\d+)/.exec(String((error as Error)?.message ?? error));
    if (!line) throw new InputError(`cannot read the panel (${message})`, { file });
    throw new InputError(`row has more than ${csv.names.length + EXTRA_CELLS} cells but the header ${csv.names.length} columns (an unquoted "${csv.delimiter}" inside a value?)`, { file, line: Number(line[1]) });
  }
  if (!bad) return;
  const values = (bad.cells as string[]).slice();
  while (values.length > csv.names.length && values[values.length - 1].trim() === '') values.pop();
  const text = values.join(csv.delimiter);
  throw new InputError(`row has ${values.length} cells but the header ${csv.names.length} columns (an unquoted "${csv.delimiter}" inside a value?): "${text.length > 80 ? `${text.slice(0, 80)}…` : text}"`, {
    file,
    line: Number(bad.line),
    value: values[csv.names.length],
  });
}

/**
 * Refuses a wide CSV panel with a price under a header column that has no name, as the in-memory reader
 * does (`NamelessColumnError`, same message, line and value); cells with a missing-value marker are no price.
 */
async function refuseNamelessPrices(connection: DuckConnection, file: string, source: string, csv: CsvHeader): Promise<void> {
  const cell = (name: string) => `coalesce(${sqlIdentifier(name)}, '')`;
  const priced = csv.nameless.map((name) => `lower(trim(${cell(name)})) NOT IN ${MISSING_SQL}`).join(' OR ');
  const bad = await firstRow(connection, `SELECT line, [${csv.nameless.map(cell).join(', ')}] AS cells FROM (SELECT row_number() OVER () + ${csv.skip + 1} AS line, * FROM ${source}) WHERE ${priced} ORDER BY line LIMIT 1`, file);
  if (!bad) return;
  const cells = bad.cells as string[];
  const k = cells.findIndex((c) => !isMissingCell(c));
  throw new NamelessColumnError(cells[k], csv.names.indexOf(csv.nameless[k]), { file, line: Number(bad.line) });
}

async function firstRow(connection: DuckConnection, sql: string, file: string): Promise<Record<string, unknown> | undefined> {
  try {
    return (await connection.runAndReadAll(sql)).getRowObjectsJS()[0];
  } catch (error) {
    throw new InputError(`cannot read the panel (${firstLine(error)})`, { file });
  }
}

/**
 * After a conversion error of the panel view: the first raw row whose date or price does not
 * convert, as an InputError naming the file, row (Parquet) or line (CSV), ticker and value.
 *
 * @param connection DuckDB connection
 * @param table the opened panel
 * @param error the error DuckDB gave (reported as is when no row is found)
 * @returns the error to throw
 */
export async function badValueError(connection: DuckConnection, table: PanelTable, error: unknown): Promise<InputError> {
  const { file } = table;
  const bad = await firstRow(
    connection,
    `SELECT row, ticker, d, p, TRY_CAST(trim(d) AS DATE) IS NULL AS bad_date FROM (${table.rawSql}) WHERE (d IS NOT NULL AND TRY_CAST(trim(d) AS DATE) IS NULL) OR (p IS NOT NULL AND lower(trim(p)) NOT IN ${MISSING_SQL} AND TRY_CAST(trim(p) AS DOUBLE) IS NULL) LIMIT 1`,
    file,
  ).catch(() => undefined);
  if (!bad) return new InputError(`cannot read the panel (${firstLine(error)})`, { file });
  const line = Number(bad.row);
  if (bad.bad_date) return new InputError(`${bad.ticker}: date "${bad.d}" is not a date (the DuckDB engine reads ISO dates YYYY-MM-DD, DATE or TIMESTAMP; --engine memory reads other formats from CSV)`, { file, line, value: String(bad.d) });
  return new InputError(`${bad.ticker} on ${bad.d}: price "${bad.p}" is not a number`, { file, line, value: String(bad.p) });
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
    throw await badValueError(connection, table, error);
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
      throw await badValueError(connection, table, error);
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
