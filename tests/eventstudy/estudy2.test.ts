import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { eventStudy, readPriceFile, significanceStars, type ModelName, type TestResult } from '../../src/index';

// tests/eventstudy/fixtures/estudy2-aapl.json is written by R's estudy2 0.10.0 itself:
// `sh bench/estudy2_reference.sh` sources its R/*.R files and runs every daily test
// (brown_warner_1980, brown_warner_1985, t_test, patell, boehmer, lamb, sign_test,
// generalized_sign_test, corrado_sign_test, rank_test, modified_rank_test, wilcoxon_test) and
// its CAR tests (car_brown_warner_1985, car_lamb, car_rank_test) on five AAPL earnings events
// placed in event time — the first with 228 estimation days, the others 250 — for three
// models and three windows. estudy2 prints significance stars, not p-values: the engine's
// p-values must give the same stars, which checks the distributions too.
interface Daily {
  statistic: (number | null)[];
  significance: string[];
}
interface Scenario {
  model: ModelName;
  window: [number, number];
  estimation_length: number[];
  days: Record<string, Daily>;
  car: ({ window: [number, number] } & Record<string, { statistic: number; significance: string; number_of_days: number }>)[];
}
const fixture: { dates: string[]; scenarios: Scenario[] } = JSON.parse(readFileSync('tests/eventstudy/fixtures/estudy2-aapl.json', 'utf8'));
const aapl = readPriceFile('node_modules/@observablehq/sample-datasets/aapl.csv', { name: 'AAPL' });
const sp500 = readPriceFile('node_modules/vega-datasets/data/sp500-2000.csv', { name: 'SP500' });

describe.each(fixture.scenarios.map((s) => [`${s.model} [${s.window.join(', ')}]`, s] as const))('conventions estudy2 = estudy2 0.10.0: %s', (_, scenario) => {
  const result = eventStudy(
    { market: sp500, events: fixture.dates.map((date) => ({ stock: aapl, date })) },
    { model: scenario.model, window: scenario.window, conventions: 'estudy2' },
  );
  const find = (tests: TestResult[], name: string) => tests.find((t) => t.name === name)!;

  it('estimation lengths (one short window)', () => {
    expect(result.events.map((e) => e.n)).toEqual(scenario.estimation_length);
  });

  it('every daily statistic to 1e-8, and the same stars', () => {
    let compared = 0;
    for (const [name, daily] of Object.entries(scenario.days)) {
      // jsonlite writes a one-day window's vectors as scalars.
      const significance = ([] as string[]).concat(daily.significance);
      ([] as (number | null)[]).concat(daily.statistic).forEach((statistic, d) => {
        const test = find(result.aggregate.testsByDay[d].tests, name);
        if (statistic === null) return void expect(Number.isFinite(test.statistic), `${name} day ${d}`).toBe(false);
        expect(Math.abs(test.statistic - statistic), `${name} day ${d}: ${test.statistic} vs ${statistic}`).toBeLessThan(1e-8);
        // estudy2's Wilcoxon stars come from one-sided qsignrank quantiles, not a two-sided p.
        if (name !== 'wilcoxon') expect(significanceStars(test.pValue), `${name} day ${d} stars (p ${test.pValue})`).toBe(significance[d]);
        compared++;
      });
    }
    expect(compared).toBeGreaterThan(0);
  });

  it('CAR tests (car_brown_warner_1985, car_lamb, car_rank_test) to 1e-8, same stars, 90% coverage', () => {
    for (const car of scenario.car) {
      for (const name of ['brown_warner', 'lamb', 'corrado_rank']) {
        const expected = car[name];
        if (!expected) continue;
        const test = find(result.aggregate.tests, name);
        expect(Math.abs(test.statistic - expected.statistic), `${name}: ${test.statistic} vs ${expected.statistic}`).toBeLessThan(1e-8);
        expect(significanceStars(test.pValue)).toBe(expected.significance);
        expect(test.days).toBe(expected.number_of_days);
        expect(test.distribution).toBe('normal');
      }
    }
  });
});
