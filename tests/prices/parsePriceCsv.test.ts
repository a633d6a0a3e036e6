import { describe, expect, it } from 'vitest';
import { InputError, parsePriceCsv, parsePriceDate, parseLocaleNumber } from 'market-reaction';

// Small files typed by hand in each layout; the expected numbers are the ones in the text.
describe('parsePriceCsv: layouts', () => {
  it('Yahoo: prefers Adj Close', () => {
    const s = parsePriceCsv('Date,Open,High,Low,Close,Adj Close,Volume\n2019-08-19,1,1,1,43600,40379.32,1\n2019-08-20,1,1,1,44450,41166.54,1\n', { file: 'y.csv' });
    expect(s.source).toMatchObject({ format: 'yahoo', priceColumn: 'Adj Close', dateColumn: 'Date', delimiter: ',' });
    expect(Array.from(s.prices)).toEqual([40379.32, 41166.54]);
    expect(s.name).toBe('y');
  });

  it('investing.com: quoted thousands, "Aug 20, 2019", descending rows', () => {
    const text = '"Date","Price","Open","High","Low","Vol.","Change %"\n"Aug 20, 2019","44,450","43,950","44,600","43,900","8.01M","1.95%"\n"Aug 19, 2019","43,600","44,350","44,350","43,550","6.18M","-0.68%"\n';
    const s = parsePriceCsv(text);
    expect(s.source).toMatchObject({ format: 'investing', priceColumn: 'Price', reordered: true });
    expect(s.dates).toEqual(['2019-08-19', '2019-08-20']);
    expect(Array.from(s.prices)).toEqual([43600, 44450]);
  });

  it('KRX with BOM and Korean headers (일자, 종가)', () => {
    const s = parsePriceCsv('\uFEFF일자,종가,대비,등락률\n2019/08/20,"44,450",850,1.95\n2019/08/19,"43,600",-300,-0.68\n');
    expect(s.source).toMatchObject({ format: 'krx', dateColumn: '일자', priceColumn: '종가' });
    expect(Array.from(s.prices)).toEqual([43600, 44450]);
  });

  it('Naver (날짜, 종가) with dotted dates', () => {
    const s = parsePriceCsv('날짜,종가,전일비,시가,고가,저가,거래량\n2019.08.20,44450,850,43950,44600,43900,8010000\n');
    expect(s.source).toMatchObject({ format: 'naver', priceColumn: '종가' });
    expect(s.dates).toEqual(['2019-08-20']);
  });

  it('FinanceDataReader (Close + Change) and Stooq', () => {
    expect(parsePriceCsv('Date,Open,High,Low,Close,Volume,Change\n2019-08-20,1,1,1,44450,1,0.0195\n').source).toMatchObject({ format: 'fdr', priceColumn: 'Close' });
    expect(parsePriceCsv('Date,Open,High,Low,Close,Volume\n2019-08-20,1,1,1,44450,1\n').source).toMatchObject({ format: 'stooq', priceColumn: 'Close' });
  });

  it('semicolon with decimal commas', () => {
    const s = parsePriceCsv('Date;Adj Close;Close;High;Low;Open;Volume\n2019-08-20;1210,530029296875;1210,530029296875;1211;1205;1207;0\n');
    expect(s.source).toMatchObject({ delimiter: ';', decimalSeparator: ',', priceColumn: 'Adj Close' });
    expect(s.prices[0]).toBe(1210.530029296875);
  });

  it('FRED: empty values are skipped and reported by line', () => {
    const s = parsePriceCsv('observation_date,DEXKOUS\n2019-08-19,1210.60\n2019-08-20,\n2019-08-21,1207.93\n', { file: 'fred.csv' });
    expect(s.source).toMatchObject({ format: 'fred', priceColumn: 'DEXKOUS' });
    expect(s.dates).toEqual(['2019-08-19', '2019-08-21']);
    expect(s.source.skippedRows).toEqual([{ line: 3, date: '2019-08-20', reason: 'empty price' }]);
  });

  it('plain date,close with null and - rows, and same-price duplicates dropped', () => {
    const s = parsePriceCsv('date,close\n2019-01-02,10\n2019-01-03,null\n2019-01-04,-\n2019-01-02,10\n2019-01-07,11\n');
    expect(s.source.format).toBe('plain');
    expect(s.dates).toEqual(['2019-01-02', '2019-01-07']);
    expect(s.source.skippedRows.map((r) => r.line)).toEqual([3, 4]);
    expect(s.source.duplicateRows).toBe(1);
  });

  it('Stooq Polish headers and Yahoo web-table asterisks', () => {
    const pl = parsePriceCsv('Data,Otwarcie,Najwyzszy,Najnizszy,Zamkniecie,Wolumen\n2019-08-20,1,1,1,44450,1\n');
    expect(pl.source).toMatchObject({ format: 'stooq', priceColumn: 'Zamkniecie', dateColumn: 'Data' });
    const web = parsePriceCsv('Date,Open,High,Low,Close*,Adj Close**,Volume\n"Aug 20, 2019",1,1,1,"44,450.00","41,166.54",1\n');
    expect(web.source.priceColumn).toBe('Adj Close**');
    expect(web.prices[0]).toBe(41166.54);
  });

  it('price column override', () => {
    const s = parsePriceCsv('Date,Close,Adj Close\n2019-08-20,44450,41166.54\n', { priceColumn: 'close' });
    expect(s.prices[0]).toBe(44450);
  });
});

