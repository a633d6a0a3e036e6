import { gammaln } from 'simple-statistics';
import { describe, expect, it } from 'vitest';
import { logGamma } from '../../src/stats/gamma';

// An independent implementation (simple-statistics' Lanczos approximation, which ln Γ used before
// src/stats/gamma.ts replaced it to keep statistics libraries out of every event study's start-up):
// the two must agree everywhere the p-values use ln Γ, to the Lanczos series' own accuracy.
describe('logGamma against simple-statistics gammaln', () => {
  it('agrees to 1e-10 (absolute below 1, relative above) on integers, half-integers and a grid of other arguments', () => {
    const xs: number[] = [];
    for (let n = 1; n <= 400; n++) xs.push(n / 2); // the tests' ν/2 and ½ shapes, and beyond the exact-product range
    for (let x = 0.013; x < 60; x *= 1.07) xs.push(x);
    for (const x of [123.456, 999.5, 12_345.678, 1e5 + 0.25]) xs.push(x);
    let worst = 0;
    for (const x of xs) {
      const ours = logGamma(x);
      const theirs = gammaln(x);
      worst = Math.max(worst, Math.abs(ours - theirs) / Math.max(1, Math.abs(theirs)));
    }
    expect(worst).toBeLessThan(1e-10);
  });
});
