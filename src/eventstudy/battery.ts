/**
 * The battery of aggregate tests, for one event-window day (AAR_t = 0) or the whole
 * window (CAAR = 0), in the default (papers) or estudy2 0.10.0 conventions. Every test
 * is a plain `TestResult` in one list, so writers pick them up by name.
 */
import type { CoreOutput } from './core';
import { adjustedPatellTest, bmpTest, brownWarner1980Test, brownWarnerTest, crossSectionalTTest, kolariPynnonenTest, lambTest, patellTest, skewnessCorrectedTTest } from './parametricTests';
import { corradoRankTest, generalizedSignTest, signTest, wilcoxonTest } from './nonparametricTests';
import { carRankTest, grankTests, scaledSumTest, type DaySum, type ScaledSumOptions } from './rankTests';
import { rereadAs, zResult } from './testResult';
import type { ResolvedOptions, TestResult } from './types';

/** Test names in the order they are reported. */
export const TEST_NAMES = [
  'cross_sectional_t',
  'skewness_corrected_t',
  'brown_warner_1980',
  'brown_warner',
  'lamb',
  'patell',
  'adjusted_patell',
  'bmp',
  'kolari_pynnonen',
  'corrado_rank',
  'modified_rank',
  'grank',
  'sign',
  'generalized_sign',
  'corrado_sign',
  'wilcoxon',
] as const;

/** estudy2's CAR tests keep event-window days on which more than this share (%) of the events have an abnormal return. */
export const ESTUDY2_COVERAGE_PERCENT = 90;

/** Everything the tests need, picked for the events with status ok. */
export interface StudyMoments {
  options: ResolvedOptions;
  estudy2: boolean;
  N: number;
  L: number;
  /** Per window day: the events' AR, SAR, K/(T+1) − ½, sign(AR − median), C_t. */
  ar: Float64Array[];
  sar: Float64Array[];
  rankU: Float64Array[];
  signG: Float64Array[];
  varianceFactor: Float64Array[];
  aar: Float64Array;
  caar: number;
  car: Float64Array;
  scar: Float64Array;
  patellCsar: Float64Array;
  dof: Float64Array;
  sigma: Float64Array;
  /** Estimation lengths T_i and ranked counts (estimation + window). */
  estimationLength: Float64Array;
  rankTotal: Float64Array;
  meanEstimationLength: number;
  meanRankTotal: number;
  /** p̂ per event: Cowan's own share, or estudy2's pooled share for every event. */
  positiveShare: Float64Array;
  estimationAar: Float64Array;
  averageCorrelation: number;
  /** Time-point sums over estimation days then window days. */
  rankMeans: Float64Array;
  uSums: DaySum[];
  signSums: DaySum[];
  rawDeviationSums: DaySum[];
  rawRankSums: DaySum[];
  /** Number of estimation and window time points with data. */
  timePoints: number;
  /** GRANK of each window day (0..L−1) and of the window (L), computed together on first use. */
  grank: (k: number) => TestResult;
  /** Events with an AR on each window day (all of them: an event missing a window day is not ok). */
  coverage: number[];
}

// Module-level loops (not closures made per call), so V8 optimises them once for every study.
// Float64Array.from with a mapping function is several times slower at 10⁴–10⁵ events.

/** Indices of the events with status ok. */
function okEvents(out: CoreOutput): Int32Array {
  let n = 0;
  for (let i = 0; i < out.eventCount; i++) if (out.status[i] === 0) n++;
  const ok = new Int32Array(n);
  for (let i = 0, k = 0; i < out.eventCount; i++) if (out.status[i] === 0) ok[k++] = i;
  return ok;
}

/** values[ok[k]·stride + offset] for every ok event k: a per-event field, or one window day of a per-event-day field. */
function pickEvents(values: Float64Array, ok: Int32Array, stride = 1, offset = 0): Float64Array {
  const picked = new Float64Array(ok.length);
  for (let k = 0; k < ok.length; k++) picked[k] = values[ok[k] * stride + offset];
  return picked;
}

