import { significanceStars } from './testResult';
import type { EventRows } from './rows';
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
 * The options of a study as JSON fields (snake_case).
 *
 * @param options resolved options
 * @returns {model, returns, estimation, window, …}
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
  // Built by assignment rather than spreads of optional parts: same keys in the same order, but
  // one object shape for JSON.stringify's fast path (10,000 events: the CLI's largest output).
  const json = { id: e.id, stock: e.stock, event_date: e.eventDate, day0_date: e.day0Date ?? null } as EventJson;
  if (e.note) json.note = e.note;
  json.status = e.status;
  if (e.reason) json.reason = e.reason;
  json.alpha = num(e.alpha);
  json.beta = num(e.beta);
  if (e.factorLoadings) json.factor_loadings = e.factorLoadings;
  json.sigma = num(e.sigma);
  json.r2 = num(e.r2);
  json.n = e.n;
  const ar: EventJson['ar'] = new Array(e.ar.length);
  for (let k = 0; k < ar.length; k++) {
    const d = e.ar[k];
    ar[k] = { day: d.day, date: d.date, ar: num(d.ar), t_ar: num(d.tAr), return: num(d.ret), expected_return: num(d.expected) };
  }
  json.ar = ar;
  json.car = num(e.car);
  json.bhar = num(e.bhar);
  json.t_car = num(e.tCar);
  json.p_car = num(e.pCar);
  if (e.overlaps) json.overlaps = { event_windows: e.overlaps.eventWindows, in_estimation: e.overlaps.inEstimation, in_others_estimation: e.overlaps.inOthersEstimation };
  return json;
}

/** A number as JSON.stringify writes it: NaN and ±Infinity as null. */
function numText(value: number): string {
  return Number.isFinite(value) ? String(value) : 'null';
}

/**
 * A string as JSON, memoised for the few distinct texts that repeat on every event (dates, stock
 * names, statuses). Bounded: past `limit` entries the cache stops growing and quotes directly.
 */
export function jsonStringQuoter(limit = 100_000): (text: string) => string {
  const cache = new Map<string, string>();
  return (text) => {
    let quoted = cache.get(text);
    if (quoted === undefined) {
      quoted = JSON.stringify(text);
      if (cache.size < limit) cache.set(text, quoted);
    }
    return quoted;
  };
}

/**
 * Event `i` of `rows` as compact JSON text: byte for byte `JSON.stringify(eventJson(rows.result(i)))`,
 * written from the columns without building the objects (the CLI's largest output: 10,000 events,
 * 10 MB). `quote` quotes strings (a {@link jsonStringQuoter}); `prefix` goes after the opening brace
 * (JSON Lines' `"type":"event",`).
 *
 * @param rows the events
 * @param i which one
 * @param quote string quoting, e.g. `jsonStringQuoter()`
 * @param prefix text after "{" [prefix='']
 * @returns one line of JSON
 * @example
 * eventJsonText(batch.rows, 0, jsonStringQuoter()) === JSON.stringify(eventJson(batch.events[0])); // => true
 */
export function eventJsonText(rows: EventRows, i: number, quote: (text: string) => string, prefix = ''): string {
  const day0 = rows.day0Date(i);
  const note = rows.note(i);
  const reason = rows.reason(i);
  const loadings = rows.factorLoadings(i);
  let text = `{${prefix}"id":${JSON.stringify(rows.id(i))},"stock":${quote(rows.stock(i))},"event_date":${quote(rows.eventDate(i))},"day0_date":${day0 === undefined ? 'null' : quote(day0)}`;
  if (note) text += `,"note":${JSON.stringify(note)}`;
  text += `,"status":${quote(rows.status(i))}`;
  if (reason) text += `,"reason":${JSON.stringify(reason)}`;
  text += `,"alpha":${numText(rows.alpha(i))},"beta":${numText(rows.beta(i))}`;
  if (loadings) text += `,"factor_loadings":${JSON.stringify(loadings)}`;
  text += `,"sigma":${numText(rows.sigma(i))},"r2":${numText(rows.r2(i))},"n":${numText(rows.n(i))},"ar":[`;
  const days = rows.days(i);
  for (let d = 0; d < days; d++) {
    text += `${d === 0 ? '' : ','}{"day":${numText(rows.day(i, d))},"date":${quote(rows.date(i, d))},"ar":${numText(rows.ar(i, d))},"t_ar":${numText(rows.tAr(i, d))},"return":${numText(rows.ret(i, d))},"expected_return":${numText(rows.expected(i, d))}}`;
  }
  text += `],"car":${numText(rows.car(i))},"bhar":${numText(rows.bhar(i))},"t_car":${numText(rows.tCar(i))},"p_car":${numText(rows.pCar(i))}`;
  if (rows.hasOverlaps(i)) {
    text += `,"overlaps":{"event_windows":${numText(rows.overlapEventWindows(i))},"in_estimation":${numText(rows.overlapInEstimation(i))},"in_others_estimation":${numText(rows.overlapInOthersEstimation(i))}}`;
  }
  return `${text}}`;
}

/**
 * The aggregate as JSON: n_events, aar [{day, aar, caar, n}], caar, average_correlation,
 * tests [{name, statistic, p_value, distribution, df?, n, note?}] and tests_by_day.
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
  return windows.map((w) => ({
    window: w.window,
    n_events: w.nEvents,
    caar: num(w.caar),
    tests: w.tests.map(testJson),
    cars: w.cars.map((c) => ({ id: c.id, car: num(c.car), t_car: num(c.tCar), p_car: num(c.pCar) })),
  }));
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
