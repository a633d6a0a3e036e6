import { significanceStars } from './testResult';
import type { EventStudyResult, TestResult } from './types';

/** A number for JSON: NaN and ±Infinity become null (never a silent 0). */
function num(value: number): number | null {
  return Number.isFinite(value) ? value : null;
}

function testJson(t: TestResult) {
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
 * The event-study result as plain JSON with snake_case keys: `events` (event_date,
 * alpha, beta, sigma, r2, n, ar [{day, date, ar, …}], car, bhar, t_car, …) and
 * `aggregate` (aar [{day, aar, …}], caar, tests [{name, statistic, p_value, distribution,
 * df, significance, n, …}], tests_by_day) and `windows` (one per CAR window: window, caar,
 * tests, cars). `distribution` says what each p-value was read from ('t' with `df`,
 * 'normal', 'exact'); `significance` is '***' (p < 0.01), '**' (< 0.05), '*' (< 0.10) or ''.
 * Returns are fractions (0.0195 = +1.95%); unavailable numbers are null.
 *
 * @param result from {@link eventStudy}
 * @returns a JSON-serialisable object
 * @example
 * JSON.stringify(eventStudyJson(result)); // => '{"model":"market",…,"events":[{"id":"AAPL@2014-04-24",…'
 */
export function eventStudyJson(result: EventStudyResult) {
  const { options, aggregate } = result;
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
    events: result.events.map((e) => ({
      id: e.id,
      stock: e.stock,
      event_date: e.eventDate,
      day0_date: e.day0Date ?? null,
      ...(e.note ? { note: e.note } : {}),
      status: e.status,
      ...(e.reason ? { reason: e.reason } : {}),
      alpha: num(e.alpha),
      beta: num(e.beta),
      ...(e.factorLoadings ? { factor_loadings: e.factorLoadings } : {}),
      sigma: num(e.sigma),
      r2: num(e.r2),
      n: e.n,
      ar: e.ar.map((d) => ({ day: d.day, date: d.date, ar: num(d.ar), t_ar: num(d.tAr), return: num(d.ret), expected_return: num(d.expected) })),
      car: num(e.car),
      bhar: num(e.bhar),
      t_car: num(e.tCar),
      p_car: num(e.pCar),
    })),
    aggregate: {
      n_events: aggregate.nEvents,
      aar: aggregate.aar.map((d) => ({ day: d.day, aar: num(d.aar), caar: num(d.caar), n: d.n })),
      caar: num(aggregate.caar),
      average_correlation: num(aggregate.averageCorrelation),
      tests: aggregate.tests.map(testJson),
      tests_by_day: aggregate.testsByDay.map((d) => ({ day: d.day, tests: d.tests.map(testJson) })),
    },
    windows: result.windows.map((w) => ({
      window: w.window,
      n_events: w.nEvents,
      caar: num(w.caar),
      tests: w.tests.map(testJson),
      cars: w.cars.map((c) => ({ id: c.id, car: num(c.car), t_car: num(c.tCar), p_car: num(c.pCar) })),
    })),
    overlaps: result.overlaps,
    alignment: result.alignment.map((a) => ({
      stock: a.stock,
      market: a.market,
      common_days: a.commonDays,
      dropped_from_stock: a.droppedFromStock,
      dropped_from_market: a.droppedFromMarket,
    })),
  };
}