/** Σ_k (day_k + shift)·scale_k, or Σ_k day_k without a scale. */
function scaledSum(day: Float64Array, shift: number, scale: Float64Array | undefined): number {
  let s = 0;
  if (scale) for (let k = 0; k < day.length; k++) s += (day[k] + shift) * scale[k];
  else for (let k = 0; k < day.length; k++) s += day[k];
  return s;
}

/**
 * Collects the per-event and per-relative-day quantities of the ok events.
 *
 * @param out engine output
 * @param options resolved options
 * @returns the moments every test reads
 */
export function studyMoments(out: CoreOutput, options: ResolvedOptions): StudyMoments {
  const L = out.windowLength;
  const ok = okEvents(out);
  const N = ok.length;
  const pick = (values: Float64Array) => pickEvents(values, ok);
  const byDay = (values: Float64Array) => Array.from({ length: L }, (_, d) => pickEvents(values, ok, L, d));
  const ar = byDay(out.ar);
  const rankU = byDay(out.rankU);
  const aar = Float64Array.from(ar, mean);
  const car = pick(out.car);
  const rankTotal = pick(out.rankTotal);
  const estimationLength = pick(out.n);
  const estudy2 = options.conventions === 'estudy2';
  let positiveShare = pick(out.positiveShare);
  if (estudy2) {
    // estudy2 pools p̂ over every estimation AR of every event.
    let positives = 0;
    for (let k = 0; k < N; k++) positives += positiveShare[k] * estimationLength[k];
    positiveShare = new Float64Array(N).fill(positives / sum(estimationLength));
  }
  const estimationDaySums = (sums: Float64Array): DaySum[] => Array.from(sums, (s, r) => ({ sum: s, count: out.estimationRankCount[r] }));
  const windowDaySums = (days: Float64Array[], shift: number, scale?: Float64Array): DaySum[] => days.map((day) => ({ sum: scaledSum(day, shift, scale), count: N }));
  const signG = byDay(out.signG);
  const rankTotalPlusOne = new Float64Array(N);
  for (let k = 0; k < N; k++) rankTotalPlusOne[k] = rankTotal[k] + 1;
  const estimationRank = ratio(out.estimationRankSum, out.estimationRankCount);
  const rankMeans = Float64Array.from([...estimationRank, ...rankU.map(mean)]);
  let timePoints = L;
  for (const c of out.estimationRankCount) if (c > 0) timePoints++;
  return {
    options,
    estudy2,
    N,
    L,
    ar,
    sar: byDay(out.sar),
    rankU,
    signG,
    varianceFactor: byDay(out.varianceFactor),
    aar,
    caar: mean(car),
    car,
    scar: pick(out.scar),
    patellCsar: pick(out.patellCsar),
    dof: pick(out.dof),
    sigma: pick(out.sigma),
    estimationLength,
    rankTotal,
    meanEstimationLength: mean(estimationLength),
    meanRankTotal: mean(rankTotal),
    positiveShare,
    estimationAar: ratio(out.estimationArSum, out.estimationArCount),
    averageCorrelation: N > 1 ? pairSum(out) / (N * (N - 1)) : NaN,
    rankMeans,
    uSums: [...estimationDaySums(out.estimationRankSum), ...windowDaySums(rankU, 0)],
    signSums: [...estimationDaySums(out.estimationSignSum), ...windowDaySums(signG, 0)],
    rawDeviationSums: [...estimationDaySums(out.estimationRawDeviationSum), ...windowDaySums(rankU, 0, rankTotalPlusOne)],
    rawRankSums: [...estimationDaySums(out.estimationRawRankSum), ...windowDaySums(rankU, 0.5, rankTotalPlusOne)],
    timePoints,
    grank: lazyGrank(out, ok, estimationLength, byDay(out.sar), pick(out.scar)),
    coverage: Array.from({ length: L }, () => N),
  };
}

/** Corrado–Zivney scaling: √N_t and the number of time points (default), or estudy2's N/N_t inflation and mean T_i. */
function scaledOptions(m: StudyMoments, weight: 'sqrt' | 'mean'): ScaledSumOptions {
  return { weight, inflate: m.estudy2, T: m.estudy2 ? m.meanRankTotal : m.timePoints, events: m.N };
}

