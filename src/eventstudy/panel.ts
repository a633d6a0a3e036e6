import { ValueError } from '../errors';
import { aggregateEvents } from './aggregate';
import { runEventStudyCore, type CoreEvent, type CoreOutput, type CoreSeries } from './core';
import { resolveEventStudyOptions } from './options';
import { firstSuspect, mergeSuspects, plausibleRange, suspectReturns } from './suspect';
import { countOverlaps, excludeOtherEventWindows, findOverlaps, type PositionOverlap } from './overlaps';
import type { AggregateResult, EventStudyOptions, ResolvedOptions } from './types';

/** A returns panel on a common calendar: many stocks × the same trading days. */
export interface ReturnPanel {
  /** Stock returns (fractions), row-major by stock: stock s, day t at s·dayCount + t. NaN = missing. */
  returns: Float64Array;
  stockCount: number;
  dayCount: number;
  /** Market returns for the same days (fractions). */
  market: Float64Array;
  /** Stock names, for the reasons of 'suspect_data' events [stock k]. */
  names?: string[];
  /** ISO date of each day, for the same reasons [day indices]. */
  dates?: string[];
  /** The market's name, for the same reasons ['market']. */
  marketName?: string;
}

/** Result of {@link eventStudyPanel}: raw engine output plus the aggregate tests. */
export interface PanelEventStudyResult {
  options: ResolvedOptions;
  /** Per-event arrays (status, alpha, beta, sigma, car, ar[event·L + day] …). */
  output: CoreOutput;
  aggregate: AggregateResult;
  /** Overlapping pairs (event indices); built on first access (non-enumerable), as there can be ≈ N² of them. */
  overlaps: PositionOverlap[];
  /** Per event: other events of the same stock whose event windows share days with its own, or lie in its estimation window. */
  overlapCounts: { eventWindows: Int32Array; inEstimation: Int32Array; inOthersEstimation: Int32Array };
}

/**
 * Event study on a returns panel held in typed arrays, for large samples: no
 * copies of the panel (each stock is a subarray view), per-event market-model
 * estimation summed over its own window, results as typed arrays. Day 0 is given as
 * a day index, so there is no date handling; everything else (models, windows,
 * statuses, exclusions, tests) is as in {@link eventStudy} — including 'suspect_data':
 * an event whose windows hold a stock or market return beyond ±`maxAbsReturn` (log
 * returns converted when `returns: 'log'`) is not measured, and its reason names the
 * series and day (`panel.names`, `panel.dates` when given). NaN is a missing day.
 *
 * @param panel returns panel (stocks × days) and market returns
 * @param events event list: stock index and day-0 index
 * @param options model, windows, minimum estimation size, exclusions
 * @returns engine output, aggregate tests and overlaps
 * @throws {ValueError} when the panel dimensions do not match or an index is out of range
 * @example
 * eventStudyPanel(panel, [{ stock: 0, day: 300 }]).output.car[0]; // => CAR of the first event
 */
export function eventStudyPanel(panel: ReturnPanel, events: { stock: number; day: number }[], options: EventStudyOptions = {}): PanelEventStudyResult {
  const resolved = resolveEventStudyOptions(options);
  const { returns, stockCount, dayCount, market } = panel;
  if (returns.length !== stockCount * dayCount) throw new ValueError(`eventStudyPanel: returns has ${returns.length} values, expected stockCount × dayCount = ${stockCount * dayCount}`);
  if (market.length !== dayCount) throw new ValueError(`eventStudyPanel: market has ${market.length} values, expected dayCount = ${dayCount}`);
  const labels = (name: string) => ({ name, ...(panel.dates ? { dates: panel.dates } : {}) });
  const marketSuspect = suspectReturns(market, labels(panel.marketName ?? 'market'), resolved.maxAbsReturn, resolved.returns);
  const coreEvents: CoreEvent[] = events.map((e, i) => {
    if (!(e.stock >= 0 && e.stock < stockCount) || !Number.isInteger(e.stock)) throw new ValueError(`eventStudyPanel: event ${i} has stock index ${e.stock}, expected 0..${stockCount - 1}`);
    return { series: e.stock, day0: e.day >= 0 && e.day < dayCount ? e.day : -1 };
  });
  // A stock's implausible returns are looked for only where an event needs them (the engine's straight
  // path rules them out from the Σy² it sums anyway); the market's are listed once.
  const checked = Number.isFinite(resolved.maxAbsReturn);
  const { lo, hi } = plausibleRange(resolved.maxAbsReturn, resolved.returns);
  const series: CoreSeries[] = Array.from({ length: stockCount }, (_, s) => {
    const y = returns.subarray(s * dayCount, (s + 1) * dayCount);
    if (!checked) return { y, market };
    const scan = (from: number, to: number) => {
      const found = suspectReturns(y, labels(panel.names?.[s] ?? `stock ${s}`), resolved.maxAbsReturn, resolved.returns, from, to);
      return firstSuspect(mergeSuspects(found, marketSuspect), from, to);
    };
    return { y, market, suspect: marketSuspect, plausible: { lo, hi, scan } };
  });
  const placed = coreEvents.map((e, index) => ({ index, series: e.series, day0: e.day0 })).filter((e) => e.day0 >= 0);
  if (resolved.excludeOtherEvents) excludeOtherEventWindows(coreEvents, placed, resolved);
  const output = runEventStudyCore(series, coreEvents, resolved, options.onProgress);
  const result = { options: resolved, output, aggregate: aggregateEvents(output, resolved), overlapCounts: countOverlaps(placed, coreEvents.length, resolved) } as PanelEventStudyResult;
  let pairs: PositionOverlap[] | undefined;
  Object.defineProperty(result, 'overlaps', { enumerable: false, get: () => (pairs ??= findOverlaps(placed, resolved)) });
  return result;
}
