import { ValueError } from '../errors';
import { regularizedIncompleteBeta } from './beta';
import { normalCdf, normalTwoSidedPValue } from './normal';

/** Above this, log-beta cancellation loses more precision than the t–normal difference (< 1e-8). */
const NORMAL_LIMIT_DF = 1e7;

/**
 * Cumulative distribution function of Student's t with `df` degrees of freedom.
 *
 * Formula: for t ≥ 0, F(t) = 1 − ½·I_{ν/(ν+t²)}(ν/2, ½), and F(−t) = 1 − F(t)
 * (Abramowitz & Stegun 26.7.1 with 26.5.27). Non-integer df are allowed;
 * above 10⁷ degrees of freedom the standard normal limit is used.
 *
 * @param t quantile
 * @param df degrees of freedom, > 0
 * @returns P(T ≤ t)
 * @throws {ValueError} when df ≤ 0 or t is NaN
 * @example
 * studentTCdf(2.228138851986274, 10); // => 0.975
 */
export function studentTCdf(t: number, df: number): number {
  checkDf('studentTCdf', df);
  if (Number.isNaN(t)) throw new ValueError('studentTCdf: t is NaN');
  if (!Number.isFinite(t)) return t > 0 ? 1 : 0;
  if (df > NORMAL_LIMIT_DF) return normalCdf(t);
  const tail = 0.5 * regularizedIncompleteBeta(df / (df + t * t), df / 2, 0.5);
  return t >= 0 ? 1 - tail : tail;
}

/**
 * Two-sided p-value of a Student t statistic: P(|T| ≥ |t|) = I_{ν/(ν+t²)}(ν/2, ½).
 *
 * @param t test statistic
 * @param df degrees of freedom, > 0
 * @returns p-value in [0, 1]; NaN when t is NaN or df is not positive (a test that could not be computed)
 * @example
 * studentTTwoSidedPValue(2.228138851986274, 10); // => 0.05
 */
export function studentTTwoSidedPValue(t: number, df: number): number {
  if (Number.isNaN(t) || !(df > 0)) return NaN;
  if (!Number.isFinite(t)) return 0;
  if (df > NORMAL_LIMIT_DF) return normalTwoSidedPValue(t);
  return regularizedIncompleteBeta(df / (df + t * t), df / 2, 0.5);
}

function checkDf(fn: string, df: number): void {
  if (!(df > 0)) throw new ValueError(`${fn}: degrees of freedom must be > 0, got ${df}`);
}
