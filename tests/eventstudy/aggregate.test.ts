import { describe, expect, it } from 'vitest';
import { eventStudyPanel } from 'market-reaction';
import { mean, pearson, referenceOls, syntheticPanel } from './synthetic';

// Kolari–Pynnönen's r̄ when events fall on different dates, the same stock included.
// Expected values: plain-loop OLS per event (./synthetic), residuals paired by their
// position in the estimation window (relative day), Pearson correlation per pair, mean
// over pairs — the estimator EventStudyTools uses — computed here independently of the
// engine's accumulators.
describe('aggregateEvents: average cross-correlation r̄ (Kolari & Pynnönen 2010)', () => {
  const panel = syntheticPanel(3, 500);
  const EST: [number, number] = [-260, -11];
  const events = [
    { stock: 0, day: 330 },
    { stock: 0, day: 360 }, // same stock 30 days later: 220 shared estimation days
    { stock: 1, day: 330 },
    { stock: 2, day: 420 },
  ];
  const result = eventStudyPanel(panel, events, { estimation: EST, window: [-1, 1] });
  const residuals = events.map(({ stock, day }) => {
    const days = Array.from({ length: EST[1] - EST[0] + 1 }, (_, k) => day + EST[0] + k);
    const y = days.map((t) => panel.returns[stock * panel.dayCount + t]);
    return referenceOls(days.map((t) => panel.market[t]), y).residuals;
  });
  const pairs: number[] = [];
  for (let i = 0; i < events.length; i++) for (let j = i + 1; j < events.length; j++) pairs.push(pearson(residuals[i], residuals[j]));

  it('is the mean pairwise correlation of residuals aligned by relative day', () => {
    expect(result.aggregate.averageCorrelation).toBeCloseTo(mean(pairs), 12);
  });

  it('does not count the days two events of one stock share as correlation', () => {
    // Aligned by calendar day the two stock-0 windows share 220 identical residual days
    // (correlation ≈ 220/250 = 0.88); at the same lag from their own day 0 they are
    // different days of a series without autocorrelation.
    expect(Math.abs(pearson(residuals[0], residuals[1]))).toBeLessThan(0.2);
    expect(Math.abs(result.aggregate.averageCorrelation)).toBeLessThan(0.2);
  });
});
