import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { eventStudy, readPriceFile, type ModelName } from '../../src/index';

// Fixtures written by bench/event_study_reference.py --dump (statsmodels OLS, scipy
// distributions and rankdata, pandas by relative day; written from the papers, not from src/):
//   /usr/bin/python3 bench/event_study_reference.py --market SP500 --event AAPL@2014-04-24 … --dump FILE
// Default conventions; every one of the sixteen tests, for the window and each day.
const aapl = readPriceFile('node_modules/@observablehq/sample-datasets/aapl.csv', { name: 'AAPL' });
const sp500 = readPriceFile('node_modules/vega-datasets/data/sp500-2000.csv', { name: 'SP500' });

interface Fixture {
  options: { estimation: string; window: string; model: string };
  events: string[];
  tests: Record<string, [number, number]>;
  tests_by_day: { day: number; tests: Record<string, [number, number]> }[];
}

describe.each(['python-aapl-market', 'python-aapl-market-adjusted'])('engine vs the Python reference (%s)', (name) => {
  const fixture: Fixture = JSON.parse(readFileSync(`tests/eventstudy/fixtures/${name}.json`, 'utf8'));
  const pair = (text: string) => text.split(',').map(Number) as [number, number];
  const result = eventStudy(
    { market: sp500, events: fixture.events.map((date) => ({ stock: aapl, date })) },
    { model: fixture.options.model as ModelName, estimation: pair(fixture.options.estimation), window: pair(fixture.options.window) },
  );
  const check = (tests: { name: string; statistic: number; pValue: number }[], expected: Record<string, [number, number]>) => {
    expect(tests.map((t) => t.name).sort()).toEqual(Object.keys(expected).sort());
    for (const t of tests) {
      const [statistic, p] = expected[t.name];
      expect(Math.abs(t.statistic - statistic), `${t.name} statistic`).toBeLessThan(1e-12);
      expect(Math.abs(t.pValue - p), `${t.name} p-value`).toBeLessThan(1e-11);
    }
  };
  it('window tests', () => check(result.aggregate.tests, fixture.tests));
  it('daily tests', () => {
    for (const [d, day] of fixture.tests_by_day.entries()) check(result.aggregate.testsByDay[d].tests, day.tests);
  });
});
