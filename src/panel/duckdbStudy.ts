import { InputError } from '../errors';
import { locateDay0 } from '../eventstudy/day0';
import { eventStudyBatch, type EventStudyBatch, type EventSpec } from '../eventstudy/eventStudy';
import { resolveEventStudyOptions } from '../eventstudy/options';
import { aggregatePartial, emptyPartial, mergePartials, partialFromCore, type StudyPartial } from '../eventstudy/partial';
import type { AggregateResult, EventStudyOptions, ResolvedOptions } from '../eventstudy/types';
import { alignPriceSeries } from '../prices/align';
import type { PriceSeries } from '../prices/types';
import { openDuckDB, sqlString, type DuckConnection } from './duckdb';
import { dayOf, openPanelTable, readPanelSeries, type PanelTable } from './table';

/** Options of {@link eventStudyFromPanelFile}. */
export interface PanelFileStudyOptions {
  /** [batchTickers=400] Tickers per batch: bounds the rows in memory (≈ tickers × trading days). */
  batchTickers?: number;
  /** [memoryLimit='1GB'] DuckDB's own memory limit (it spills to disk beyond). */
  memoryLimit?: string;
  /** Long panels: the price column. */
  priceColumn?: string;
  /** Called after each batch with its per-event results (write them out; they are not kept). A promise it returns (a writer waiting for a slow reader) is awaited before the next batch is read. */
  onBatch?: (batch: EventStudyBatch) => unknown;
  /** Called with (events done, total) after each batch. */
  onProgress?: (done: number, total: number) => void;
}

/** Result of {@link eventStudyFromPanelFile}: the aggregate, and the partial it came from. */
export interface PanelFileStudyResult {
  options: ResolvedOptions;
  aggregate: AggregateResult;
  partial: StudyPartial;
  eventsRun: number;
  /** Tickers re-read over their whole history because a window reached past the first read. */
  refetched: number;
}

/**
 * Event study over a panel file larger than memory (Parquet, or CSV), through DuckDB:
 * events are grouped by ticker into batches; for each batch DuckDB reads only those
 * tickers' rows between the first estimation day and the last event-window day their
 * events need (on the market's calendar, with slack for the stock's missing days), and
 * the engine runs on them exactly as in memory. A window that still reaches past what was
 * read (a stock with long gaps, an event at the edge of the data) makes that ticker be
 * re-read whole, so the numbers equal those of the in-memory study on the same data.
 * Memory is bounded by the batch (≈ `batchTickers` × trading days rows) plus the
 * per-event partial (O(events × window)). Per-event results go to `onBatch` and are
 * not kept; alignment reports cover the rows read.
 *
 * @param file Parquet (or CSV) panel: long (date, ticker, price) or wide (date, one column per ticker)
 * @param market market prices (a series, or the name of a ticker in the panel)
 * @param events events (stock = ticker)
 * @param options study options
 * @param run batching, memory limit, callbacks
 * @returns the aggregate over all events
 * @throws {InputError} for a bad panel (file, row, value) or a market ticker not in it
 * @example
 * await eventStudyFromPanelFile('panel.parquet', 'SPX', [{ stock: 'AAPL', date: '2014-04-24' }], {}, { onBatch: (b) => console.log(b.events[0].car) });
 */
export async function eventStudyFromPanelFile(
  file: string,
  market: PriceSeries | string,
  events: EventSpec[],
  options: EventStudyOptions = {},
  run: PanelFileStudyOptions = {},
): Promise<PanelFileStudyResult> {
  const resolved = resolveEventStudyOptions(options);
  const { connection, close } = await openDuckDB('the DuckDB panel engine', run.memoryLimit ?? '1GB');
  try {
    const table = await openPanelTable(connection, file, run.priceColumn);
    const marketSeries = typeof market === 'string' ? await readTicker(connection, table, market) : market;
    const byTicker = new Map<string, EventSpec[]>();
    const ids = new Map<string, number>();
    for (const e of events) {
      const stock = typeof e.stock === 'string' ? e.stock : e.stock.name;
      // Ids as eventStudy gives them (a repeated id gets #2, #3 …), fixed before batching.
      const base = e.id ?? `${stock}@${e.date}`;
      const seen = (ids.get(base) ?? 0) + 1;
      ids.set(base, seen);
      const list = byTicker.get(stock) ?? [];
      list.push({ stock, date: e.date, id: seen === 1 ? base : `${base}#${seen}` });
      byTicker.set(stock, list);
    }
    const tickers = [...byTicker.keys()].sort();
    const batchSize = run.batchTickers ?? 400;
    const partials: StudyPartial[] = [];
    let done = 0;
    let refetched = 0;
    for (let start = 0; start < tickers.length; start += batchSize) {
      const batchTickers = tickers.slice(start, start + batchSize);
      const batchEvents = batchTickers.flatMap((t) => byTicker.get(t)!);
      const ranges = batchTickers.map((t) => ({ ticker: t, ...neededRange(byTicker.get(t)!, marketSeries, resolved) }));
      const stocks = await readRanges(connection, table, ranges);
      const incomplete = ranges.filter((r) => !covers(stocks.get(r.ticker), r, byTicker.get(r.ticker)!, marketSeries, resolved));
      if (incomplete.length > 0) {
        refetched += incomplete.length;
        const whole = await readRanges(connection, table, incomplete.map((r) => ({ ticker: r.ticker, lo: -1e9, hi: 1e9 })));
        for (const r of incomplete) stocks.set(r.ticker, whole.get(r.ticker));
      }
      const batch = eventStudyBatch({ market: marketSeries, stocks: [...stocks.values()].filter((s): s is PriceSeries => s !== undefined), events: batchEvents }, resolved);
      partials.push(partialFromCore(batch.core, resolved, { rows: batch.rows, market: marketSeries.name }));
      await run.onBatch?.(batch);
      done += batchEvents.length;
      run.onProgress?.(done, events.length);
    }
    const partial = partials.length > 0 ? mergePartials(partials) : emptyPartial(resolved);
    const aggregate = aggregatePartial(partial); // with the design warnings, from the batches' stock-day counts
    return { options: resolved, aggregate, partial, eventsRun: done, refetched };
  } finally {
    close();
  }
}

