import { describe, expect, it } from 'vitest';
import { adjustedPatellTest, brownWarner1980Test, lambTest, patellTest, skewnessCorrectedTTest } from '../../src/eventstudy/parametricTests';
import { carRankTest, estimationRanks, grankTest, scaledSumTest } from '../../src/eventstudy/rankTests';
import { rereadAs, significanceStars, tResult } from '../../src/eventstudy/testResult';

// Expected values computed by hand or with a separate pure-Python transcription of the
// papers' formulas (inline in the comments), not with src/.
describe('new aggregate tests: formulas on small inputs', () => {
  it('Brown–Warner 1980: S = √(Σσ²)/N, t(mean T − 1)', () => {
    const t = brownWarner1980Test(0.01, 1, Float64Array.of(0.02, 0.02, 0.02, 0.02), 245.6);
    expect(t.statistic).toBeCloseTo(1, 15); // 0.01 / (√(4·0.0004)/4)
    expect(t).toMatchObject({ name: 'brown_warner_1980', distribution: 't', df: 244.6, n: 4 });
    expect(brownWarner1980Test(0.03, 9, Float64Array.of(0.02, 0.02, 0.02, 0.02), 250).statistic).toBeCloseTo(1, 15); // CAAR/(√L·S)
  });

  it('Lamb: AAR/(S·√C), normal', () => {
    const t = lambTest(0.02, 1, Float64Array.of(0.01, -0.01, 0.01, -0.01));
    expect(t.statistic).toBeCloseTo(0.02 / Math.sqrt(0.0004 / 3), 14);
    expect(lambTest(0.02, 4, Float64Array.of(0.01, -0.01, 0.01, -0.01)).statistic).toBeCloseTo(t.statistic / 2, 14);
    expect(t.distribution).toBe('normal');
  });

  it('skewness-corrected t (Hall 1992): γ = 0 gives the plain t; a skewed sample', () => {
    expect(skewnessCorrectedTTest(Float64Array.of(1, 2, 3)).statistic).toBeCloseTo(Math.sqrt(3) * 2, 14);
    // python: x=[1,2,6]; S=m/sd; g=n/((n-1)(n-2))Σ(x-m)³/sd³; √n(S+gS²/3+g²S³/27+g/(6n)) = 3.3851947724593456
    const t = skewnessCorrectedTTest(Float64Array.of(1, 2, 6));
    expect(t.statistic).toBeCloseTo(3.3851947724593456, 13);
    expect(t).toMatchObject({ distribution: 't', df: 2 });
    expect(Number.isNaN(skewnessCorrectedTTest(Float64Array.of(1, 2)).statistic)).toBe(true);
  });

  it('adjusted Patell (Kolari & Pynnönen 2010): Z/√(1 + (N − 1)r̄)', () => {
    const patell = patellTest(Float64Array.of(1, 2, 0.5, -0.2, 1.1), Float64Array.of(248, 248, 248, 248, 248));
    expect(adjustedPatellTest(patell, 0.2).statistic).toBeCloseTo(patell.statistic / Math.sqrt(1.8), 14);
    expect(adjustedPatellTest(patell, 0).statistic).toBe(patell.statistic);
    expect(Number.isNaN(adjustedPatellTest(patell, -0.5).statistic)).toBe(true);
    const one = patellTest(Float64Array.of(1.5), Float64Array.of(248));
    expect(adjustedPatellTest(one, NaN).statistic).toBe(one.statistic);
  });

  it('Corrado–Zivney scaled sums and estudy2 inflation', () => {
    const all = [{ sum: 1, count: 2 }, { sum: -1, count: 1 }, { sum: 2, count: 2 }];
    // default: terms X/√N: 1/√2, −1, 2/√2; S² = (0.5 + 1 + 2)/3; Z = √2 / S
    const z = scaledSumTest('modified_rank', [all[2]], all, { weight: 'sqrt', inflate: false, T: 3, events: 2 });
    expect(z.statistic).toBeCloseTo(Math.SQRT2 / Math.sqrt(3.5 / 3), 14);
    // estudy2: X·N/N_t, T = mean T_i = 4: the day with one event counts −2/√1
    const e = scaledSumTest('modified_rank', [all[2]], all, { weight: 'sqrt', inflate: true, T: 4, events: 2 });
    expect(e.statistic).toBeCloseTo(Math.SQRT2 / Math.sqrt((0.5 + 4 + 2) / 4), 14);
  });

  it('estudy2 car_rank_test', () => {
    // one event, T = 2 ranks {1, 2}: mean rank 1.5; the window day has rank 2; S² = ((1 − 1.5)² + (2 − 1.5)²)/2
    expect(carRankTest([{ sum: 2, count: 1 }], [{ sum: 1, count: 1 }, { sum: 2, count: 1 }], [2]).statistic).toBeCloseTo(0.5 / 0.5, 14);
  });

  it('GRANK (Kolari & Pynnönen 2011) on a toy sample with a missing estimation day', () => {
    const sar = Float64Array.of(0.5, -1.0, 0.2, 1.5, -0.3, NaN, 0.1, -0.7, 0.9, 0.4, 1.1, -0.2, 0.0, -1.3, 0.6);
    const t = grankTest(sar, estimationRanks(sar, 5), 5, Float64Array.of(2.0, 0.5, 1.2));
    // pure python: ranks of (SAR, SCAR/sd(SCAR)) per event, U = K/(T_i+1) − ½, S² = (1/T)Σ(N_t/N)Ū_t², t = Z√((T−2)/(T−1−Z²))
    expect(t.statistic).toBeCloseTo(2.1640264005454495, 13);
    expect(t).toMatchObject({ name: 'grank', distribution: 't', df: 4, n: 3 });
  });

  it('stars and re-reading a statistic from another distribution', () => {
    expect([0.005, 0.01, 0.03, 0.05, 0.07, 0.1, NaN].map(significanceStars)).toEqual(['***', '**', '**', '*', '*', '', '']);
    const z = rereadAs(tResult('brown_warner', 1.96, 4, 5), undefined);
    expect(z.distribution).toBe('normal');
    expect(z.pValue).toBeCloseTo(0.04999579029644097, 14);
  });
});
