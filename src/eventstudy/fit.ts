import { olsFit, quadraticForm } from './ols';
import type { ModelName } from './types';

/** Estimation-window sums over the valid, non-excluded positions of one event (market model inputs). */
export interface WindowSums {
  n: number;
  sx: number;
  sy: number;
  sxx: number;
  sxy: number;
  syy: number;
}

/**
 * The expected-return model fitted for one event: coefficients, residual
 * moments and the prediction-error variance factors used by Patell/BMP.
 */
export interface ModelFit {
  alpha: number;
  beta: number;
  /** Factor model: one coefficient per factor column. */
  loadings?: Float64Array;
  /** Residual standard deviation √(SS/dof), fraction per day. */
  sigma: number;
  r2: number;
  /** Estimation returns used. */
  n: number;
  /** Residual degrees of freedom: n minus estimated parameters. */
  dof: number;
  /** Mean of estimation residuals (0 for OLS models) and their centred sum of squares. */
  residualMean: number;
  residualSS: number;
  /** Expected return at a position. */
  expected(position: number): number;
  /** Set when expected = intercept + slope × market (market, market-adjusted, mean-adjusted models): lets the engine skip closure calls. */
  linear?: { intercept: number; slope: number };
  /** C_t = 1 + x₀'(X'X)⁻¹x₀: the one-day prediction-error variance is σ²·C_t. */
  varianceFactor(position: number): number;
  /** Prediction-error variance factor of a sum over positions from..to: Var(CAR) = σ²·factor. */
  sumVarianceFactor(from: number, to: number): number;
}

/** Why a model could not be fitted. */
export interface FitFailure {
  status: 'constant_returns';
  reason: string;
}

/** Regressor series for one stock: the market (market models) or factor columns (factor model). */
export interface ModelInputs {
  y: Float64Array;
  market?: Float64Array;
  factors?: Float64Array[];
}

/**
 * The fit of a model whose expected return is intercept + slope × market (market,
 * market-adjusted, mean-adjusted): plain fields and methods, no closures, so that the
 * engine can refill one instance per event instead of allocating (`set`).
 */
export class LinearFit implements ModelFit {
  // Numbers start as NaN, not 0: a field first holding a small integer changes representation (and
  // the instance its hidden class) at the first fractional value; see LINEAR_FIT_SHAPE.
  model: 'market' | 'market-adjusted' | 'mean-adjusted' = 'market';
  market: Float64Array | undefined = undefined;
  alpha = NaN;
  beta = NaN;
  sigma = NaN;
  r2 = NaN;
  n = NaN;
  dof = NaN;
  residualMean = NaN;
  residualSS = NaN;
  /** Market model: mean market return and centred Σ(x − x̄)² over the estimation window. */
  meanX = NaN;
  sxx = NaN;
  linear = { intercept: NaN, slope: NaN };

  /** Refills this fit; returns it. */
  set(
    model: LinearFit['model'],
    market: Float64Array | undefined,
    alpha: number,
    beta: number,
    sigma: number,
    r2: number,
    n: number,
    dof: number,
    residualMean: number,
    residualSS: number,
    meanX: number,
    sxx: number,
  ): this {
    this.model = model;
    this.market = market;
    this.alpha = alpha;
    this.beta = beta;
    this.sigma = sigma;
    this.r2 = r2;
    this.n = n;
    this.dof = dof;
    this.residualMean = residualMean;
    this.residualSS = residualSS;
    this.meanX = meanX;
    this.sxx = sxx;
    this.linear.intercept = alpha;
    this.linear.slope = beta;
    return this;
  }

  expected(t: number): number {
    if (this.model === 'market') return this.alpha + this.beta * this.market![t];
    return this.model === 'market-adjusted' ? this.market![t] : this.alpha;
  }

  varianceFactor(t: number): number {
    if (this.model === 'market') return 1 + 1 / this.n + (this.market![t] - this.meanX) ** 2 / this.sxx;
    return this.model === 'mean-adjusted' ? 1 + 1 / this.n : 1;
  }

  sumVarianceFactor(from: number, to: number): number {
    const length = to - from + 1;
    if (this.model === 'market-adjusted') return length;
    if (this.model === 'mean-adjusted') return length + (length * length) / this.n;
    let deviation = 0;
    for (let t = from; t <= to; t++) deviation += this.market![t] - this.meanX;
    return length + (length * length) / this.n + (deviation * deviation) / this.sxx;
  }
}

/**
 * One LinearFit kept for the life of the process, so the hidden classes of its instances stay
 * alive: the engine makes one instance per run, and when the last one was collected V8 dropped
 * every function optimised for it ("weak objects") and re-optimised them in each following run
 * (measured: 5–7 re-optimisations of the engine's hot functions per run in a loop of studies).
 */
export const LINEAR_FIT_SHAPE = new LinearFit();

/**
 * Fits the market model from window sums in O(1): β = Sxy/Sxx and α = ȳ − βx̄
 * with centred sums, SSR = Syy − β·Sxy, σ² = SSR/(n − 2), R² = 1 − SSR/Syy.
 * The prediction-error factor is C_t = 1 + 1/n + (x_t − x̄)²/Sxx (Patell 1976).
 */
