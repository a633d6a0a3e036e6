import { describe, expect, it } from 'vitest';
import { invertSymmetricPositiveDefinite, olsFit } from 'market-reaction';

describe('olsFit (normal equations)', () => {
  it('reproduces the textbook example x = 1..5, y = 2,4,5,4,5', () => {
    // By hand: x̄ = 3, ȳ = 4, Sxy = 6, Sxx = 10 → β = 0.6, α = 2.2;
    // residuals −0.8, 0.6, 1.0, −0.6, −0.2 → SSR = 2.4; SST = 6 → R² = 0.6.
    const fit = olsFit(Float64Array.of(2, 4, 5, 4, 5), [Float64Array.of(1, 2, 3, 4, 5)], 0, 4)!;
    expect(fit.coefficients[0]).toBeCloseTo(2.2, 14);
    expect(fit.coefficients[1]).toBeCloseTo(0.6, 14);
    expect(fit.ssr).toBeCloseTo(2.4, 14);
    expect(1 - fit.ssr / fit.sst).toBeCloseTo(0.6, 14);
    // (X'X)⁻¹ for X = [1 x]: [[Σx², −Σx], [−Σx, n]] / (n·Sxx) = [[55, −15], [−15, 5]] / 50.
    expect(Array.from(fit.xtxInverse)).toEqual([1.1, -0.3, -0.3, 0.1].map((v) => expect.closeTo(v, 14)));
  });

  it('solves two regressors like Cramer’s rule', () => {
    const x1 = [0.01, -0.02, 0.015, 0.003, -0.007, 0.011, -0.004];
    const x2 = [0.002, 0.001, -0.003, 0.004, 0.0, -0.002, 0.003];
    const y = [0.012, -0.018, 0.02, 0.001, -0.006, 0.016, -0.006];
    const fit = olsFit(Float64Array.from(y), [Float64Array.from(x1), Float64Array.from(x2)], 0, 6)!;
    // Cramer's rule on the 3×3 normal equations, built here independently.
    const rows = x1.map((_, i) => [1, x1[i], x2[i]]);
    const a = [0, 1, 2].map((r) => [0, 1, 2].map((c) => rows.reduce((s, row) => s + row[r] * row[c], 0)));
    const b = [0, 1, 2].map((r) => rows.reduce((s, row, i) => s + row[r] * y[i], 0));
    const det = (m: number[][]) =>
      m[0][0] * (m[1][1] * m[2][2] - m[1][2] * m[2][1]) - m[0][1] * (m[1][0] * m[2][2] - m[1][2] * m[2][0]) + m[0][2] * (m[1][0] * m[2][1] - m[1][1] * m[2][0]);
    const d = det(a);
    for (let k = 0; k < 3; k++) {
      const replaced = a.map((row, r) => row.map((v, c) => (c === k ? b[r] : v)));
      expect(fit.coefficients[k]).toBeCloseTo(det(replaced) / d, 10);
    }
  });

  it('skips positions and non-finite values, and refuses singular designs', () => {
    const y = Float64Array.of(2, 4, NaN, 5, 4, 5, 99);
    const x = Float64Array.of(1, 2, 7, 3, 4, 5, 6);
    const fit = olsFit(y, [x], 0, 6, (t) => t === 6)!;
    expect(fit.n).toBe(5);
    expect(fit.coefficients[1]).toBeCloseTo(0.6, 14);
    expect(olsFit(y, [Float64Array.of(1, 1, 1, 1, 1, 1, 1)], 0, 5)).toBeUndefined();
  });
});

describe('invertSymmetricPositiveDefinite', () => {
  it('inverts a 2×2 matrix', () => {
    // [[4, 2], [2, 3]]⁻¹ = [[3, −2], [−2, 4]] / 8.
    const inv = invertSymmetricPositiveDefinite(Float64Array.of(4, 2, 2, 3), 2)!;
    expect(Array.from(inv)).toEqual([0.375, -0.25, -0.25, 0.5].map((v) => expect.closeTo(v, 15)));
  });
});
