import { describe, expect, it } from 'vitest';
import { eventStudyPanel, normalTwoSidedPValue, studentTTwoSidedPValue, ValueError } from 'market-reaction';
import { bruteRanks, mean, pearson, referenceOls, sd, syntheticPanel } from './synthetic';

// Every expected value below is computed in this file with plain loops from the
// textbook formulas (references in src/eventstudy/*Tests.ts), independently of the
// engine's prefix sums and accumulators.
const panel = syntheticPanel(6, 400);
const DAY0 = 330;
const EST: [number, number] = [-260, -11];
const WIN: [number, number] = [-1, 1];
const L = 3;
const stocks = [0, 1, 2, 3, 4];
const result = eventStudyPanel(panel, [...stocks.map((s) => ({ stock: s, day: DAY0 })), { stock: 5, day: 100 }], { estimation: EST, window: WIN });
const out = result.output;

const series = (s: number) => Array.from(panel.returns.subarray(s * panel.dayCount, (s + 1) * panel.dayCount));
const market = Array.from(panel.market);
const estDays = Array.from({ length: EST[1] - EST[0] + 1 }, (_, k) => DAY0 + EST[0] + k);
const winDays = [DAY0 - 1, DAY0, DAY0 + 1];

const reference = stocks.map((s) => {
  const y = series(s);
  const fit = referenceOls(estDays.map((t) => market[t]), estDays.map((t) => y[t]));
  const ar = winDays.map((t) => y[t] - fit.alpha - fit.beta * market[t]);
  const c = winDays.map((t) => 1 + 1 / fit.n + (market[t] - fit.meanX) ** 2 / fit.sxx);
  const sar = ar.map((a, k) => a / (fit.sigma * Math.sqrt(c[k])));
  const car = ar.reduce((a, b) => a + b, 0);
  const deviation = winDays.reduce((a, t) => a + market[t] - fit.meanX, 0);
  const sCar = fit.sigma * Math.sqrt(L + (L * L) / fit.n + deviation ** 2 / fit.sxx);
  const growth = (values: number[]) => values.reduce((g, r) => g * (1 + r), 1);
  const bhar = growth(winDays.map((t) => y[t])) - growth(winDays.map((t) => fit.alpha + fit.beta * market[t]));
  const ranks = bruteRanks([...fit.residuals, ...ar]).map((k) => k / (fit.n + L + 1) - 0.5);
  return { ...fit, ar, sar, car, scar: car / sCar, bhar, ranks, positiveShare: fit.residuals.filter((e) => e > 0).length / fit.n };
});
const N = reference.length;

describe('eventStudyPanel: per-event values', () => {
  it('estimates the market model like two-pass OLS', () => {
    reference.forEach((r, i) => {
      expect(out.alpha[i]).toBeCloseTo(r.alpha, 12);
      expect(out.beta[i]).toBeCloseTo(r.beta, 10);
      expect(out.sigma[i]).toBeCloseTo(r.sigma, 12);
      expect(out.r2[i]).toBeCloseTo(r.r2, 10);
      expect(out.n[i]).toBe(250);
    });
  });

  it('computes AR, CAR, BHAR and t statistics', () => {
    reference.forEach((r, i) => {
      for (let d = 0; d < L; d++) {
        expect(out.ar[i * L + d]).toBeCloseTo(r.ar[d], 12);
        expect(out.tAr[i * L + d]).toBeCloseTo(r.ar[d] / r.sigma, 9);
      }
      expect(out.car[i]).toBeCloseTo(r.car, 12);
      expect(out.bhar[i]).toBeCloseTo(r.bhar, 12);
      expect(out.tCar[i]).toBeCloseTo(r.car / (r.sigma * Math.sqrt(L)), 9);
      expect(out.pCar[i]).toBeCloseTo(studentTTwoSidedPValue(r.car / (r.sigma * Math.sqrt(L)), r.n - 2), 12);
    });
  });

  it('gives the failing event a status without touching the others', () => {
    expect(out.status[5]).toBe(1); // insufficient_estimation: day 100 leaves 90 estimation days < 100
    expect(out.reason[5]).toMatch(/only 90 estimation returns \(minimum 100\)/);
    expect(result.aggregate.nEvents).toBe(5);
  });
});

