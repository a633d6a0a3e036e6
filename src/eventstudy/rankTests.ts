/**
 * Rank and sign tests that scale the event-day cross-sectional sums by their
 * time-series variability over the estimation and event windows (Corrado & Zivney
 * 1992, estudy2's raw-rank conventions) and the generalized rank test of Kolari &
 * Pynnönen (2011).
 */
import { linearResidualAt } from './residuals';
import { averageRanks } from '../stats/ranks';
import { tResult, zResult } from './testResult';
import type { TestResult } from './types';

/** Σ_i x_i,t and N_t (events with a value) on one time point. */
export interface DaySum {
  sum: number;
  count: number;
}

/** How the cross-sectional sums are scaled. */
export interface ScaledSumOptions {
  /** 'sqrt': X_t/√N_t (Corrado & Zivney 1992); 'mean': X_t/N_t (Corrado 1989, mean ranks). */
  weight: 'sqrt' | 'mean';
  /** estudy2's rowMeans(·, na.rm = TRUE)·ncol: X_t multiplied by N/N_t on days some events lack. */
  inflate: boolean;
  /** The T in S² = (1/T) Σ_t term_t²: the number of time points (default) or estudy2's mean T_i. */
  T: number;
  /** N, all events (for the inflation). */
  events: number;
}

/**
 * The statistic shared by the Corrado–Zivney sign and modified rank tests and estudy2's
 * `rank_test`: with term_t = (N/N_t if inflated) · X_t / w(N_t), w = √N_t or N_t, over the
 * tested days D: Z = Σ_{t∈D} term_t / (√|D| · S), S = √((1/T) Σ_t term_t²) over every
 * estimation and event-window time point with N_t > 0. Standard normal.
 *
 * @param name test name
 * @param tested the tested days' sums
 * @param all every time point's sums (estimation days and event-window days)
 * @param options weighting, inflation, T
 * @returns the test
 * @example
 * scaledSumTest('x', [{ sum: 1, count: 1 }], [{ sum: 1, count: 1 }, { sum: -1, count: 1 }], { weight: 'sqrt', inflate: false, T: 2, events: 1 }).statistic; // => 1
 */
export function scaledSumTest(name: string, tested: DaySum[], all: DaySum[], options: ScaledSumOptions): TestResult {
  const term = ({ sum, count }: DaySum) => ((options.inflate ? options.events / count : 1) * sum) / (options.weight === 'sqrt' ? Math.sqrt(count) : count);
  let ss = 0;
  for (const day of all) if (day.count > 0) ss += term(day) ** 2;
  const sd = Math.sqrt(ss / options.T);
  let numerator = 0;
  let n = 0;
  for (const day of tested) {
    numerator += term(day);
    n = Math.max(n, day.count);
  }
  return zResult(name, numerator / (Math.sqrt(tested.length) * sd), n, 'needs ranked estimation data');
}

/**
 * estudy2 0.10.0's `car_rank_test`: with raw ranks K_i,t of each event's estimation and
 * window ARs, K̄ = mean_i (T_i + 1)/2, K̄_t the mean rank on time point t:
 * Z = √L · (mean of the window's K − K̄) / √(Σ_t (K̄_t − K̄)² / mean T_i). Standard normal.
 *
 * @param windowRanks Σ_i K_i,t and N_t on each window day kept by the coverage filter
 * @param allRanks the same on every estimation and window time point
 * @param rankTotals T_i per event
 * @returns {name: 'corrado_rank', …}
 * @example
 * carRankTest([{ sum: 3, count: 1 }], [{ sum: 1, count: 1 }, { sum: 3, count: 1 }], [2]).statistic; // => 1.4142135623730951
 */
