import { studentTTwoSidedPValue } from '../stats/studentT';
import { fitFactorModel, fitMarketAdjusted, fitMarketModel, fitMeanAdjusted, LinearFit, type FitFailure, type ModelFit, type WindowSums } from './fit';
import { collectEstimationResiduals } from './rankPass';
import { estimationResidual, linearResidual, linearResidualAt } from './residuals';
import { engineNeeds } from './selection';
import type { LinearSars } from './rankTests';
import { isValid, straightSums, windowSums, type Scratch } from './windowSums';
import { claimStraight, collectStraight, releaseStraight } from './straight';
import type { EventStatus, ResolvedOptions } from './types';
import { firstSuspect, surelyPlausible } from './suspect';

/** One stock's aligned return series, as the engine sees it. Positions are trading days. */
export interface CoreSeries {
  /** Stock returns as fractions (NaN = missing). */
  y: Float64Array;
  /** Market returns, same length (market and market-adjusted models). */
  market?: Float64Array;
  /** Factor returns, same length (factor model). */
  factors?: Float64Array[];
  /** ISO date of each position, for messages. */
  dates?: string[];
  /** Positions (ascending) of returns beyond the plausibility bound, with what is wrong: an event whose windows touch one gets 'suspect_data'. */
  suspect?: { positions: Int32Array; reasons: string[] };
  /**
   * Panels: the stock's implausible returns are found where an event needs them, not listed in
   * `suspect` (which then holds the market's days only). Stored returns within [lo, hi] are plausible
   * (the straight path checks its estimation window by the Σy² it sums anyway, `surelyPlausible`);
   * `scan(from, to)` gives the reason of the first suspect day of positions from..to, stock and market
   * merged — what `suspect` listing both would give.
   */
  plausible?: { lo: number; hi: number; scan: (from: number, to: number) => string | undefined };
}

/** An event: a series and the position of day 0 in it (−1 when day 0 could not be placed). */
export interface CoreEvent {
  series: number;
  day0: number;
  /** Positions of this series to leave out of the estimation window (other events' days). */
  exclude?: number[];
}

/** Status codes of {@link CoreOutput.status}. */
export const STATUS_CODES: EventStatus[] = ['ok', 'insufficient_estimation', 'no_trading_day', 'missing_data', 'constant_returns', 'unknown_stock', 'suspect_data'];

/**
 * Struct-of-arrays output of {@link runEventStudyCore}: per-event numbers
 * (NaN unless status is ok), per-event-day arrays of length events × L, and the
 * accumulators the aggregate tests need.
 */
