import { ValueError } from '../errors';
import { requireChangePct, requireFinite } from './finite';
import type { BetaSensitivityOptions, BetaSensitivityRow } from './types';

/**
 * Excess return: how many percentage points the stock beat the benchmark by,
 * `stockPct − benchmarkPct`.
 *
 * @param stockPct - the stock's change over the period, in percent (+1.95 = rose 1.95%).
 * @param benchmarkPct - the benchmark's change over the same period, in percent.
 * @returns the difference in percentage points.
 * @throws {ValueError} when either argument is NaN or infinite.
 * @example
 * excessReturnPp(1.95, 1.05); // => 0.9 (approximately: 0.8999999999999999)
 */
export function excessReturnPp(stockPct: number, benchmarkPct: number): number {
  requireChangePct(stockPct, 'stockPct', 'excessReturnPp');
  requireChangePct(benchmarkPct, 'benchmarkPct', 'excessReturnPp');
  return stockPct - benchmarkPct;
}

/**
 * Relative return: the stock's growth measured in units of the benchmark,
 * `((1 + s/100) / (1 + b/100) − 1) · 100`. Unlike the excess return it compounds:
 * what a holder of the stock gained over a holder of the benchmark, in percent.
 *
 * @param stockPct - the stock's change, in percent.
 * @param benchmarkPct - the benchmark's change over the same period, in percent (> −100).
 * @returns the relative return in percent.
 * @throws {ValueError} when an argument is not finite or benchmarkPct ≤ −100 (the benchmark lost everything).
 * @example
 * relativeReturnPct(1.95, 1.05); // => 0.8906481939634059 ((1.0195 / 1.0105 − 1) · 100)
 */
export function relativeReturnPct(stockPct: number, benchmarkPct: number): number {
  requireChangePct(stockPct, 'stockPct', 'relativeReturnPct');
  requireChangePct(benchmarkPct, 'benchmarkPct', 'relativeReturnPct');
  if (benchmarkPct <= -100) {
    throw new ValueError(`relativeReturnPct: benchmarkPct must be greater than -100, got ${benchmarkPct}`);
  }
  return ((1 + stockPct / 100) / (1 + benchmarkPct / 100) - 1) * 100;
}

/**
 * Move multiple: the stock's move as a multiple of the benchmark's, `stockPct / benchmarkPct`.
 * Negative when they moved in opposite directions.
 *
 * @param stockPct - the stock's change, in percent.
 * @param benchmarkPct - the benchmark's change, in percent.
 * @returns the ratio, or `null` when the benchmark did not move (benchmarkPct = 0): the multiple is undefined.
 * @throws {ValueError} when either argument is NaN or infinite.
 * @example
 * moveMultiple(1.95, 1.05); // => 1.857142857142857
 * moveMultiple(1.95, 0); // => null
 */
export function moveMultiple(stockPct: number, benchmarkPct: number): number | null {
  requireChangePct(stockPct, 'stockPct', 'moveMultiple');
  requireChangePct(benchmarkPct, 'benchmarkPct', 'moveMultiple');
  return benchmarkPct === 0 ? null : stockPct / benchmarkPct;
}

/**
 * Abnormal return under the market model: `AR = r − α − β·r_m`, the part of the
 * stock's move that the market's move does not explain (MacKinlay 1997, eq. 7).
 *
 * @param stockPct - the stock's return r, in percent.
 * @param marketPct - the market's return r_m over the same period, in percent.
 * @param beta - the stock's market beta (dimensionless; 1 = moves with the market).
 * @param alphaPct - [alphaPct=0] the stock's expected return unrelated to the market over the period, in percent.
 * @returns the abnormal return in percent.
 * @throws {ValueError} when an argument is NaN or infinite.
 * @example
 * abnormalReturnPct(1.95, 1.05, 1); // => 0.8999999999999999
 * abnormalReturnPct(1.95, 1.05, 0.5); // => 1.4249999999999998 (1.425 up to float rounding)
 */
export function abnormalReturnPct(stockPct: number, marketPct: number, beta: number, alphaPct = 0): number {
  requireChangePct(stockPct, 'stockPct', 'abnormalReturnPct');
  requireChangePct(marketPct, 'marketPct', 'abnormalReturnPct');
  requireFinite(beta, 'beta', 'abnormalReturnPct');
  requireFinite(alphaPct, 'alphaPct', 'abnormalReturnPct');
  return stockPct - alphaPct - beta * marketPct;
}

/**
 * Abnormal returns for a grid of assumed betas: how the conclusion "the stock beat the
 * market" depends on the beta one assumes when no price history is at hand.
 *
 * @param stockPct - the stock's return, in percent.
 * @param marketPct - the market's return, in percent.
 * @param options - the beta grid `[from=0.5, to=1.5, step=0.1]` and `[alphaPct=0]`.
 * @returns one row per beta, `{ beta, abnormalPct }`, betas rounded to 10 decimals so 0.7 prints as 0.7.
 * @throws {ValueError} when an argument is not finite, step ≤ 0, to < from, or the grid exceeds 10,000 rows.
 * @example
 * betaSensitivity(1.95, 1.05, { from: 0.5, to: 1.5, step: 0.5 });
 * // => [{ beta: 0.5, abnormalPct: 1.425 }, { beta: 1, abnormalPct: 0.9 }, { beta: 1.5, abnormalPct: 0.375 }] (approximately)
 */
export function betaSensitivity(stockPct: number, marketPct: number, options: BetaSensitivityOptions = {}): BetaSensitivityRow[] {
  const { from = 0.5, to = 1.5, step = 0.1, alphaPct = 0 } = options;
  requireFinite(from, 'from', 'betaSensitivity');
  requireFinite(to, 'to', 'betaSensitivity');
  requireFinite(step, 'step', 'betaSensitivity');
  if (step <= 0) throw new ValueError(`betaSensitivity: step must be greater than 0, got ${step}`);
  if (to < from) throw new ValueError(`betaSensitivity: to (${to}) must not be less than from (${from})`);
  // The tolerance keeps the last beta when (to − from) / step is 10 up to float error.
  const count = Math.floor((to - from) / step + 1e-9) + 1;
  if (count > 10_000) throw new ValueError(`betaSensitivity: the grid has ${count} betas; use a larger step (at most 10,000 rows)`);
  return Array.from({ length: count }, (_, i) => {
    const beta = Number((from + i * step).toFixed(10));
    return { beta, abnormalPct: abnormalReturnPct(stockPct, marketPct, beta, alphaPct) };
  });
}
