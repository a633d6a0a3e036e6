// Per-event results as columns (read one field of one event without building an EventResult object), and the EventResult objects read from those columns.
import { STATUS_CODES, type CoreEvent, type CoreOutput, type CoreSeries } from './core';
import type { countOverlaps } from './overlaps';
import type { EventResult, EventStatus, ResolvedOptions } from './types';

/**
 * The events of a study (or of one batch) read field by field, event `i` from 0 to `count − 1`:
 * what the streaming writers consume. A batch's rows read straight from the engine's typed arrays
 * (10,000 events need no per-event object: no allocation, no garbage); {@link rowsOfResults} gives
 * the same view over EventResult objects. Numbers are NaN where unavailable, as in {@link EventResult}.
 */
export interface EventRows {
  readonly count: number;
  id(i: number): string;
  stock(i: number): string;
  eventDate(i: number): string;
  day0Date(i: number): string | undefined;
  note(i: number): string | undefined;
  status(i: number): EventStatus;
  reason(i: number): string | undefined;
  alpha(i: number): number;
  beta(i: number): number;
  sigma(i: number): number;
  r2(i: number): number;
  n(i: number): number;
  factorLoadings(i: number): Record<string, number> | undefined;
  car(i: number): number;
  bhar(i: number): number;
  tCar(i: number): number;
  pCar(i: number): number;
  /** Event-window days with an abnormal return (the length of `ar`: 0 unless status is ok). */
  days(i: number): number;
  /** Day `d` (0-based within the event's `ar`): relative trading day, date, AR, t, actual and expected return. */
  day(i: number, d: number): number;
  date(i: number, d: number): string;
  ar(i: number, d: number): number;
  tAr(i: number, d: number): number;
  ret(i: number, d: number): number;
  expected(i: number, d: number): number;
  /** Overlap counts by kind, undefined when not counted. */
  hasOverlaps(i: number): boolean;
  overlapEventWindows(i: number): number;
  overlapInEstimation(i: number): number;
  overlapInOthersEstimation(i: number): number;
  /** Event `i` as an EventResult object (what `eventStudy(…).events[i]` holds). */
  result(i: number): EventResult;
}

/**
 * Rows over EventResult objects (a library user's results, a DuckDB batch already materialised).
 *
 * @param events per-event results
 * @returns the same events as {@link EventRows}
 * @example
 * rowsOfResults(eventStudy(input).events).car(0); // => the first event's CAR
 */
export function rowsOfResults(events: readonly EventResult[]): EventRows {
  return {
    count: events.length,
    id: (i) => events[i].id,
    stock: (i) => events[i].stock,
    eventDate: (i) => events[i].eventDate,
    day0Date: (i) => events[i].day0Date,
    note: (i) => events[i].note,
    status: (i) => events[i].status,
    reason: (i) => events[i].reason,
    alpha: (i) => events[i].alpha,
    beta: (i) => events[i].beta,
    sigma: (i) => events[i].sigma,
    r2: (i) => events[i].r2,
    n: (i) => events[i].n,
    factorLoadings: (i) => events[i].factorLoadings,
    car: (i) => events[i].car,
    bhar: (i) => events[i].bhar,
    tCar: (i) => events[i].tCar,
    pCar: (i) => events[i].pCar,
    days: (i) => events[i].ar.length,
    day: (i, d) => events[i].ar[d].day,
    date: (i, d) => events[i].ar[d].date,
    ar: (i, d) => events[i].ar[d].ar,
    tAr: (i, d) => events[i].ar[d].tAr,
    ret: (i, d) => events[i].ar[d].ret,
    expected: (i, d) => events[i].ar[d].expected,
    hasOverlaps: (i) => Boolean(events[i].overlaps),
    overlapEventWindows: (i) => events[i].overlaps?.eventWindows ?? NaN,
    overlapInEstimation: (i) => events[i].overlaps?.inEstimation ?? NaN,
    overlapInOthersEstimation: (i) => events[i].overlaps?.inOthersEstimation ?? NaN,
    result: (i) => events[i],
  };
}

/** What the event loop knows of the events before the engine runs, as columns: event i's fields at index i. */
export interface EventMeta {
  id: string[];
  stock: string[];
  date: string[];
  /** Where day 0 moved, or why it could not be placed (undefined: neither). */
  note: (string | undefined)[];
  /** 1 where no price series is named like the event's stock. */
  unknown: Uint8Array;
  /** A status decided before the engine (e.g. 'missing_data' when the files share no days), else undefined. */
  status: (EventStatus | undefined)[];
}

/**
 * The batch's events as columns over the engine's output: each field read where the engine
 * wrote it; `result(i)` builds the EventResult object (as `eventResult` always has).
 */
