// Estimation residuals of a fitted event: one formula for the engine's passes and GRANK's recomputation.
import type { CoreSeries } from './core';
import type { ModelFit } from './fit';
import { isValid } from './windowSums';

/**
 * The residual y_t − (intercept + slope·x_t) of a linear model (market, market-adjusted,
 * mean-adjusted; x the market), NaN where a return is missing: one formula for the engine's
 * pass and GRANK's recomputation, so both give the same bits.
 */
export function linearResidual(s: CoreSeries, intercept: number, slope: number, t: number): number {
  const yt = s.y[t];
  if (!s.market) return Number.isFinite(yt) ? yt - intercept : NaN;
  const xt = s.market[t];
  if (!(Number.isFinite(yt) && Number.isFinite(xt))) return NaN;
  return yt - intercept - slope * xt;
}

/** The estimation residual of a fitted event at position t, NaN where a return is missing. */
export function estimationResidual(s: CoreSeries, fit: ModelFit, t: number, factorModel: boolean): number {
  if (fit.linear) return linearResidual(s, fit.linear.intercept, fit.linear.slope, t);
  if (!isValid(s, t, factorModel)) return NaN;
  return s.y[t] - fit.expected(t);
}
