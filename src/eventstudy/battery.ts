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
import { engineNeeds, TEST_NAMES, type EngineNeeds, type TestName } from './selection';
import type { ResolvedOptions, TestResult } from './types';

export { TEST_NAMES } from './selection';

/** estudy2's CAR tests keep event-window days on which more than this share (%) of the events have an abnormal return. */
export const ESTUDY2_COVERAGE_PERCENT = 90;

/** Everything the tests need, picked for the events with status ok. */
export interface StudyMoments {
  options: ResolvedOptions;
  /** The asked tests and the quantities they read (the others are left empty). */
  needs: EngineNeeds;
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
  const needs = engineNeeds(options);
  const ranks = needs.ranks;
  const pick = (values: Float64Array) => pickEvents(values, ok);
  const byDay = (values: Float64Array) => Array.from({ length: L }, (_, d) => pickEvents(values, ok, L, d));
  const ar = byDay(out.ar);
  const rankU = ranks ? byDay(out.rankU) : [];
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
  // Every estimation residual counted is also ranked: its count is every rank sum's.
  const estimationDaySums = (sums: Float64Array): DaySum[] => (ranks ? Array.from(sums, (s, r) => ({ sum: s, count: out.estimationArCount[r] })) : []);
  const windowDaySums = (days: Float64Array[], shift: number, scale?: Float64Array): DaySum[] => days.map((day) => ({ sum: scaledSum(day, shift, scale), count: N }));
  const signG = needs.signs ? byDay(out.signG) : [];
  const rankTotalPlusOne = new Float64Array(N);
  for (let k = 0; k < N; k++) rankTotalPlusOne[k] = rankTotal[k] + 1;
  const rankMeans = ranks ? Float64Array.from([...ratio(out.estimationRankSum, out.estimationArCount), ...rankU.map(mean)]) : new Float64Array(0);
  let timePoints = L;
  for (const c of out.estimationArCount) if (c > 0) timePoints++;
  const daySar = byDay(out.sar);
  const scar = pick(out.scar);
  return {
    options,
    needs,
    estudy2,
    N,
    L,
    ar,
    sar: daySar,
    rankU,
    signG,
    varianceFactor: byDay(out.varianceFactor),
    aar,
    caar: mean(car),
    car,
    scar,
    patellCsar: pick(out.patellCsar),
    dof: pick(out.dof),
    sigma: pick(out.sigma),
    estimationLength,
    rankTotal,
    meanEstimationLength: mean(estimationLength),
    meanRankTotal: mean(rankTotal),
    positiveShare,
    estimationAar: ratio(out.estimationArSum, out.estimationArCount),
    averageCorrelation: N > 1 && needs.correlation ? pairSum(out) / (N * (N - 1)) : NaN,
    rankMeans,
    uSums: [...estimationDaySums(out.estimationRankSum), ...windowDaySums(rankU, 0)],
    signSums: [...estimationDaySums(out.estimationSignSum), ...windowDaySums(signG, 0)],
    rawDeviationSums: [...estimationDaySums(out.estimationRawDeviationSum), ...windowDaySums(rankU, 0, rankTotalPlusOne)],
    rawRankSums: [...estimationDaySums(out.estimationRawRankSum), ...windowDaySums(rankU, 0.5, rankTotalPlusOne)],
    timePoints,
    grank: lazyGrank(out, ok, estimationLength, daySar, scar),
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

/** Each test as a function computing it, so only the asked ones run. */
type TestPlan = Record<TestName, () => TestResult>;

/** The asked tests of a plan, in {@link TEST_NAMES} order. */
function run(m: StudyMoments, plan: TestPlan): TestResult[] {
  const results: TestResult[] = [];
  for (const name of TEST_NAMES) if (m.needs.test(name)) results.push(plan[name]());
  return results;
}

/**
 * Tests of AAR_t = 0 on window day d (the asked ones, `options.tests`).
 *
 * @param m study moments
 * @param d window-day index (0 = window start)
 * @returns the tests, in {@link TEST_NAMES} order
 */
export function dayTests(m: StudyMoments, d: number): TestResult[] {
  const ar = m.ar[d];
  const sar = m.sar[d];
  const aar = m.aar[d];
  let bmp: TestResult | undefined;
  let patell: TestResult | undefined;
  const bmpOnce = () => (bmp ??= bmpTest(sar));
  const patellOnce = () => (patell ??= patellTest(sar, m.dof));
  const windowPoint = (sums: DaySum[]) => [sums[sums.length - m.L + d]];
  return run(m, {
    cross_sectional_t: () => crossSectionalTTest(ar),
    skewness_corrected_t: () => skewnessCorrectedTTest(ar),
    brown_warner_1980: () => brownWarner1980Test(aar, 1, m.sigma, m.meanEstimationLength),
    brown_warner: () => {
      // Brown–Warner and Lamb read an estimation-window series; N is still the number of events.
      const brownWarner = { ...brownWarnerTest(aar, 1, m.estimationAar), n: m.N };
      return m.estudy2 ? rereadAs(brownWarner, m.meanEstimationLength - 1) : brownWarner;
    },
    lamb: () => modelNote(m, { ...lambTest(aar, lambFactor(m, d), m.estimationAar), n: m.N }),
    patell: () => modelNote(m, patellOnce()),
    adjusted_patell: () => adjustedPatellTest(patellOnce(), m.averageCorrelation),
    bmp: () => modelNote(m, bmpOnce()),
    kolari_pynnonen: () => kolariPynnonenTest(bmpOnce(), m.averageCorrelation),
    corrado_rank: () =>
      m.estudy2
        ? scaledSumTest('corrado_rank', windowPoint(m.rawDeviationSums), m.rawDeviationSums, scaledOptions(m, 'mean'))
        : corradoRankTest([m.rankMeans[m.rankMeans.length - m.L + d]], m.rankMeans, m.N),
    modified_rank: () => scaledSumTest('modified_rank', windowPoint(m.uSums), m.uSums, scaledOptions(m, 'sqrt')),
    grank: () => m.grank(d),
    sign: () => signTest(ar),
    generalized_sign: () => generalizedSignTest(ar, m.positiveShare),
    corrado_sign: () => scaledSumTest('corrado_sign', windowPoint(m.signSums), m.signSums, scaledOptions(m, 'sqrt')),
    wilcoxon: () => wilcoxonTest(ar),
  });
}

/**
 * Tests of CAAR = 0 over the whole event window (the asked ones, `options.tests`).
 *
 * @param m study moments
 * @returns the tests, in {@link TEST_NAMES} order
 */
export function windowTests(m: StudyMoments): TestResult[] {
  const { L, N } = m;
  let bmp: TestResult | undefined;
  let patell: TestResult | undefined;
  const bmpOnce = () => (bmp ??= bmpTest(m.scar));
  const patellOnce = () => (patell ??= patellTest(m.patellCsar));
  const windowPoints = (sums: DaySum[]) => sums.slice(sums.length - L);
  // estudy2's CAR tests keep the days on which more than 90% of the events have an AR.
  const covered = Array.from({ length: L }, (_, d) => d).filter((d) => (100 * m.coverage[d]) / N > ESTUDY2_COVERAGE_PERCENT);
  // car_brown_warner_1985 and car_lamb: Σ of the daily statistics over the covered days / √days, N(0, 1).
  const dailySum = (test: (d: number) => TestResult) => covered.reduce((s, d) => s + test(d).statistic, 0) / Math.sqrt(covered.length);
  return run(m, {
    cross_sectional_t: () => crossSectionalTTest(m.car),
    skewness_corrected_t: () => skewnessCorrectedTTest(m.car),
    brown_warner_1980: () => brownWarner1980Test(m.caar, L, m.sigma, m.meanEstimationLength),
    brown_warner: () => {
      const brownWarner = { ...brownWarnerTest(m.caar, L, m.estimationAar), n: N };
      if (!m.estudy2) return brownWarner;
      return { ...zResult('brown_warner', dailySum((d) => brownWarnerTest(m.aar[d], 1, m.estimationAar)), N, brownWarner.note), days: covered.length };
    },
    lamb: () => {
      if (m.estudy2) return modelNote(m, { ...zResult('lamb', dailySum((d) => lambTest(m.aar[d], lambFactor(m, d), m.estimationAar)), N, 'needs the market model'), days: covered.length });
      let factor = 0;
      for (let d = 0; d < L; d++) factor += lambFactor(m, d);
      return modelNote(m, { ...lambTest(m.caar, factor, m.estimationAar), n: N });
    },
    patell: () => modelNote(m, patellOnce()),
    adjusted_patell: () => adjustedPatellTest(patellOnce(), m.averageCorrelation),
    bmp: () => modelNote(m, bmpOnce()),
    kolari_pynnonen: () => kolariPynnonenTest(bmpOnce(), m.averageCorrelation),
    corrado_rank: () => {
      if (!m.estudy2) return corradoRankTest(Array.from(m.rankMeans.subarray(m.rankMeans.length - L)), m.rankMeans, N);
      const windowRanks = windowPoints(m.rawRankSums);
      return carRankTest(
        covered.map((d) => windowRanks[d]),
        m.rawRankSums,
        m.rankTotal,
      );
    },
    modified_rank: () => scaledSumTest('modified_rank', windowPoints(m.uSums), m.uSums, scaledOptions(m, 'sqrt')),
    grank: () => m.grank(L),
    sign: () => signTest(m.car),
    generalized_sign: () => generalizedSignTest(m.car, m.positiveShare),
    corrado_sign: () => scaledSumTest('corrado_sign', windowPoints(m.signSums), m.signSums, scaledOptions(m, 'sqrt')),
    wilcoxon: () => wilcoxonTest(m.car),
  });
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
      results = grankTests({ sars, events: ok.length, days: E, counts, rankSums: out.grankRankSum, dayCounts: out.estimationArCount, ...(sorted ? { sorted } : {}) }, [...daySar, scar]);
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
