// Wire conventions (issue 9): ticker and RIC codes, "gave up"/"pared gains" signs, session periods,
// intraday moves, anaphors with nothing to refer to, subjectSource and confidence, dropped moves.
// Sentences are the examples and short unit cases of one rule each (not evaluation text).
import { describe, expect, it } from 'vitest';
import { extractMarketFacts } from '../../src/extract/extract';
import { attachCodes, indexCodeName } from '../../src/extract/codes';
import { tokenize } from '../../src/extract/tokenize';
import { directionOf, phrasalSign } from '../../src/extract/direction';
import { moveConfidence } from '../../src/extract/confidence';

const moves = (text: string, published = '2010-06-15') =>
  extractMarketFacts(text, { published }).moves.map((m) => ({ subject: m.subject, kind: m.subjectKind, ticker: m.ticker, change: m.changePct, period: m.period, source: m.subjectSource, ...(m.intraday ? { intraday: true } : {}) }));

describe('ticker and RIC codes', () => {
  it('attaches a bare index RIC to the index name before it and keeps it as ticker', () => {
    expect(moves('The Nasdaq Composite Index .IXIC gave up 34.71 points, or 1.54 percent, to 2,220.57.')).toEqual([
      { subject: 'Nasdaq Composite Index', kind: 'index', ticker: '.IXIC', change: -1.54, period: 'day', source: 'name' },
    ]);
    expect(moves("The Standard & Poor's 500 Index .SPX fell 18.70 points, or 1.72 percent, to 1,067.95.")[0]).toMatchObject({ subject: "Standard & Poor's 500 Index", ticker: '.SPX', change: -1.72 });
  });
  it('resolves bracketed codes, repeated codes and exchange-prefixed codes to the name', () => {
    expect(moves('U.S.-listed shares of BP Plc ( BP.L )( BP.N ), which owns the well, tumbled 15 percent.')[0]).toMatchObject({ subject: 'BP Plc', ticker: 'BP.L', change: -15 });
    expect(moves('Wal-Mart Stores Inc.( WMT.N ) fell 2 percent.')[0]).toMatchObject({ subject: 'Wal-Mart Stores Inc.', ticker: 'WMT.N' });
    expect(moves('Exxon Mobil (NYSE: XOM) fell 1 percent.')[0]).toMatchObject({ subject: 'Exxon Mobil', ticker: 'NYSE:XOM' });
    expect(moves('Merck & Co. Inc. ( MRK.N : Quote , Profile , Research ) fell 1 percent.')[0]).toMatchObject({ subject: 'Merck & Co. Inc.', ticker: 'MRK.N' });
  });
  it('reads numeric exchange codes and one-letter symbols after a name', () => {
    expect(moves('Samsung Electronics 005930.KS rose 2.1 percent.')[0]).toMatchObject({ subject: 'Samsung Electronics', ticker: '005930.KS', kind: 'stock' });
    expect(moves('Ford Motor Co F.N rose 1.1 percent.')[0]).toMatchObject({ subject: 'Ford Motor Co', ticker: 'F.N' });
  });
  it('reads an index code alone as its index name (subjectSource ticker); an unknown code stays as written', () => {
    expect(moves('.SPX fell 1.2 percent.')).toEqual([{ subject: 'S&P 500', kind: 'index', ticker: '.SPX', change: -1.2, period: 'day', source: 'ticker' }]);
    expect(moves('.ZZQ fell 1.2 percent.')[0]).toMatchObject({ subject: '.ZZQ', kind: 'index', source: 'ticker' });
    expect(indexCodeName('.N225')).toBe('Nikkei');
  });
  it('never takes abbreviations for codes', () => {
    const words = (text: string) => attachCodes(tokenize(text)).map((t) => t.text);
    expect(words('The U.S. dollar and the U.N. rose')).toEqual(['The', 'U', '.', 'S', '.', 'dollar', 'and', 'the', 'U', '.', 'N', '.', 'rose']);
    expect(moves('The U.S. dollar fell 1 percent.')[0]).toMatchObject({ subject: 'U.S. dollar', ticker: undefined });
  });
});

describe('signs of wire idioms', () => {
  it('"gave up" and "gave back" are falls', () => {
    expect(moves('The Nikkei .N225 gave up 1.2 percent.')[0].change).toBe(-1.2);
    expect(moves('Gold gave back 2 percent.')[0].change).toBe(-2);
    expect(phrasalSign('gave', 'up')).toBe(-1);
  });
  it('"pared/trimmed gains|losses to N%" take the sign of the noun; "to end up" the particle\'s', () => {
    expect(moves('The Dow .DJI trimmed gains to 0.4 percent.')[0]).toMatchObject({ subject: 'Dow', change: 0.4 });
    expect(moves('The FTSE 100 pared its losses to 0.6 percent.')[0]).toMatchObject({ change: -0.6 });
    expect(moves('The Dow Jones industrial average .DJI pared gains to end up 0.3 percent.')[0]).toMatchObject({ subject: 'Dow Jones industrial average', ticker: '.DJI', change: 0.3 });
  });
  it('"shed" and "erased" are falls', () => {
    expect(moves('Stocks erased early gains and the S&P 500 .SPX shed 0.8 percent.')[0]).toMatchObject({ subject: 'S&P 500', change: -0.8 });
    expect(moves('Acme Corp erased 3 percent.')[0].change).toBe(-3);
  });
  it('directionOf maps one word to +1, -1 or undefined', () => {
    expect([directionOf('tumbled'), directionOf('gains'), directionOf('lower'), directionOf('moved'), directionOf('Shed')]).toEqual([-1, 1, -1, undefined, -1]);
  });
});