export function carRankTest(windowRanks: DaySum[], allRanks: DaySum[], rankTotals: ArrayLike<number>): TestResult {
  let meanRank = 0;
  let meanT = 0;
  for (let i = 0; i < rankTotals.length; i++) {
    meanRank += (rankTotals[i] + 1) / 2;
    meanT += rankTotals[i];
  }
  meanRank /= rankTotals.length;
  meanT /= rankTotals.length;
  let ss = 0;
  for (const day of allRanks) if (day.count > 0) ss += (day.sum / day.count - meanRank) ** 2;
  let sum = 0;
  let cells = 0;
  for (const day of windowRanks) {
    sum += day.sum;
    cells += day.count;
  }
  const statistic = (Math.sqrt(windowRanks.length) * (sum / cells - meanRank)) / Math.sqrt(ss / meanT);
  return { ...zResult('corrado_rank', statistic, rankTotals.length, 'needs ranked estimation data'), days: windowRanks.length };
}

/**
 * Generalized rank test, GRANK-T (Kolari & Pynnönen 2011). Each event contributes its
 * estimation-window standardized residuals SAR_i,t = e_i,t/σ_i and one more value for the
 * tested period, the standardized CAR re-scaled by its cross-sectional standard deviation,
 * SCAR*_i = SCAR_i / sd(SCAR) (so event-induced volatility cannot inflate the rank).
 * With U_i,t = rank_i,t / (T_i + 1) − ½ over those T_i values, Ū_t the mean over the N_t
 * events on time point t (the tested period counted as one point, t = 0):
 * Z = Ū_0 / S_Ū, S_Ū² = (1/T) Σ_t (N_t/N) Ū_t²; t_grank = Z·√((T − 2)/(T − 1 − Z²)),
 * Student t with T − 2 dof, T the number of time points.
 *
 * @param estimationSar SAR per event × estimation relative day (row-major, NaN = missing)
 * @param estimationRanks ranks of each row's SARs among themselves (same layout; from {@link estimationRanks})
 * @param days estimation relative days per event (row length)
 * @param scar the events' standardized CARs (or SARs for one day), before the cross-sectional re-scaling
 * @param [rows] which row of the arrays each `scar` value belongs to (default 0, 1, 2 …)
 * @param [counts] the number of non-missing SARs of each row (counted when omitted)
 * @returns {name: 'grank', statistic, p_value, distribution: 't', df: T − 2}
 * @example
 * // see tests/eventstudy/newTests.test.ts (checked against a Python transcription of the paper)
 */
export function grankTest(
  estimationSar: Float64Array,
  estimationRanks: Float64Array,
  days: number,
  scar: ArrayLike<number>,
  rows?: ArrayLike<number>,
  counts?: ArrayLike<number>,
): TestResult {
  const N = scar.length;
  const rowOf = (i: number) => (rows ? rows[i] : i);
  const m = Float64Array.from({ length: N }, (_, i) => {
    if (counts) return counts[i];
    let c = 0;
    for (let t = 0; t < days; t++) if (!Number.isNaN(estimationSar[rowOf(i) * days + t])) c++;
    return c;
  });
  const rankSums = new Float64Array(days);
  const dayCounts = new Float64Array(days);
  for (let i = 0; i < N; i++) {
    const base = rowOf(i) * days;
    for (let t = 0; t < days; t++) {
      if (Number.isNaN(estimationSar[base + t])) continue;
      rankSums[t] += (estimationRanks[base + t] + 1) / (m[i] + 2) - 0.5;
      dayCounts[t]++;
    }
  }
  return grankTests({ sars: (i) => estimationSar.subarray(rowOf(i) * days, (rowOf(i) + 1) * days), events: N, days, counts: m, rankSums, dayCounts }, [scar])[0];
}

