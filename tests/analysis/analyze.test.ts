import { describe, expect, it } from 'vitest';
import {
  FactProvenanceError,
  ValueError,
  analyzeArticle,
  analyzeConversion,
  analyzeFacts,
  isEmptyAnalysis,
  relativeMove,
  relativeMoves,
  seedArticle,
  type PriceMove,
} from 'market-reaction';

const seed = seedArticle();

describe('analyzeArticle on the seed', () => {
  const analysis = analyzeArticle(seed.text, { file: 'seeds/000_fbcb48a8abd69ce1.txt' });

  it('uses the curated facts and metadata', () => {
    expect(analysis.meta).toMatchObject({ published: '2019-08-20', source: 'Reuters', factsOrigin: 'curated', file: 'seeds/000_fbcb48a8abd69ce1.txt' });
    expect(analysis.moves.map((m) => m.changePct)).toEqual([1.95, 1.05]);
  });

  it('compares Samsung with the KOSPI', () => {
    const [samsung] = analysis.relativeMoves;
    expect(samsung.stock.id).toBe('move-samsung');
    expect(samsung.benchmark.id).toBe('move-kospi');
    // 1.95 − 1.05 = 0.90 pp; (1.0195 / 1.0105 − 1) · 100 = 0.8906 %; 1.95 / 1.05 = 1.857 (= 13/7).
    expect(samsung.excessPp).toBeCloseTo(0.9, 12);
    expect(samsung.relativePct).toBeCloseTo(0.890648, 6);
    expect(samsung.multiple).toBeCloseTo(13 / 7, 12);
    expect(samsung.betaSensitivity).toHaveLength(11);
  });

  it('derives 1,206.93 KRW per USD and its inverse, and spreads the investment over 2019–2028', () => {
    const [hyosung] = analysis.conversions;
    // 1e12 / 828.55e6 = 1206.9277…; 828.55e6 / 1e12 = 0.00082855.
    expect(hyosung.rate).toMatchObject({ base: 'USD', quote: 'KRW' });
    expect(hyosung.rate.rate).toBeCloseTo(1206.92777, 4);
    expect(hyosung.inverse).toEqual({ rate: 0.00082855, base: 'KRW', quote: 'USD' });
    // 10 calendar years 2019 … 2028: 1e11 KRW and 82,855,000 USD a year.
    expect(hyosung.spread?.years).toHaveLength(10);
    expect(hyosung.spread?.years[0]).toEqual({
      year: 2019, start: '2019-08-20', end: '2019-12-31', share: 0.1,
      from: { value: 1e11, currency: 'KRW' }, to: { value: 82_855_000, currency: 'USD' },
    });
  });

  it('keeps the amounts, dates and entities', () => {
    expect(analysis.amounts.map((a) => a.value)).toEqual([1e12, 828_550_000]);
    expect(analysis.dates.map((d) => d.date)).toContain('2019-08-21');
    expect(analysis.entities.map((e) => e.ticker).filter(Boolean)).toEqual(['005930.KS', '298050.KS', '3402.T', '^KS11']);
  });

  it('can spread pro rata by days', () => {
    const prorata = analyzeArticle(seed.text, { spreadConvention: 'pro_rata_days' });
    // 2019 has 134 of the 3,422 days 2019-08-20 … 2028-12-31.
    expect(prorata.conversions[0].spread?.years[0].share).toBeCloseTo(134 / 3422, 15);
  });
});

describe('analyzeArticle with given facts and other texts', () => {
  const text = 'Acme rose 3% while the index fell 1%.';
  const acme: PriceMove = { kind: 'price_move', id: 'acme', subject: 'Acme', subjectKind: 'stock', changePct: 3, period: 'day', quote: { text: 'Acme rose 3%', start: 0, end: 12 } };
  const index: PriceMove = { kind: 'price_move', id: 'idx', subject: 'the index', subjectKind: 'index', changePct: -1, period: 'day', quote: { text: 'the index fell 1%', start: 19, end: 36 } };

  it('uses given facts after checking their quotes', () => {
    const analysis = analyzeArticle(text, { facts: [acme, index], published: '2024-01-02' });
    expect(analysis.meta).toEqual({ published: '2024-01-02', factsOrigin: 'facts_file' });
    // 3 − (−1) = 4 pp; (1.03 / 0.99 − 1) · 100 = 4.0404 %; 3 / −1 = −3.
    expect(analysis.relativeMoves[0].excessPp).toBe(4);
    expect(analysis.relativeMoves[0].relativePct).toBeCloseTo(4.040404, 6);
    expect(analysis.relativeMoves[0].multiple).toBe(-3);
  });

  it('refuses facts whose quotes do not match', () => {
    const shifted = { ...acme, quote: { ...acme.quote, start: 1, end: 13 } };
    expect(() => analyzeArticle(text, { facts: [shifted], factsFile: 'mine.json' })).toThrow(FactProvenanceError);
    expect(() => analyzeArticle(text, { facts: [shifted], factsFile: 'mine.json' })).toThrow('mine.json: fact "acme"');
  });

  it('reports an article without facts as empty', () => {
    const analysis = analyzeArticle('Nothing market-related here.');
    expect(analysis.meta.factsOrigin).toBe('extracted');
    expect(isEmptyAnalysis(analysis)).toBe(true);
  });

  it('pairs a stock only with a benchmark of the same period and date', () => {
    expect(relativeMoves([acme, { ...index, period: 'week' }])).toEqual([]);
    expect(relativeMoves([{ ...acme, date: '2024-01-02' }, { ...index, date: '2024-01-03' }])).toEqual([]);
    expect(() => relativeMove(acme, { ...index, period: 'week' })).toThrow(ValueError);
    expect(analyzeFacts([acme], { factsOrigin: 'facts_file' }).relativeMoves).toEqual([]);
  });

  it('orients a conversion so that its rate is at least 1', () => {
    // $1 (1,300 won): 1300 / 1 = 1,300 KRW per USD, whichever amount is written first.
    const c = analyzeConversion({ kind: 'conversion', id: 'c', from: { value: 1, currency: 'USD' }, to: { value: 1300, currency: 'KRW' }, quote: { text: 'x', start: 0, end: 1 } });
    expect(c.rate).toEqual({ rate: 1300, base: 'USD', quote: 'KRW' });
    expect(c.spread).toBeNull();
  });
});