describe('parsePriceCsv: bad input names file and line', () => {
  const bad = (text: string) => () => parsePriceCsv(text, { file: 'p.csv' });
  it.each([
    ['date,close\n2019-01-02,10\n2019-01-02,11\n', /^p\.csv:3: duplicate date 2019-01-02 with a different price \(10 on line 2, 11 here\)/],
    ['date,close\n2019-01-02,0\n', /^p\.csv:2: non-positive price 0/],
    ['date,close\n2019-01-02,-5\n', /^p\.csv:2: non-positive price -5/],
    ['date,close\n2019-13-02,10\n', /^p\.csv:2: unparseable date "2019-13-02"/],
    ['date,close\nyesterday,10\n', /^p\.csv:2: unparseable date "yesterday"/],
    ['date,close\n2019-01-02,abc\n', /^p\.csv:2: price "abc" in column close is not a number/],
    ['when,close\n2019-01-02,10\n', /^p\.csv:1: no date column/],
    ['date,open,volume\n2019-01-02,10,5\n', /^p\.csv:1: no price column/],
    ['', /^p\.csv: price file is empty/],
    ['date,close\n2019-01-02,null\n', /^p\.csv: no rows with a price/],
  ])('%j', (text, message) => {
    expect(bad(text)).toThrow(InputError);
    expect(bad(text)).toThrow(message);
  });
});

describe('parsePriceDate and parseLocaleNumber', () => {
  it.each([
    ['2019-08-20', '2019-08-20'],
    ['2019-08-20 00:00:00', '2019-08-20'],
    ['20190820', '2019-08-20'],
    ['2019.08.20', '2019-08-20'],
    ['Aug 20, 2019', '2019-08-20'],
    ['20 Aug 2019', '2019-08-20'],
    ['2019년 08월 20일', '2019-08-20'],
    ['20.08.2019', '2019-08-20'],
    ['08/20/2019', '2019-08-20'],
    ['2019-02-29', undefined],
  ])('%s → %s', (text, iso) => expect(parsePriceDate(text)).toBe(iso));

  it('reads day-first slashes when asked', () => expect(parsePriceDate('20/08/2019', 'day-first')).toBe('2019-08-20'));

  it.each([
    ['44,450', '.', 44450],
    ['1.95%', '.', 1.95],
    ['$1,234.5', '.', 1234.5],
    ['1.066,07', ',', 1066.07],
    ['12abc', '.', NaN],
  ] as const)('%s (decimal %s) → %d', (text, decimal, value) => expect(parseLocaleNumber(text, decimal)).toBe(value));
});
