import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PriceLibrary } from 'market-reaction';

const dir = mkdtempSync(join(tmpdir(), 'mr-prices-'));
const csv = 'Date,Close\n2019-08-19,100\n2019-08-20,101\n';
for (const name of ['samsung_005930_KS.csv', 'samsung_005930_KS_fdr.csv', 'kospi_KS11.csv', 'sp500.csv', 'notes.md']) writeFileSync(join(dir, name), csv);
mkdirSync(join(dir, 'maps'));
writeFileSync(join(dir, 'maps', 'map.csv'), 'subject,ticker,file\nHyosung Advanced Materials,298050.KS,../kospi_KS11.csv\n');
const fileOf = (r: object) => ('file' in r ? (r as { file: string }).file.split('/').pop() : (r as { reason: string }).reason);

describe('PriceLibrary.resolve', () => {
  const library = PriceLibrary.from([dir], { map: join(dir, 'maps', 'map.csv') });
  it('reads only price files from a folder', () => {
    expect(library.size).toBe(4);
  });
  it('matches tickers to file names, preferring the file with fewest extra parts', () => {
    expect(fileOf(library.resolve({ subject: 'Samsung Electronics', ticker: '005930.KS' }))).toBe('samsung_005930_KS.csv');
    expect(fileOf(library.resolve({ subject: 'the wider market', ticker: '^KS11' }))).toBe('kospi_KS11.csv');
  });
  it('matches canonical names run together ("S&P 500" → sp500.csv)', () => {
    expect(fileOf(library.resolve({ subject: "The Standard & Poor's 500 Index" }))).toBe('sp500.csv');
  });
  it('uses the --map before anything else', () => {
    expect(fileOf(library.resolve({ subject: 'Hyosung Advanced Materials' }))).toBe('kospi_KS11.csv');
  });
  it('never guesses: a qualified subject or a part of an index is not the index', () => {
    expect(fileOf(library.resolve({ subject: 'S&P 500 financial index' }))).toMatch(/is not S&P 500 itself \(financial\)/);
    expect(fileOf(library.resolve({ subject: 'S&P 500', quote: { text: "an 11 percent advance in the S&P 500's financial index" } }))).toMatch(/is a part of S&P 500/);
    expect(fileOf(library.resolve({ subject: 'Apple' }))).toMatch(/no price file matches "Apple"/);
  });
  it('says which files tie instead of picking one', () => {
    writeFileSync(join(dir, '005930_KS.csv'), csv);
    writeFileSync(join(dir, 'KS_005930.csv'), csv);
    const two = PriceLibrary.from([join(dir, '005930_KS.csv'), join(dir, 'KS_005930.csv')]);
    expect(fileOf(two.resolve({ subject: 'Samsung Electronics', ticker: '005930.KS' }))).toMatch(/several price files match 005930\.KS: 005930_KS\.csv, KS_005930\.csv/);
  });
  it('binds NAME=FILE', () => {
    const bound = PriceLibrary.from([`SPX=${join(dir, 'kospi_KS11.csv')}`]);
    expect(fileOf(bound.resolve({ subject: 'The S&P 500', ticker: '.SPX' }))).toBe('kospi_KS11.csv');
  });
  it('refuses missing paths and empty folders with the path', () => {
    expect(() => PriceLibrary.from([join(dir, 'nope.csv')])).toThrow(/nope\.csv: not found/);
    mkdirSync(join(dir, 'empty'));
    expect(() => PriceLibrary.from([join(dir, 'empty')])).toThrow(/empty: folder holds no price file/);
    writeFileSync(join(dir, 'bad-map.csv'), 'name,file\nx,y\n');
    expect(() => PriceLibrary.from([dir], { map: join(dir, 'bad-map.csv') })).toThrow(/bad-map\.csv:1: price map needs columns subject/);
  });
});