export interface CoreOutput {
  eventCount: number;
  /** Event-window length L. */
  windowLength: number;
  /** Estimation-window length in relative days. */
  estimationLength: number;
  /** Index into STATUS_CODES. */
  status: Uint8Array;
  reason: (string | undefined)[];
  alpha: Float64Array;
  beta: Float64Array;
  loadings: (Float64Array | undefined)[];
  sigma: Float64Array;
  r2: Float64Array;
  n: Float64Array;
  dof: Float64Array;
  car: Float64Array;
  /** CAR / S_CAR with S_CAR² = σ²·(L + s'(X'X)⁻¹s): the BMP standardized CAR. */
  scar: Float64Array;
  /** Σ_t SAR_t / √(L·d/(d−2)): Patell's standardized cumulative SAR, d = dof. */
  patellCsar: Float64Array;
  bhar: Float64Array;
  tCar: Float64Array;
  pCar: Float64Array;
  /** Fraction of positive estimation residuals (Cowan's p̂ for the generalized sign test). */
  positiveShare: Float64Array;
  /** Per event × window day. */
  ar: Float64Array;
  sar: Float64Array;
  tAr: Float64Array;
  ret: Float64Array;
  expected: Float64Array;
  /** Rank of each window day's AR among the event's estimation and window ARs, as K/(T+1) − ½. */
  rankU: Float64Array;
  /** Per estimation relative day: sum and count of residuals (Brown–Warner's AAR series); every residual counted is also ranked, so the count is every rank sum's too. */
  estimationArSum: Float64Array;
  estimationArCount: Float64Array;
  /** Per estimation relative day: sum of K/(T+1) − ½ (Corrado's rank deviations). */
  estimationRankSum: Float64Array;
  /** Per estimation relative day τ: Σ_i u_i,τ and Σ_i u_i,τ² of the scaled residuals (Kolari–Pynnönen r̄ = Σ_τ[(Σu)² − Σu²]/(N(N−1))). */
  correlationSum: Float64Array;
  correlationSquares: Float64Array;
  /** Per estimation relative day τ: Σ_i [(K_i,τ + 1)/(T_i + 2) − ½], K_i,τ the rank of event i's residual among its own estimation residuals (GRANK, see `grankTests`). */
  grankRankSum: Float64Array;
  /** Per estimation relative day: Σ of raw ranks K and of K − (T+1)/2 (estudy2's `rank_test`, `car_rank_test`). */
  estimationRawRankSum: Float64Array;
  estimationRawDeviationSum: Float64Array;
  /** Per estimation relative day: Σ sign(AR − median_i) (Corrado & Zivney 1992 sign test). */
  estimationSignSum: Float64Array;
  /** Per event: T_i, the number of ranked abnormal returns (estimation + event window). */
  rankTotal: Float64Array;
  /** Per event × window day: sign(AR − median_i) over the event's estimation and window ARs. */
  signG: Float64Array;
  /** Per event × window day: the prediction-error variance factor C_t (SAR = AR/(σ√C_t)). */
  varianceFactor: Float64Array;
  /**
   * Per event × estimation relative day: estimation residual / σ (NaN where missing), for the GRANK
   * test — materialised only in partials and merged results (N × E numbers: 20 MB at 10,000 events).
   */
  estimationSar?: Float64Array;
  /** Single runs of linear models with a market: event i's SARs as a formula for GRANK's search (see `GrankInputs.linearSars`), bit-identical to `estimationSarOf`'s. */
  estimationLinearSars?: (i: number, into: LinearSars) => boolean;
  /** Recomputes event i's estimation SARs (length E, NaN where missing; bit-identical to the engine's) without storing every event's: what a single run gives instead of `estimationSar`. */
  estimationSarOf?: (i: number, into: Float64Array) => void;
  /**
   * Per event (E slots each): its estimation relative days in ascending order of residual, as the
   * engine's rank sort left them (the first rankTotal − L slots used; 1 byte per slot while E ≤ 256,
   * else 2). GRANK then finds an event's SARs below a value by binary search instead of comparing
   * all of them (single runs; partials carry `estimationSar`).
   */
  estimationOrder?: Uint8Array | Uint16Array;
}

/**
 * Fields of {@link CoreOutput} that are sums over events (indexed by relative day, not by
 * event): partial results of disjoint event sets merge by adding them. Every other
 * Float64Array field is per event (length N·k: one value, L window days or E estimation
 * days per event) and merges by concatenation. A new accumulator must be listed here (see `partial.ts`).
 */
export const SUMMED_OUTPUT_FIELDS = [
  'estimationArSum',
  'estimationArCount',
  'estimationRankSum',
  'estimationRawRankSum',
  'estimationRawDeviationSum',
  'estimationSignSum',
  'correlationSum',
  'correlationSquares',
  'grankRankSum',
] as const;

/** No positions excluded (shared, never written). */
const NO_POSITIONS: readonly number[] = [];

/** Progress of a long computation: `done` of `total` units (events). */
export type ProgressCallback = (done: number, total: number) => void;

/**
 * The event-study engine on typed arrays. Each event's estimation sums (x, y, x², xy, y²
 * over valid, non-excluded days) are added up directly over its own window — not taken
 * from prefix sums of the whole series — so an event's numbers do not depend on how much
 * of the series around it was loaded (DuckDB batches, shards give bit-identical per-event
 * results). One further O(T) pass per event collects residual-based quantities (ranks,
 * signs, Brown–Warner and Kolari–Pynnönen accumulators).
 * Memory: the output (O(events × L)) plus O(series length) scratch.
 *
 * @param series aligned return series (one per stock)
 * @param events events referencing a series and a day-0 position
 * @param options resolved options (windows, model, minimum estimation size)
 * @returns per-event results and aggregate accumulators
 */
