import { inlineDisplayable } from '../display/inline-hook';
import { ValueError, expectArray, expectObject } from '../errors';
import { alignPriceSeries, priceReturns } from '../prices/align';
import type { FactorTable } from '../prices/factorTable';
import { parsePriceDate } from '../prices/parseDate';
import type { PriceSeries } from '../prices/types';
import { aggregateEvents } from './aggregate';
import { withDesignWarnings } from './design';
import { runEventStudyCore, type CoreEvent, type CoreOutput, type CoreSeries, type ProgressCallback } from './core';
import { locateDay0, type Day0 } from './day0';
import { resolveEventStudyOptions } from './options';
import { implausibleReturns } from './suspect';
import { countOverlaps, excludeOtherEventWindows, overlapPairs, type PlacedEvent } from './overlaps';
import { batchRows, type EventMeta, type EventRows } from './rows';
import type { AggregateResult, CarWindowResult, EventOverlap, EventResult, EventStudyOptions, EventStudyResult, ResolvedOptions } from './types';

/** One event: a stock (a series, or the name of one in `stocks`) and a date. */
export interface EventSpec {
  /** Identifier in the output [id=`${stock}@${date}`]. Statistics are keyed by event, never by stock. */
  id?: string;
  stock: string | PriceSeries;
  /** ISO date 'YYYY-MM-DD' of the announcement (day 0). */
  date: string;
}

/** Data of an event study. */
export interface EventStudyInput {
  /** Market index prices (required except for the factor model). */
  market?: PriceSeries;
  events: EventSpec[];
  /** Stocks referenced by name in `events`. */
  stocks?: PriceSeries[] | Record<string, PriceSeries>;
  /** Factor returns for the factor model (fractions, dated by return day). */
  factors?: FactorTable;
}

/**
 * Runs an event study on daily prices: for each event, aligns the stock with the
 * market on common trading days, computes returns, places day 0 (moving a
 * non-trading date per `nonTradingDay`), fits the model over the estimation
 * window and measures abnormal returns over the event window; then aggregates
 * across the events with status 'ok' (AAR, CAAR, sixteen significance tests for the
 * window and for each day, and the CAR tests of every `carWindows` entry). An event that cannot be measured gets a status and a
 * reason while the others still run.
 *
 * @param input market, stocks and events (and factors for the factor model)
 * @param options model, windows [estimation=[-260,-11]] [window=[-1,1]], see {@link EventStudyOptions}
 * @returns per-event results, aggregate tests, overlaps and alignment report
 * @throws {ValueError} on invalid options, a missing market, no events, or an event date that is not a date
 * @example
 * eventStudy({ market: sp500, events: [{ stock: aapl, date: '2014-04-24' }] }).events[0].car; // => 0.0768… (AAPL, market model, window [-1, 1])
 */
export function eventStudy(input: EventStudyInput, options: EventStudyOptions = {}): EventStudyResult {
  expectObject(input, 'input', 'eventStudy');
  expectArray(input.events, 'input.events', 'eventStudy');
  const resolved = resolveEventStudyOptions(options);
  const batch = eventStudyBatch(input, resolved, options.onProgress);
  const aggregate = withDesignWarnings(aggregateEvents(batch.core, resolved), batch.rows);
  return studyResult(batch, aggregate, batch.carWindows(aggregate));
}

/**
 * The result object of a batch once aggregated: per-event results, tests, and the overlapping
 * pairs — the first {@link MAX_LISTED_OVERLAPS} of them as a plain array (so the result survives a
 * JSON round trip), with `overlapCount` when there are more (a stock's clustered events overlap
 * in ≈ N² pairs; `batch.overlapPairs()` streams them all).
 * As a notebook cell's last expression the result shows as its events and tests.
 *
 * @param batch from {@link eventStudyBatch}
 * @param aggregate `aggregateEvents(batch.core, options)`
 * @param windows `batch.carWindows(aggregate)`
 * @returns the study, as {@link eventStudy} returns it
 */