/** What {@link grankTests} reads: the ok events' estimation SARs and the per-day rank sums the engine adds up. */
export interface GrankInputs {
  /** SAR_i,t = e_i,t/σ_i of event i (in the order of the tested values) by estimation relative day, NaN where missing; read before the next call. */
  sars: (i: number) => ArrayLike<number>;
  /** Number of events. */
  events: number;
  days: number;
  /** T_i: the number of non-missing SARs of each event. */
  counts: ArrayLike<number>;
  /** Per estimation day t: Σ_i [(K_i,t + 1)/(T_i + 2) − ½], K_i,t the rank of SAR_i,t among event i's SARs (the engine's `grankRankSum`). */
  rankSums: ArrayLike<number>;
  /** Per estimation day: the events with a SAR on it. */
  dayCounts: ArrayLike<number>;
  /**
   * Optional: event i's estimation days in ascending order of SAR (exactly its non-missing ones). The
   * SARs below a tested value are then a prefix found by binary search, instead of comparing every
   * SAR with every tested value. Same sums, added in the same order per day.
   */
  sorted?: (i: number) => ArrayLike<number>;
  /**
   * Optional, with `sorted`: fills `into` with event i's linear-model terms and returns true when its
   * SARs are (y_t − intercept − slope·x_t)·inverseSigma at t = first + day, bit-identical to
   * `sars(i)[day]` — the binary search reads about 2·log₂T_i SARs per tested value, so computing
   * those few beats filling each event's row (`sars(i)` is then not called).
   */
  linearSars?: (i: number, into: LinearSars) => boolean;
}

/** One event's SARs as a linear model's formula (see {@link GrankInputs.linearSars}); refilled per event. */
export interface LinearSars {
  y: Float64Array;
  market: Float64Array;
  /** Position of estimation relative day 0 in `y` and `market`. */
  first: number;
  intercept: number;
  slope: number;
  inverseSigma: number;
}

/**
 * GRANK (see {@link grankTest}) for several tested values at once — the window's SCARs and each
 * day's SARs — in one pass over the events' estimation SARs. The ranks enter through sums: the
 * rank of SAR_i,t among the T_i + 1 values is K_i,t + 1 when SAR_i,t lies above the tested
 * value v_i, K_i,t when below and K_i,t + ½ when equal, so
 * Σ_i U_i,t = rankSums_t − Σ_i (1[SAR_i,t < v_i] + ½·1[SAR_i,t = v_i])/(T_i + 2),
 * and each event needs only its SARs (not their ranks) once the engine has summed the ranks.
 *
 * @param inputs estimation SARs, their counts and the per-day rank sums
 * @param tested per test, the events' values before the cross-sectional re-scaling (SCAR, or one day's SAR)
 * @returns one GRANK result per tested array
 */
export function grankTests(inputs: GrankInputs, tested: ArrayLike<number>[]): TestResult[] {
  const { sars, days, counts, rankSums, dayCounts } = inputs;
  const K = tested.length;
  const N = inputs.events;
  const values = tested.map((scar) => ({ scar, scale: sampleSd(scar, N) }));
  // corrections[k·days + t]: Σ_i of event i's weight where SAR_i,t lies below (or, half, at) tested value k.
  const corrections = new Float64Array(K * days);
  const sumU0 = new Float64Array(K);
  const tally = new Float64Array(2);
  const { sorted, linearSars } = inputs;
  const linear: LinearSars = { y: new Float64Array(0), market: new Float64Array(0), first: 0, intercept: 0, slope: 0, inverseSigma: 0 };
  for (let i = 0; i < N; i++) {
    const order = sorted?.(i);
    const w = 1 / (counts[i] + 2);
    if (order) {
      const byFormula = linearSars?.(i, linear) === true;
      addEventBelowSorted(order, byFormula ? undefined : sars(i), linear, i, values, w, corrections, days, sumU0);
      continue;
    }
    const sar = sars(i);
    for (let k = 0; k < K; k++) {
      addBelow(sar, days, values[k].scar[i] / values[k].scale, w, corrections, k * days, tally);
      sumU0[k] += (tally[0] + 1 + tally[1] / 2) * w - 0.5;
    }
  }
  return values.map(({ scale }, k) => {
    let points = 1;
    let s2 = (sumU0[k] / N) ** 2; // the tested point: N_0 = N
    for (let t = 0; t < days; t++) {
      if (dayCounts[t] === 0) continue;
      points++;
      const meanU = (rankSums[t] - corrections[k * days + t]) / dayCounts[t];
      s2 += (dayCounts[t] / N) * meanU ** 2;
    }
    const z = sumU0[k] / N / Math.sqrt(s2 / points);
    const T = points;
    const statistic = T - 1 - z * z > 0 ? z * Math.sqrt((T - 2) / (T - 1 - z * z)) : NaN;
    return tResult('grank', N > 1 && scale > 0 ? statistic : NaN, T - 2, N, 'needs at least 2 events with varying standardized CARs');
  });
}