describe('eventStudyPanel: aggregate tests over the window (CAAR = 0)', () => {
  const tests = Object.fromEntries(result.aggregate.tests.map((t) => [t.name, t]));
  const car = reference.map((r) => r.car);
  const caar = mean(car);

  it('CAAR and AAR', () => {
    expect(result.aggregate.caar).toBeCloseTo(caar, 12);
    result.aggregate.aar.forEach((d, k) => expect(d.aar).toBeCloseTo(mean(reference.map((r) => r.ar[k])), 12));
  });

  it('cross-sectional t', () => {
    const t = (caar / sd(car)) * Math.sqrt(N);
    expect(tests.cross_sectional_t.statistic).toBeCloseTo(t, 10);
    expect(tests.cross_sectional_t.pValue).toBeCloseTo(studentTTwoSidedPValue(t, N - 1), 12);
  });

  it('Brown–Warner with the estimation-window AAR series', () => {
    const aarSeries = estDays.map((_, k) => mean(reference.map((r) => r.residuals[k])));
    const t = caar / (Math.sqrt(L) * sd(aarSeries));
    expect(tests.brown_warner.statistic).toBeCloseTo(t, 9);
    expect(tests.brown_warner.df).toBe(249);
  });

  it('Patell', () => {
    const z = reference.reduce((a, r) => a + r.sar.reduce((x, y) => x + y, 0) / Math.sqrt((L * (r.n - 2)) / (r.n - 4)), 0) / Math.sqrt(N);
    expect(tests.patell.statistic).toBeCloseTo(z, 10);
    expect(tests.patell.pValue).toBeCloseTo(normalTwoSidedPValue(z), 12);
  });

  it('BMP and Kolari–Pynnönen (r̄ = mean pairwise correlation of estimation residuals)', () => {
    const scar = reference.map((r) => r.scar);
    const t = (mean(scar) / sd(scar)) * Math.sqrt(N);
    expect(tests.bmp.statistic).toBeCloseTo(t, 10);
    const pairs: number[] = [];
    for (let i = 0; i < N; i++) for (let j = i + 1; j < N; j++) pairs.push(pearson(reference[i].residuals, reference[j].residuals));
    const rBar = mean(pairs);
    expect(rBar).toBeGreaterThan(0.05); // the common shock makes residuals correlate
    expect(result.aggregate.averageCorrelation).toBeCloseTo(rBar, 12);
    expect(tests.kolari_pynnonen.statistic).toBeCloseTo(t * Math.sqrt((1 - rBar) / (1 + (N - 1) * rBar)), 10);
  });

  it('Corrado rank', () => {
    const T = 250 + L;
    const uBar = Array.from({ length: T }, (_, k) => mean(reference.map((r) => r.ranks[k])));
    const sU = Math.sqrt(mean(uBar.map((u) => u * u)));
    const z = (uBar[250] + uBar[251] + uBar[252]) / (Math.sqrt(L) * sU);
    expect(tests.corrado_rank.statistic).toBeCloseTo(z, 10);
  });

  it('sign, generalized sign, Wilcoxon', () => {
    const positive = car.filter((c) => c > 0).length;
    expect(tests.sign.statistic).toBeCloseTo((positive - N / 2) / Math.sqrt(N / 4), 12);
    const pHat = mean(reference.map((r) => r.positiveShare));
    expect(tests.generalized_sign.statistic).toBeCloseTo((positive - N * pHat) / Math.sqrt(N * pHat * (1 - pHat)), 12);
    const ranks = bruteRanks(car.map(Math.abs));
    const wPlus = car.reduce((a, c, i) => a + (c > 0 ? ranks[i] : 0), 0);
    expect(tests.wilcoxon.statistic).toBe(wPlus);
    // Exact p by enumerating all 2^5 sign patterns of ranks 1..5.
    let atMost = 0;
    let atLeast = 0;
    for (let mask = 0; mask < 32; mask++) {
      let w = 0;
      for (let k = 0; k < 5; k++) if (mask & (1 << k)) w += k + 1;
      if (w <= wPlus) atMost++;
      if (w >= wPlus) atLeast++;
    }
    expect(tests.wilcoxon.pValue).toBeCloseTo(Math.min(1, (2 * Math.min(atMost, atLeast)) / 32), 12);
  });
});

