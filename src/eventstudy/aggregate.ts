import type { CoreOutput } from './core';
import { corradoRankTest, generalizedSignTest, signTest, wilcoxonTest } from './nonparametricTests';
import { bmpTest, brownWarnerTest, crossSectionalTTest, kolariPynnonenTest, patellTest } from './parametricTests';
import type { AggregateResult, ResolvedOptions, TestResult } from './types';

/**
 * Aggregates the per-event output of the engine over the events with status ok:
 * AAR and CAAR per event-window day, CAAR over the window, and every test both
 * for the whole window (CAAR = 0) and for each day (AAR_t = 0).
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
 * @param options the resolved options (window offsets)
 * @returns the aggregate result
 */
export function aggregateEvents(out: CoreOutput, options: ResolvedOptions): AggregateResult {
  const L = out.windowLength;
  const ok: number[] = [];
  for (let i = 0; i < out.eventCount; i++) if (out.status[i] === 0) ok.push(i);
  const N = ok.length;
  const pick = (values: Float64Array) => {
    const picked = new Float64Array(N);
    for (let k = 0; k < N; k++) picked[k] = values[ok[k]];
    return picked;
  };
  const pickDay = (values: Float64Array, d: number) => {
    const picked = new Float64Array(N);
    for (let k = 0; k < N; k++) picked[k] = values[ok[k] * L + d];
    return picked;
  };

  const estimationAar = ratio(out.estimationArSum, out.estimationArCount);
  const estimationRank = ratio(out.estimationRankSum, out.estimationRankCount);
  const windowRank = Array.from({ length: L }, (_, d) => mean(pickDay(out.rankU, d)));
  const allRank = Float64Array.from([...estimationRank, ...windowRank]);
  let pairSum = 0;
  for (let r = 0; r < out.correlationSum.length; r++) pairSum += out.correlationSum[r] ** 2 - out.correlationSquares[r];
  const averageCorrelation = N > 1 ? pairSum / (N * (N - 1)) : NaN;
  const positiveShare = pick(out.positiveShare);

  const aar = [];
  let caarSoFar = 0;
  for (let d = 0; d < L; d++) {
    const value = mean(pickDay(out.ar, d));
    caarSoFar += value;
    aar.push({ day: options.window[0] + d, aar: value, caar: caarSoFar, n: N });
  }
  const car = pick(out.car);
  const caar = mean(car);

  const windowBmp = bmpTest(pick(out.scar));
  const tests: TestResult[] = [
    crossSectionalTTest(car),
    brownWarnerTest(caar, L, estimationAar),
    patellTest(pick(out.patellCsar)),
    windowBmp,
    kolariPynnonenTest(windowBmp, averageCorrelation),
    corradoRankTest(windowRank, allRank, N),
    signTest(car),
    generalizedSignTest(car, positiveShare),
    wilcoxonTest(car),
  ];
  const testsByDay = aar.map(({ day, aar: dayAar }, d) => {
    const ar = pickDay(out.ar, d);
    const sar = pickDay(out.sar, d);
    const bmp = bmpTest(sar);
    return {
      day,
      tests: [
        crossSectionalTTest(ar),
        brownWarnerTest(dayAar, 1, estimationAar),
        patellTest(sar, pick(out.dof)),
        bmp,
        kolariPynnonenTest(bmp, averageCorrelation),
        corradoRankTest([windowRank[d]], allRank, N),
        signTest(ar),
        generalizedSignTest(ar, positiveShare),
        wilcoxonTest(ar),
      ],
    };
  });
  return { nEvents: N, aar, caar, tests, testsByDay, averageCorrelation };
}

function mean(values: Float64Array): number {
  let sum = 0;
  for (const v of values) sum += v;
  return values.length > 0 ? sum / values.length : NaN;
}

function ratio(sums: Float64Array, counts: Float64Array): Float64Array {
  return Float64Array.from(sums, (s, i) => (counts[i] > 0 ? s / counts[i] : NaN));
}
