import { normalTwoSidedPValue } from '../stats/normal';
import { studentTTwoSidedPValue } from '../stats/studentT';
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

function tResult(name: string, statistic: number, df: number, n: number, note?: string): TestResult {
  const ok = Number.isFinite(statistic);
  return { name, statistic, pValue: ok ? studentTTwoSidedPValue(statistic, df) : NaN, distribution: 't', df, n, ...(ok ? {} : { note }) };
}

function zResult(name: string, statistic: number, n: number, note?: string): TestResult {
  const ok = Number.isFinite(statistic);
  return { name, statistic, pValue: ok ? normalTwoSidedPValue(statistic) : NaN, distribution: 'normal', n, ...(ok ? {} : { note }) };
}

const NEEDS_TWO = 'needs at least 2 events with varying values';

/**
 * Cross-sectional t test (Brown & Warner 1985; Boehmer, Musumeci & Poulsen 1991,
 * "ordinary cross-sectional"): t = x̄ / (s/√N), x̄ and s the mean and sample
 * standard deviation of the N events' abnormal returns (one day: AR_i,t; window: CAR_i).
 * Student t with N − 1 dof. Same statistic as estudy2's `t_test` (which reads its
 * critical values with N dof).
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
 * Student t with M − 1 dof. Matches estudy2's `brown_warner_1985` on days
 * (estudy2 aligns by calendar date; here by relative day, which is the same when
 * all events share a date).
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
