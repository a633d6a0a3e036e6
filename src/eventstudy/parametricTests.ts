import { tResult, zResult } from './testResult';
import type { TestResult } from './types';

/** Mean and sample standard deviation (n − 1) of the finite values. */
export function meanAndSd(values: ArrayLike<number>): { mean: number; sd: number; n: number } {
  let n = 0;
  let sum = 0;
  for (let i = 0; i < values.length; i++) {
    if (Number.isFinite(values[i])) {
      n++;
      sum += values[i];
    }
  }
  const mean = sum / n;
  let ss = 0;
  for (let i = 0; i < values.length; i++) if (Number.isFinite(values[i])) ss += (values[i] - mean) ** 2;
  return { mean, sd: n > 1 ? Math.sqrt(ss / (n - 1)) : NaN, n };
}

const NEEDS_TWO = 'needs at least 2 events with varying values';

/**
 * Cross-sectional t test (Brown & Warner 1985; Boehmer, Musumeci & Poulsen 1991,
 * "ordinary cross-sectional"): t = x̄ / (s/√N), x̄ and s the mean and sample
 * standard deviation of the N events' abnormal returns (one day: AR_i,t; window: CAR_i).
 * Student t with N − 1 dof, as estudy2 0.10.0's `t_test` (df = N − 1).
 *
 * @param values AR_i,t or CAR_i, fractions
 * @returns {name: 'cross_sectional_t', statistic, p_value}
 * @example
 * crossSectionalTTest(Float64Array.of(0.01, 0.03)).statistic; // => 2
 */
export function crossSectionalTTest(values: ArrayLike<number>): TestResult {
  const { mean, sd, n } = meanAndSd(values);
  return tResult('cross_sectional_t', (mean / sd) * Math.sqrt(n), n - 1, n, NEEDS_TWO);
}

/**
 * Brown & Warner (1985) time-series ("crude dependence adjustment") test:
 * t = AAR_t / S, or CAAR / (√L·S) over an L-day window, where S is the sample
 * standard deviation (n − 1) of the AAR series over the M estimation days
 * (AAR_τ = mean over events of the estimation residual on relative day τ).
 * Student t with M − 1 dof (default convention). estudy2 0.10.0's
 * `brown_warner_1985` has the same daily statistic read from t(mean T_i − 1), T_i the
 * events' estimation lengths, and its `car_brown_warner_1985` reads the window
 * statistic from N(0, 1) (`conventions: 'estudy2'`). Relative days here; estudy2
 * aligns by calendar date, the same when all events share a date.
 *
 * @param meanAbnormal AAR_t (one day) or CAAR (window), fraction
 * @param days L (1 for a single day)
 * @param estimationAar AAR series over the estimation window
 * @returns {name: 'brown_warner', statistic, p_value}
 * @example
 * brownWarnerTest(0.02, 1, Float64Array.of(0.01, -0.01, 0.01, -0.01)).statistic; // => 1.7320508075688772
 */
export function brownWarnerTest(meanAbnormal: number, days: number, estimationAar: ArrayLike<number>): TestResult {
  const { sd, n } = meanAndSd(estimationAar);
  return tResult('brown_warner', meanAbnormal / (Math.sqrt(days) * sd), n - 1, n, 'needs an estimation-window AAR series with variation');
}

/**
 * Patell (1976) standardized-residual test. Each abnormal return is divided by its
 * prediction-error standard deviation, SAR_i,t = AR_i,t / (σ_i √C_i,t) with
 * C_i,t = 1 + 1/M_i + (R_m,t − R̄_m)²/Σ(R_m,τ − R̄_m)² (market model), which is
 * t-distributed with d_i = M_i − 2 dof and variance d_i/(d_i − 2). One day:
 * Z = Σ_i SAR_i,t / √(Σ_i d_i/(d_i − 2)) (as estudy2's `patell`). Window
 * (EventStudyTools' CAAR version): Z = (1/√N) Σ_i CSAR_i / √(L·d_i/(d_i − 2)),
 * CSAR_i = Σ_t SAR_i,t. Standard normal.
 *
 * @param standardized SAR_i,t (one day) — or already-scaled CSAR_i/√(L d_i/(d_i−2)) with `dof` omitted
 * @param dof d_i per event (one-day form); omit for the window form
 * @returns {name: 'patell', statistic, p_value}
 * @example
 * patellTest(Float64Array.of(1, 2), Float64Array.of(102, 102)).statistic; // => 3 / Math.sqrt(2 * 102 / 100)
 */
