import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { InputError, readPriceFile } from 'market-reaction';

const REAL = '../shared/data/real';
const hasReal = existsSync(`${REAL}/SOURCES.md`);
if (!hasReal) console.warn(`skipping real Korean price files: ${REAL} is absent`);

describe('readPriceFile: data shipped in npm packages', () => {
  it('AAPL (Yahoo layout) and S&P 500 (daily, lower-case adjclose)', () => {
    const aapl = readPriceFile('node_modules/@observablehq/sample-datasets/aapl.csv');
    expect(aapl.source).toMatchObject({ format: 'yahoo', priceColumn: 'Adj Close' });
    expect(aapl.dates[0]).toBe('2013-05-13');
    const sp = readPriceFile('node_modules/vega-datasets/data/sp500-2000.csv');
    expect(sp.source.priceColumn).toBe('adjclose');
    expect(sp.dates.slice(0, 2)).toEqual(['2000-01-03', '2000-01-04']); // daily, not monthly
  });

  it('one-line errors for missing files and directories', () => {
    expect(() => readPriceFile('no/such/file.csv')).toThrow(InputError);
    expect(() => readPriceFile('no/such/file.csv')).toThrow(/^no\/such\/file\.csv: price file not found/);
    expect(() => readPriceFile('tests')).toThrow(/is a directory/);
  });
});

describe.skipIf(!hasReal)('readPriceFile: real Korean data (values from ../shared/data/real/SOURCES.md)', () => {
  const at = (s: { dates: string[]; prices: Float64Array }, date: string) => s.prices[s.dates.indexOf(date)];
  it('Samsung closes 43600 → 44450 and KOSPI 1939.90 → 1960.25 on 2019-08-19/20', () => {
    const samsung = readPriceFile(`${REAL}/samsung_005930_KS.csv`, { priceColumn: 'Close' });
    expect([at(samsung, '2019-08-19'), at(samsung, '2019-08-20')]).toEqual([43600, 44450]);
    const fdr = readPriceFile(`${REAL}/samsung_005930_KS_fdr.csv`);
    expect(fdr.source.format).toBe('fdr');
    expect(at(fdr, '2019-08-20')).toBe(44450);
    const kospi = readPriceFile(`${REAL}/kospi_KS11.csv`);
    expect(at(kospi, '2019-08-19')).toBeCloseTo(1939.9, 4);
    expect(at(kospi, '2019-08-20')).toBeCloseTo(1960.25, 4);
  });

  it('USD/KRW: FRED with empty holidays, Yahoo semicolon/decimal comma, investing/FDR', () => {
    const fred = readPriceFile(`${REAL}/usdkrw_fred_DEXKOUS.csv`);
    expect(fred.source.format).toBe('fred');
    expect(fred.source.skippedRows.length).toBeGreaterThan(0);
    expect(at(fred, '2019-08-20')).toBe(1207.93);
    const yahoo = readPriceFile(`${REAL}/usdkrw_yahoo.csv`);
    expect(yahoo.source).toMatchObject({ delimiter: ';', decimalSeparator: ',' });
    expect(at(yahoo, '2019-08-20')).toBeCloseTo(1210.53, 2);
    expect(at(readPriceFile(`${REAL}/usdkrw.csv`), '2019-08-20')).toBe(1206.4);
  });

  it('Nikkei: Yahoo null rows are skipped', () => {
    const nikkei = readPriceFile(`${REAL}/nikkei_N225.csv`);
    expect(nikkei.source.skippedRows).toHaveLength(15);
  });
});
