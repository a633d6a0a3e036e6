// The engine's straight path for one event: no gap, no excluded day — residuals, accumulators and ranks without checks.
import { sortInto } from '../stats/ranks';
import type { CoreOutput, CoreSeries } from './core';
import type { ModelFit } from './fit';
import { rankEvent } from './rankPass';
import type { ResolvedOptions } from './types';
import type { Scratch } from './windowSums';

/** Below this many values the bucket sort does not pay (as `sortInto`). */
const BUCKET_SORT_MIN = 48;
/** Buckets spread over the centre ± this many spreads (as `sortInto`). */
const BUCKET_SPAN_SD = 3;
/** A bucket holding more values than this goes to `sortInto` (insertion sort is quadratic). */
const CROWDED_BUCKET = 16;

/** Buckets of the straight path's sort of n values: a power of two ≥ 2n (at least 64). */
export function bucketCount(n: number): number {
  let buckets = 64;
  while (buckets < 2 * n) buckets <<= 1;
  return buckets;
}

/**
 * {@link collectEstimationResiduals} for an event whose estimation positions e1..e2 all hold a stock
 * and market return and none is excluded (the straight path, `straightSums` defined): one pass for
 * the residuals e_t = y_t − α − β·x_t, their signs (Cowan's p̂), Brown–Warner's and Kolari–Pynnönen's
 * sums by relative day; then, for the Corrado ranks, one bucket sort of the estimation and window
 * ARs and one walk over it. The same numbers as the general pass, bit for bit (the same operations in
 * the same order per event). Returns false, having written nothing, for a model without a linear
 * formula or a fit so extreme that a residual could be NaN: the caller runs the general pass.
 */
export function collectStraight(i: number, day0: number, s: CoreSeries, fit: ModelFit, options: ResolvedOptions, out: CoreOutput, scratch: Scratch, e1: number, e2: number): boolean {
  const linear = fit.linear;
  const market = s.market;
  // |α| < 1e300 and β finite: with finite returns (their squares summed finite) no residual is NaN.
  if (!linear || !market || !(Math.abs(linear.intercept) < 1e300 && Math.abs(linear.slope) < Infinity)) return false;
  const L = out.windowLength;
  const { values, needs } = scratch;
  const correlationSum = needs.correlation ? scratch.correlationSum : scratch.sink;
  const correlationSquares = needs.correlation ? scratch.correlationSquares : scratch.sink;
  const scale = 1 / Math.sqrt(fit.residualSS);
  const residualMean = fit.residualMean;
  const { estimationArSum, estimationArCount } = out;
  const { y } = s;
  const intercept = linear.intercept;
  const slope = linear.slope;
  const m = e2 - e1 + 1;
  // Relative estimation day of value j: offset + j.
  const offset = e1 - (day0 + options.estimation[0]);
  let positives = 0;
  for (let j = 0; j < m; j++) {
    const t = e1 + j;
    const e = y[t] - intercept - slope * market[t];
    const relative = offset + j;
    values[j] = e;
    positives += +(e > 0);
    estimationArSum[relative] += e;
    estimationArCount[relative] += 1;
    const u = (e - residualMean) * scale;
    correlationSum[relative] += u;
    correlationSquares[relative] += u * u;
  }
  out.positiveShare[i] = positives / m;
  out.rankTotal[i] = m + L;
  if (!needs.ranks) return true;
  if (needs.grank || needs.signs) {
    // GRANK's order and the median come from the general rank pass.
    const { relative } = scratch;
    for (let j = 0; j < m; j++) relative[j] = offset + j;
    rankEvent(i, m, fit, out, scratch);
    return true;
  }
  rankStraight(i, m, offset, fit, out, scratch);
  return true;
}

/**
 * Event i's Corrado ranks (no GRANK, no signs asked): its m estimation residuals (`scratch.values`)
 * and L window ARs sorted by buckets, then each run of equal values given its average rank, added
 * to the residuals' relative days (offset + j) and stored for the window's days.
 */
function rankStraight(i: number, m: number, offset: number, fit: ModelFit, out: CoreOutput, scratch: Scratch): void {
  const L = out.windowLength;
  const { values, keys, keyIndex } = scratch;
  const base = i * L;
  for (let d = 0; d < L; d++) values[m + d] = out.ar[base + d];
  const total = m + L;
  const center = fit.residualMean;
  const spread = Math.sqrt(fit.residualSS / m);
  if (!bucketSort(values, total, keys, keyIndex, center, spread, scratch)) sortInto(values, total, keys, keyIndex, center, spread);
  const scaleRank = 1 / (total + 1);
  const meanRank = (total + 1) / 2;
  const { estimationRankSum, rankU } = out;
  const rawRanks = scratch.needs.rawRanks;
  const estimationRawRankSum = rawRanks ? out.estimationRawRankSum : scratch.sink;
  const estimationRawDeviationSum = rawRanks ? out.estimationRawDeviationSum : scratch.sink;
  for (let start = 0; start < total; ) {
    const value = keys[start];
    let end = start + 1;
    while (end < total && keys[end] === value) end++;
    const rank = (start + 1 + end) / 2;
    const rankU_ = rank * scaleRank - 0.5;
    for (let k = start; k < end; k++) {
      const j = keyIndex[k];
      if (j < m) {
        const r = offset + j;
        estimationRankSum[r] += rankU_;
        estimationRawRankSum[r] += rank;
        estimationRawDeviationSum[r] += rank - meanRank;
      } else {
        rankU[base + j - m] = rankU_;
      }
    }
    start = end;
  }
}

/**
 * `sortInto`'s bucket pass on the scratch buffers: `values[0..n)` ascending into `keys`, their
 * positions into `index`. False, writing nothing useful, when it does not apply (few values, a
 * spread or centre not finite, a crowded bucket): the caller then calls `sortInto`.
 */
function bucketSort(values: Float64Array, n: number, keys: Float64Array, index: Int32Array, center: number, spread: number, scratch: Scratch): boolean {
  const buckets = bucketCount(n);
  const scale = buckets / (2 * BUCKET_SPAN_SD * spread);
  if (n < BUCKET_SORT_MIN || !(spread > 0 && spread < Infinity && scale < Infinity && Number.isFinite(center))) return false;
  const { bucketOf, bucketStart: starts } = scratch;
  starts.fill(0, 0, buckets + 1);
  const middle = buckets / 2;
  const last = buckets - 1;
  let crowded = 0;
  for (let k = 0; k < n; k++) {
    let position = (values[k] - center) * scale + middle;
    if (position < 0) position = 0;
    if (position > last) position = last;
    const b = position | 0;
    bucketOf[k] = b;
    crowded |= +(++starts[b + 1] > CROWDED_BUCKET);
  }
  if (crowded) return false;
  for (let b = 1; b <= buckets; b++) starts[b] += starts[b - 1];
  for (let k = 0; k < n; k++) {
    const p = starts[bucketOf[k]]++;
    keys[p] = values[k];
    index[p] = k;
  }
  // Insertion sort: moves stay within a bucket.
  for (let k = 1; k < n; k++) {
    const key = keys[k];
    const id = index[k];
    let j = k - 1;
    while (j >= 0 && keys[j] > key) {
      keys[j + 1] = keys[j];
      index[j + 1] = index[j];
      j--;
    }
    keys[j + 1] = key;
    index[j + 1] = id;
  }
  return true;
}