/** Lamb's C_t: the events' mean prediction-error factor, or (estudy2) the first event's market terms with 1/mean T_i. */
function lambFactor(m: StudyMoments, d: number): number {
  const c = m.varianceFactor[d];
  if (m.estudy2 && m.options.model === 'market') return 1 + 1 / m.meanEstimationLength + (c[0] - 1 - 1 / m.estimationLength[0]);
  return mean(c);
}

const NOT_ESTUDY2_MODEL = 'estudy2 computes this test for the market model only (it stops for other models)';

function modelNote(m: StudyMoments, test: TestResult): TestResult {
  return m.estudy2 && m.options.model !== 'market' ? { ...test, note: test.note ? `${test.note}; ${NOT_ESTUDY2_MODEL}` : NOT_ESTUDY2_MODEL } : test;
}

/**
 * Tests of AAR_t = 0 on window day d.
 *
 * @param m study moments
 * @param d window-day index (0 = window start)
 * @returns the tests, in {@link TEST_NAMES} order
 */
export function dayTests(m: StudyMoments, d: number): TestResult[] {
  const ar = m.ar[d];
  const sar = m.sar[d];
  const aar = m.aar[d];
  const bmp = bmpTest(sar);
  const patell = patellTest(sar, m.dof);
  // Brown–Warner and Lamb read an estimation-window series; N is still the number of events.
  const brownWarner = { ...brownWarnerTest(aar, 1, m.estimationAar), n: m.N };
  const windowPoint = (sums: DaySum[]) => [sums[sums.length - m.L + d]];
  return [
    crossSectionalTTest(ar),
    skewnessCorrectedTTest(ar),
    brownWarner1980Test(aar, 1, m.sigma, m.meanEstimationLength),
    m.estudy2 ? rereadAs(brownWarner, m.meanEstimationLength - 1) : brownWarner,
    modelNote(m, { ...lambTest(aar, lambFactor(m, d), m.estimationAar), n: m.N }),
    modelNote(m, patell),
    adjustedPatellTest(patell, m.averageCorrelation),
    modelNote(m, bmp),
    kolariPynnonenTest(bmp, m.averageCorrelation),
    m.estudy2
      ? scaledSumTest('corrado_rank', windowPoint(m.rawDeviationSums), m.rawDeviationSums, scaledOptions(m, 'mean'))
      : corradoRankTest([m.rankMeans[m.rankMeans.length - m.L + d]], m.rankMeans, m.N),
    scaledSumTest('modified_rank', windowPoint(m.uSums), m.uSums, scaledOptions(m, 'sqrt')),
    m.grank(d),
    signTest(ar),
    generalizedSignTest(ar, m.positiveShare),
    scaledSumTest('corrado_sign', windowPoint(m.signSums), m.signSums, scaledOptions(m, 'sqrt')),
    wilcoxonTest(ar),
  ];
}

/**
 * Tests of CAAR = 0 over the whole event window.
 *
 * @param m study moments
 * @returns the tests, in {@link TEST_NAMES} order
 */
