// Per-event results as columns: read one field of one event without building an EventResult object.
import type { EventResult, EventStatus } from './types';

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
    hasOverlaps: (i) => events[i].overlaps !== undefined,
    overlapEventWindows: (i) => events[i].overlaps?.eventWindows ?? NaN,
    overlapInEstimation: (i) => events[i].overlaps?.inEstimation ?? NaN,
    overlapInOthersEstimation: (i) => events[i].overlaps?.inOthersEstimation ?? NaN,
    result: (i) => events[i],
  };
}
