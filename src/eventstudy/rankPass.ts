// The engine's rank pass over one event: estimation-residual accumulators, one sort, every rank quantity.
import { sortInto } from '../stats/ranks';
import type { CoreOutput, CoreSeries } from './core';
import type { ModelFit } from './fit';
import { estimationResidual } from './residuals';
import type { ResolvedOptions } from './types';
import type { Scratch } from './windowSums';

/**
 * One pass over the estimation window: residual signs (Cowan's p̂), Brown–Warner's
 * per-relative-day AR sums, the per-relative-day sums for Kolari–Pynnönen's r̄; then, when
 * a rank or median test is asked (`scratch.needs`), one sort of the estimation and
 * event-window ARs and one pass over the sorted runs of equal values for every rank
 * quantity: ranks among all T_i ARs (Corrado 1989, estudy2's raw ranks), ranks among the
 * estimation residuals alone (GRANK), and signs about the median (Corrado & Zivney 1992).
 */
export function collectEstimationResiduals(i: number, day0: number, s: CoreSeries, fit: ModelFit, options: ResolvedOptions, out: CoreOutput, scratch: Scratch, e1: number, e2: number, factorModel: boolean): void {
  const L = out.windowLength;
  const { values, relative: relativeOf, excluded, needs } = scratch;
  // Sums no asked test reads go to a throw-away array: a store costs less than a branch in this loop.
  const correlationSum = needs.correlation ? scratch.correlationSum : scratch.sink;
  const correlationSquares = needs.correlation ? scratch.correlationSquares : scratch.sink;
  const scale = 1 / Math.sqrt(fit.residualSS);
  const firstRelative = day0 + options.estimation[0];
  const { estimationArSum, estimationArCount } = scratch;
  const residualMean = fit.residualMean;
  let m = 0;
  let positives = 0;
  // Hot path (market, market-adjusted, mean-adjusted with a market): linearResidualAt written out —
  // calling it here measured 5–15% slower over the whole full-battery study (2026-12, Node 20).
  const market = fit.linear !== undefined ? s.market : undefined;
  const { y } = s;
  const intercept = fit.linear ? fit.linear.intercept : 0;
  const slope = fit.linear ? fit.linear.slope : 0;
  for (let t = e1; t <= e2; t++) {
    if (excluded[t] === 1) continue;
    let e: number;
    if (market) {
      const yt = y[t];
      const xt = market[t];
      if (!(Number.isFinite(yt) && Number.isFinite(xt))) continue;
      e = yt - intercept - slope * xt;
    } else {
      e = estimationResidual(s, fit, t, factorModel);
    }
    if (Number.isNaN(e)) continue;
    const relative = t - firstRelative;
    relativeOf[m] = relative;
    values[m++] = e;
    positives += +(e > 0); // branch-free: the sign of a residual is a coin flip
    estimationArSum[relative] += e;
    estimationArCount[relative] += 1;
    const u = (e - residualMean) * scale;
    correlationSum[relative] += u;
    correlationSquares[relative] += u * u;
  }
  out.positiveShare[i] = positives / m;
  const total = m + L;
  out.rankTotal[i] = total;
  if (needs.ranks) rankEvent(i, m, fit, out, scratch);
}

/**
 * Sorts event i's m estimation residuals (in `scratch.values`) with its L window ARs and
 * adds every rank quantity the asked tests read.
 */
export function rankEvent(i: number, m: number, fit: ModelFit, out: CoreOutput, scratch: Scratch): void {
  const L = out.windowLength;
  const { values, relative: relativeOf, keys, keyIndex, needs } = scratch;
  const base = i * L;
  for (let d = 0; d < L; d++) values[m + d] = out.ar[base + d];
  const total = m + L;
  // Residual mean and standard deviation as the bucket sort's centre and scale (they only set its speed).
  sortInto(values, total, keys, keyIndex, fit.residualMean, Math.sqrt(fit.residualSS / m));
  // The median of the T_i ranked ARs (Corrado & Zivney's sign test).
  const half = total >> 1;
  const median = total % 2 === 1 ? keys[half] : (keys[half - 1] + keys[half]) / 2;
  const scaleRank = 1 / (total + 1);
  const meanRank = (total + 1) / 2;
  const { estimationRankSum } = scratch;
  const { rankU, signG } = out;
  const grankWeight = 1 / (out.n[i] + 2); // T_i as the GRANK statistic counts it (the fit's n)
  const { grank, signs, rawRanks } = needs;
  const { sink } = scratch;
  // Sums no asked test reads go to a throw-away array: unconditional stores measured ≈10% faster over
  // the whole study than a branch per store in this loop.
  const grankRankSum = grank ? out.grankRankSum : sink;
  const estimationRawRankSum = rawRanks ? scratch.estimationRawRankSum : sink;
  const estimationRawDeviationSum = rawRanks ? scratch.estimationRawDeviationSum : sink;
  const estimationSignSum = signs ? out.estimationSignSum : sink;
  // Each run of equal values [start, end) shares the average rank among all T_i values, and among
  // the estimation residuals alone the average rank after the window ARs below it are left out.
  const order = grank ? out.estimationOrder! : scratch.orderSink;
  let ordered = grank ? i * out.estimationLength : 0;
  let windowBefore = 0;
  for (let start = 0; start < total; ) {
    const value = keys[start];
    let end = start + 1;
    while (end < total && keys[end] === value) end++;
    // sign(value − median), branch-free (a coin flip); a ±0 sign adds nothing either way.
    const sign = +(value > median) - +(value < median);
    // Window ARs in the run: one comparison when there is no tie (the usual case).
    let windowInGroup = +(keyIndex[start] >= m);
    for (let k = start + 1; k < end; k++) if (keyIndex[k] >= m) windowInGroup++;
    const rank = (start + 1 + end) / 2;
    const rankU_ = rank * scaleRank - 0.5;
    const grankRank = start - windowBefore + (end - start - windowInGroup + 1) / 2;
    const grankU = (grankRank + 1) * grankWeight - 0.5;
    for (let k = start; k < end; k++) {
      const j = keyIndex[k];
      if (j < m) {
        const r = relativeOf[j];
        estimationRankSum[r] += rankU_;
        order[ordered++] = r;
        grankRankSum[r] += grankU;
        estimationRawRankSum[r] += rank;
        estimationRawDeviationSum[r] += rank - meanRank;
        estimationSignSum[r] += sign;
      } else {
        rankU[base + j - m] = rankU_;
        // Math.sign of the difference, not `sign`: −0 for a −0 AR at a +0 median, as the engine has always written.
        if (signs) signG[base + j - m] = Math.sign(values[j] - median);
      }
    }
    windowBefore += windowInGroup;
    start = end;
  }
}
