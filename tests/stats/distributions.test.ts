import { describe, expect, it } from 'vitest';
import {
  erfc,
  normalCdf,
  normalTwoSidedPValue,
  regularizedGammaP,
  regularizedIncompleteBeta,
  studentTCdf,
  studentTTwoSidedPValue,
  ValueError,
} from 'market-reaction';

describe('normalCdf', () => {
  // Reference values: Abramowitz & Stegun Table 26.1 / R `pnorm` (printed with 16 digits).
  it.each([
    [0, 0.5],
    [1, 0.8413447460685429],
    [1.96, 0.9750021048517795],
    [-3, 0.0013498980316301],
    [-8, 6.22096057427178e-16],
  ])('Φ(%d)', (z, expected) => {
    expect(normalCdf(z)).toBeCloseTo(expected, 15);
    expect(Math.abs(normalCdf(z) - expected) / expected).toBeLessThan(1e-12);
  });

  it('gives the 5% two-sided critical value', () => {
    // 1.959963984540054 is the 97.5% quantile (R qnorm(0.975)).
    expect(normalTwoSidedPValue(1.959963984540054)).toBeCloseTo(0.05, 14);
    expect(normalTwoSidedPValue(-1.959963984540054)).toBeCloseTo(0.05, 14);
  });

  it('erfc(1) and its symmetry', () => {
    // A&S Table 7.1: erf(1) = 0.8427007929497149.
    expect(erfc(1)).toBeCloseTo(1 - 0.8427007929497149, 15);
    expect(erfc(-1)).toBeCloseTo(1 + 0.8427007929497149, 15);
  });
});

describe('regularizedGammaP', () => {
  it('matches closed forms', () => {
    // P(1, x) = 1 − e^−x (exponential distribution).
    expect(regularizedGammaP(1, 1)).toBeCloseTo(1 - Math.exp(-1), 15);
    // P(2, x) = 1 − e^−x (1 + x).
    expect(regularizedGammaP(2, 5)).toBeCloseTo(1 - Math.exp(-5) * 6, 15);
  });
  it('rejects bad shape', () => {
    expect(() => regularizedGammaP(0, 1)).toThrow(ValueError);
  });
});

describe('regularizedIncompleteBeta', () => {
  it('matches the binomial identity', () => {
    // I_x(2,3) = Σ_{j=2..4} C(4,j) x^j (1−x)^(4−j); at x = ½: (6+4+1)/16 = 0.6875.
    expect(regularizedIncompleteBeta(0.5, 2, 3)).toBeCloseTo(0.6875, 15);
    // I_x(1, b) = 1 − (1−x)^b.
    expect(regularizedIncompleteBeta(0.3, 1, 7)).toBeCloseTo(1 - 0.7 ** 7, 15);
  });
  it('rejects x outside [0, 1]', () => {
    expect(() => regularizedIncompleteBeta(1.5, 1, 1)).toThrow(/x must be in \[0, 1\]/);
  });
});

describe('studentTCdf', () => {
  // Critical values from a published t table (e.g. NIST/SEMATECH e-Handbook 1.3.6.7.2),
  // given there to 3 decimals; here R `qt` values with more digits.
  it.each([
    [2.228138851986274, 10, 0.975],
    [4.032142983557536, 5, 0.995],
    [1.6448536269514729, 1e9, 0.95], // normal limit
    [2.042272456, 30, 0.975],
    [12.706204736174698, 1, 0.975],
  ])('F(%d; df=%d)', (t, df, expected) => {
    expect(studentTCdf(t, df)).toBeCloseTo(expected, 10); // the quantiles above are given to 10 significant digits
    expect(studentTCdf(-t, df)).toBeCloseTo(1 - expected, 10);
  });

  it('matches closed forms for df = 1 and 2', () => {
    // Cauchy: F(t) = ½ + atan(t)/π.  df = 2: F(t) = ½ + t / (2√(2 + t²)).
    expect(studentTCdf(1, 1)).toBeCloseTo(0.75, 15);
    expect(studentTCdf(2, 2)).toBeCloseTo(0.5 + 2 / (2 * Math.sqrt(6)), 15);
  });

  it('two-sided p-values', () => {
    expect(studentTTwoSidedPValue(2.228138851986274, 10)).toBeCloseTo(0.05, 13);
    expect(studentTTwoSidedPValue(NaN, 10)).toBeNaN();
  });
});