export function patellTest(standardized: ArrayLike<number>, dof?: ArrayLike<number>): TestResult {
  let sum = 0;
  let variance = 0;
  let n = 0;
  for (let i = 0; i < standardized.length; i++) {
    if (!Number.isFinite(standardized[i])) continue;
    n++;
    sum += standardized[i];
    variance += dof ? dof[i] / (dof[i] - 2) : 1;
  }
  return zResult('patell', sum / Math.sqrt(variance), n, 'needs at least 1 event');
}

/**
 * Boehmer, Musumeci & Poulsen (1991) standardized cross-sectional test:
 * t = mean(S) · √N / sd(S), with S the standardized abnormal returns SAR_i,t
 * (one day, as estudy2's `boehmer`) or the standardized CARs
 * SCAR_i = CAR_i / (σ_i √(L + L²/M_i + (Σ_t (R_m,t − R̄_m))²/Σ(R_m,τ − R̄_m)²))
 * (window, EventStudyTools' "StdCSect T"). Student t with N − 1 dof.
 *
 * @param standardized SAR_i,t or SCAR_i
 * @returns {name: 'bmp', statistic, p_value}
 * @example
 * bmpTest(Float64Array.of(1, 3)).statistic; // => 2
 */
export function bmpTest(standardized: ArrayLike<number>): TestResult {
  const { mean, sd, n } = meanAndSd(standardized);
  return tResult('bmp', (mean / sd) * Math.sqrt(n), n - 1, n, NEEDS_TWO);
}

/**
 * Kolari & Pynnönen (2010) adjustment of the BMP test for cross-correlation:
 * t_adj = t_BMP · √((1 − r̄) / (1 + (N − 1) r̄)), r̄ the average pairwise
 * correlation of the events' estimation-window abnormal returns. Student t with
 * N − 1 dof, like the BMP test it adjusts.
 *
 * @param bmp result of {@link bmpTest}
 * @param averageCorrelation r̄
 * @returns {name: 'kolari_pynnonen', statistic, p_value}
 * @example
 * kolariPynnonenTest(bmpTest(Float64Array.of(1, 3)), 0).statistic; // => 2
 */
export function kolariPynnonenTest(bmp: TestResult, averageCorrelation: number): TestResult {
  const { n } = bmp;
  const factor = (1 - averageCorrelation) / (1 + (n - 1) * averageCorrelation);
  const statistic = factor > 0 ? bmp.statistic * Math.sqrt(factor) : NaN;
  return tResult('kolari_pynnonen', statistic, n - 1, n, 'needs at least 2 events and an average correlation above −1/(N−1)');
}

/**
 * Brown & Warner (1980) test assuming independent events: t = AAR_t / S, or
 * CAAR / (√L·S) over L days, with S = √(Σ_i σ_i²) / N the standard deviation of an
 * average of N independent abnormal returns, σ_i each event's estimation-window residual
 * standard deviation. Student t with mean(T_i) − 1 dof, T_i the estimation lengths
 * (estudy2 0.10.0 `brown_warner_1980`, which takes σ_i² as R's colVars, i.e. sd() —
 * `sigmaDenominator: 'n-1'`).
 *
 * @param meanAbnormal AAR_t or CAAR, fraction
 * @param days L (1 for a single day)
 * @param sigmas σ_i per event
 * @param meanEstimationLength mean T_i
 * @returns {name: 'brown_warner_1980', statistic, p_value}
 * @example
 * brownWarner1980Test(0.01, 1, Float64Array.of(0.02, 0.02, 0.02, 0.02), 250).statistic; // => 1
 */
