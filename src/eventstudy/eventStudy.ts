import { ValueError, expectArray, expectObject } from '../errors';
import { alignPriceSeries, priceReturns } from '../prices/align';
import type { FactorTable } from '../prices/factorTable';
import { parsePriceDate } from '../prices/parseDate';
import type { PriceSeries } from '../prices/types';
import { aggregateEvents } from './aggregate';
import { runEventStudyCore, STATUS_CODES, type CoreEvent, type CoreOutput, type CoreSeries } from './core';
import { locateDay0 } from './day0';
import { resolveEventStudyOptions } from './options';
import { excludeOverlappingWindows, findOverlaps } from './overlaps';
import type { AggregateResult, CarWindowResult, EventOverlap, EventResult, EventStatus, EventStudyOptions, EventStudyResult, ResolvedOptions } from './types';

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
  if (input.events.length === 0) throw new ValueError('eventStudy: no events given');
  if (resolved.model !== 'factor' && !input.market) throw new ValueError(`eventStudy: the ${resolved.model} model needs market prices`);
  if (resolved.model === 'factor' && !input.factors) throw new ValueError('eventStudy: the factor model needs a factor table (input.factors)');

  const stocks = stockRegistry(input);
  const names = [...new Set(input.events.map((e) => (typeof e.stock === 'string' ? e.stock : e.stock.name)))].filter((n) => stocks.has(n));
  const prepared = names.map((name) => prepareSeries(stocks.get(name)!, input, resolved));
  const series: CoreSeries[] = prepared.map((p) => ({ ...p.core, dates: p.dates, suspect: p.suspect }));
  const seriesIndex = new Map(names.map((n, i) => [n, i]));

  const events: CoreEvent[] = [];
  const meta: EventMeta[] = [];
  const ids = new Map<string, number>();
  for (const [k, raw] of input.events.entries()) {
    const stock = typeof raw.stock === 'string' ? raw.stock : raw.stock.name;
    const date = parsePriceDate(String(raw.date ?? ''));
    if (!date) throw new ValueError(`eventStudy: event ${k + 1} (${raw.id ?? stock}) has date "${raw.date}", expected YYYY-MM-DD`);
    const spec = { ...raw, date };
    // Statistics are keyed by event: a repeated id gets a #2, #3 … suffix rather than merging.
    const baseId = spec.id ?? `${stock}@${date}`;
    const seen = (ids.get(baseId) ?? 0) + 1;
    ids.set(baseId, seen);
    const id = seen === 1 ? baseId : `${baseId}#${seen}`;
    const s = seriesIndex.get(stock);
    if (s === undefined) {
      events.push({ series: 0, day0: -1 });
      meta.push({ id, stock, date: spec.date, unknown: true });
      continue;
    }
    if (prepared[s].dates.length === 0) {
      // fewer than 2 common days: no return at all, which is missing data, not a calendar question
      const a = prepared[s].alignment;
      events.push({ series: s, day0: -1 });
      meta.push({ id, stock, date: spec.date, unknown: false, status: 'missing_data', note: `${a.stock} and ${a.market} share ${a.commonDays} trading day(s); at least 2 are needed for one return` });
      continue;
    }
    const day0 = locateDay0(prepared[s].dates, spec.date, resolved.nonTradingDay, resolved.maxDay0ShiftDays);
    events.push({ series: s, day0: day0.position });
    meta.push({ id, stock, date: spec.date, note: day0.note, unknown: false });
  }
  const { overlaps, total: overlapTotal } = markOverlaps(events, meta, resolved);
  const core = series.length > 0 ? runEventStudyCore(series, events, resolved) : undefined;
  const results = meta.map((m, i) => eventResult(m, i, core, events[i], series, resolved));
  const aggregate = aggregateEvents(core ?? emptyOutput(resolved), resolved);
  const windows = [
    carWindowResult(resolved.window, core, aggregate, meta),
    ...resolved.carWindows.map((window) => {
      const options = { ...resolved, window };
      const other = series.length > 0 ? runEventStudyCore(series, events, options) : undefined;
      return carWindowResult(window, other, aggregateEvents(other ?? emptyOutput(options), options), meta);
    }),
  ];
  return {
    options: resolved,
    events: results,
    aggregate,
    windows,
    overlaps,
    ...(overlaps.length < overlapTotal ? { overlapCount: overlapTotal } : {}),
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

/**
 * Return positions (index into the returns, dated by the later price) where a simple daily return
 * of any of the price series lies beyond ±maxAbsReturn, each with a reason naming the series, the
 * two days and prices: a misplaced decimal, a 1e-300 or 1e308 price, a split not adjusted.
 */
function implausibleReturns(dates: string[], series: [string, Float64Array][], maxAbsReturn: number): { positions: Int32Array; reasons: string[] } {
  const positions: number[] = [];
  const reasons: string[] = [];
  if (!Number.isFinite(maxAbsReturn)) return { positions: Int32Array.from(positions), reasons };
  for (let t = 1; t < dates.length; t++) {
    for (const [name, prices] of series) {
      const r = prices[t] / prices[t - 1] - 1;
      if (Math.abs(r) > maxAbsReturn || !Number.isFinite(r)) {
        const pct = `${r >= 0 ? '+' : ''}${Number((r * 100).toPrecision(4))}%`;
        positions.push(t - 1);
        reasons.push(
          `${name}: implausible daily return ${pct} from ${dates[t - 1]} (${prices[t - 1]}) to ${dates[t]} (${prices[t]}), beyond the ±${Number((maxAbsReturn * 100).toPrecision(6))}% bound (maxAbsReturn): check the price file`,
        );
        break;
      }
    }
  }
  return { positions: Int32Array.from(positions), reasons };
}

/** Most overlaps listed in `result.overlaps`; when there are more, `result.overlapCount` gives their number. */
export const MAX_LISTED_OVERLAPS = 10_000;

function markOverlaps(events: CoreEvent[], meta: { id: string }[], options: ResolvedOptions): { overlaps: EventOverlap[]; total: number } {
  // Unknown stocks have day0 = −1, so they never overlap.
  const placed = events.map((e, index) => ({ index, series: e.series, day0: e.day0 })).filter((e) => e.day0 >= 0);
  // Listing is capped (N events of one stock on one date overlap in N² pairs); exclusion needs them all.
  const overlaps = findOverlaps(placed, options, options.excludeOtherEvents ? Infinity : MAX_LISTED_OVERLAPS);
  if (options.excludeOtherEvents) excludeOverlappingWindows(events, overlaps, options.window);
  const listed: EventOverlap[] = overlaps.map((o) => ({
    event: meta[o.event].id,
    other: meta[o.other].id,
    kind: o.kind,
    excluded: o.kind === 'in-estimation' && options.excludeOtherEvents,
  }));
  return { overlaps: listed, total: overlaps.total ?? listed.length };
}

/** What the event loop knows of an event before the engine runs. */
interface EventMeta {
  id: string;
  stock: string;
  date: string;
  note?: string;
  unknown: boolean;
  /** A status decided before the engine (e.g. 'missing_data' when the files share no days). */
  status?: EventStatus;
}

function eventResult(
  m: EventMeta,
  i: number,
  core: CoreOutput | undefined,
  event: CoreEvent,
  series: CoreSeries[],
  options: ResolvedOptions,
): EventResult {
  const base: EventResult = {
    id: m.id,
    stock: m.stock,
    eventDate: m.date,
    status: 'unknown_stock',
    alpha: NaN,
    beta: NaN,
    sigma: NaN,
    r2: NaN,
    n: 0,
    ar: [],
    car: NaN,
    bhar: NaN,
    tCar: NaN,
    pCar: NaN,
  };
  // A note says where day 0 moved; when it could not be placed the same text is the reason instead.
  if (m.note && (event.day0 >= 0 || m.unknown)) base.note = m.note;
  if (m.unknown || !core) return { ...base, reason: `no price series named "${m.stock}"` };
  const dates = series[event.series].dates!;
  if (event.day0 >= 0) base.day0Date = dates[event.day0];
  base.status = m.status ?? STATUS_CODES[core.status[i]];
  if (base.status !== 'ok') {
    return { ...base, reason: event.day0 < 0 ? (m.note ?? core.reason[i]) : core.reason[i] };
  }
  const L = core.windowLength;
  const ar = [];
  for (let d = 0; d < L; d++) {
    const k = i * L + d;
    ar.push({ day: options.window[0] + d, date: dates[event.day0 + options.window[0] + d], ar: core.ar[k], tAr: core.tAr[k], ret: core.ret[k], expected: core.expected[k] });
  }
  const loadings = core.loadings[i];
  return {
    ...base,
    alpha: core.alpha[i],
    beta: core.beta[i],
    sigma: core.sigma[i],
    r2: core.r2[i],
    n: core.n[i],
    ...(loadings ? { factorLoadings: Object.fromEntries(options.factorColumns.map((c, k) => [c, loadings[k]])) } : {}),
    ar,
    car: core.car[i],
    bhar: core.bhar[i],
    tCar: core.tCar[i],
    pCar: core.pCar[i],
  };
}

function carWindowResult(window: [number, number], core: CoreOutput | undefined, aggregate: AggregateResult, meta: { id: string }[]): CarWindowResult {
  return {
    window,
    nEvents: aggregate.nEvents,
    caar: aggregate.caar,
    tests: aggregate.tests,
    cars: meta.map((m, i) => {
      const ok = core !== undefined && core.status[i] === 0;
      return { id: m.id, car: ok ? core.car[i] : NaN, tCar: ok ? core.tCar[i] : NaN, pCar: ok ? core.pCar[i] : NaN };
    }),
  };
}

function emptyOutput(options: ResolvedOptions): CoreOutput {
  return runEventStudyCore([], [], options);
}
