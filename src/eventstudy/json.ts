import { designWarningsJson } from './design';
import { significanceStars } from './testResult';
import { rowsOfResults, type EventRows } from './rows';
import type { AggregateResult, CarWindowResult, EventResult, EventStatus, EventStudyResult, ResolvedOptions, TestResult } from './types';

/** A number for JSON: NaN and ±Infinity become null (never a silent 0). */
function num(value: number): number | null {
  return Number.isFinite(value) ? value : null;
}

/**
 * One test as JSON: name, statistic, p_value, distribution, df (t tests), n, note (why NaN).
 *
 * @param t a test result
 * @returns a JSON-serialisable object (NaN → null)
 */
export function testJson(t: TestResult) {
  return {
    name: t.name,
    statistic: num(t.statistic),
    p_value: num(t.pValue),
    distribution: t.distribution,
    ...(t.df !== undefined ? { df: num(t.df) } : {}),
    significance: significanceStars(t.pValue),
    n: t.n,
    ...(t.days !== undefined ? { days: t.days } : {}),
    ...(t.note ? { note: t.note } : {}),
  };
}

/**
 * The options of a study as JSON fields (snake_case). `tests` (the asked test names, in report order)
 * appears only when `tests` was given, and `tests_by_day: false` only with `testsByDay: false`:
 * absent, all sixteen tests and the per-day tests were asked.
 *
 * @param options resolved options
 * @returns {model, returns, estimation, window, …, tests?, tests_by_day?}
 * @example
 * optionsJson(resolveEventStudyOptions({})).estimation; // => [-260, -11]
 */
export function optionsJson(options: ResolvedOptions) {
  return {
    model: options.model,
    returns: options.returns,
    estimation: options.estimation,
    window: options.window,
    min_estimation: options.minEstimation,
    non_trading_day: options.nonTradingDay,
    exclude_other_events: options.excludeOtherEvents,
    prediction_error_adjusted: options.predictionErrorAdjusted,
    sigma_denominator: options.sigmaDenominator,
    conventions: options.conventions,
    // The asked tests (`tests`, `testsByDay: false`), only when not the defaults: a default run's header is as before.
    ...(options.tests ? { tests: options.tests } : {}),
    ...(options.testsByDay === false ? { tests_by_day: false as const } : {}),
  };
}

/** One event as JSON (see {@link eventJson}). */
export interface EventJson {
  id: string;
  stock: string;
  event_date: string;
  day0_date: string | null;
  note?: string;
  status: EventStatus;
  reason?: string;
  alpha: number | null;
  beta: number | null;
  factor_loadings?: Record<string, number>;
  sigma: number | null;
  r2: number | null;
  n: number;
  ar: { day: number; date: string; ar: number | null; t_ar: number | null; return: number | null; expected_return: number | null }[];
  car: number | null;
  bhar: number | null;
  t_car: number | null;
  p_car: number | null;
  overlaps?: { event_windows: number; in_estimation: number; in_others_estimation: number };
}

/**
 * One event as JSON: id, stock, event_date, day0_date, status, alpha, beta, sigma, r2, n,
 * ar [{day, date, ar, t_ar, return, expected_return}], car, bhar, t_car, p_car and
 * `overlaps` {event_windows, in_estimation, in_others_estimation} (counts of other events
 * of the same stock). Fractions; unavailable numbers are null.
 *
 * @param e one event's result
 * @returns a JSON-serialisable object
 * @example
 * eventJson(result.events[0]).car; // => 0.0768…
 */
export function eventJson(e: EventResult): EventJson {
  return eventRowJson(rowsOfResults([e]), 0);
}

/**
 * Event `i` of `rows` as the object {@link eventJson} gives, read from the columns (a batch's
 * `rows`: no EventResult is built). The streaming writers serialise it with JSON.stringify and
 * drop it: a short-lived object is cheaper than text assembled piece by piece, and
 * JSON.stringify writes numbers straight into its output.
 *
 * @param rows the events
 * @param i which one
 * @param type JSON Lines: a leading `"type":"event"` field
 * @returns a JSON-serialisable object
 * @example
 * JSON.stringify(eventRowJson(batch.rows, 0)) === JSON.stringify(eventJson(batch.events[0])); // => true
 */