export function brownWarner1980Test(meanAbnormal: number, days: number, sigmas: ArrayLike<number>, meanEstimationLength: number): TestResult {
  let variance = 0;
  let n = 0;
  for (let i = 0; i < sigmas.length; i++) {
    if (!Number.isFinite(sigmas[i])) continue;
    variance += sigmas[i] ** 2;
    n++;
  }
  const sd = Math.sqrt(variance) / n;
  return tResult('brown_warner_1980', meanAbnormal / (Math.sqrt(days) * sd), meanEstimationLength - 1, n, 'needs at least 1 event with a residual σ');
}

/**
 * Lamb (1995) test: the Brown–Warner (1985) portfolio test with the market model's
 * prediction-error correction, Z_t = AAR_t / (S·√C_t), S the sample standard deviation
 * of the estimation-window AAR series and C_t = 1 + 1/T + (R_m,t − R̄_m)²/Σ(R_m,τ − R̄_m)².
 * Standard normal. Window: the default convention uses Var(CAAR) = S²·Σ_t C_t,
 * Z = CAAR / (S·√Σ_t C_t); estudy2 0.10.0's `car_lamb` sums the daily statistics,
 * Z = Σ_t Z_t / √L (pass `dailyStatistics`).
 *
 * @param meanAbnormal AAR_t or CAAR
 * @param varianceFactor C_t (or Σ_t C_t for a window)
 * @param estimationAar AAR series over the estimation window
 * @returns {name: 'lamb', statistic, p_value}
 * @example
 * lambTest(0.02, 1, Float64Array.of(0.01, -0.01, 0.01, -0.01)).statistic; // => 1.7320508075688772
 */
export function lambTest(meanAbnormal: number, varianceFactor: number, estimationAar: ArrayLike<number>): TestResult {
  const { sd, n } = meanAndSd(estimationAar);
  return zResult('lamb', meanAbnormal / (sd * Math.sqrt(varianceFactor)), n, 'needs an estimation-window AAR series with variation and the market model');
}

/**
 * Hall (1992) skewness-corrected t (as EventStudyTools' "Skewness Corrected T"): with
 * S = x̄/s and the sample skewness γ = N/((N − 1)(N − 2)) · Σ (x_i − x̄)³ / s³,
 * t = √N · (S + γS²/3 + γ²S³/27 + γ/(6N)). Student t with N − 1 dof. Needs N ≥ 3.
 *
 * @param values AR_i,t (one day) or CAR_i (window)
 * @returns {name: 'skewness_corrected_t', statistic, p_value}
 * @example
 * skewnessCorrectedTTest(Float64Array.of(1, 2, 3)).statistic; // => 3.4641016151377544 (γ = 0: the plain t)
 */
export function skewnessCorrectedTTest(values: ArrayLike<number>): TestResult {
  const { mean, sd, n } = meanAndSd(values);
  let cubes = 0;
  for (let i = 0; i < values.length; i++) if (Number.isFinite(values[i])) cubes += (values[i] - mean) ** 3;
  const gamma = n > 2 ? ((n / ((n - 1) * (n - 2))) * cubes) / sd ** 3 : NaN;
  const S = mean / sd;
  const statistic = Math.sqrt(n) * (S + (gamma * S * S) / 3 + (gamma * gamma * S * S * S) / 27 + gamma / (6 * n));
  return tResult('skewness_corrected_t', statistic, n - 1, n, 'needs at least 3 events with varying values');
}

/**
 * Adjusted Patell test (Kolari & Pynnönen 2010): Z_adj = Z_Patell · √(1 / (1 + (N − 1) r̄)),
 * r̄ the average correlation of the events' estimation residuals. Standard normal.
 *
 * @param patell result of {@link patellTest}
 * @param averageCorrelation r̄
 * @returns {name: 'adjusted_patell', statistic, p_value}
 * @example
 * adjustedPatellTest(patellTest(Float64Array.of(1, 2), Float64Array.of(102, 102)), 0).statistic; // => the Patell Z
 */
export function adjustedPatellTest(patell: TestResult, averageCorrelation: number): TestResult {
  // One event has no pair to correlate with: the adjustment is 1.
  const factor = patell.n === 1 ? 1 : 1 + (patell.n - 1) * averageCorrelation;
  const statistic = factor > 0 ? patell.statistic / Math.sqrt(factor) : NaN;
  return zResult('adjusted_patell', statistic, patell.n, 'needs an average correlation above −1/(N−1)');
}