export function runEventStudyCore(series: CoreSeries[], events: CoreEvent[], options: ResolvedOptions, onProgress?: ProgressCallback): CoreOutput {
  const L = options.window[1] - options.window[0] + 1;
  const E = options.estimation[1] - options.estimation[0] + 1;
  const N = events.length;
  const out = allocateOutput(N, L, E);
  const needs = engineNeeds(options);
  if (needs.grank) out.estimationOrder = E <= 256 ? new Uint8Array(N * E) : new Uint16Array(N * E); // E ≤ 2·MAX_WINDOW_DAYS + 1 < 2¹⁶
  const maxLength = series.reduce((m, s) => Math.max(m, s.y.length), 0);
  // The straight path's buffers, when free: the sums by relative day are added there, then copied into out.
  const straight = claimStraight(E, L);
  const scratch: Scratch = {
    excluded: new Uint8Array(maxLength),
    values: new Float64Array(E + L),
    relative: new Int32Array(E),
    keys: new Float64Array(E + L),
    keyIndex: new Int32Array(E + L),
    estimationArSum: (straight ?? out).estimationArSum,
    estimationArCount: (straight ?? out).estimationArCount,
    estimationRankSum: (straight ?? out).estimationRankSum,
    estimationRawRankSum: (straight ?? out).estimationRawRankSum,
    estimationRawDeviationSum: (straight ?? out).estimationRawDeviationSum,
    correlationSum: (straight ?? out).correlationSum,
    correlationSquares: (straight ?? out).correlationSquares,
    straight: straight !== undefined,
    sums: { n: 0, sx: 0, sy: 0, sxx: 0, sxy: 0, syy: 0 },
    fit: new LinearFit(),
    needs,
    sink: new Float64Array(E),
    orderSink: E <= 256 ? new Uint8Array(E) : new Uint16Array(E),
  };
  // Linear models recompute an event's estimation SARs for GRANK from out.alpha, out.beta and out.sigma;
  // the factor model keeps each measured event's fit (its coefficients) for that.
  const fits: (ModelFit | undefined)[] | undefined = options.model === 'factor' ? new Array(N).fill(undefined) : undefined;
  let done = 0;
  try {
    for (let i = 0; i < N; i++) {
      if (onProgress && (++done & 4095) === 0) onProgress(done, N);
      processEvent(i, events[i], series[events[i].series], options, out, scratch, fits);
    }
  } finally {
    if (straight) releaseStraight(straight, out, scratch);
  }
  onProgress?.(N, N);
  const { excluded } = scratch;
  out.estimationSarOf = (i, into) => {
    if (out.status[i] !== 0) return void into.fill(NaN);
    const event = events[i];
    const s = series[event.series];
    const exclude = event.exclude ?? NO_POSITIONS;
    for (const t of exclude) excluded[t] = 1;
    const first = event.day0 + options.estimation[0];
    const e1 = Math.max(0, first);
    const e2 = Math.min(s.y.length - 1, event.day0 + options.estimation[1]);
    const inverseSigma = 1 / out.sigma[i];
    const fit = fits?.[i];
    if (!fit && s.market) {
      // Linear model with a market (the usual case): every slot written once.
      into.fill(NaN, 0, e1 - first);
      into.fill(NaN, e2 - first + 1);
      const { y, market } = s;
      const intercept = out.alpha[i];
      const slope = out.beta[i];
      for (let t = e1; t <= e2; t++) into[t - first] = excluded[t] === 0 ? linearResidualAt(y, market, intercept, slope, t) * inverseSigma : NaN;
    } else {
      into.fill(NaN);
      for (let t = e1; t <= e2; t++) {
        if (excluded[t] === 1) continue;
        const e = fit ? estimationResidual(s, fit, t, true) : linearResidual(s, out.alpha[i], out.beta[i], t);
        if (!Number.isNaN(e)) into[t - first] = e * inverseSigma;
      }
    }
    for (const t of exclude) excluded[t] = 0;
  };
  if (options.model !== 'factor') {
    const from = options.estimation[0];
    out.estimationLinearSars = (i, into) => {
      const event = events[i];
      const { y, market } = series[event.series];
      if (!market) return false;
      into.y = y;
      into.market = market;
      into.first = event.day0 + from;
      into.intercept = out.alpha[i];
      into.slope = out.beta[i];
      into.inverseSigma = 1 / out.sigma[i]; // as estimationSarOf's inverseSigma
      return true;
    };
  }
  return out;
}