export function studyResult(batch: EventStudyBatch, aggregate: AggregateResult, windows: CarWindowResult[]): EventStudyResult {
  const listed: EventOverlap[] = [];
  if (batch.overlapTotal > 0) {
    for (const o of batch.overlapPairs()) {
      if (listed.length === MAX_LISTED_OVERLAPS) break;
      listed.push(o);
    }
  }
  return inlineDisplayable(
    {
      options: batch.options,
      events: batch.events,
      aggregate,
      windows,
      overlaps: listed,
      ...(listed.length < batch.overlapTotal ? { overlapCount: batch.overlapTotal } : {}),
      alignment: batch.alignment,
    },
    'event-study',
  );
}

/** Most overlaps listed in `result.overlaps`; when there are more, `result.overlapCount` gives their number (all of them: `eventStudyBatch(…).overlapPairs()`). */
export const MAX_LISTED_OVERLAPS = 10_000;

/** One batch of events run through the engine, before aggregation (see {@link eventStudyBatch}). */
export interface EventStudyBatch {
  options: ResolvedOptions;
  /** Per-event results, in input order, with overlap counts (built on first access). */
  events: EventResult[];
  /** The same events read field by field from the engine's arrays, without building objects (what the streaming writers use). */
  rows: EventRows;
  /** Raw engine output: feeds `aggregateEvents` or a partial. */
  core: CoreOutput;
  /** The overlapping pairs, one at a time (there can be ≈ N² of them: stream them). */
  overlapPairs: () => Generator<EventOverlap>;
  /** How many pairs {@link EventStudyBatch.overlapPairs} yields (from the per-event counts, without listing them). */
  overlapTotal: number;
  /** The window's and every `carWindows` window's CAR tests (re-runs the engine per extra window). */
  carWindows: (aggregate: AggregateResult) => CarWindowResult[];
  alignment: EventStudyResult['alignment'];
}

/**
 * Runs the per-event part of an event study (alignment, returns, day 0, model
 * fits, abnormal returns, overlap counts) without the aggregate tests, so that
 * batches of events (per stock group, per shard, per DuckDB batch) can be run
 * separately and their engine outputs merged before aggregation. Events of one
 * stock must be in the same batch for overlap counts and exclusions to be complete.
 *
 * @param input market, stocks and events
 * @param resolved resolved options
 * @param onProgress called with (events done, total) every few thousand events
 * @returns per-event results and the raw engine output
 * @throws {ValueError} as {@link eventStudy}
 */