describe('eventStudyPanel: tests on day 0 (AAR = 0)', () => {
  const day0 = result.aggregate.testsByDay.find((d) => d.day === 0)!;
  const tests = Object.fromEntries(day0.tests.map((t) => [t.name, t]));
  const ar = reference.map((r) => r.ar[1]);
  const sar = reference.map((r) => r.sar[1]);

  it('parametric', () => {
    expect(tests.cross_sectional_t.statistic).toBeCloseTo((mean(ar) / sd(ar)) * Math.sqrt(N), 10);
    const aarSeries = estDays.map((_, k) => mean(reference.map((r) => r.residuals[k])));
    expect(tests.brown_warner.statistic).toBeCloseTo(mean(ar) / sd(aarSeries), 9);
    const variance = reference.reduce((a, r) => a + (r.n - 2) / (r.n - 4), 0);
    expect(tests.patell.statistic).toBeCloseTo(sar.reduce((a, b) => a + b, 0) / Math.sqrt(variance), 10);
    expect(tests.bmp.statistic).toBeCloseTo((mean(sar) / sd(sar)) * Math.sqrt(N), 10);
  });

  it('rank and sign', () => {
    const T = 250 + L;
    const uBar = Array.from({ length: T }, (_, k) => mean(reference.map((r) => r.ranks[k])));
    expect(tests.corrado_rank.statistic).toBeCloseTo(uBar[251] / Math.sqrt(mean(uBar.map((u) => u * u))), 10);
    const positive = ar.filter((a) => a > 0).length;
    expect(tests.sign.statistic).toBeCloseTo((positive - N / 2) / Math.sqrt(N / 4), 12);
  });
});