export function windowTests(m: StudyMoments): TestResult[] {
  const { L, N } = m;
  const patell = patellTest(m.patellCsar);
  const bmp = bmpTest(m.scar);
  const windowPoints = (sums: DaySum[]) => sums.slice(sums.length - L);
  // estudy2's CAR tests keep the days on which more than 90% of the events have an AR.
  const covered = Array.from({ length: L }, (_, d) => d).filter((d) => (100 * m.coverage[d]) / N > ESTUDY2_COVERAGE_PERCENT);
  const brownWarner = { ...brownWarnerTest(m.caar, L, m.estimationAar), n: N };
  let lamb: TestResult;
  let brownWarnerWindow = brownWarner;
  let corrado: TestResult;
  if (m.estudy2) {
    // car_brown_warner_1985 and car_lamb: Σ of the daily statistics over the covered days / √days, N(0, 1).
    const dailySum = (test: (d: number) => TestResult) => covered.reduce((s, d) => s + test(d).statistic, 0) / Math.sqrt(covered.length);
    brownWarnerWindow = { ...zResult('brown_warner', dailySum((d) => brownWarnerTest(m.aar[d], 1, m.estimationAar)), N, brownWarner.note), days: covered.length };
    lamb = { ...zResult('lamb', dailySum((d) => lambTest(m.aar[d], lambFactor(m, d), m.estimationAar)), N, 'needs the market model'), days: covered.length };
    const windowRanks = windowPoints(m.rawRankSums);
    corrado = carRankTest(
      covered.map((d) => windowRanks[d]),
      m.rawRankSums,
      m.rankTotal,
    );
  } else {
    let factor = 0;
    for (let d = 0; d < L; d++) factor += lambFactor(m, d);
    lamb = { ...lambTest(m.caar, factor, m.estimationAar), n: N };
    corrado = corradoRankTest(Array.from(m.rankMeans.subarray(m.rankMeans.length - L)), m.rankMeans, N);
  }
  return [
    crossSectionalTTest(m.car),
    skewnessCorrectedTTest(m.car),
    brownWarner1980Test(m.caar, L, m.sigma, m.meanEstimationLength),
    brownWarnerWindow,
    modelNote(m, lamb),
    modelNote(m, patell),
    adjustedPatellTest(patell, m.averageCorrelation),
    modelNote(m, bmp),
    kolariPynnonenTest(bmp, m.averageCorrelation),
    corrado,
    scaledSumTest('modified_rank', windowPoints(m.uSums), m.uSums, scaledOptions(m, 'sqrt')),
    m.grank(L),
    signTest(m.car),
    generalizedSignTest(m.car, m.positiveShare),
    scaledSumTest('corrado_sign', windowPoints(m.signSums), m.signSums, scaledOptions(m, 'sqrt')),
    wilcoxonTest(m.car),
  ];
}

/** GRANK for every window day and for the window, in one pass over the estimation SARs (see `grankTests`), computed when first asked. */
function lazyGrank(out: CoreOutput, ok: Int32Array, counts: Float64Array, daySar: Float64Array[], scar: Float64Array): (k: number) => TestResult {
  let results: TestResult[] | undefined;
  return (k) => {
    if (!results) {
      const E = out.estimationLength;
      const row = new Float64Array(E);
      const stored = out.estimationSar;
      // Stored SARs (partials, merged shards) or recomputed from each event's fit (a single run).
      const sars = stored ? (j: number) => stored.subarray(ok[j] * E, (ok[j] + 1) * E) : (j: number) => (out.estimationSarOf!(ok[j], row), row);
      // A single run also has each event's estimation days in SAR order: binary search instead of a full comparison pass.
      const order = stored ? undefined : out.estimationOrder;
      const L = out.windowLength;
      const sorted = order ? (j: number) => order.subarray(ok[j] * E, ok[j] * E + out.rankTotal[ok[j]] - L) : undefined;
      results = grankTests({ sars, events: ok.length, days: E, counts, rankSums: out.grankRankSum, dayCounts: out.estimationRankCount, ...(sorted ? { sorted } : {}) }, [...daySar, scar]);
    }
    return results[k];
  };
}

function sum(values: ArrayLike<number>): number {
  let s = 0;
  for (let i = 0; i < values.length; i++) s += values[i];
  return s;
}

function mean(values: ArrayLike<number>): number {
  return values.length > 0 ? sum(values) / values.length : NaN;
}

function ratio(sums: Float64Array, counts: Float64Array): Float64Array {
  return Float64Array.from(sums, (s, i) => (counts[i] > 0 ? s / counts[i] : NaN));
}

/** Σ over ordered pairs i ≠ j of the estimation-residual correlations: Σ_τ [(Σ_i u_i,τ)² − Σ_i u_i,τ²]. */
function pairSum(out: CoreOutput): number {
  let sum = 0;
  for (let r = 0; r < out.correlationSum.length; r++) sum += out.correlationSum[r] ** 2 - out.correlationSquares[r];
  return sum;
}
