import { ValueError } from '../errors';

/** An OLS fit y = Xb + e with an intercept column first. */
export interface OlsFit {
  /** Coefficients: intercept first, then one per regressor. */
  coefficients: Float64Array;
  /** (X'X)⁻¹, row-major, size p×p; used for prediction-error variances. */
  xtxInverse: Float64Array;
  /** Sum of squared residuals. */
  ssr: number;
  /** Total sum of squares around the mean of y. */
  sst: number;
  /** Observations used. */
  n: number;
}

/**
 * Ordinary least squares of `y` on an intercept and the `regressors`, over the
 * positions `from..to` (inclusive) where y and every regressor are finite and
 * `skip` (if given) is false. Solves the normal equations X'X b = X'y by
 * Cholesky decomposition; sums are accumulated around the first valid values to
 * limit cancellation. O(n·p²).
 *
 * @param y dependent variable (returns as fractions)
 * @param regressors independent variables, same length as y
 * @param from first position
 * @param to last position (inclusive)
 * @param skip optional predicate: positions to leave out
 * @returns the fit, or undefined when X'X is singular (e.g. a constant regressor) or n ≤ p
 * @example
 * olsFit(Float64Array.of(1, 3, 5), [Float64Array.of(0, 1, 2)], 0, 2)?.coefficients; // => Float64Array [1, 2]
 */
export function olsFit(
  y: Float64Array,
  regressors: Float64Array[],
  from: number,
  to: number,
  skip?: (position: number) => boolean,
): OlsFit | undefined {
  const p = regressors.length + 1;
  const xtx = new Float64Array(p * p);
  const xty = new Float64Array(p);
  const row = new Float64Array(p);
  let n = 0;
  let sumY = 0;
  let sumYY = 0;
  for (let t = from; t <= to; t++) {
    if (skip?.(t)) continue;
    const yt = y[t];
    if (!Number.isFinite(yt)) continue;
    row[0] = 1;
    let valid = true;
    for (let k = 1; k < p; k++) {
      row[k] = regressors[k - 1][t];
      if (!Number.isFinite(row[k])) valid = false;
    }
    if (!valid) continue;
    n++;
    sumY += yt;
    sumYY += yt * yt;
    for (let a = 0; a < p; a++) {
      xty[a] += row[a] * yt;
      for (let b = 0; b <= a; b++) xtx[a * p + b] += row[a] * row[b];
    }
  }
  if (n <= p) return undefined;
  for (let a = 0; a < p; a++) for (let b = a + 1; b < p; b++) xtx[a * p + b] = xtx[b * p + a];
  const xtxInverse = invertSymmetricPositiveDefinite(xtx, p);
  if (!xtxInverse) return undefined;
  const coefficients = new Float64Array(p);
  for (let a = 0; a < p; a++) {
    let s = 0;
    for (let b = 0; b < p; b++) s += xtxInverse[a * p + b] * xty[b];
    coefficients[a] = s;
  }
  let ssr = 0;
  for (let t = from; t <= to; t++) {
    if (skip?.(t) || !Number.isFinite(y[t])) continue;
    let fitted = coefficients[0];
    let valid = true;
    for (let k = 1; k < p; k++) {
      const x = regressors[k - 1][t];
      if (!Number.isFinite(x)) valid = false;
      fitted += coefficients[k] * x;
    }
    if (!valid) continue;
    ssr += (y[t] - fitted) ** 2;
  }
  const sst = sumYY - (sumY * sumY) / n;
  return { coefficients, xtxInverse, ssr, sst, n };
}

/**
 * Inverse of a symmetric positive-definite matrix (row-major p×p) by Cholesky
 * decomposition A = LLᵀ. Returns undefined when A is not positive definite
 * (to a relative tolerance of 1e-12 on the pivots).
 *
 * @param matrix row-major p×p
 * @param p size
 * @returns row-major inverse, or undefined if singular
 * @throws {ValueError} when matrix.length ≠ p²
 * @example
 * invertSymmetricPositiveDefinite(Float64Array.of(4, 0, 0, 2), 2); // => Float64Array [0.25, 0, 0, 0.5]
 */
export function invertSymmetricPositiveDefinite(matrix: Float64Array, p: number): Float64Array | undefined {
  if (matrix.length !== p * p) throw new ValueError(`invertSymmetricPositiveDefinite: expected ${p * p} entries, got ${matrix.length}`);
  const l = new Float64Array(p * p);
  for (let i = 0; i < p; i++) {
    for (let j = 0; j <= i; j++) {
      let s = matrix[i * p + j];
      for (let k = 0; k < j; k++) s -= l[i * p + k] * l[j * p + k];
      if (i === j) {
        if (!(s > 1e-12 * Math.abs(matrix[i * p + i]))) return undefined;
        l[i * p + i] = Math.sqrt(s);
      } else l[i * p + j] = s / l[j * p + j];
    }
  }
  // Invert L (lower triangular), then A⁻¹ = L⁻ᵀ L⁻¹.
  const li = new Float64Array(p * p);
  for (let i = 0; i < p; i++) {
    li[i * p + i] = 1 / l[i * p + i];
    for (let j = 0; j < i; j++) {
      let s = 0;
      for (let k = j; k < i; k++) s -= l[i * p + k] * li[k * p + j];
      li[i * p + j] = s / l[i * p + i];
    }
  }
  const inverse = new Float64Array(p * p);
  for (let i = 0; i < p; i++) {
    for (let j = 0; j <= i; j++) {
      let s = 0;
      for (let k = i; k < p; k++) s += li[k * p + i] * li[k * p + j];
      inverse[i * p + j] = s;
      inverse[j * p + i] = s;
    }
  }
  return inverse;
}

/** x'Ax for a row-major p×p matrix. */
export function quadraticForm(matrix: Float64Array, x: Float64Array): number {
  const p = x.length;
  let s = 0;
  for (let a = 0; a < p; a++) {
    let row = 0;
    for (let b = 0; b < p; b++) row += matrix[a * p + b] * x[b];
    s += x[a] * row;
  }
  return s;
}