async function readTicker(connection: DuckConnection, table: PanelTable, ticker: string): Promise<PriceSeries> {
  const [series] = await readPanelSeries(connection, table, `panel WHERE ticker = ${sqlString(ticker)}`);
  if (!series) throw new InputError(`market ticker "${ticker}" is not in the panel`, { file: table.file });
  return series;
}

interface Range {
  ticker: string;
  /** Day counts since 1970-01-01, inclusive. */
  lo: number;
  hi: number;
}

/**
 * The calendar span a ticker's events need: from the market day (estimation start − 1
 * − slack) of the earliest event to the market day (window end + slack) of the latest.
 */
function neededRange(events: EventSpec[], market: PriceSeries, options: ResolvedOptions): { lo: number; hi: number } {
  const dates = market.dates;
  const slack = 10 + Math.ceil(0.1 * (options.estimation[1] - options.estimation[0] + options.window[1] - options.window[0]));
  let lo = Infinity;
  let hi = -Infinity;
  for (const e of events) {
    const { position } = locateDay0(dates, e.date, 'next');
    const at = position < 0 ? (e.date < dates[0] ? 0 : dates.length - 1) : position;
    const first = Math.max(0, at + Math.min(options.estimation[0], options.window[0]) - 1 - slack);
    const last = Math.min(dates.length - 1, at + Math.max(options.estimation[1], options.window[1]) + 1 + slack);
    lo = Math.min(lo, dayOf(dates[first]), dayOf(e.date) - 7);
    hi = Math.max(hi, dayOf(dates[last]), dayOf(e.date) + 7);
  }
  if (lo <= dayOf(dates[0])) lo = -1e9;
  if (hi >= dayOf(dates[dates.length - 1])) hi = 1e9;
  return { lo, hi };
}

async function readRanges(connection: DuckConnection, table: PanelTable, ranges: Range[]): Promise<Map<string, PriceSeries | undefined>> {
  await connection.run('CREATE OR REPLACE TEMP TABLE wanted (ticker VARCHAR, lo INTEGER, hi INTEGER)');
  for (let k = 0; k < ranges.length; k += 500) {
    const values = ranges.slice(k, k + 500).map((r) => `(${sqlString(r.ticker)}, ${Math.trunc(r.lo)}, ${Math.trunc(r.hi)})`);
    await connection.run(`INSERT INTO wanted VALUES ${values.join(', ')}`);
  }
  // The batch's tickers are a contiguous run of the sorted list: the range filter is pushed into the
  // Parquet scan, which skips every row group outside it (row-group statistics), so over all batches a
  // file sorted by ticker is read about once instead of once per batch.
  const names = ranges.map((r) => r.ticker).sort();
  const span = names.length > 0 ? `p.ticker BETWEEN ${sqlString(names[0])} AND ${sqlString(names[names.length - 1])} AND ` : '';
  const series = await readPanelSeries(connection, table, `(SELECT p.* FROM panel p JOIN wanted w ON ${span}p.ticker = w.ticker AND p.day BETWEEN w.lo AND w.hi)`);
  const map = new Map<string, PriceSeries | undefined>(ranges.map((r) => [r.ticker, undefined]));
  for (const s of series) map.set(s.name, s);
  return map;
}

/**
 * Whether the rows read for a ticker hold every position its events use, as the whole
 * history would: the estimation start and the window end lie inside the aligned
 * returns read, unless the read already reaches the data's edge on that side.
 */
function covers(stock: PriceSeries | undefined, range: Range, events: EventSpec[], market: PriceSeries, options: ResolvedOptions): boolean {
  if (!stock) return range.lo === -1e9 && range.hi === 1e9;
  const aligned = alignPriceSeries(stock, market);
  const returnDates = aligned.dates.slice(1);
  const first = Math.min(options.estimation[0], options.window[0]);
  const last = Math.max(options.estimation[1], options.window[1]);
  for (const e of events) {
    const { position } = locateDay0(returnDates, e.date, options.nonTradingDay);
    if (position < 0) return range.lo === -1e9 && range.hi === 1e9;
    if (position + first < 0 && range.lo !== -1e9) return false;
    if (position + last > returnDates.length - 1 && range.hi !== 1e9) return false;
  }
  return true;
}