export function batchRows(meta: EventMeta, core: CoreOutput, events: CoreEvent[], series: CoreSeries[], counts: ReturnType<typeof countOverlaps>, options: ResolvedOptions): EventRows {
  const L = core.windowLength;
  const first = options.window[0];
  const { id, stock, date, note, unknown, status: decided } = meta;
  const measured = (i: number) => unknown[i] === 0 && decided[i] === undefined && core.status[i] === 0;
  const value = (column: Float64Array) => (i: number) => (measured(i) ? column[i] : NaN);
  const dayValue = (column: Float64Array) => (i: number, d: number) => column[i * L + d];
  const status = (i: number): EventStatus => (unknown[i] === 1 ? 'unknown_stock' : (decided[i] ?? STATUS_CODES[core.status[i]]));
  const rows: EventRows = {
    count: id.length,
    id: (i) => id[i],
    stock: (i) => stock[i],
    eventDate: (i) => date[i],
    day0Date: (i) => (unknown[i] === 1 || events[i].day0 < 0 ? undefined : series[events[i].series].dates![events[i].day0]),
    // A note says where day 0 moved; when it could not be placed the same text is the reason instead.
    note: (i) => (note[i] && (events[i].day0 >= 0 || unknown[i] === 1) ? note[i] : undefined),
    status,
    reason: (i) => {
      if (unknown[i] === 1) return `no price series named "${stock[i]}"`;
      if (status(i) === 'ok') return undefined;
      return events[i].day0 < 0 ? (note[i] ?? core.reason[i]) : core.reason[i];
    },
    alpha: value(core.alpha),
    beta: value(core.beta),
    sigma: value(core.sigma),
    r2: value(core.r2),
    n: (i) => (measured(i) ? core.n[i] : 0),
    factorLoadings: (i) => {
      const loadings = measured(i) ? core.loadings[i] : undefined;
      return loadings ? Object.fromEntries(options.factorColumns.map((c, k) => [c, loadings[k]])) : undefined;
    },
    car: value(core.car),
    bhar: value(core.bhar),
    tCar: value(core.tCar),
    pCar: value(core.pCar),
    days: (i) => (measured(i) ? L : 0),
    day: (_i, d) => first + d,
    date: (i, d) => series[events[i].series].dates![events[i].day0 + first + d],
    ar: dayValue(core.ar),
    tAr: dayValue(core.tAr),
    ret: dayValue(core.ret),
    expected: dayValue(core.expected),
    hasOverlaps: () => true,
    overlapEventWindows: (i) => counts.eventWindows[i],
    overlapInEstimation: (i) => counts.inEstimation[i],
    overlapInOthersEstimation: (i) => counts.inOthersEstimation[i],
    result: (i) => {
      const result = resultOfRow(rows, i);
      result.overlaps = { eventWindows: counts.eventWindows[i], inEstimation: counts.inEstimation[i], inOthersEstimation: counts.inOthersEstimation[i] };
      return result;
    },
  };
  return rows;
}

/**
 * Event `i` of `rows` as an EventResult object, from the same accessors the writers read (one
 * place for the per-event rules: status, reason, note, day 0): measured numbers and the `ar` days
 * only when the status is ok.
 */
function resultOfRow(rows: EventRows, i: number): EventResult {
  const status = rows.status(i);
  const base: EventResult = { id: rows.id(i), stock: rows.stock(i), eventDate: rows.eventDate(i), status, alpha: NaN, beta: NaN, sigma: NaN, r2: NaN, n: 0, ar: [], car: NaN, bhar: NaN, tCar: NaN, pCar: NaN };
  const note = rows.note(i);
  if (note) base.note = note;
  const day0 = rows.day0Date(i);
  if (day0 !== undefined) base.day0Date = day0;
  if (status !== 'ok') return { ...base, reason: rows.reason(i) };
  const ar = [];
  for (let d = 0; d < rows.days(i); d++) ar.push({ day: rows.day(i, d), date: rows.date(i, d), ar: rows.ar(i, d), tAr: rows.tAr(i, d), ret: rows.ret(i, d), expected: rows.expected(i, d) });
  const loadings = rows.factorLoadings(i);
  return {
    ...base,
    alpha: rows.alpha(i),
    beta: rows.beta(i),
    sigma: rows.sigma(i),
    r2: rows.r2(i),
    n: rows.n(i),
    ...(loadings ? { factorLoadings: loadings } : {}),
    ar,
    car: rows.car(i),
    bhar: rows.bhar(i),
    tCar: rows.tCar(i),
    pCar: rows.pCar(i),
  };
}