/**
 * One event's SARs against one tested value v: adds w to `corrections[offset + t]` where
 * SAR_t < v and w/2 where SAR_t = v; `tally` gets the two counts. A function of its own so
 * that it is optimised once and stays so (it runs N·K times per study).
 */
function addBelow(sar: ArrayLike<number>, days: number, v: number, w: number, corrections: Float64Array, offset: number, tally: Float64Array): void {
  const halfW = 0.5 * w;
  let less = 0;
  let equal = 0;
  // Branch-free (a SAR is below v about half the time, unpredictably); NaN compares false both ways and adds 0.
  for (let t = 0; t < days; t++) {
    const s = sar[t];
    const below = +(s < v);
    const at = +(s === v);
    less += below;
    equal += at;
    corrections[offset + t] += below * w + at * halfW;
  }
  tally[0] = less;
  tally[1] = equal;
}

/** Sample standard deviation (n − 1) of values[0..n): a module-level loop, optimised once for every study. */
function sampleSd(values: ArrayLike<number>, n: number): number {
  let mean = 0;
  for (let i = 0; i < n; i++) mean += values[i];
  mean /= n;
  let ss = 0;
  for (let i = 0; i < n; i++) ss += (values[i] - mean) ** 2;
  return Math.sqrt(ss / (n - 1));
}

/**
 * What {@link addBelow} and the sum of U do for every tested value, for event i whose SARs (`sar`,
 * or each computed from `linear`) are listed in ascending order by `order`: the SARs below v are the first `lo` of them and those
 * equal to v the next hi − lo (two binary searches), so only those days' corrections are touched.
 * NaN v: none below, none equal. One call per event (optimised once, no boxed value per test).
 */
function addEventBelowSorted(
  order: ArrayLike<number>,
  sar: ArrayLike<number> | undefined,
  linear: LinearSars,
  i: number,
  tested: { scar: ArrayLike<number>; scale: number }[],
  w: number,
  corrections: Float64Array,
  days: number,
  sumU0: Float64Array,
): void {
  const n = order.length;
  const halfW = 0.5 * w;
  const { y, market, first, intercept, slope, inverseSigma } = linear;
  // The SAR of day d: stored, or by linearResidualAt × 1/σ (the engine's expression, so the same bits).
  const sarOf = (d: number) => (sar ? sar[d] : linearResidualAt(y, market, intercept, slope, first + d) * inverseSigma);
  for (let k = 0; k < tested.length; k++) {
    const v = tested[k].scar[i] / tested[k].scale;
    const offset = k * days;
    let lo = 0;
    let hi = 0;
    if (!Number.isNaN(v)) {
      let b = n;
      while (lo < b) {
        const mid = (lo + b) >>> 1;
        if (sarOf(order[mid]) < v) lo = mid + 1;
        else b = mid;
      }
      hi = lo;
      b = n;
      while (hi < b) {
        const mid = (hi + b) >>> 1;
        if (sarOf(order[mid]) <= v) hi = mid + 1;
        else b = mid;
      }
    }
    for (let p = 0; p < lo; p++) corrections[offset + order[p]] += w;
    for (let p = lo; p < hi; p++) corrections[offset + order[p]] += halfW;
    sumU0[k] += (lo + 1 + (hi - lo) / 2) * w - 0.5;
  }
}

/**
 * Ranks (ties averaged) of each event's estimation SARs among themselves, NaN kept:
 * the input of {@link grankTest}, computed once per study.
 *
 * @param estimationSar SAR per event × estimation relative day
 * @param days row length
 * @returns ranks in the same layout
 * @example
 * estimationRanks(Float64Array.of(0.5, NaN, -1), 3); // => Float64Array [2, NaN, 1]
 */
export function estimationRanks(estimationSar: Float64Array, days: number): Float64Array {
  const ranks = new Float64Array(estimationSar.length);
  for (let base = 0; base < estimationSar.length; base += days) ranks.set(averageRanks(estimationSar.subarray(base, base + days)), base);
  return ranks;
}
