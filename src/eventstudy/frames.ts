import type { DataFrame } from 'danfojs-node';
import { danfo } from '../frames/danfo';
import { significanceStars } from './testResult';
import type { EventStudyResult } from './types';

/**
 * One row per event: id, stock, event_date, day0_date, status, reason, alpha, beta,
 * sigma, r2, n, car, bhar, t_car, p_car (returns as fractions; NaN when not ok).
 *
 * @param result from {@link eventStudy}
 * @returns danfojs-node DataFrame
 * @example
 * eventFrame(result).shape; // => [5, 15]
 */
export function eventFrame(result: EventStudyResult): DataFrame {
  const e = result.events;
  return new (danfo().DataFrame)({
    id: e.map((x) => x.id),
    stock: e.map((x) => x.stock),
    event_date: e.map((x) => x.eventDate),
    day0_date: e.map((x) => x.day0Date ?? ''),
    status: e.map((x) => x.status),
    reason: e.map((x) => x.reason ?? ''),
    alpha: e.map((x) => x.alpha),
    beta: e.map((x) => x.beta),
    sigma: e.map((x) => x.sigma),
    r2: e.map((x) => x.r2),
    n: e.map((x) => x.n),
    car: e.map((x) => x.car),
    bhar: e.map((x) => x.bhar),
    t_car: e.map((x) => x.tCar),
    p_car: e.map((x) => x.pCar),
  });
}

/**
 * Abnormal returns in long form, one row per event and event-window day: id, stock,
 * day, date, return, expected_return, ar, t_ar (fractions). Events without results
 * have no rows.
 *
 * @param result from {@link eventStudy}
 * @returns danfojs-node DataFrame
 * @example
 * arEventFrame(result).columns; // => ['id', 'stock', 'day', 'date', 'return', 'expected_return', 'ar', 't_ar']
 */
export function arEventFrame(result: EventStudyResult): DataFrame {
  const rows = result.events.flatMap((e) =>
    e.ar.map((d) => ({ id: e.id, stock: e.stock, day: d.day, date: d.date, return: d.ret, expected_return: d.expected, ar: d.ar, t_ar: d.tAr })),
  );
  const columns = ['id', 'stock', 'day', 'date', 'return', 'expected_return', 'ar', 't_ar'] as const;
  return new (danfo().DataFrame)(Object.fromEntries(columns.map((c) => [c, rows.map((r) => r[c])])));
}

/**
 * Average abnormal returns per event-window day: day, aar, caar (cumulative), n.
 *
 * @param result from {@link eventStudy}
 * @returns danfojs-node DataFrame
 * @example
 * aggregateFrame(result).columns; // => ['day', 'aar', 'caar', 'n']
 */
export function aggregateFrame(result: EventStudyResult): DataFrame {
  const a = result.aggregate.aar;
  return new (danfo().DataFrame)({ day: a.map((d) => d.day), aar: a.map((d) => d.aar), caar: a.map((d) => d.caar), n: a.map((d) => d.n) });
}

/**
 * All test results: scope ('window' for CAAR over a CAR window — the event window and every
 * `carWindows` entry —, 'day' for AAR on one day), day (the window start for window rows),
 * from and to (the days tested), name, statistic, p_value, distribution ('t', 'normal' or
 * 'exact'), df (NaN unless t), significance ('***' p < 0.01, '**' < 0.05, '*' < 0.10, ''), n.
 *
 * @param result from {@link eventStudy}
 * @returns danfojs-node DataFrame
 * @example
 * testsFrame(result).columns; // => ['scope', 'day', 'from', 'to', 'name', 'statistic', 'p_value', 'distribution', 'df', 'significance', 'n']
 */
export function testsFrame(result: EventStudyResult): DataFrame {
  const windows = result.windows.length > 0 ? result.windows : [{ window: result.options.window, tests: result.aggregate.tests }];
  const rows = [
    ...windows.flatMap((w) => w.tests.map((t) => ({ scope: 'window', day: w.window[0], from: w.window[0], to: w.window[1], t }))),
    ...result.aggregate.testsByDay.flatMap((d) => d.tests.map((t) => ({ scope: 'day', day: d.day, from: d.day, to: d.day, t }))),
  ];
  return new (danfo().DataFrame)({
    scope: rows.map((r) => r.scope),
    day: rows.map((r) => r.day),
    from: rows.map((r) => r.from),
    to: rows.map((r) => r.to),
    name: rows.map((r) => r.t.name),
    statistic: rows.map((r) => r.t.statistic),
    p_value: rows.map((r) => r.t.pValue),
    distribution: rows.map((r) => r.t.distribution),
    df: rows.map((r) => r.t.df ?? NaN),
    significance: rows.map((r) => significanceStars(r.t.pValue)),
    n: rows.map((r) => r.t.n),
  });
}
