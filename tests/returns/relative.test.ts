import { describe, expect, it } from 'vitest';
import { ValueError, abnormalReturnPct, betaSensitivity, excessReturnPp, moveMultiple, relativeReturnPct } from 'market-reaction';

// The seed: Samsung Electronics +1.95%, KOSPI +1.05% on 2019-08-20.
const SAMSUNG_PCT = 1.95;
const KOSPI_PCT = 1.05;

describe('excessReturnPp', () => {
  it('is the difference in percentage points', () => {
    // 1.95 − 1.05 = 0.90 pp by hand.
    expect(excessReturnPp(SAMSUNG_PCT, KOSPI_PCT)).toBeCloseTo(0.9, 12);
    // −2 − (−3) = +1 pp: beat a falling market.
    expect(excessReturnPp(-2, -3)).toBe(1);
  });
});

describe('relativeReturnPct', () => {
  it('compounds: (1.0195 / 1.0105 − 1) · 100', () => {
    // 1.0195 / 1.0105 = 1.00890648… by long division, so +0.890648 %.
    expect(relativeReturnPct(SAMSUNG_PCT, KOSPI_PCT)).toBeCloseTo(0.890648, 6);
    // (1.10 / 1.00 − 1) · 100 = 10 when the benchmark is flat.
    expect(relativeReturnPct(10, 0)).toBeCloseTo(10, 12);
    // (0.90 / 0.80 − 1) · 100 = 12.5: lost less than the benchmark.
    expect(relativeReturnPct(-10, -20)).toBeCloseTo(12.5, 12);
  });

  it('refuses a benchmark that lost 100% or more', () => {
    expect(() => relativeReturnPct(1, -100)).toThrow('relativeReturnPct: benchmarkPct must be greater than -100, got -100');
  });
});

describe('moveMultiple', () => {
  it('is the ratio of the moves', () => {
    // 1.95 / 1.05 = 1.857142… (= 13/7) by hand, printed 1.86×.
    expect(moveMultiple(SAMSUNG_PCT, KOSPI_PCT)).toBeCloseTo(13 / 7, 12);
    // Opposite directions give a negative multiple: 2 / −1 = −2.
    expect(moveMultiple(2, -1)).toBe(-2);
  });

  it('is null when the benchmark did not move', () => {
    expect(moveMultiple(1.95, 0)).toBeNull();
  });
});

describe('abnormalReturnPct', () => {
  it('is r − α − β·r_m', () => {
    // β = 1: 1.95 − 1.05 = 0.90; β = 0.5: 1.95 − 0.525 = 1.425; β = 1.5: 1.95 − 1.575 = 0.375.
    expect(abnormalReturnPct(SAMSUNG_PCT, KOSPI_PCT, 1)).toBeCloseTo(0.9, 12);
    expect(abnormalReturnPct(SAMSUNG_PCT, KOSPI_PCT, 0.5)).toBeCloseTo(1.425, 12);
    expect(abnormalReturnPct(SAMSUNG_PCT, KOSPI_PCT, 1.5)).toBeCloseTo(0.375, 12);
    // With α = 0.05 %: 1.95 − 0.05 − 1.05 = 0.85.
    expect(abnormalReturnPct(SAMSUNG_PCT, KOSPI_PCT, 1, 0.05)).toBeCloseTo(0.85, 12);
  });
});

describe('betaSensitivity', () => {
  it('tabulates β from 0.5 to 1.5 by 0.1 by default', () => {
    const rows = betaSensitivity(SAMSUNG_PCT, KOSPI_PCT);
    expect(rows.map((r) => r.beta)).toEqual([0.5, 0.6, 0.7, 0.8, 0.9, 1, 1.1, 1.2, 1.3, 1.4, 1.5]);
    // 1.95 − 0.7 · 1.05 = 1.215 by hand.
    expect(rows[2].abnormalPct).toBeCloseTo(1.215, 12);
    expect(rows[10].abnormalPct).toBeCloseTo(0.375, 12);
  });

  it('takes a custom grid and alpha', () => {
    const rows = betaSensitivity(SAMSUNG_PCT, KOSPI_PCT, { from: 0, to: 2, step: 1, alphaPct: 0.1 });
    // 1.95 − 0.1 − β · 1.05 for β = 0, 1, 2: 1.85, 0.80, −0.25.
    expect(rows.map((r) => r.beta)).toEqual([0, 1, 2]);
    expect(rows.map((r) => Number(r.abnormalPct.toFixed(10)))).toEqual([1.85, 0.8, -0.25]);
  });

  it('refuses an empty or unbounded grid', () => {
    expect(() => betaSensitivity(1, 1, { step: 0 })).toThrow('betaSensitivity: step must be greater than 0, got 0');
    expect(() => betaSensitivity(1, 1, { from: 2, to: 1 })).toThrow('betaSensitivity: to (1) must not be less than from (2)');
    expect(() => betaSensitivity(1, 1, { from: 0, to: 1e6, step: 1 })).toThrow(/at most 10,000 rows/);
  });
});

describe('bad numbers', () => {
  it.each([
    ['excessReturnPp', () => excessReturnPp(Number.NaN, 1), 'excessReturnPp: stockPct must be a finite number, got NaN'],
    ['relativeReturnPct', () => relativeReturnPct(1, Infinity), 'relativeReturnPct: benchmarkPct must be a finite number, got Infinity'],
    ['moveMultiple', () => moveMultiple(Number.NaN, 1), 'moveMultiple: stockPct must be a finite number, got NaN'],
    ['abnormalReturnPct', () => abnormalReturnPct(1, 1, Number.NaN), 'abnormalReturnPct: beta must be a finite number, got NaN'],
    ['betaSensitivity', () => betaSensitivity(1, 1, { from: Number.NaN }), 'betaSensitivity: from must be a finite number, got NaN'],
  ])('%s throws a ValueError', (_, call, message) => {
    expect(call).toThrow(ValueError);
    expect(call).toThrow(message);
  });
});
