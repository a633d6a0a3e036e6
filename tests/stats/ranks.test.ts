import { describe, expect, it } from 'vitest';
import { averageRanks, rankInto, sortInto, wilcoxonSignedRank } from 'market-reaction';

describe('averageRanks', () => {
  it('averages ties and keeps NaN', () => {
    // By hand: 10 → 1; the two 20s share ranks 2 and 3 → 2.5; 30 → 4.
    expect(Array.from(averageRanks([10, 30, 20, NaN, 20]))).toEqual([1, 4, 2.5, NaN, 2.5]);
  });
});

describe('rankInto', () => {
  it('matches brute-force average ranks on 500 values with ties', () => {
    // Brute force: rank = (number below) + (number equal + 1)/2.
    const values = Array.from({ length: 500 }, (_, i) => ((i * 7919) % 101) / 10 - 5);
    const keys = Float64Array.from(values);
    const index = Int32Array.from(values, (_, i) => i);
    const ranks = new Float64Array(values.length);
    rankInto(keys, index, values.length, ranks);
    values.forEach((v, i) => {
      const below = values.filter((w) => w < v).length;
      const equal = values.filter((w) => w === v).length;
      expect(ranks[i]).toBe(below + (equal + 1) / 2);
    });
    expect(Array.from(keys)).toEqual([...values].sort((a, b) => a - b));
  });
});

describe('sortInto', () => {
  /** Sorts with sortInto and checks against Array.prototype.sort: keys ascending, index pointing back at each key's source value. */
  const check = (values: number[]) => {
    const source = Float64Array.from(values);
    const keys = new Float64Array(values.length);
    const index = new Int32Array(values.length);
    sortInto(source, values.length, keys, index);
    expect(Array.from(keys)).toEqual([...values].sort((a, b) => a - b));
    expect(Array.from(index, (j) => source[j])).toEqual(Array.from(keys));
    expect(new Set(index).size).toBe(values.length); // a permutation
    expect(Array.from(source)).toEqual(values); // source untouched
  };
  it('sorts bell-shaped values (the bucket pass) with ties', () => {
    // Residual-like values: a triangular sum of three uniforms, rounded so some repeat.
    let state = 7;
    const uniform = () => (state = (state * 48271) % 2147483647) / 2147483647;
    check(Array.from({ length: 253 }, () => Math.round((uniform() + uniform() + uniform() - 1.5) * 1000) / 1e5));
  });
  it('sorts crowded buckets (one outlier squeezes the rest into a few buckets) and short inputs', () => {
    check([1e6, ...Array.from({ length: 300 }, (_, i) => ((i * 37) % 101) / 1000)]);
    check([3, 1, 2]);
    check([]);
  });
  it('falls back to quicksort for constant values, infinities and overflowing spreads', () => {
    check(Array.from({ length: 100 }, () => 0.5));
    check([Infinity, -Infinity, ...Array.from({ length: 60 }, (_, i) => i % 7)]);
    check([1.7e308, -1.7e308, ...Array.from({ length: 60 }, (_, i) => i)]);
    check([5e-324, 0, ...Array.from({ length: 60 }, (_, i) => (i % 2) * 5e-324)]);
  });
});

describe('wilcoxonSignedRank', () => {
  it('reproduces the R documentation example (Hollander & Wolfe 1973, p. 29)', () => {
    // R: wilcox.test(x, y, paired = TRUE) gives V = 40, p-value = 0.03906 (two-sided).
    const x = [1.83, 0.5, 1.62, 2.48, 1.68, 1.88, 1.55, 3.06, 1.3];
    const y = [0.878, 0.647, 0.598, 2.05, 1.06, 1.29, 1.06, 3.14, 1.29];
    const result = wilcoxonSignedRank(x.map((v, i) => v - y[i]));
    expect(result.wPlus).toBe(40);
    expect(result.exact).toBe(true);
    expect(result.pValue).toBeCloseTo(0.0390625, 10); // = 2 · 10/512, counted by hand from the exact distribution
  });

  it('uses the tie-corrected normal approximation with continuity correction with ties', () => {
    // |x| = 1,1,2 → ranks 1.5, 1.5, 3; W⁺ = 1.5 + 3 = 4.5; mean 3; var = 3·4·7/24 − (8−2)/48 = 3.375;
    // R's continuity correction ½ toward the mean: z = (1.5 − 0.5)/√3.375.
    const result = wilcoxonSignedRank([1, -1, 2, 0]);
    expect(result.n).toBe(3);
    expect(result.wPlus).toBe(4.5);
    expect(result.z).toBeCloseTo(1 / Math.sqrt(3.375), 14);
    expect(result.exact).toBe(false);
    // R 4.2.2: wilcox.test(c(1, -1, 2, 0)) → V = 4.5, p-value = 0.58621368107313998
    expect(result.pValue).toBeCloseTo(0.58621368107313998, 12);
  });

  it('follows R: a zero makes the p-value approximate even without ties', () => {
    // R 4.2.2: wilcox.test(c(0.5, 1.2, -0.3, 2.0, 0)) → V = 9, p-value = 0.20124262095772402
    const result = wilcoxonSignedRank([0.5, 1.2, -0.3, 2.0, 0]);
    expect(result.wPlus).toBe(9);
    expect(result.exact).toBe(false);
    expect(result.pValue).toBeCloseTo(0.20124262095772402, 12);
  });

  it('is exact below 50 values and approximate from 50 on, as R', () => {
    // x_k = (37k mod 101) − 35.25, k = 1..50: no zeros, no ties in |x|. R 4.2.2:
    // wilcox.test(x[1:49]) → V = 931, p = 0.0011974561115302154 (exact);
    // wilcox.test(x) → V = 962, p = 0.0017620251149920579 (normal, continuity-corrected).
    const x = Array.from({ length: 50 }, (_, i) => ((37 * (i + 1)) % 101) - 35.25);
    const first49 = wilcoxonSignedRank(x.slice(0, 49));
    expect(first49.wPlus).toBe(931);
    expect(first49.exact).toBe(true);
    expect(first49.pValue).toBeCloseTo(0.0011974561115302154, 14);
    const all = wilcoxonSignedRank(x);
    expect(all.wPlus).toBe(962);
    expect(all.exact).toBe(false);
    expect(all.pValue).toBeCloseTo(0.0017620251149920579, 12);
  });
});
