import type { WindowSums } from './fit';
import type { CoreSeries } from './core';

/** Reusable buffers of the engine: prefix sums of the current series and per-event work arrays. */
export interface Scratch {
  count: Float64Array;
  sx: Float64Array;
  sy: Float64Array;
  sxx: Float64Array;
  sxy: Float64Array;
  syy: Float64Array;
  /** Whether the prefix sums hold the current series (else window sums are added up directly). */
  prefixReady: boolean;
  excluded: Uint8Array;
  values: Float64Array;
  /** Relative estimation day of each value collected in `values`. */
  relative: Int32Array;
  /** Sort keys, their positions in `values`, and the resulting ranks. */
  keys: Float64Array;
  keyIndex: Int32Array;
  ranks: Float64Array;
  /** Per relative estimation day: Σ_i u_i,τ and Σ_i u_i,τ² of the scaled residuals (Kolari–Pynnönen r̄). */
  correlationSum: Float64Array;
  correlationSquares: Float64Array;
}

/** Prefix sums over positions where y (and the market, if any) are finite. */
export function buildPrefixSums(s: CoreSeries, scratch: Scratch, factorModel: boolean): void {
  const { y } = s;
  const x = factorModel ? undefined : s.market;
  const { count, sx, sy, sxx, sxy, syy } = scratch;
  for (let t = 0; t < y.length; t++) {
    const yt = y[t];
    const xt = x ? x[t] : 0;
    const valid = Number.isFinite(yt) && Number.isFinite(xt);
    count[t + 1] = count[t] + (valid ? 1 : 0);
    sx[t + 1] = sx[t] + (valid ? xt : 0);
    sy[t + 1] = sy[t] + (valid ? yt : 0);
    sxx[t + 1] = sxx[t] + (valid ? xt * xt : 0);
    sxy[t + 1] = sxy[t] + (valid ? xt * yt : 0);
    syy[t + 1] = syy[t] + (valid ? yt * yt : 0);
  }
}

/** Whether position t has a stock return and every regressor the model uses. */
export function isValid(s: CoreSeries, t: number, factorModel: boolean): boolean {
  if (!Number.isFinite(s.y[t])) return false;
  if (factorModel) {
    for (const f of s.factors ?? []) if (!Number.isFinite(f[t])) return false;
    return true;
  }
  return s.market ? Number.isFinite(s.market[t]) : true;
}

/** Sums of x, y, x², xy, y² over the valid, non-excluded estimation positions e1..e2. */
export function windowSums(scratch: Scratch, e1: number, e2: number, exclude: number[], s: CoreSeries, factorModel: boolean): WindowSums {
  if (e1 > e2) return { n: 0, sx: 0, sy: 0, sxx: 0, sxy: 0, syy: 0 };
  const x = factorModel ? undefined : s.market;
  const sums = scratch.prefixReady ? prefixWindowSums(scratch, e1, e2, exclude, s.y, x) : directWindowSums(scratch, e1, e2, s.y, x);
  if (factorModel) {
    // The sums ignore factor gaps; count the rows the regression will really use.
    let n = 0;
    for (let t = e1; t <= e2; t++) if (scratch.excluded[t] === 0 && isValid(s, t, true)) n++;
    sums.n = n;
  }
  return sums;
}

/** Window sums in O(1 + excluded days) from the prefix sums. */
function prefixWindowSums(scratch: Scratch, e1: number, e2: number, exclude: number[], y: Float64Array, x: Float64Array | undefined): WindowSums {
  const { count, sx, sy, sxx, sxy, syy } = scratch;
  const sums = {
    n: count[e2 + 1] - count[e1],
    sx: sx[e2 + 1] - sx[e1],
    sy: sy[e2 + 1] - sy[e1],
    sxx: sxx[e2 + 1] - sxx[e1],
    sxy: sxy[e2 + 1] - sxy[e1],
    syy: syy[e2 + 1] - syy[e1],
  };
  for (const t of exclude) {
    if (t < e1 || t > e2 || !Number.isFinite(y[t]) || (x && !Number.isFinite(x[t]))) continue;
    const xt = x ? x[t] : 0;
    const yt = y[t];
    sums.n -= 1;
    sums.sx -= xt;
    sums.sy -= yt;
    sums.sxx -= xt * xt;
    sums.sxy -= xt * yt;
    sums.syy -= yt * yt;
  }
  return sums;
}

/** Window sums by one pass over the window, skipping excluded and invalid days. */
function directWindowSums(scratch: Scratch, e1: number, e2: number, y: Float64Array, x: Float64Array | undefined): WindowSums {
  const { excluded } = scratch;
  let n = 0;
  let sx = 0;
  let sy = 0;
  let sxx = 0;
  let sxy = 0;
  let syy = 0;
  for (let t = e1; t <= e2; t++) {
    const yt = y[t];
    const xt = x ? x[t] : 0;
    if (excluded[t] === 1 || !Number.isFinite(yt) || !Number.isFinite(xt)) continue;
    n++;
    sx += xt;
    sy += yt;
    sxx += xt * xt;
    sxy += xt * yt;
    syy += yt * yt;
  }
  return { n, sx, sy, sxx, sxy, syy };
}
