import { wilcoxonSignedRank } from '../stats/signedRank';
import { zResult } from './testResult';
import type { TestResult } from './types';

/**
 * Corrado (1989) rank test. Each event's abnormal returns over its estimation and
 * event windows (T_i values) are ranked, U_i,t = K_i,t/(T_i + 1) − ½. With
 * Ū_t the mean over events on relative day t and S_U = √((1/T) Σ_t Ū_t²) over all
 * T estimation and event days: one day Z = Ū_0 / S_U; window (Campbell & Wasley
 * 1993) Z = Σ_{t∈window} Ū_t / (√L · S_U). Standard normal. With equal T_i this
 * equals estudy2's `rank_test` (raw ranks K − (T+1)/2 scale out); with unequal T_i
 * estudy2 uses raw ranks, mean T and an N/N_t inflation — see {@link estudy2RankTest}.
 *
 * @param windowMeans Ū_t for the tested day(s)
 * @param allMeans Ū_t for every estimation and event day
 * @param n events
 * @returns {name: 'corrado_rank', statistic, p_value}
 * @example
 * corradoRankTest([0.2], [0.2, -0.2, 0.2, -0.2], 10).statistic; // => 1
 */
export function corradoRankTest(windowMeans: number[], allMeans: ArrayLike<number>, n: number): TestResult {
  let ss = 0;
  let days = 0;
  for (let t = 0; t < allMeans.length; t++) {
    if (!Number.isFinite(allMeans[t])) continue;
    ss += allMeans[t] ** 2;
    days++;
  }
  const sd = Math.sqrt(ss / days);
  const sum = windowMeans.reduce((a, b) => a + b, 0);
  return zResult('corrado_rank', sum / (Math.sqrt(windowMeans.length) * sd), n, 'needs ranked estimation data');
}

/**
 * Sign test (e.g. Brown & Warner 1980; estudy2 `sign_test`): with w of N values
 * positive, Z = (w − N/2) / √(N/4), i.e. H₀: P(AR > 0) = ½. Standard normal.
 *
 * @param values AR_i,t (one day) or CAR_i (window)
 * @returns {name: 'sign', statistic, p_value}
 * @example
 * signTest(Float64Array.of(0.01, 0.02, 0.03, -0.01)).statistic; // => 1
 */
export function signTest(values: ArrayLike<number>): TestResult {
  const { positive, n } = countPositive(values);
  return zResult('sign', (positive - n / 2) / Math.sqrt(n / 4), n, 'needs at least 1 event');
}

/**
 * Generalized sign test (Cowan 1992): Z = (w − N p̂) / √(N p̂ (1 − p̂)), w the
 * number of positive values, p̂ = (1/N) Σ_i (share of positive AR_i over event i's
 * estimation window). Standard normal. estudy2 0.10.0's `generalized_sign_test` has
 * the same formula with p̂ pooled over all estimation ARs (Σ positives / Σ T_i): pass
 * that pooled value for every event to reproduce it (`conventions: 'estudy2'`).
 *
 * @param values AR_i,t (one day) or CAR_i (window)
 * @param positiveShare p̂ per event
 * @returns {name: 'generalized_sign', statistic, p_value}
 * @example
 * generalizedSignTest(Float64Array.of(1, 1, 1, -1), Float64Array.of(0.5, 0.5, 0.5, 0.5)).statistic; // => 1
 */
export function generalizedSignTest(values: ArrayLike<number>, positiveShare: ArrayLike<number>): TestResult {
  const { positive, n } = countPositive(values);
  let share = 0;
  for (let i = 0; i < values.length; i++) if (Number.isFinite(values[i])) share += positiveShare[i];
  const pHat = share / n;
  return zResult('generalized_sign', (positive - n * pHat) / Math.sqrt(n * pHat * (1 - pHat)), n, 'needs at least 1 event and 0 < p̂ < 1');
}

/**
 * Wilcoxon (1945) signed-rank test across events: statistic W⁺, the sum of the
 * ranks of |x| over positive x (zeros dropped), as estudy2's `wilcoxon_test` and
 * R's `wilcox.test` (V). Two-sided p-value with R's defaults: exact for N < 50
 * without ties or zeros, else the tie-corrected normal approximation with
 * continuity correction.
 *
 * @param values AR_i,t (one day) or CAR_i (window)
 * @returns {name: 'wilcoxon', statistic: W⁺, p_value}
 * @example
 * wilcoxonTest(Float64Array.of(0.5, 1.2, -0.3, 2.0)).statistic; // => 9
 */
export function wilcoxonTest(values: ArrayLike<number>): TestResult {
  const result = wilcoxonSignedRank(values);
  const ok = Number.isFinite(result.wPlus);
  return {
    name: 'wilcoxon',
    statistic: result.wPlus,
    pValue: result.pValue,
    distribution: result.exact ? 'exact' : 'normal',
    n: result.n,
    ...(ok ? {} : { note: 'needs at least 1 non-zero value' }),
  };
}

function countPositive(values: ArrayLike<number>): { positive: number; n: number } {
  let positive = 0;
  let n = 0;
  for (let i = 0; i < values.length; i++) {
    if (!Number.isFinite(values[i])) continue;
    n++;
    if (values[i] > 0) positive++;
  }
  return { positive, n };
}
