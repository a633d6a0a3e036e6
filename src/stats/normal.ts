import { ValueError } from '../errors';
import { regularizedGammaQ } from './gamma';

/**
 * Complementary error function erfc(x) = 1 − erf(x), accurate to about 1e-15
 * relative error in both tails (unlike simple-statistics' `errorFunction`,
 * whose absolute error is about 1e-8, and `cumulativeStdNormalProbability`,
 * which reads a 2-decimal table).
 *
 * Formula: erfc(x) = Q(½, x²) for x ≥ 0 and 2 − erfc(−x) for x < 0
 * (Abramowitz & Stegun 6.5.17, 7.1.2).
 *
 * @param x any real number
 * @returns erfc(x) in [0, 2]
 * @throws {ValueError} when x is NaN
 * @example
 * erfc(1); // => 0.15729920705028513
 */
export function erfc(x: number): number {
  if (Number.isNaN(x)) throw new ValueError('erfc: x is NaN');
  if (x === Infinity) return 0;
  if (x === -Infinity) return 2;
  return x >= 0 ? regularizedGammaQ(0.5, x * x) : 2 - regularizedGammaQ(0.5, x * x);
}

/**
 * Standard normal cumulative distribution function Φ(z) = ½·erfc(−z/√2).
 *
 * @param z standard normal quantile
 * @returns P(Z ≤ z)
 * @throws {ValueError} when z is NaN
 * @example
 * normalCdf(1.959963984540054); // => 0.975
 */
export function normalCdf(z: number): number {
  return 0.5 * erfc(-z / Math.SQRT2);
}

/**
 * Two-sided p-value of a standard normal test statistic: P(|Z| ≥ |z|) = erfc(|z|/√2).
 *
 * @param z test statistic
 * @returns p-value in [0, 1]; NaN when z is NaN (a test that could not be computed)
 * @example
 * normalTwoSidedPValue(1.959963984540054); // => 0.05
 */
export function normalTwoSidedPValue(z: number): number {
  if (Number.isNaN(z)) return NaN;
  return erfc(Math.abs(z) / Math.SQRT2);
}
