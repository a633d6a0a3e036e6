import { describe, expect, it } from 'vitest';
import { fastPriceColumns } from '../../src/prices/fastColumns';
import { parsePriceCsv } from '../../src/prices/parsePriceCsv';
import { isoDateAt, parsePriceDate } from '../../src/prices/parseDate';
import { plainDecimalAt } from '../../src/prices/parseNumber';

// The one-pass reader of the usual price file: what it accepts it reads exactly as the general
// path; anything unusual falls back (undefined) so the general path reads or reports it.
describe('fastPriceColumns', () => {
  const read = (text: string, dateColumn = 0, priceColumn = 1) => fastPriceColumns(text, text.indexOf('\n') + 1, dateColumn, priceColumn);

  it('reads ascending ISO dates and plain decimals (hand-checked)', () => {
    const columns = read('Date,Open,Close\n2019-08-19,1,43600\n2019-08-20,2,44450.5\n', 0, 2)!;
    expect(columns.dates).toEqual(['2019-08-19', '2019-08-20']);
    expect(Array.from(columns.prices)).toEqual([43600, 44450.5]);
    // 0.1 is 1 / 10: one correctly rounded division gives the same double as Number('0.1').
    expect(read('d,p\n2020-01-02,0.1\n2020-01-03,1455.219971\n2020-01-06,3.14159265358979323846\n')!.prices).toEqual(Float64Array.from([0.1, 1455.219971, Number('3.14159265358979323846')]));
    // A trailing blank line is the end of the file.
    expect(read('d,p\n2020-01-02,5\n\n')!.dates).toEqual(['2020-01-02']);
  });

  it('falls back on anything the general path reads differently or reports', () => {
    for (const row of ['2020-01-02,0', '2020-01-02,5.', '2020-01-02,.5', '2020-01-02,1e5', '2020-01-02,null', '2020-01-02,', '2020-01-02 ,5', '2020/01/02,5', '2019-02-29,5', '2020-01-02', '2020-01-02,1e-320']) {
      expect(read(`d,p\n${row}\n`), row).toBeUndefined();
    }
    expect(read('d,p\n2020-01-03,5\n2020-01-02,6\n')).toBeUndefined(); // descending: the general path sorts and records it
    expect(read('d,p\n2020-01-02,5\n2020-01-02,5\n')).toBeUndefined(); // duplicate date
    expect(read('d,p\n2020-01-02,5\n\n2020-01-03,6\n')).toBeUndefined(); // blank line inside
  });

  it('parsePriceCsv gives the same series through either path', () => {
    const usual = 'Date,Close\n2019-08-19,43600\n2019-08-20,44450\n';
    const general = usual.replace(/\n/g, '\r\n'); // \r: the general path
    const a = parsePriceCsv(usual, { file: 'x.csv' });
    const b = parsePriceCsv(general, { file: 'x.csv' });
    expect(a).toEqual(b);
    expect(a.source).toMatchObject({ format: 'plain', delimiter: ',', decimalSeparator: '.', rowsRead: 2, skippedRows: [], reordered: false });
  });
});

// The helpers the fast reader shares with the general path (parsePriceDate, parseLocaleNumber).
describe('plainDecimalAt and isoDateAt', () => {
  it('plainDecimalAt gives the double Number gives, in place (hand-checked and 200,000 random cells)', () => {
    expect(plainDecimalAt('x,1455.219971,', 2, 13)).toBe(1455.219971);
    expect(plainDecimalAt('0.1', 0, 3)).toBe(0.1);
    expect(plainDecimalAt('9007199254740993', 0, 16)).toBe(9007199254740992); // 16 digits: through Number, rounded as Number rounds
    for (const cell of ['', '.', '5.', '.5', '-1', '+1', '1e5', '1,5', ' 1', '1..2']) expect(plainDecimalAt(cell, 0, cell.length), cell).toBeNaN();
    let state = 20261201;
    const next = (n: number) => (state = (state * 48271) % 2147483647) % n;
    for (let k = 0; k < 200_000; k++) {
      const whole = String(next(10) === 0 ? 0 : next(2147483647)).slice(0, 1 + next(12));
      const decimals = next(4) === 0 ? '' : `.${Array.from({ length: 1 + next(24) }, () => next(10)).join('')}`;
      const cell = whole + decimals;
      if (plainDecimalAt(cell, 0, cell.length) !== Number(cell)) expect(plainDecimalAt(cell, 0, cell.length), cell).toBe(Number(cell));
    }
  });

  it('isoDateAt accepts exactly the calendar dates parsePriceDate accepts (every day 1899–2101, and impossible ones)', () => {
    expect(isoDateAt('d,2019-08-20,5', 2)).toBe('2019-08-20');
    expect(isoDateAt('2019-08-2', 0)).toBeUndefined();
    for (let year = 1899; year <= 2101; year++) {
      for (let month = 1; month <= 13; month++) {
        for (let day = 0; day <= 32; day++) {
          const text = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
          const date = new Date(Date.UTC(year, month - 1, day));
          const valid = month <= 12 && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
          expect(isoDateAt(text, 0), text).toBe(valid ? text : undefined);
          expect(parsePriceDate(text), text).toBe(valid ? text : undefined);
        }
      }
    }
  });
});
