import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { analysisTables, analyzeArticle, csvCell, frameRecords, movesFrame, seedArticle, toCsv, writeCsv, type Table } from 'market-reaction';

describe('csvCell', () => {
  it.each([
    ['=1+2', "'=1+2"],
    ['+82 2 123', "'+82 2 123"],
    ['-0.5', "'-0.5"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tTAB', "'\tTAB"],
    ['\rCR', `"'\rCR"`],
    ['=HYPERLINK("http://x")', `"'=HYPERLINK(""http://x"")"`],
    ['a, b', '"a, b"'],
    ['say "hi"', '"say ""hi"""'],
    ['line\nbreak', '"line\nbreak"'],
    ['plain', 'plain'],
  ])('string %j → %j', (cell, expected) => {
    expect(csvCell(cell)).toBe(expected);
  });

  it('leaves numbers, booleans and nulls alone', () => {
    // Negative numbers are data, not formulas: -0.5 stays -0.5.
    expect(csvCell(-0.5)).toBe('-0.5');
    expect(csvCell(1e12)).toBe('1000000000000');
    expect(csvCell(true)).toBe('true');
    expect(csvCell(null)).toBe('');
  });
});

describe('toCsv / writeCsv', () => {
  const table: Table = {
    columns: [{ name: 'subject', dtype: 'string' }, { name: 'change_pct', dtype: 'float32' }],
    rows: [['=cmd|calc', -0.5], ['Samsung, Co.', 1.95]],
  };

  it('writes a header and quoted, neutralised rows', () => {
    expect(toCsv(table)).toBe("subject,change_pct\n'=cmd|calc,-0.5\n\"Samsung, Co.\",1.95\n");
  });

  it('writes a DataFrame to a file', () => {
    const path = join(mkdtempSync(join(tmpdir(), 'mr-csv-')), 'sub', 'moves.csv');
    writeCsv(path, movesFrame(seedArticle().facts));
    const text = readFileSync(path, 'utf8');
    // A UTF-8 byte-order mark first, so Excel reads the curly quotes of articles as UTF-8.
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const lines = text.slice(1).trimEnd().split('\n');
    expect(lines[0]).toBe('id,subject,name,subject_kind,ticker,change_pct,period,date,approximate,quote,quote_start,quote_end');
    expect(lines[1]).toBe('move-samsung,Samsung Electronics,Samsung Electronics,stock,005930.KS,1.95,day,2019-08-20,,Samsung Electronics shares ended up 1.95% on Tuesday,2029,2081');
  });
});

describe('writeCsv { bom: false }', () => {
  it('writes no byte-order mark', () => {
    const path = join(mkdtempSync(join(tmpdir(), 'mr-csv-')), 'moves.csv');
    writeCsv(path, movesFrame(seedArticle().facts), { bom: false });
    expect(readFileSync(path, 'utf8').startsWith('id,subject,')).toBe(true);
  });
});

describe('round trip', () => {
  it('every table of the seed analysis reads back unchanged with a CSV parser (papaparse)', () => {
    for (const table of Object.values(analysisTables(analyzeArticle(seedArticle().text)))) {
      const parsed = Papa.parse<Record<string, string>>(toCsv(table), { header: true, skipEmptyLines: true });
      expect(parsed.errors).toEqual([]);
      const expected = frameRecords(table).map((record) =>
        Object.fromEntries(Object.entries(record).map(([k, v]) => [k, v === null ? '' : typeof v === 'string' && /^[=+\-@\t\r]/.test(v) ? `'${v}` : String(v)])),
      );
      expect(parsed.data).toEqual(expected);
    }
  });
});