export function eventRowJson(rows: EventRows, i: number, type?: 'event'): EventJson {
  // Built by assignment rather than spreads of optional parts: same keys in the same order, and
  // one object shape for JSON.stringify's fast path.
  const day0 = rows.day0Date(i);
  const json = (type ? { type, id: rows.id(i) } : { id: rows.id(i) }) as EventJson;
  json.stock = rows.stock(i);
  json.event_date = rows.eventDate(i);
  json.day0_date = day0 ?? null;
  const note = rows.note(i);
  if (note) json.note = note;
  json.status = rows.status(i);
  const reason = rows.reason(i);
  if (reason) json.reason = reason;
  json.alpha = num(rows.alpha(i));
  json.beta = num(rows.beta(i));
  const loadings = rows.factorLoadings(i);
  if (loadings) json.factor_loadings = loadings;
  json.sigma = num(rows.sigma(i));
  json.r2 = num(rows.r2(i));
  json.n = rows.n(i);
  const days = rows.days(i);
  const ar: EventJson['ar'] = new Array(days);
  for (let d = 0; d < days; d++) {
    ar[d] = { day: rows.day(i, d), date: rows.date(i, d), ar: num(rows.ar(i, d)), t_ar: num(rows.tAr(i, d)), return: num(rows.ret(i, d)), expected_return: num(rows.expected(i, d)) };
  }
  json.ar = ar;
  json.car = num(rows.car(i));
  json.bhar = num(rows.bhar(i));
  json.t_car = num(rows.tCar(i));
  json.p_car = num(rows.pCar(i));
  if (rows.hasOverlaps(i)) json.overlaps = { event_windows: rows.overlapEventWindows(i), in_estimation: rows.overlapInEstimation(i), in_others_estimation: rows.overlapInOthersEstimation(i) };
  return json;
}

/**
 * The aggregate as JSON: n_events, aar [{day, aar, caar, n}], caar, average_correlation,
 * tests [{name, statistic, p_value, distribution, df?, n, note?}], tests_by_day and, when the events
 * are not independent, warnings [{kind, affected_events, n_events, message}] (see `StudyDesignTally`).
 * `average_correlation` (Kolari–Pynnönen r̄) is null when no asked test reads it (only kolari_pynnonen
 * and adjusted_patell do; the sums are then skipped) or when it cannot be computed.
 *
 * @param aggregate from {@link eventStudy} or a merged partial
 * @returns a JSON-serialisable object
 * @example
 * aggregateJson(result.aggregate).tests[0].name; // => 'cross_sectional_t'
 */
export function aggregateJson(aggregate: AggregateResult) {
  return {
    n_events: aggregate.nEvents,
    aar: aggregate.aar.map((d) => ({ day: d.day, aar: num(d.aar), caar: num(d.caar), n: d.n })),
    caar: num(aggregate.caar),
    average_correlation: num(aggregate.averageCorrelation),
    tests: aggregate.tests.map(testJson),
    tests_by_day: aggregate.testsByDay.map((d) => ({ day: d.day, tests: d.tests.map(testJson) })),
    ...(aggregate.warnings?.length ? { warnings: designWarningsJson(aggregate.warnings) } : {}),
  };
}

/**
 * The CAR windows as JSON: one per window (the event window first, then `carWindows`):
 * window, n_events, caar, tests, and each event's car, t_car, p_car.
 *
 * @param windows `result.windows`
 * @returns a JSON-serialisable array
 */
export function windowsJson(windows: CarWindowResult[]) {
  return windows.map((w) => ({ ...windowHeadJson(w), cars: w.cars.map(carJson) }));
}

/**
 * One CAR window as JSON without its `cars` (the fields {@link windowsJson} gives before them):
 * window, n_events, caar, tests.
 *
 * @param w a CAR window
 * @returns a JSON-serialisable object
 */
export function windowHeadJson(w: CarWindowResult) {
  return { window: w.window, n_events: w.nEvents, caar: num(w.caar), tests: w.tests.map(testJson) };
}

/**
 * One event's CAR in a window, as JSON: id, car, t_car, p_car (NaN → null).
 *
 * @param c an entry of `window.cars`
 * @returns a JSON-serialisable object
 */
export function carJson(c: CarWindowResult['cars'][number]) {
  return { id: c.id, car: num(c.car), t_car: num(c.tCar), p_car: num(c.pCar) };
}

/**
 * Per stock, the days dropped to align it with the market, as JSON.
 *
 * @param alignment `result.alignment`
 * @returns [{stock, market, common_days, dropped_from_stock, dropped_from_market}]
 */
export function alignmentJson(alignment: EventStudyResult['alignment']) {
  return alignment.map((a) => ({
    stock: a.stock,
    market: a.market,
    common_days: a.commonDays,
    dropped_from_stock: a.droppedFromStock,
    dropped_from_market: a.droppedFromMarket,
  }));
}

/**
 * The event-study result as plain JSON with snake_case keys: the options, `events`
 * (see {@link eventJson}, with per-event overlap counts), `aggregate` (see
 * {@link aggregateJson}) and `alignment`. The list of overlapping pairs is not included
 * (it can hold ≈ N² entries): `result.overlaps` has it. Returns are fractions
 * (0.0195 = +1.95%); unavailable numbers are null. For large studies prefer the
 * streaming writers (`writeEventStudy`), which never build the whole object.
 *
 * @param result from {@link eventStudy}
 * @returns a JSON-serialisable object
 * @example
 * JSON.stringify(eventStudyJson(result)); // => '{"model":"market",…,"events":[{"id":"AAPL@2014-04-24",…'
 */
export function eventStudyJson(result: EventStudyResult) {
  return {
    ...optionsJson(result.options),
    events: result.events.map(eventJson),
    aggregate: aggregateJson(result.aggregate),
    windows: windowsJson(result.windows ?? []),
    alignment: alignmentJson(result.alignment),
  };
}
