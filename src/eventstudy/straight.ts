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
function bucketCount(n: number): number {
  let buckets = 64;
  while (buckets < 2 * n) buckets <<= 1;
  return buckets;
}

/**
 * Longest estimation plus event window (trading days) the straight path takes; a longer study
 * (16+ years of estimation) runs every event on the general path.
 */
export const STRAIGHT_CAPACITY = 4096;

// The straight path's buffers and accumulators are module constants, not per-run scratch: V8 then
// compiles their addresses and lengths into the hot loops — measured ≈1.5× faster on the rank sort
// than the same loops on typed arrays passed in (Node 20). 11 × 4,096 values + 8,193 buckets ≈ 400 kB.
/** An event's estimation residuals then window ARs; sorted copies and their positions; each one's bucket. */
const values = new Float64Array(STRAIGHT_CAPACITY);
const keys = new Float64Array(STRAIGHT_CAPACITY);
const keyIndex = new Int32Array(STRAIGHT_CAPACITY);
const bucketOf = new Int32Array(STRAIGHT_CAPACITY);
const bucketStart = new Int32Array(bucketCount(STRAIGHT_CAPACITY) + 1);
/** Each value's rank (no ties). */
const rankOf = new Float64Array(STRAIGHT_CAPACITY);
/**
 * Per relative estimation day, the sums of {@link CoreOutput} the straight path adds to, during one
 * run: the general path adds into the same memory (views in `Scratch`), so every sum gets its terms in
 * event order, as before; copied into the output at the end of the run (those the asked tests read).
 */
const arSum = new Float64Array(STRAIGHT_CAPACITY);
const arCount = new Float64Array(STRAIGHT_CAPACITY);
const correlationSum = new Float64Array(STRAIGHT_CAPACITY);
const correlationSquares = new Float64Array(STRAIGHT_CAPACITY);
const rankSum = new Float64Array(STRAIGHT_CAPACITY);
const rawRankSum = new Float64Array(STRAIGHT_CAPACITY);
const rawDeviationSum = new Float64Array(STRAIGHT_CAPACITY);
/** Whether a run holds the buffers (a study started from a progress callback runs on the general path). */
let claimed = false;

/** The accumulators of a run, as `claimStraight` hands them out (views of length E). */
export interface StraightSums {
  estimationArSum: Float64Array;
  estimationArCount: Float64Array;
  correlationSum: Float64Array;
  correlationSquares: Float64Array;
  estimationRankSum: Float64Array;
  estimationRawRankSum: Float64Array;
  estimationRawDeviationSum: Float64Array;
}

/**
 * Claims the straight path's buffers for a run with E estimation and L window days: zeroed views of
 * its accumulators, for the general path to add into too; undefined when another run holds them or
 * E + L exceeds {@link STRAIGHT_CAPACITY} (the run then takes the general path for every event).
 */
export function claimStraight(E: number, L: number): StraightSums | undefined {
  if (claimed || E + L > STRAIGHT_CAPACITY) return undefined;
  claimed = true;
  const view = (sums: Float64Array) => sums.fill(0, 0, E).subarray(0, E);
  return {
    estimationArSum: view(arSum),
    estimationArCount: view(arCount),
    correlationSum: view(correlationSum),
    correlationSquares: view(correlationSquares),
    estimationRankSum: view(rankSum),
    estimationRawRankSum: view(rawRankSum),
    estimationRawDeviationSum: view(rawDeviationSum),
  };
}

/**
 * Ends a run that claimed the buffers: copies into `out` the sums the asked tests read (the others
 * stay 0, as when they are not computed) and releases the buffers. Call it also when the run fails.
 */
export function releaseStraight(sums: StraightSums, out: CoreOutput, scratch: Scratch): void {
  claimed = false;
  const { needs } = scratch;
  out.estimationArSum.set(sums.estimationArSum);
  out.estimationArCount.set(sums.estimationArCount);
  if (needs.correlation) {
    out.correlationSum.set(sums.correlationSum);
    out.correlationSquares.set(sums.correlationSquares);
  }
  if (needs.ranks) out.estimationRankSum.set(sums.estimationRankSum);
  if (needs.rawRanks) {
    out.estimationRawRankSum.set(sums.estimationRawRankSum);
    out.estimationRawDeviationSum.set(sums.estimationRawDeviationSum);
  }
}