function allocateOutput(N: number, L: number, E: number): CoreOutput {
  const perEvent = () => new Float64Array(N).fill(NaN);
  const perDay = () => new Float64Array(N * L).fill(NaN);
  return {
    eventCount: N,
    windowLength: L,
    estimationLength: E,
    status: new Uint8Array(N),
    reason: new Array(N).fill(undefined),
    alpha: perEvent(),
    beta: perEvent(),
    loadings: new Array(N).fill(undefined),
    sigma: perEvent(),
    r2: perEvent(),
    n: perEvent(),
    dof: perEvent(),
    car: perEvent(),
    scar: perEvent(),
    patellCsar: perEvent(),
    bhar: perEvent(),
    tCar: perEvent(),
    pCar: perEvent(),
    positiveShare: perEvent(),
    ar: perDay(),
    sar: perDay(),
    tAr: perDay(),
    ret: perDay(),
    expected: perDay(),
    rankU: perDay(),
    estimationArSum: new Float64Array(E),
    estimationArCount: new Float64Array(E),
    estimationRankSum: new Float64Array(E),
    correlationSum: new Float64Array(E),
    correlationSquares: new Float64Array(E),
    grankRankSum: new Float64Array(E),
    estimationRawRankSum: new Float64Array(E),
    estimationRawDeviationSum: new Float64Array(E),
    estimationSignSum: new Float64Array(E),
    rankTotal: perEvent(),
    signG: perDay(),
    varianceFactor: perDay(),
  };
}

function fail(out: CoreOutput, i: number, status: EventStatus, reason: string): void {
  out.status[i] = STATUS_CODES.indexOf(status);
  out.reason[i] = reason;
}

function processEvent(i: number, event: CoreEvent, s: CoreSeries, options: ResolvedOptions, out: CoreOutput, scratch: Scratch, fits: (ModelFit | undefined)[] | undefined): void {
  const { estimation, window, model } = options;
  const factorModel = model === 'factor';
  const length = s.y.length;
  const day0 = event.day0;
  if (day0 < 0) return fail(out, i, 'no_trading_day', 'no trading day for the event date in the aligned series');
  const w1 = day0 + window[0];
  const w2 = day0 + window[1];
  if (w1 < 0 || w2 >= length) {
    const edge = w1 < 0 ? 'starts before the first' : 'ends after the last';
    return fail(out, i, 'missing_data', `event window [${window.join(', ')}] ${edge} return of the aligned series`);
  }
  for (let t = w1; t <= w2; t++) {
    if (!isValid(s, t, factorModel)) return fail(out, i, 'missing_data', `no return on event-window day ${t - day0}${s.dates ? ` (${s.dates[t]})` : ''}`);
  }
  const e1 = Math.max(0, day0 + estimation[0]);
  const e2 = Math.min(length - 1, day0 + estimation[1]);
  const from = Math.min(e1, w1);
  const to = Math.max(e2, w2);
  const { plausible } = s;
  const listed = firstSuspect(s.suspect, from, to);
  if (listed !== undefined) return fail(out, i, 'suspect_data', plausible ? plausible.scan(from, to)! : listed);
  const exclude = event.exclude ?? NO_POSITIONS;
  // The straight path: no excluded day, every estimation return present (its unchecked sums are finite).
  if (exclude.length === 0 && !factorModel && s.market && scratch.straight) {
    const sums = straightSums(scratch.sums, s.y, s.market, e1, e2);
    if (sums) {
      if (plausible && !surelyPlausible(s.y, plausible, sums.syy, e1, e2, from, to)) {
        const reason = plausible.scan(from, to);
        if (reason !== undefined) return fail(out, i, 'suspect_data', reason);
      }
      return measureEvent(i, day0, s, options, out, scratch, fits, sums, e1, e2, exclude, true);
    }
  }
  const reason = plausible?.scan(from, to);
  if (reason !== undefined) return fail(out, i, 'suspect_data', reason);
  for (const t of exclude) scratch.excluded[t] = 1;
  try {
    measureEvent(i, day0, s, options, out, scratch, fits, windowSums(scratch, e1, e2, s, factorModel), e1, e2, exclude, false);
  } finally {
    for (const t of exclude) scratch.excluded[t] = 0;
  }
}

/**
 * Fits event i's model from its estimation sums and writes its results, or its failure.
 * `straight`: no excluded day and every estimation return present, so the residual pass needs no checks.
 */
