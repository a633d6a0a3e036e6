import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  aggregateFrame,
  alignPriceSeries,
  arEventFrame,
  checkMoveClaim,
  eventFrame,
  eventStudy,
  eventStudyJson,
  parseMoveClaim,
  readPriceFile,
  testsFrame,
} from 'market-reaction';
import { referenceOls } from './synthetic';

const aapl = readPriceFile('node_modules/@observablehq/sample-datasets/aapl.csv', { name: 'AAPL' });
const sp500 = readPriceFile('node_modules/vega-datasets/data/sp500-2000.csv', { name: 'SP500' });
const EARNINGS = ['2014-04-24', '2015-07-22', '2016-04-27', '2017-05-03', '2018-02-02'];

/** Independent market-model AR on `date`: align by date, simple returns, OLS over days −260..−11 (clipped at the data start). */
function referenceAr(stock: typeof aapl, market: typeof sp500, date: string) {
  const aligned = alignPriceSeries(stock, market);
  const r = (p: Float64Array, t: number) => p[t] / p[t - 1] - 1;
  const t0 = aligned.dates.indexOf(date);
  const days = [];
  for (let t = Math.max(1, t0 - 260); t <= t0 - 11; t++) days.push(t);
  const fit = referenceOls(days.map((t) => r(aligned.second, t)), days.map((t) => r(aligned.first, t)));
  return { ...fit, ar: r(aligned.first, t0) - fit.alpha - fit.beta * r(aligned.second, t0) };
}

describe('AAPL earnings vs S&P 500 (npm sample data)', () => {
  const result = eventStudy({ market: sp500, events: EARNINGS.map((date) => ({ stock: aapl, date })) });

  it('measures every event, day-0 AR equal to an independent OLS', () => {
    expect(result.events.map((e) => e.status)).toEqual(['ok', 'ok', 'ok', 'ok', 'ok']);
    for (const e of result.events) {
      const ref = referenceAr(aapl, sp500, e.eventDate);
      expect(e.beta).toBeCloseTo(ref.beta, 10);
      expect(e.n).toBe(ref.n);
      expect(e.ar.find((d) => d.day === 0)!.ar).toBeCloseTo(ref.ar, 12);
    }
    // 2014-04-24: the data start 2013-05-13, so only 228 estimation returns (≥ the 100 minimum).
    expect(result.events[0].n).toBe(228);
    // Apple's +8.2% on 2014-04-24 is a +8.0% abnormal return.
    expect(result.events[0].ar[1].ar).toBeCloseTo(0.0802, 3);
  });

  it('reports the same-stock overlaps and the S&P days AAPL lacks', () => {
    expect(result.overlaps.filter((o) => o.kind === 'in-estimation')).toHaveLength(3);
    expect(result.alignment[0]).toMatchObject({ stock: 'AAPL', commonDays: 1260 });
    expect(result.alignment[0].droppedFromStock).toEqual([]);
  });

  it('JSON in the documented shape, returns as fractions', () => {
    const json = eventStudyJson(result);
    const event = json.events[0];
    expect(Object.keys(event)).toEqual(expect.arrayContaining(['event_date', 'alpha', 'beta', 'sigma', 'r2', 'n', 'ar', 'car', 'bhar', 't_car']));
    expect(Object.keys(event.ar[0])).toEqual(expect.arrayContaining(['day', 'date', 'ar']));
    expect(Object.keys(json.aggregate)).toEqual(expect.arrayContaining(['aar', 'caar', 'tests']));
    expect(Object.keys(json.aggregate.tests[0])).toEqual(expect.arrayContaining(['name', 'statistic', 'p_value']));
    expect(json.aggregate.tests.map((t) => t.name)).toEqual([
      'cross_sectional_t', 'skewness_corrected_t', 'brown_warner_1980', 'brown_warner', 'lamb', 'patell', 'adjusted_patell', 'bmp',
      'kolari_pynnonen', 'corrado_rank', 'modified_rank', 'grank', 'sign', 'generalized_sign', 'corrado_sign', 'wilcoxon',
    ]);
    for (const t of json.aggregate.tests) expect(['t', 'normal', 'exact']).toContain(t.distribution);
    expect(Math.abs(event.ar[1].ar!)).toBeLessThan(1);
    expect(JSON.parse(JSON.stringify(json))).toEqual(json);
  });

  it('DataFrames for notebooks', () => {
    expect(eventFrame(result).shape).toEqual([5, 15]);
    expect(arEventFrame(result).shape).toEqual([15, 8]);
    expect(aggregateFrame(result).columns).toEqual(['day', 'aar', 'caar', 'n']);
    expect(testsFrame(result).shape).toEqual([16 * 4, 11]);
  });

  it('moves a weekend event date to the next trading day and says so; skip gives a status', () => {
    const moved = eventStudy({ market: sp500, events: [{ stock: aapl, date: '2016-04-30' }] });
    expect(moved.events[0].day0Date).toBe('2016-05-02');
    expect(moved.events[0].note).toMatch(/2016-04-30 is not a trading day; day 0 moved to the next trading day 2016-05-02/);
    const skipped = eventStudy({ market: sp500, events: [{ stock: aapl, date: '2016-04-30' }, { stock: aapl, date: '2016-04-27' }] }, { nonTradingDay: 'skip' });
    expect(skipped.events[0]).toMatchObject({ status: 'no_trading_day' });
    expect(skipped.events[1].status).toBe('ok');
    const twice = eventStudy({ market: sp500, events: [{ stock: aapl, date: '2016-04-27' }, { stock: aapl, date: 'Apr 27, 2016' }] });
    expect(twice.events.map((e) => e.id)).toEqual(['AAPL@2016-04-27', 'AAPL@2016-04-27#2']);
    expect(twice.overlaps).toContainEqual({ event: 'AAPL@2016-04-27', other: 'AAPL@2016-04-27#2', kind: 'event-windows', excluded: false });
    expect(() => eventStudy({ market: sp500, events: [{ stock: aapl, date: 'soon' }] })).toThrow(/event 1 \(AAPL\) has date "soon"/);
    const unknown = eventStudy({ market: sp500, stocks: [aapl], events: [{ stock: 'MSFT', date: '2016-04-27' }] });
    expect(unknown.events[0]).toMatchObject({ status: 'unknown_stock', reason: 'no price series named "MSFT"' });
  });
});