describe('periods and intraday moves', () => {
  it('"over the past five sessions" is not the day\'s move', () => {
    expect(moves('The S&P 500 .SPX has risen more than 2 percent over the past five sessions.')[0]).toMatchObject({ change: 2, period: 'other' });
  });
  it('"this week", "since March", "for the year"', () => {
    expect(moves('Apple Inc ( AAPL.O ) rose 3 percent this week.')[0]).toMatchObject({ ticker: 'AAPL.O', period: 'week' });
    expect(moves('Gold is up 20 percent for the year.', '2010-06-15')[0].period).toBe('ytd');
    expect(moves('Gold is up 20 percent for the year.', '2010-12-31')[0].period).toBe('year');
    expect(moves('Acme Corp has gained 12 percent since March.')[0].period).toBe('other');
  });
  it('"as much as", "at one point", "intraday": period day, flagged intraday', () => {
    expect(moves('Shares of Ford ( F.N ) fell as much as 5 percent.')[0]).toMatchObject({ period: 'day', intraday: true });
    expect(moves('Shares of Ford rose 3 percent at one point.')[0]).toMatchObject({ period: 'day', intraday: true });
    expect(moves('Acme Corp fell 4 percent intraday.')[0]).toMatchObject({ period: 'day', intraday: true });
    expect(moves('Acme Corp fell 4 percent.')[0].intraday).toBeUndefined();
  });
});

describe('subjects with no name', () => {
  it('"The company\'s shares" with no company named before: the subject as written', () => {
    expect(moves("The company's shares slid as much as 9 percent.")).toEqual([
      { subject: 'The company', kind: 'stock', ticker: undefined, change: -9, period: 'day', source: 'as_written', intraday: true },
    ]);
  });
  it('resolves "its shares" to the company named before (anaphor); leaves "its shares" alone out', () => {
    expect(moves('Acme Corp said profit doubled, sending its shares up 4 percent.')[0]).toMatchObject({ subject: 'Acme Corp', source: 'anaphor' });
    expect(moves('Its shares fell 4 percent.')).toEqual([]);
  });
});

describe('confidence and dropped moves', () => {
  it('is the product of the documented factors', () => {
    expect(moveConfidence({ form: 'verb', subjectSource: 'name', known: true, period: 'stated', subjectKind: 'stock' })).toBe(1);
    expect(moveConfidence({ form: 'noun', subjectSource: 'anaphor', known: true, period: 'default', subjectKind: 'stock' })).toBe(0.704); // 0.92 × 0.85 × 0.9
    expect(moveConfidence({ form: 'verb', subjectSource: 'as_written', known: false, period: 'stated', subjectKind: 'stock' })).toBe(0.6);
    const [move] = extractMarketFacts('Acme Corp rose 2 percent.').moves;
    expect(move.confidence).toBe(0.855); // verb 1 × unknown name 0.95 × no period stated 0.9
  });
  it('drops a move whose direction word gives no sign and lists it', () => {
    const facts = extractMarketFacts('Acme Corp moved 2 percent on Tuesday. The index swung 3 percent.', { published: '2024-03-14' });
    expect(facts.moves).toEqual([]);
    expect(facts.dropped.map((d) => [d.word, d.changeText, d.quote.text])).toEqual([['moved', '2 percent', 'Acme Corp moved 2 percent'], ['swung', '3 percent', 'index swung 3 percent']]);
  });
  it('drops a move stated as a range (no one figure to print) and lists it', () => {
    // real wire text: reports-world rw-004 (Reuters) and ReutersNews 2008-04-07 (us-markets-stocks-us-europe)
    const cac = extractMarketFacts("Germany's DAX down 1.3 percent and France's CAC traded 1.2-1.8 percent higher.");
    expect(cac.moves.map((m) => [m.subject, m.changePct])).toEqual([['DAX', -1.3]]);
    expect(cac.dropped.map((d) => [d.reason, d.word, d.changeText])).toEqual([['range', '-', '1.2-1.8 percent']]);
    const futures = extractMarketFacts('By 5:20 a.m. EDT, futures for the Dow Jones the Nasdaq and the S&P 500 were up by 0.6-0.8 percent.');
    expect(futures.moves).toEqual([]);
    expect(futures.dropped.map((d) => d.reason)).toEqual(['range']);
    // "between … and …" and "… to …" are ranges too; "5 and 9.4 percent, respectively" is a list
    expect(extractMarketFacts('Alpha Corp and Beta Inc were down between 2.7 and 5.4 percent.').dropped.map((d) => [d.word, d.changeText])).toEqual([['and', 'between 2.7 and 5.4 percent']]);
    expect(extractMarketFacts('Delta Corp shares rose 3 to 4 percent.').dropped.map((d) => d.changeText)).toEqual(['3 to 4 percent']);
  });
  it('does not count levels and non-moves as dropped', () => {
    expect(extractMarketFacts('Inflation was 2 percent. The yield stood at 3 percent.').dropped).toEqual([]);
  });
});

describe('futures codes', () => {
  it('attaches a bare futures RIC to the contract named before it', () => {
    expect(moves('U.S. January crude oil futures CLF7 fell 93 cents, or 1.5 percent.')[0]).toMatchObject({ subject: 'U.S. January crude oil futures', kind: 'commodity', ticker: 'CLF7', change: -1.5 });
    expect(moves('Crude oil prices CLc1 rose 1 percent.')[0]).toMatchObject({ ticker: 'CLc1', kind: 'commodity' });
  });
});
