// Estimation residuals of a fitted event: one formula for the engine's passes and GRANK's recomputation.
import type { CoreSeries } from './core';
import type { ModelFit } from './fit';
import { isValid } from './windowSums';

/**
 * The residual y_t − intercept − slope·x_t of a linear model on the market x, NaN where a
 * return is missing: the one formula of the engine's hot passes (arrays passed directly, so
 * V8 inlines it into their loops) and of GRANK's recomputation, so both give the same bits.
 *
 * @param y stock returns (fractions)
 * @param market market returns, same positions
 * @param intercept the fit's intercept (fraction per day)
 * @param slope the fit's slope on the market
 * @param t position
 * @returns the residual (fraction), or NaN
 * @example
 * linearResidualAt(Float64Array.of(0.03), Float64Array.of(0.02), 0.001, 1.5, 0); // => 0.03 - 0.001 - 1.5 × 0.02 ≈ -0.001
 */
export function linearResidualAt(y: Float64Array, market: Float64Array, intercept: number, slope: number, t: number): number {
  const yt = y[t];
  const xt = market[t];
  if (!(Number.isFinite(yt) && Number.isFinite(xt))) return NaN;
  return yt - intercept - slope * xt;
}

/**
 * The residual y_t − (intercept + slope·x_t) of a linear model (market, market-adjusted,
 * mean-adjusted; x the market, none for a mean-adjusted series without one), NaN where a
 * return is missing.
 */
export function linearResidual(s: CoreSeries, intercept: number, slope: number, t: number): number {
  if (s.market) return linearResidualAt(s.y, s.market, intercept, slope, t);
  const yt = s.y[t];
  return Number.isFinite(yt) ? yt - intercept : NaN;
}

/** The estimation residual of a fitted event at position t, NaN where a return is missing. */
export function estimationResidual(s: CoreSeries, fit: ModelFit, t: number, factorModel: boolean): number {
  if (fit.linear) return linearResidual(s, fit.linear.intercept, fit.linear.slope, t);
  if (!isValid(s, t, factorModel)) return NaN;
  return s.y[t] - fit.expected(t);
}
