import { describe, expect, it } from 'vitest';
import { eventStudy, olsFit, parseFactorCsv, parsePriceCsv, ValueError } from 'market-reaction';
import { normalDraws } from './synthetic';

/** A stock driven by two factors, as prices, plus the factor file in percent (Kenneth French style). */
function factorData(days: number) {
  const draw = normalDraws(777);
  const dates: string[] = [];
  const start = Date.UTC(2015, 0, 1);
  for (let d = 0; dates.length < days + 1; d++) {
    const date = new Date(start + d * 86400000);
    if (date.getUTCDay() !== 0 && date.getUTCDay() !== 6) dates.push(date.toISOString().slice(0, 10));
  }
  const f1: number[] = [];
  const f2: number[] = [];
  const prices = [100];
  for (let t = 1; t <= days; t++) {
    f1.push(0.01 * draw());
    f2.push(0.005 * draw());
    prices.push(prices[t - 1] * (1 + 0.0003 + 1.2 * f1[t - 1] - 0.5 * f2[t - 1] + 0.008 * draw()));
  }
  const factorCsv = ['Date,Mkt-RF,SMB', ...dates.slice(1).map((d, i) => `${d.replace(/-/g, '')},${(f1[i] * 100).toFixed(6)},${(f2[i] * 100).toFixed(6)}`)].join('\n');
  const priceCsv = ['Date,Close', ...dates.map((d, i) => `${d},${prices[i].toFixed(6)}`)].join('\n');
  return { dates, factorCsv, priceCsv };
}

describe('factor model', () => {
  const { dates, factorCsv, priceCsv } = factorData(400);
  const factors = parseFactorCsv(factorCsv, { unit: 'percent' });
  const stock = parsePriceCsv(priceCsv, { name: 'XYZ' });

  it('reads factor files in percent as fractions', () => {
    expect(factors.dates[0]).toBe(dates[1]);
    expect(Object.keys(factors.columns)).toEqual(['Mkt-RF', 'SMB']);
    expect(Math.abs(factors.columns['Mkt-RF'][0])).toBeLessThan(0.1);
  });

  it('fits the loadings by OLS over the estimation window', () => {
    const event = dates[350];
    const result = eventStudy({ factors, events: [{ stock, date: event }] }, { model: 'factor', factorColumns: ['Mkt-RF', 'SMB'] });
    const e = result.events[0];
    expect(e.status).toBe('ok');
    // Independent fit: returns from the printed prices, regressed on the parsed factors over days −260..−11.
    const returns = Float64Array.from(stock.prices.slice(1), (p, i) => p / stock.prices[i] - 1);
    const day0 = 349; // return index of dates[350]
    const fit = olsFit(returns, [factors.columns['Mkt-RF'], factors.columns['SMB']], day0 - 260, day0 - 11)!;
    expect(e.alpha).toBeCloseTo(fit.coefficients[0], 12);
    expect(e.factorLoadings!['Mkt-RF']).toBeCloseTo(fit.coefficients[1], 10);
    expect(e.factorLoadings!['SMB']).toBeCloseTo(fit.coefficients[2], 10);
    expect(e.factorLoadings!['Mkt-RF']).toBeCloseTo(1.2, 0);
    expect(e.sigma).toBeCloseTo(Math.sqrt(fit.ssr / (fit.n - 3)), 12);
  });

  it('needs factor columns', () => {
    expect(() => eventStudy({ factors, events: [{ stock, date: dates[350] }] }, { model: 'factor' })).toThrow(ValueError);
  });
});
