import { describe, expect, it } from 'vitest';
import { grankTests, type GrankInputs, type LinearSars } from '../../src/eventstudy/rankTests';

/**
 * GRANK from each event's SARs in ascending order (binary search, what a single engine run
 * gives) must equal GRANK from comparing every SAR (what partials and merged shards give), to
 * the bit: ties with the tested value, missing days and a NaN tested value included.
 */
describe('grankTests with SAR-ordered days', () => {
  const days = 8;
  // The tested value of event 1 in the second test, computed as grankTests does (x / sd(x)): event 1's tied SARs are set to it.
  const tiedTest = [1, 0.3, -1];
  let mean = 0;
  for (const x of tiedTest) mean += x;
  mean /= 3;
  let ss = 0;
  for (const x of tiedTest) ss += (x - mean) ** 2;
  const v = 0.3 / Math.sqrt(ss / 2);
  // Three events × 8 estimation days; NaN = missing; event 1 has a run of three equal SARs.
  const sar = Float64Array.from([
    [0.5, -1.2, 0.3, NaN, 1.1, -0.4, 0.0, 2.0],
    [v, v, v, -0.7, 0.9, NaN, NaN, -1.5],
    [-0.3, 1.4, -2.2, 0.6, 0.1, -0.9, 0.8, 0.35],
  ].flat());
  const row = (i: number) => sar.subarray(i * days, (i + 1) * days);
  const counts = [0, 1, 2].map((i) => row(i).filter((v) => !Number.isNaN(v)).length);
  const inputs: GrankInputs = {
    sars: row,
    events: 3,
    days,
    counts,
    // Rank sums and day counts as the engine would add them (any values serve the comparison).
    rankSums: Float64Array.from({ length: days }, (_, t) => 0.05 * t - 0.1),
    dayCounts: Float64Array.from({ length: days }, (_, t) => [0, 1, 2].filter((i) => !Number.isNaN(sar[i * days + t])).length),
  };
  const sorted = (i: number) => Int32Array.from([...Array(days).keys()].filter((t) => !Number.isNaN(sar[i * days + t])).sort((a, b) => sar[i * days + a] - sar[i * days + b]));
  it('gives bit-identical results, ties and NaN tested values included', () => {
    const tested = [[0.4, -0.3, 1.2], tiedTest, [NaN, 0.5, -0.5], [2.5, 2.5, -3]];
    const byComparison = grankTests(inputs, tested);
    const bySearch = grankTests({ ...inputs, sorted }, tested);
    expect(bySearch).toEqual(byComparison);
    expect(byComparison.every((t) => t.name === 'grank')).toBe(true);
  });
});

describe('grankTests with SARs computed on demand', () => {
  it('linearSars (the few SARs the binary search reads, by formula) gives the bits of whole rows', () => {
    const days = 5;
    const sar = Float64Array.from([0.2, -1, NaN, 0.7, 0.1, -0.3, 0.9, 1.3, -0.8, 0.05]);
    const row = (i: number) => sar.subarray(i * days, (i + 1) * days);
    const sorted = (i: number) => Int32Array.from([...Array(days).keys()].filter((t) => !Number.isNaN(sar[i * days + t])).sort((a, b) => sar[i * days + a] - sar[i * days + b]));
    let reads = 0;
    const linearSars = (i: number, into: LinearSars) => { reads++; Object.assign(into, { y: sar, market: new Float64Array(sar.length), first: i * days, intercept: 0, slope: 0, inverseSigma: 1 }); return true; };
    const inputs: GrankInputs = { sars: row, events: 2, days, counts: [4, 5], rankSums: Float64Array.of(0.1, -0.2, 0, 0.3, -0.1), dayCounts: Float64Array.of(2, 2, 1, 2, 2), sorted };
    const tested = [[0.4, -0.6], [1, 0.9]];
    expect(grankTests({ ...inputs, linearSars, sars: () => { throw new Error('rows not needed'); } }, tested)).toEqual(grankTests(inputs, tested));
    expect(reads).toBeGreaterThan(0);
  });
});