export function fitMarketModel(sums: WindowSums, market: Float64Array, into: LinearFit = new LinearFit()): ModelFit | FitFailure {
  const { n } = sums;
  const meanX = sums.sx / n;
  const meanY = sums.sy / n;
  const sxx = sums.sxx - sums.sx * meanX;
  const sxy = sums.sxy - sums.sx * meanY;
  const syy = sums.syy - sums.sy * meanY;
  if (!(sxx > 1e-14 * sums.sxx) || sxx <= 0) {
    return { status: 'constant_returns', reason: 'market returns are constant over the estimation window, so beta is undefined' };
  }
  const beta = sxy / sxx;
  const alpha = meanY - beta * meanX;
  const ssr = Math.max(0, syy - beta * sxy);
  if (!(ssr > 1e-14 * sums.syy) || ssr <= 0) {
    return { status: 'constant_returns', reason: 'the market model fits the estimation window exactly (residual σ = 0)' };
  }
  const dof = n - 2;
  return into.set('market', market, alpha, beta, Math.sqrt(ssr / dof), syy > 0 ? 1 - ssr / syy : NaN, n, dof, 0, ssr, meanX, sxx);
}

/**
 * Fits the constant-mean model (mean-adjusted returns): E[R] = ȳ, σ² = Σ(y − ȳ)²/(n − 1),
 * C_t = 1 + 1/n. Reported beta is 0 and R² is NaN (not applicable).
 */
export function fitMeanAdjusted(sums: WindowSums, into: LinearFit = new LinearFit()): ModelFit | FitFailure {
  const { n } = sums;
  const mean = sums.sy / n;
  const ss = sums.syy - sums.sy * mean;
  if (!(ss > 1e-14 * sums.syy) || ss <= 0) return { status: 'constant_returns', reason: 'stock returns are constant over the estimation window (σ = 0)' };
  return into.set('mean-adjusted', undefined, mean, 0, Math.sqrt(ss / (n - 1)), NaN, n, n - 1, 0, ss, 0, 0);
}

/**
 * Market-adjusted returns: E[R] = R_m (α = 0, β = 1, nothing estimated). σ is the
 * sample standard deviation of R − R_m over the estimation window (n − 1), C_t = 1.
 */
export function fitMarketAdjusted(sums: WindowSums, market: Float64Array, into: LinearFit = new LinearFit()): ModelFit | FitFailure {
  const { n } = sums;
  const sumE = sums.sy - sums.sx;
  const sumEE = sums.syy - 2 * sums.sxy + sums.sxx;
  const mean = sumE / n;
  const ss = sumEE - sumE * mean;
  if (!(ss > 1e-14 * sumEE) || ss <= 0) return { status: 'constant_returns', reason: 'stock minus market returns are constant over the estimation window (σ = 0)' };
  return into.set('market-adjusted', market, 0, 1, Math.sqrt(ss / (n - 1)), NaN, n, n - 1, mean, ss, 0, 0);
}

/**
 * Multi-factor OLS (e.g. Fama–French): y = α + Σ b_k f_k + e over the estimation
 * positions, by normal equations ({@link olsFit}); σ² = SSR/(n − p),
 * C_t = 1 + r_t'(X'X)⁻¹r_t with r_t = (1, f_t).
 */
export function fitFactorModel(
  inputs: ModelInputs,
  from: number,
  to: number,
  skip: ((t: number) => boolean) | undefined,
): ModelFit | FitFailure | undefined {
  const factors = inputs.factors ?? [];
  const fit = olsFit(inputs.y, factors, from, to, skip);
  if (!fit) return undefined;
  const p = factors.length + 1;
  if (!(fit.ssr > 0)) return { status: 'constant_returns', reason: 'the factor model fits the estimation window exactly (residual σ = 0)' };
  const row = new Float64Array(p);
  const fillRow = (t: number) => {
    row[0] = 1;
    for (let k = 1; k < p; k++) row[k] = factors[k - 1][t];
    return row;
  };
  const coefficients = fit.coefficients;
  return {
    alpha: coefficients[0],
    beta: NaN,
    loadings: coefficients.slice(1),
    sigma: Math.sqrt(fit.ssr / (fit.n - p)),
    r2: fit.sst > 0 ? 1 - fit.ssr / fit.sst : NaN,
    n: fit.n,
    dof: fit.n - p,
    residualMean: 0,
    residualSS: fit.ssr,
    expected: (t) => {
      let value = coefficients[0];
      for (let k = 1; k < p; k++) value += coefficients[k] * factors[k - 1][t];
      return value;
    },
    varianceFactor: (t) => 1 + quadraticForm(fit.xtxInverse, fillRow(t)),
    sumVarianceFactor: (from2, to2) => {
      const sum = new Float64Array(p);
      for (let t = from2; t <= to2; t++) {
        fillRow(t);
        for (let k = 0; k < p; k++) sum[k] += row[k];
      }
      return to2 - from2 + 1 + quadraticForm(fit.xtxInverse, sum);
    },
  };
}

/** Number of estimated parameters of a model (for degrees of freedom and minimum sizes). */
export function parameterCount(model: ModelName, factorCount: number): number {
  return model === 'factor' ? factorCount + 1 : model === 'market' ? 2 : 1;
}
