import { describe, expect, it } from 'vitest';
import { readCsvColumns, readCsvTable } from '../../src/prices/csvLine';
import { isMissingCell, parseLocaleNumber } from '../../src/prices/parseNumber';
import { parsePriceDate } from '../../src/prices/parseDate';

// The readers' fast paths (plain YYYY-MM-DD dates, plain decimals, only the needed cells) must
// give exactly what the general paths give.
describe('price-file fast paths', () => {
  it('parsePriceDate: YYYY-MM-DD as the general pattern reads it (a space or quote takes the general path)', () => {
    const cases: [string, string | undefined][] = [
      ['2019-08-20', '2019-08-20'],
      ['2019-02-29', undefined],
      ['2020-02-29', '2020-02-29'],
      ['2019-13-01', undefined],
      ['2019-00-10', undefined],
      ['0000-01-01', undefined],
      ['0999-12-31', '0999-12-31'],
      ['2019-08-20 ', '2019-08-20'],
      ['"2019-08-20"', '2019-08-20'],
      ['2019/08/20', '2019/08/20'.replace(/\//g, '-')],
      ['2019-8-20', '2019-08-20'],
    ];
    for (const [cell, expected] of cases) expect(parsePriceDate(cell), cell).toBe(expected);
  });

  it('parseLocaleNumber and isMissingCell on plain cells', () => {
    expect(parseLocaleNumber('1455.219971')).toBe(1455.219971);
    expect(parseLocaleNumber('44450')).toBe(44450);
    expect(parseLocaleNumber('1.066', ',')).toBe(1066); // decimal comma: the dot is a thousands separator
    expect(parseLocaleNumber('1.')).toBe(1); // general path
    expect(isMissingCell('0')).toBe(false);
    expect(isMissingCell(' null ')).toBe(true);
    expect(isMissingCell('')).toBe(true);
  });

  it('readCsvColumns keeps the chosen cells exactly as readCsvTable splits them', () => {
    const text = '\uFEFFDate,Open,"Close, adj"\r\n2019-08-20, 1 ,2\r\n\r\n2019-08-21,"3,5", 4 \r\n2019-08-22\r\n';
    const table = readCsvTable(text, 'price file', 'x.csv');
    const picked = readCsvColumns(text, 'price file', 'x.csv', (headers) => {
      expect(headers).toEqual(table.headers);
      return [0, 1, 2, -1];
    });
    expect(picked.lines).toEqual(table.rows.map((r) => r.line));
    for (const k of [0, 1, 2]) expect(picked.columns[k]).toEqual(table.rows.map((r) => r.cells[k] ?? ''));
    expect(picked.columns[3]).toEqual(['', '', '']);
    expect(picked.columns[1]).toEqual(['1', '3,5', '']);
  });
});
