import { studyMoments, dayTests, windowTests } from './battery';
import type { CoreOutput } from './core';
import type { AggregateResult, ResolvedOptions } from './types';

/**
 * Aggregates the per-event output of the engine over the events with status ok:
 * AAR and CAAR per event-window day, CAAR over the window, and every test both
 * for the whole window (CAAR = 0) and for each day (AAR_t = 0), in the conventions
 * the options name (see `battery.ts` for the list and the README for the formulas).
 *
 * The average cross-correlation r̄ (Kolari & Pynnönen 2010) is computed from
 * estimation residuals aligned by relative day τ (as EventStudyTools does),
 * u_i,τ = (e_i,τ − ē_i)/√Σ(e_i − ē_i)²: r̄ = Σ_τ [(Σ_i u_i,τ)² − Σ_i u_i,τ²] / (N(N − 1)).
 * With complete estimation windows this is exactly the mean pairwise Pearson
 * correlation; a day missing from one window contributes zero to its pairs.
 * Relative-day alignment pairs each event's residuals at the same lag from its
 * own day 0 — the lag at which the event-window ARs meet in the BMP sum — so
 * events on one date get their calendar correlation, while events on different
 * dates (the same firm in several events included) correlate only by chance,
 * not through shared estimation days.
 *
 * @param out engine output
 * @param options the resolved options (window offsets, conventions)
 * @returns the aggregate result
 */
export function aggregateEvents(out: CoreOutput, options: ResolvedOptions): AggregateResult {
  const m = studyMoments(out, options);
  const aar = [];
  let caarSoFar = 0;
  for (let d = 0; d < m.L; d++) {
    caarSoFar += m.aar[d];
    aar.push({ day: options.window[0] + d, aar: m.aar[d], caar: caarSoFar, n: m.N });
  }
  return {
    nEvents: m.N,
    aar,
    caar: m.caar,
    tests: windowTests(m),
    testsByDay: m.needs.byDay ? aar.map(({ day }, d) => ({ day, tests: dayTests(m, d) })) : [],
    averageCorrelation: m.averageCorrelation,
  };
}