export function eventStudyBatch(input: EventStudyInput, resolved: ResolvedOptions, onProgress?: ProgressCallback): EventStudyBatch {
  if (input.events.length === 0) throw new ValueError('eventStudy: no events given');
  if (resolved.model !== 'factor' && !input.market) throw new ValueError(`eventStudy: the ${resolved.model} model needs market prices`);
  if (resolved.model === 'factor' && !input.factors) throw new ValueError('eventStudy: the factor model needs a factor table (input.factors)');

  const stocks = stockRegistry(input);
  // The stocks the events name, in order of first mention, that have a price series.
  const mentioned = new Set<string>();
  for (const e of input.events) mentioned.add(typeof e.stock === 'string' ? e.stock : e.stock.name);
  const names = [...mentioned].filter((n) => stocks.has(n));
  const prepared = names.map((name) => prepareSeries(stocks.get(name)!, input, resolved));
  const series: CoreSeries[] = prepared.map((p) => ({ ...p.core, dates: p.dates, suspect: p.suspect }));
  const seriesIndex = new Map(names.map((n, i) => [n, i]));

  const N = input.events.length;
  const events: CoreEvent[] = [];
  // Columns, not an object per event: what the engine's output is read beside (see `batchRows`).
  const meta: EventMeta = { id: new Array(N), stock: new Array(N), date: new Array(N), note: new Array(N).fill(undefined), unknown: new Uint8Array(N), status: new Array(N).fill(undefined) };
  const placed: PlacedEvent[] = [];
  const ids = new Map<string, number>();
  // Many events share a date: parse each distinct text once, and place each distinct date once per series.
  const parsed = new Map<string, string | undefined>();
  const parse = (text: string) => (parsed.has(text) ? parsed.get(text) : parsed.set(text, parsePriceDate(text)).get(text));
  const placedDays = prepared.map(() => new Map<string, Day0>());
  const place = (s: number, date: string): Day0 => {
    let day0 = placedDays[s].get(date);
    if (day0 === undefined) {
      day0 = locateDay0(prepared[s].dates, date, resolved.nonTradingDay, resolved.maxDay0ShiftDays);
      placedDays[s].set(date, day0);
    }
    return day0;
  };
  for (let k = 0; k < N; k++) {
    const raw = input.events[k];
    const stock = typeof raw.stock === 'string' ? raw.stock : raw.stock.name;
    const date = parse(String(raw.date ?? ''));
    if (!date) throw new ValueError(`eventStudy: event ${k + 1} (${raw.id ?? stock}) has date "${raw.date}", expected YYYY-MM-DD`);
    // Statistics are keyed by event: a repeated id gets a #2, #3 … suffix rather than merging.
    const baseId = raw.id ?? `${stock}@${date}`;
    const seen = (ids.get(baseId) ?? 0) + 1;
    ids.set(baseId, seen);
    meta.id[k] = seen === 1 ? baseId : `${baseId}#${seen}`;
    meta.stock[k] = stock;
    meta.date[k] = date;
    const s = seriesIndex.get(stock);
    if (s === undefined) {
      events.push({ series: 0, day0: -1 });
      meta.unknown[k] = 1;
      continue;
    }
    if (prepared[s].dates.length === 0) {
      // fewer than 2 common days: no return at all, which is missing data, not a calendar question
      const a = prepared[s].alignment;
      events.push({ series: s, day0: -1 });
      meta.status[k] = 'missing_data';
      meta.note[k] = `${a.stock} and ${a.market} share ${a.commonDays} trading day(s); at least 2 are needed for one return`;
      continue;
    }
    const day0 = place(s, date);
    events.push({ series: s, day0: day0.position });
    meta.note[k] = day0.note;
    // Unknown stocks and unplaced days have day0 = −1: they never overlap.
    if (day0.position >= 0) placed.push({ index: k, series: s, day0: day0.position });
  }
  const counts = countOverlaps(placed, events.length, resolved);
  if (resolved.excludeOtherEvents) excludeOtherEventWindows(events, placed, resolved);
  // With no known stock every event is unknown_stock; an empty series keeps the engine's output (and partials) the right length.
  const core = runEventStudyCore(series.length > 0 ? series : [{ y: new Float64Array(0), market: new Float64Array(0), factors: [] }], events, resolved, onProgress);
  const rows = batchRows(meta, core, events, series, counts, resolved);
  // EventResult objects only when asked for (the CLI's writers read `rows`: no per-event objects).
  let results: EventResult[] | undefined;
  function* pairs(): Generator<EventOverlap> {
    for (const o of overlapPairs(placed, resolved)) {
      yield { event: meta.id[o.event], other: meta.id[o.other], kind: o.kind, excluded: o.kind === 'in-estimation' && resolved.excludeOtherEvents };
    }
  }
  const coreSeries = series.length > 0 ? series : [{ y: new Float64Array(0), market: new Float64Array(0), factors: [] }];
  // Further CAR windows (options.carWindows) re-run the engine with that window, on request.
  const carWindows = (aggregate: AggregateResult): CarWindowResult[] => [
    carWindowResult(resolved.window, core, aggregate, meta.id),
    ...resolved.carWindows.map((window) => {
      const options = { ...resolved, window };
      const other = runEventStudyCore(coreSeries, events, options);
      return carWindowResult(window, other, aggregateEvents(other, options), meta.id);
    }),
  ];
  let overlapTotal = 0;
  for (let i = 0; i < events.length; i++) overlapTotal += counts.eventWindows[i] / 2 + counts.inEstimation[i];
  return {
    options: resolved,
    get events() {
      results ??= Array.from({ length: rows.count }, (_, i) => rows.result(i));
      return results;
    },
    rows,
    core,
    overlapPairs: pairs,
    overlapTotal,
    carWindows,
    alignment: prepared.map((p) => p.alignment),
  };
}