function measureEvent(
  i: number,
  day0: number,
  s: CoreSeries,
  options: ResolvedOptions,
  out: CoreOutput,
  scratch: Scratch,
  fits: (ModelFit | undefined)[] | undefined,
  sums: WindowSums,
  e1: number,
  e2: number,
  exclude: readonly number[],
  straight: boolean,
): void {
  if (sums.n < options.minEstimation) {
    const span = s.dates && e1 <= e2 ? ` in ${s.dates[e1]}..${s.dates[e2]}` : '';
    return fail(out, i, 'insufficient_estimation', `only ${sums.n} estimation returns${span} (minimum ${options.minEstimation})`);
  }
  const fit = fitModel(scratch.fit, options, s, sums, e1, e2, exclude.length > 0 ? (t) => scratch.excluded[t] === 1 : undefined);
  if (!fit) return fail(out, i, 'constant_returns', 'the factor regressors are collinear or constant over the estimation window');
  if ('status' in fit) return fail(out, i, fit.status, fit.reason);
  if (fit.dof <= 2) return fail(out, i, 'insufficient_estimation', `only ${fit.n} estimation returns for ${fit.n - fit.dof} parameters`);
  // estudy2 convention: sd() of the estimation residuals, n − 1 in the denominator.
  let used = fit;
  if (options.sigmaDenominator === 'n-1') {
    const sigma = Math.sqrt(fit.residualSS / (fit.n - 1));
    // The reused linear fit is refilled per event (never kept); a factor fit is kept for GRANK, so copied.
    if (fit instanceof LinearFit) fit.sigma = sigma;
    else used = { ...fit, sigma };
  }
  const factorModel = options.model === 'factor';
  recordEvent(i, day0, s, used, options, out);
  if (!straight || !collectStraight(i, day0, s, used, options, out, scratch, e1, e2)) collectEstimationResiduals(i, day0, s, used, options, out, scratch, e1, e2, factorModel);
  if (fits) fits[i] = used;
}

function fitModel(
  linearFit: LinearFit,
  options: ResolvedOptions,
  s: CoreSeries,
  sums: WindowSums,
  e1: number,
  e2: number,
  skip: ((t: number) => boolean) | undefined,
): ModelFit | FitFailure | undefined {
  switch (options.model) {
    case 'market':
      return fitMarketModel(sums, s.market!, linearFit);
    case 'market-adjusted':
      return fitMarketAdjusted(sums, s.market!, linearFit);
    case 'mean-adjusted':
      return fitMeanAdjusted(sums, linearFit);
    case 'factor':
      return fitFactorModel(s, e1, e2, skip);
  }
}

/**
 * Writes a fitted event's results: the window's AR, SAR, t and prediction-error factors, CAR, BMP's
 * SCAR, Patell's CSAR, BHAR. Positional parameters (no context object per event).
 */
function recordEvent(i: number, day0: number, s: CoreSeries, fit: ModelFit, options: ResolvedOptions, out: CoreOutput): void {
  const L = out.windowLength;
  const w1 = day0 + options.window[0];
  const w2 = day0 + options.window[1];
  const { sigma } = fit;
  const base = i * L;
  let car = 0;
  let csar = 0;
  let growthActual = 1;
  let growthExpected = 1;
  const log = options.returns === 'log';
  for (let d = 0; d < L; d++) {
    const t = w1 + d;
    const expected = fit.expected(t);
    const ar = s.y[t] - expected;
    const factor = fit.varianceFactor(t);
    const sar = ar / (sigma * Math.sqrt(factor));
    out.varianceFactor[base + d] = factor;
    out.ret[base + d] = s.y[t];
    out.expected[base + d] = expected;
    out.ar[base + d] = ar;
    out.sar[base + d] = sar;
    out.tAr[base + d] = options.predictionErrorAdjusted ? sar : ar / sigma;
    car += ar;
    csar += sar;
    growthActual *= log ? Math.exp(s.y[t]) : 1 + s.y[t];
    growthExpected *= log ? Math.exp(expected) : 1 + expected;
  }
  const carSd = sigma * Math.sqrt(fit.sumVarianceFactor(w1, w2));
  out.alpha[i] = fit.alpha;
  out.beta[i] = fit.beta;
  out.loadings[i] = fit.loadings;
  out.sigma[i] = sigma;
  out.r2[i] = fit.r2;
  out.n[i] = fit.n;
  out.dof[i] = fit.dof;
  out.car[i] = car;
  out.scar[i] = car / carSd;
  out.patellCsar[i] = csar / Math.sqrt((L * fit.dof) / (fit.dof - 2));
  out.bhar[i] = growthActual - growthExpected;
  out.tCar[i] = options.predictionErrorAdjusted ? car / carSd : car / (sigma * Math.sqrt(L));
  out.pCar[i] = studentTTwoSidedPValue(out.tCar[i], fit.dof);
}