/**
 * {@link collectEstimationResiduals} for an event whose estimation positions e1..e2 all hold a stock
 * and market return and none is excluded (the straight path, `straightSums` defined), in a run that
 * claimed the buffers: one pass for the residuals e_t = y_t − α − β·x_t, their signs (Cowan's p̂),
 * Brown–Warner's and Kolari–Pynnönen's sums by relative day and, for the Corrado ranks, each
 * residual's bucket; then one bucket sort of the estimation and window ARs and their ranks. The same
 * numbers as the general pass, bit for bit (the same operations in the same order per event).
 * Returns false, having written nothing, for a model without a linear formula or a fit so extreme
 * that a residual could be NaN: the caller runs the general pass.
 */
export function collectStraight(i: number, day0: number, s: CoreSeries, fit: ModelFit, options: ResolvedOptions, out: CoreOutput, scratch: Scratch, e1: number, e2: number): boolean {
  const linear = fit.linear;
  const market = s.market;
  // |α| < 1e300 and β finite: with finite returns (their squares summed finite) no residual is NaN.
  if (!linear || !market || !(Math.abs(linear.intercept) < 1e300 && Math.abs(linear.slope) < Infinity)) return false;
  const L = out.windowLength;
  const { needs } = scratch;
  const scale = 1 / Math.sqrt(fit.residualSS);
  const residualMean = fit.residualMean;
  const { y } = s;
  const intercept = linear.intercept;
  const slope = linear.slope;
  const m = e2 - e1 + 1;
  const total = m + L;
  // Relative estimation day of value j: offset + j. (Kolari–Pynnönen's sums are added even when not
  // asked: cheaper than a branch, and only copied out when asked.)
  const offset = e1 - (day0 + options.estimation[0]);
  // The bucket sort's pass rides along when only Corrado's ranks are asked (GRANK and the signs sort on the general pass).
  const spread = Math.sqrt(fit.residualSS / m);
  const buckets = bucketCount(total);
  const bucketScale = buckets / (2 * BUCKET_SPAN_SD * spread);
  const ranksHere = needs.ranks && !needs.grank && !needs.signs;
  const bucketed = ranksHere && total >= BUCKET_SORT_MIN && spread > 0 && spread < Infinity && bucketScale < Infinity && Number.isFinite(residualMean);
  let positives = 0;
  let crowded = 0;
  // The residual loop is written twice on purpose, with the sort bucket riding along and without: the hottest loop
  // of the engine stays flat (a shared per-residual helper measured 5–15% slower at stop 17; a branch inside was not tried).
  if (bucketed) {
    bucketStart.fill(0, 0, buckets + 1);
    const middle = buckets / 2;
    const last = buckets - 1;
    for (let j = 0; j < m; j++) {
      const t = e1 + j;
      const e = y[t] - intercept - slope * market[t];
      const relative = offset + j;
      values[j] = e;
      positives += +(e > 0);
      arSum[relative] += e;
      arCount[relative] += 1;
      const u = (e - residualMean) * scale;
      correlationSum[relative] += u;
      correlationSquares[relative] += u * u;
      // sortInto's bucket: ⌊(e − centre)·scale + B/2⌋ clamped to 0..B−1.
      let position = (e - residualMean) * bucketScale + middle;
      if (position < 0) position = 0;
      if (position > last) position = last;
      const b = position | 0;
      bucketOf[j] = b;
      crowded |= +(++bucketStart[b + 1] > CROWDED_BUCKET);
    }
    const base = i * L;
    for (let d = 0; d < L; d++) {
      const e = out.ar[base + d];
      values[m + d] = e;
      let position = (e - residualMean) * bucketScale + middle;
      if (position < 0) position = 0;
      if (position > last) position = last;
      const b = position | 0;
      bucketOf[m + d] = b;
      crowded |= +(++bucketStart[b + 1] > CROWDED_BUCKET);
    }
  } else {
    for (let j = 0; j < m; j++) {
      const t = e1 + j;
      const e = y[t] - intercept - slope * market[t];
      const relative = offset + j;
      values[j] = e;
      positives += +(e > 0);
      arSum[relative] += e;
      arCount[relative] += 1;
      const u = (e - residualMean) * scale;
      correlationSum[relative] += u;
      correlationSquares[relative] += u * u;
    }
  }
  out.positiveShare[i] = positives / m;
  out.rankTotal[i] = total;
  if (!needs.ranks) return true;
  if (!ranksHere) {
    // GRANK's order and the median come from the general rank pass, on the scratch buffers.
    const { relative } = scratch;
    for (let j = 0; j < m; j++) {
      relative[j] = offset + j;
      scratch.values[j] = values[j];
    }
    rankEvent(i, m, fit, out, scratch);
    return true;
  }
  if (bucketed && !crowded) {
    bucketSort(total, buckets);
  } else {
    const base = i * L;
    for (let d = 0; d < L; d++) values[m + d] = out.ar[base + d];
    sortInto(values, total, keys, keyIndex, residualMean, spread);
  }
  addRanks(i, m, offset, out);
  return true;
}