const REAL = '../shared/data/real';
const hasReal = existsSync(`${REAL}/SOURCES.md`);
if (!hasReal) console.warn(`skipping Samsung/KOSPI event study: ${REAL} is absent`);

describe.skipIf(!hasReal)('Samsung vs KOSPI (../shared/data/real)', () => {
  const samsung = hasReal ? readPriceFile(`${REAL}/samsung_005930_KS.csv`, { name: 'Samsung' }) : aapl;
  const samsungClose = hasReal ? readPriceFile(`${REAL}/samsung_005930_KS.csv`, { name: 'Samsung', priceColumn: 'Close' }) : aapl;
  const kospi = hasReal ? readPriceFile(`${REAL}/kospi_KS11.csv`, { name: 'KOSPI' }) : sp500;

  it('confirms the article: Samsung +1.95% and KOSPI +1.05% on 2019-08-20', () => {
    const check = checkMoveClaim(parseMoveClaim('Samsung +1.95% on 2019-08-20'), samsungClose, { market: kospi, returnSeries: samsung });
    expect(check).toMatchObject({ verdict: 'matches', previousPrice: 43600, price: 44450 });
    expect(check.actualPct).toBeCloseTo(1.9495, 4); // SOURCES.md: +1.9495%
    expect(check.marketChangePct).toBeCloseTo(1.049, 3); // SOURCES.md: +1.0490%
    expect(checkMoveClaim(parseMoveClaim('KOSPI rose 1.05% on 2019-08-20'), kospi).verdict).toBe('matches');
    expect(checkMoveClaim(parseMoveClaim('Samsung +2.5% on 2019-08-20'), samsungClose)).toMatchObject({ verdict: 'differs' });
    // The abnormal return equals an independent OLS on the same data.
    expect(check.abnormalPct! / 100).toBeCloseTo(referenceAr(samsung, kospi, '2019-08-20').ar, 12);
  });

  it('reports Samsung’s abnormal returns on 2019-08-20 and around the 2019-07-01 export curbs', () => {
    const result = eventStudy({ market: kospi, events: [{ stock: samsung, date: '2019-08-20' }, { stock: samsung, date: '2019-07-01' }] });
    const [august, july] = result.events;
    expect(august.status).toBe('ok');
    expect(august.ar.find((d) => d.day === 0)!.ar).toBeCloseTo(referenceAr(samsung, kospi, '2019-08-20').ar, 12);
    expect(july.ar.map((d) => d.date)).toEqual(['2019-06-28', '2019-07-01', '2019-07-02']);
    expect(july.ar.find((d) => d.day === 0)!.ar).toBeCloseTo(referenceAr(samsung, kospi, '2019-07-01').ar, 12);
    expect(result.overlaps).toContainEqual({ event: 'Samsung@2019-08-20', other: 'Samsung@2019-07-01', kind: 'in-estimation', excluded: false });
  });
});
