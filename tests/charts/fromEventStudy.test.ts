import { describe, expect, it } from 'vitest';
import { abnormalReturnsChart, caarChart, ValueError, type EventStudyResult } from 'market-reaction';

/** A hand-made study: two events, market model, window [-1, 0]; only the fields the charts read. */
function study(): EventStudyResult {
  const event = (id: string, ars: number[]) => ({
    id, stock: id, eventDate: '2019-08-20', day0Date: '2019-08-20', status: 'ok', alpha: 0, beta: 1, sigma: 0.01, r2: 0.5, n: 102,
    ar: ars.map((ar, i) => ({ day: i - 1, date: `2019-08-${19 + i}`, ar, tAr: ar / 0.01, ret: ar, expected: 0 })),
    car: ars[0] + ars[1], bhar: 0, tCar: 0, pCar: 1,
  });
  return {
    options: { model: 'market', estimation: [-260, -11], window: [-1, 0], minEstimation: 100, returns: 'simple', nonTradingDay: 'next', excludeOtherEvents: false, predictionErrorAdjusted: false, factorColumns: [] },
    events: [event('a', [0.0, 0.01]), event('b', [0.01, 0.02])],
    aggregate: { nEvents: 2, aar: [{ day: -1, aar: 0.005, caar: 0.005, n: 2 }, { day: 0, aar: 0.015, caar: 0.02, n: 2 }], caar: 0.02, tests: [], testsByDay: [], averageCorrelation: 0 },
    overlaps: [],
    alignment: [],
  } as unknown as EventStudyResult;
}

const rows = (spec: object) => (spec as { data: { values: Record<string, number>[] } }).data.values;

describe('event-study chart adapters', () => {
  it('AR band is AR ± t(0.975, n − 2)·σ and the CAR band widens with √days', () => {
    const values = rows(abnormalReturnsChart(study(), 'b'));
    // t(0.975, 100) = 1.983972 (R: qt(0.975, 100)); σ = 1%, so the AR half-width is 1.983972 pp.
    expect(values[1].dailyHighPct - values[1].dailyPct).toBeCloseTo(1.983972, 5);
    expect(values[1].cumulativePct).toBeCloseTo(3, 10);
    expect(values[1].cumulativeHighPct - values[1].cumulativePct).toBeCloseTo(1.983972 * Math.SQRT2, 5);
  });

  it('CAAR band is cross-sectional: CAAR ± t(0.975, N − 1)·s/√N', () => {
    const values = rows(caarChart(study()));
    // Day 0 CARs 1% and 3%: mean 2%, s = √2 %, t(0.975, 1) = 12.7062 (R: qt(0.975, 1)) → half-width 12.7062 pp.
    expect(values[1].cumulativePct).toBeCloseTo(2, 10);
    expect(values[1].cumulativeHighPct - values[1].cumulativePct).toBeCloseTo(12.7062, 3);
    expect(values[1].dailyPct).toBeCloseTo(1.5, 10);
  });

  it('names the event it cannot draw', () => {
    expect(() => abnormalReturnsChart(study(), 'zzz')).toThrow(ValueError);
    expect(() => abnormalReturnsChart(study(), 'zzz')).toThrow(/no event "zzz" \(events: a, b\)/);
  });
});
