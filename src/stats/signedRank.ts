import { normalTwoSidedPValue } from './normal';
import { sortInto } from './ranks';

/** Result of a Wilcoxon signed-rank test. */
export interface SignedRankResult {
  /** W⁺: sum of the ranks of |x| over the positive x (R's `wilcox.test` statistic V). */
  wPlus: number;
  /** Number of non-zero, non-NaN observations used. */
  n: number;
  /**
   * Normal approximation with R's continuity correction:
   * z = (W⁺ − n(n+1)/4 − ½·sign(W⁺ − n(n+1)/4)) / √(n(n+1)(2n+1)/24 − Σ(t³−t)/48), tie-corrected.
   */
  z: number;
  /** Two-sided p-value: exact (null distribution by enumeration) when n < 50 without ties or zeros, else from z. */
  pValue: number;
  /** Whether `pValue` is exact. */
  exact: boolean;
}

/** R's `wilcox.test` default: exact p-values below 50 observations. */
const EXACT_BELOW_N = 50;

/**
 * Wilcoxon (1945) signed-rank test of H₀: the values are symmetric about zero.
 * Zeros are dropped (Wilcoxon's convention, as in R's `wilcox.test`); |x| are
 * ranked with average ranks for ties. The p-value follows R's `wilcox.test`
 * defaults (exact = n < 50, correct = TRUE): with n < 50 and neither ties nor
 * zeros, the exact min(1, 2·min(P(W ≤ w), P(W ≥ w))) from the null distribution
 * of W⁺; otherwise the tie-corrected normal approximation with continuity
 * correction ½ (see `z`).
 *
 * @param values differences (e.g. abnormal returns as fractions)
 * @returns statistic W⁺, n, z and two-sided p-value; NaN statistic when n = 0
 * @example
 * wilcoxonSignedRank([0.5, 1.2, -0.3, 2.0]).wPlus; // => 9
 */
export function wilcoxonSignedRank(values: ArrayLike<number>): SignedRankResult {
  const nonZero = new Float64Array(values.length);
  let n = 0;
  let hadZeros = false;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (v === 0) hadZeros = true;
    else if (!Number.isNaN(v)) nonZero[n++] = v;
  }
  if (n === 0) return { wPlus: NaN, n, z: NaN, pValue: NaN, exact: false };
  // |x| sorted with their positions; a run of equal |x| shares the average of its positions (1-based).
  const magnitudes = new Float64Array(n);
  for (let i = 0; i < n; i++) magnitudes[i] = Math.abs(nonZero[i]);
  const sorted = new Float64Array(n);
  const index = new Int32Array(n);
  sortInto(magnitudes, n, sorted, index);
  // Ranks are multiples of ½ and W⁺ ≤ n(n+1)/2, so every partial sum is exact: the order of addition does not matter.
  let wPlus = 0;
  for (let start = 0; start < n; ) {
    let end = start + 1;
    while (end < n && sorted[end] === sorted[start]) end++;
    const rank = (start + 1 + end) / 2;
    for (let k = start; k < end; k++) if (nonZero[index[k]] > 0) wPlus += rank;
    start = end;
  }
  const tieCorrection = tieSum(sorted) / 48;
  const mean = (n * (n + 1)) / 4;
  const variance = (n * (n + 1) * (2 * n + 1)) / 24 - tieCorrection;
  const z = variance > 0 ? (wPlus - mean - 0.5 * Math.sign(wPlus - mean)) / Math.sqrt(variance) : NaN;
  const hasTies = tieCorrection > 0;
  if (n < EXACT_BELOW_N && !hasTies && !hadZeros) {
    return { wPlus, n, z, pValue: exactSignedRankPValue(wPlus, n), exact: true };
  }
  return { wPlus, n, z, pValue: normalTwoSidedPValue(z), exact: false };
}

/** Σ(t³ − t) over groups of tied values of an ascending array. */
function tieSum(sorted: Float64Array): number {
  let sum = 0;
  let start = 0;
  for (let i = 1; i <= sorted.length; i++) {
    if (i < sorted.length && sorted[i] === sorted[start]) continue;
    const t = i - start;
    sum += t * t * t - t;
    start = i;
  }
  return sum;
}

/** Two-sided exact p-value of W⁺ = w for n untied observations (counts of subsets by rank sum). */
function exactSignedRankPValue(w: number, n: number): number {
  const maxSum = (n * (n + 1)) / 2;
  const counts = new Float64Array(maxSum + 1);
  counts[0] = 1;
  for (let k = 1; k <= n; k++) {
    for (let s = maxSum; s >= k; s--) counts[s] += counts[s - k];
  }
  const total = 2 ** n;
  let lower = 0;
  let upper = 0;
  for (let s = 0; s <= maxSum; s++) {
    if (s <= w) lower += counts[s];
    if (s >= w) upper += counts[s];
  }
  return Math.min(1, (2 * Math.min(lower, upper)) / total);
}