function stockRegistry(input: EventStudyInput): Map<string, PriceSeries> {
  const registry = new Map<string, PriceSeries>();
  const list = Array.isArray(input.stocks) ? input.stocks : Object.entries(input.stocks ?? {}).map(([name, s]) => ({ ...s, name }));
  for (const s of list) registry.set(s.name, s);
  for (const e of input.events) if (typeof e.stock !== 'string') registry.set(e.stock.name, e.stock);
  return registry;
}

function prepareSeries(stock: PriceSeries, input: EventStudyInput, options: ResolvedOptions) {
  if (options.model === 'factor') {
    const returns = priceReturns(stock, options.returns);
    const factors = input.factors!;
    const rowOf = new Map(factors.dates.map((d, i) => [d, i]));
    const lookup = (column: Float64Array) => Float64Array.from(returns.dates, (d) => (rowOf.has(d) ? column[rowOf.get(d)!] : NaN));
    const factorColumns = options.factorColumns.map((name) => {
      const column = factors.columns[name];
      if (!column) throw new ValueError(`factor column "${name}" not in the factor table (columns: ${Object.keys(factors.columns).join(', ')})`);
      return lookup(column);
    });
    let y = returns.returns;
    if (options.riskFreeColumn) {
      const rf = factors.columns[options.riskFreeColumn];
      if (!rf) throw new ValueError(`risk-free column "${options.riskFreeColumn}" not in the factor table`);
      const rfAligned = lookup(rf);
      y = Float64Array.from(y, (v, i) => v - rfAligned[i]);
    }
    const missing = returns.dates.filter((d) => !rowOf.has(d));
    return {
      dates: returns.dates,
      core: { y, factors: factorColumns },
      suspect: implausibleReturns(stock.dates, [[stock.name, stock.prices]], options.maxAbsReturn),
      alignment: { stock: stock.name, market: 'factors', droppedFromStock: missing, droppedFromMarket: [], commonDays: returns.dates.length - missing.length },
    };
  }
  const market = input.market!;
  const aligned = alignPriceSeries(stock, market);
  if (aligned.dates.length < 2) {
    return {
      dates: [] as string[],
      core: { y: new Float64Array(0), market: new Float64Array(0) },
      alignment: { stock: stock.name, market: market.name, droppedFromStock: aligned.droppedFromFirst, droppedFromMarket: aligned.droppedFromSecond, commonDays: aligned.dates.length },
    };
  }
  const y = priceReturns({ name: stock.name, dates: aligned.dates, prices: aligned.first }, options.returns);
  const x = priceReturns({ name: market.name, dates: aligned.dates, prices: aligned.second }, options.returns);
  return {
    dates: y.dates,
    core: { y: y.returns, market: x.returns },
    suspect: implausibleReturns(aligned.dates, [[stock.name, aligned.first], [market.name, aligned.second]], options.maxAbsReturn),
    alignment: {
      stock: stock.name,
      market: market.name,
      droppedFromStock: aligned.droppedFromFirst,
      droppedFromMarket: aligned.droppedFromSecond,
      commonDays: aligned.dates.length,
    },
  };
}

function carWindowResult(window: [number, number], core: CoreOutput | undefined, aggregate: AggregateResult, ids: string[]): CarWindowResult {
  return {
    window,
    nEvents: aggregate.nEvents,
    caar: aggregate.caar,
    tests: aggregate.tests,
    cars: ids.map((id, i) => {
      const ok = core !== undefined && core.status[i] === 0;
      return { id, car: ok ? core.car[i] : NaN, tCar: ok ? core.tCar[i] : NaN, pCar: ok ? core.pCar[i] : NaN };
    }),
  };
}