/**
 * Event i's Corrado ranks from its m estimation residuals and L window ARs sorted in `keys`
 * (positions in `keyIndex`): each value's average rank, its rank deviation and raw ranks added to the
 * residuals' relative days (offset + j), the window's stored in `rankU`. Without ties (the usual
 * case) the rank is the sorted position + 1, so one scatter and one sequential pass.
 */
function addRanks(i: number, m: number, offset: number, out: CoreOutput): void {
  const L = out.windowLength;
  const base = i * L;
  const total = m + L;
  const scaleRank = 1 / (total + 1);
  const meanRank = (total + 1) / 2;
  const { rankU } = out;
  let ties = 0;
  for (let k = 1; k < total; k++) ties |= +(keys[k] === keys[k - 1]);
  if (ties === 0) {
    for (let k = 0; k < total; k++) rankOf[keyIndex[k]] = k + 1;
    for (let j = 0; j < m; j++) {
      const r = offset + j;
      const rank = rankOf[j];
      rankSum[r] += rank * scaleRank - 0.5;
      rawRankSum[r] += rank;
      rawDeviationSum[r] += rank - meanRank;
    }
    for (let d = 0; d < L; d++) rankU[base + d] = rankOf[m + d] * scaleRank - 0.5;
    return;
  }
  // Runs of equal values share their average rank, (start + 1 + end)/2.
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
        rankSum[r] += rankU_;
        rawRankSum[r] += rank;
        rawDeviationSum[r] += rank - meanRank;
      } else {
        rankU[base + j - m] = rankU_;
      }
    }
    start = end;
  }
}

/**
 * The rest of `sortInto`'s bucket sort once each value's bucket (`bucketOf`) is known and counted
 * (`bucketStart[b + 1]` = values in bucket b, no bucket crowded): `values[0..n)` ascending into
 * `keys`, their positions into `keyIndex`.
 */
function bucketSort(n: number, buckets: number): void {
  const starts = bucketStart;
  for (let b = 1; b <= buckets; b++) starts[b] += starts[b - 1];
  for (let k = 0; k < n; k++) {
    const p = starts[bucketOf[k]]++;
    keys[p] = values[k];
    keyIndex[p] = k;
  }
  // Insertion sort: moves stay within a bucket; a value already in order (most) is not rewritten.
  for (let k = 1; k < n; k++) {
    const key = keys[k];
    if (!(keys[k - 1] > key)) continue;
    const id = keyIndex[k];
    let j = k - 1;
    do {
      keys[j + 1] = keys[j];
      keyIndex[j + 1] = keyIndex[j];
      j--;
    } while (j >= 0 && keys[j] > key);
    keys[j + 1] = key;
    keyIndex[j + 1] = id;
  }
}
