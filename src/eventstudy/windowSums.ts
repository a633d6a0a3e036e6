import type { LinearFit, WindowSums } from './fit';
import type { CoreSeries } from './core';
import type { EngineNeeds } from './selection';

/** Reusable buffers of the engine: per-event work arrays. */
export interface Scratch {
  excluded: Uint8Array;
  values: Float64Array;
  /** Relative estimation day of each value collected in `values`. */
  relative: Int32Array;
  /** Sort keys and their positions in `values`. */
  keys: Float64Array;
  keyIndex: Int32Array;
  /** Per relative estimation day: the sums the passes add to — the output's, or the straight path's buffers during a run that claimed them (`claimStraight`). */
  estimationArSum: Float64Array;
  estimationArCount: Float64Array;
  estimationRankSum: Float64Array;
  estimationRawRankSum: Float64Array;
  estimationRawDeviationSum: Float64Array;
  /** Whether the run holds the straight path's buffers. */
  straight: boolean;
  /** Per relative estimation day: Σ_i u_i,τ and Σ_i u_i,τ² of the scaled residuals (Kolari–Pynnönen r̄), where the passes add them (as the sums above). */
  correlationSum: Float64Array;
  correlationSquares: Float64Array;
  /** Refilled per event (no allocation per event): the window sums and the linear models' fit. */
  sums: WindowSums;
  fit: LinearFit;
  /** Length E: where the rank pass adds the sums no asked test reads (never read). */
  sink: Float64Array;
  /** Length E: where the rank pass writes the estimation order when GRANK is not asked (never read). */
  orderSink: Uint8Array | Uint16Array;
  /** The per-event passes the asked tests need. */
  needs: EngineNeeds;
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

/** Sums of x, y, x², xy, y² over the valid estimation positions e1..e2 not marked in `scratch.excluded`, written into (and returning) `scratch.sums`. */
export function windowSums(scratch: Scratch, e1: number, e2: number, s: CoreSeries, factorModel: boolean): WindowSums {
  if (e1 > e2) return Object.assign(scratch.sums, { n: 0, sx: 0, sy: 0, sxx: 0, sxy: 0, syy: 0 });
  const x = factorModel ? undefined : s.market;
  const sums = directWindowSums(scratch, e1, e2, s.y, x);
  if (factorModel) {
    // The sums ignore factor gaps; count the rows the regression will really use.
    let n = 0;
    for (let t = e1; t <= e2; t++) if (scratch.excluded[t] === 0 && isValid(s, t, true)) n++;
    sums.n = n;
  }
  return sums;
}

/**
 * The window sums of positions e1..e2 when every return there is present, by one pass without
 * checks (the straight path); undefined when some return is missing or infinite — a NaN or ±∞
 * makes Σx or Σy non-finite — and the caller sums with checks. When defined, the same bits as
 * {@link windowSums} (the same additions in the same order), written into `into`.
 */
export function straightSums(into: WindowSums, y: Float64Array, x: Float64Array, e1: number, e2: number): WindowSums | undefined {
  let sx = 0;
  let sy = 0;
  let sxx = 0;
  let sxy = 0;
  let syy = 0;
  for (let t = e1; t <= e2; t++) {
    const yt = y[t];
    const xt = x[t];
    sx += xt;
    sy += yt;
    sxx += xt * xt;
    sxy += xt * yt;
    syy += yt * yt;
  }
  if (!Number.isFinite(sx + sy + sxx + sxy + syy)) return undefined;
  into.n = Math.max(0, e2 - e1 + 1);
  into.sx = sx;
  into.sy = sy;
  into.sxx = sxx;
  into.sxy = sxy;
  into.syy = syy;
  return into;
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
  const sums = scratch.sums;
  sums.n = n;
  sums.sx = sx;
  sums.sy = sy;
  sums.sxx = sxx;
  sums.sxy = sxy;
  sums.syy = syy;
  return sums;
}
