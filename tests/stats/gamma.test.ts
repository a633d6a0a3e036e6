import { describe, expect, it } from 'vitest';
import { logGamma, logGammaRatio } from '../../src/stats/gamma';
import { studentTTwoSidedPValue } from '../../src/stats/studentT';

/** Relative error of `value` against a reference. */
const rel = (value: number, reference: number) => Math.abs(value - reference) / Math.abs(reference);

describe('logGamma', () => {
  it('is exact where Γ is a factorial or √π times a product', () => {
    expect(logGamma(1)).toBe(0);
    expect(logGamma(2)).toBe(0);
    expect(logGamma(0.5)).toBe(0.5 * Math.log(Math.PI)); // ln √π, correctly rounded
    expect(logGamma(10)).toBe(Math.log(362880)); // ln 9!
    expect(logGamma(1.5)).toBeCloseTo(Math.log(Math.sqrt(Math.PI) / 2), 15);
  });

  it('matches 30-digit references (mpmath loggamma) elsewhere', () => {
    // Values printed by mpmath 1.3.0 with mp.dps = 30.
    const references: [number, string][] = [
      [0.3, '1.09579799481807552167716814237'],
      [7.25, '7.05218545073853944492574925313'],
      [1234.567, '7551.02780998427603980854935069'],
      [0.001, '6.90717888538385368251234466808'],
      [1e6, '12815504.569147611659976971785'],
    ];
    for (const [x, reference] of references) expect(rel(logGamma(x), Number(reference))).toBeLessThan(2e-15); // the 30 digits, rounded to a double
  });

  it('is NaN outside its domain and +∞ at +∞', () => {
    expect(logGamma(0)).toBeNaN();
    expect(logGamma(-1.5)).toBeNaN();
    expect(logGamma(NaN)).toBeNaN();
    expect(logGamma(Infinity)).toBe(Infinity);
  });
});

describe('logGammaRatio and the t p-values it feeds', () => {
  it('ln Γ(1216.5) − ln Γ(1216) without cancellation (mpmath: 3.55155823521332124221803116606)', () => {
    expect(rel(logGammaRatio(1216, 0.5), Number('3.55155823521332124221803116606'))).toBeLessThan(1e-15);
  });

  it('a t test with 2,432 dof: p within 1e-13 of mpmath betainc (0.0965879979222726880162964914092)', () => {
    expect(rel(studentTTwoSidedPValue(1.6622676079916474, 2432), Number('0.0965879979222726880162964914092'))).toBeLessThan(1e-13);
  });
});