describe('eventStudyPanel: options', () => {
  it('rejects overlapping estimation and event windows', () => {
    expect(() => eventStudyPanel(panel, [{ stock: 0, day: DAY0 }], { estimation: [-100, 0] })).toThrow(ValueError);
    expect(() => eventStudyPanel(panel, [{ stock: 0, day: DAY0 }], { estimation: [-100, 0] })).toThrow(/overlaps event window/);
  });

  it('excludes other events of the same stock from the estimation window when asked', () => {
    const events = [{ stock: 0, day: DAY0 }, { stock: 0, day: DAY0 - 100 }];
    const kept = eventStudyPanel(panel, events);
    expect(kept.overlaps).toContainEqual({ event: 0, other: 1, kind: 'in-estimation' });
    expect(kept.output.n[0]).toBe(250);
    const dropped = eventStudyPanel(panel, events, { excludeOtherEvents: true });
    expect(dropped.output.n[0]).toBe(247);
    // Independent check: OLS over the estimation days without the other event's 3 days.
    const y = series(0);
    const days = estDays.filter((t) => Math.abs(t - (DAY0 - 100)) > 1);
    const fit = referenceOls(days.map((t) => market[t]), days.map((t) => y[t]));
    expect(dropped.output.beta[0]).toBeCloseTo(fit.beta, 10);
    expect(dropped.output.sigma[0]).toBeCloseTo(fit.sigma, 12);
  });

  it('suspect_data: a stock or market return beyond ±90% in an event\'s windows stops that event only, naming series and day', () => {
    const spiked = { ...panel, returns: Float64Array.from(panel.returns), market: Float64Array.from(panel.market), names: ['S0', 'S1', 'S2', 'S3', 'S4', 'S5'] };
    spiked.returns[0 * panel.dayCount + DAY0 - 200] = 4.5; // stock S0: +450% in its estimation window
    spiked.returns[1 * panel.dayCount + DAY0 - 300] = -0.95; // stock S1: before its estimation window: harmless
    spiked.market[DAY0 + 1] = 3; // the market +300% on day +1: every event of day DAY0
    const r = eventStudyPanel(spiked, [{ stock: 0, day: DAY0 - 20 }, { stock: 1, day: DAY0 - 20 }, { stock: 2, day: DAY0 }, { stock: 3, day: DAY0 - 20 }]);
    expect(Array.from(r.output.status)).toEqual([6, 0, 6, 0]); // STATUS_CODES[6] = 'suspect_data'
    expect(r.output.reason[0]).toBe('S0: implausible daily return +450% on day 130, beyond the ±90% bound (maxAbsReturn): check the data');
    expect(r.output.reason[2]).toMatch(/^market: implausible daily return/);
    // The other events are exactly as without the spikes; the bound can be moved or switched off.
    const clean = eventStudyPanel(panel, [{ stock: 1, day: DAY0 - 20 }]);
    expect(r.output.car[1]).toBe(clean.output.car[0]);
    expect(eventStudyPanel(spiked, [{ stock: 0, day: DAY0 - 20 }], { maxAbsReturn: 5 }).output.status[0]).toBe(0);
    const dated = eventStudyPanel({ ...spiked, dates: Array.from({ length: panel.dayCount }, (_, t) => `d${t}`) }, [{ stock: 0, day: DAY0 - 20 }]);
    expect(dated.output.reason[0]).toMatch(/\+450% on d130,/);
  });

  it('suspect_data: the days between the estimation and event windows count; days no event reaches are not looked at', () => {
    // Stock S4, estimation [−100, −11]: the event at day 120 reaches days 20..121, the one at DAY0 days DAY0 − 100..DAY0 + 1.
    const options = { estimation: [-100, -11] as [number, number] };
    const spiked = { ...panel, returns: Float64Array.from(panel.returns), names: ['S0', 'S1', 'S2', 'S3', 'S4', 'S5'] };
    spiked.returns[4 * panel.dayCount + DAY0 - 5] = 2; // day −5 of the second event: in neither of its windows, but between them
    spiked.returns[4 * panel.dayCount + 180] = 2; // between the two reaches
    const r = eventStudyPanel(spiked, [{ stock: 4, day: 120 }, { stock: 4, day: DAY0 }], options);
    expect(Array.from(r.output.status)).toEqual([0, 6]);
    expect(r.output.reason[1]).toBe(`S4: implausible daily return +200% on day ${DAY0 - 5}, beyond the ±90% bound (maxAbsReturn): check the data`);
    expect(r.output.car[0]).toBe(eventStudyPanel(panel, [{ stock: 4, day: 120 }], options).output.car[0]);
  });

  it('skips missing (NaN) estimation days and reports a missing event-window day', () => {
    const holes = { ...panel, returns: Float64Array.from(panel.returns) };
    holes.returns[0 * panel.dayCount + DAY0 - 50] = NaN; // stock 0: one estimation day missing
    holes.returns[1 * panel.dayCount + DAY0] = NaN; // stock 1: day 0 missing
    const r = eventStudyPanel(holes, [{ stock: 0, day: DAY0 }, { stock: 1, day: DAY0 }]);
    expect(r.output.n[0]).toBe(249);
    const y = series(0);
    const days = estDays.filter((t) => t !== DAY0 - 50);
    expect(r.output.beta[0]).toBeCloseTo(referenceOls(days.map((t) => market[t]), days.map((t) => y[t])).beta, 10);
    expect(r.output.status[1]).toBe(3); // missing_data
    expect(r.output.reason[1]).toBe('no return on event-window day 0');
  });

  it('marks constant returns and a missing event window', () => {
    const flat = { ...panel, returns: Float64Array.from(panel.returns), stockCount: panel.stockCount };
    flat.returns.fill(0.001, 0, panel.dayCount); // stock 0 constant
    const r = eventStudyPanel(flat, [{ stock: 0, day: DAY0 }, { stock: 1, day: 399 }, { stock: 2, day: DAY0 }]);
    expect(r.output.status[0]).toBe(4); // constant_returns
    expect(r.output.status[1]).toBe(3); // missing_data: window ends after the data
    expect(r.output.status[2]).toBe(0);
  });

  it("reproduces estudy2's Patell day statistic with sigmaDenominator 'n-1'", () => {
    // estudy2 patell(): SAR = AR / sd(estimation AR) / √(1 + 1/M + (Rm − R̄m)²/Σ(Rm − R̄m)²), Z = ΣSAR / √Σ(M−2)/(M−4).
    const r = eventStudyPanel(panel, stocks.map((s) => ({ stock: s, day: DAY0 })), { sigmaDenominator: 'n-1' });
    const sar = reference.map((ref) => (ref.sar[1] * ref.sigma) / sd(ref.residuals));
    const expected = sar.reduce((a, b) => a + b, 0) / Math.sqrt(N * (248 / 246));
    const patell = r.aggregate.testsByDay[1].tests.find((t) => t.name === 'patell')!;
    expect(patell.statistic).toBeCloseTo(expected, 10);
    expect(r.output.sigma[0]).toBeCloseTo(sd(reference[0].residuals), 14);
  });

  it('agrees across models on what they share', () => {
    const adjusted = eventStudyPanel(panel, [{ stock: 1, day: DAY0 }], { model: 'market-adjusted' });
    const y = series(1);
    expect(adjusted.output.ar[1]).toBeCloseTo(y[DAY0] - market[DAY0], 14);
    const e = estDays.map((t) => y[t] - market[t]);
    expect(adjusted.output.sigma[0]).toBeCloseTo(sd(e), 12);
    const meanAdjusted = eventStudyPanel(panel, [{ stock: 1, day: DAY0 }], { model: 'mean-adjusted' });
    const ys = estDays.map((t) => y[t]);
    expect(meanAdjusted.output.ar[1]).toBeCloseTo(y[DAY0] - mean(ys), 14);
    expect(meanAdjusted.output.sigma[0]).toBeCloseTo(sd(ys), 12);
  });
});
