import { describe, expect, it } from 'vitest';
import {
  ANALYSIS_TABLE_NAMES,
  amountsFrame,
  analysisFrames,
  analysisTables,
  analyzeArticle,
  betaSensitivityFrame,
  conversionSpreadFrame,
  conversionsFrame,
  datesFrame,
  entitiesFrame,
  frameRows,
  movesFrame,
  relativeMovesFrame,
  seedArticle,
  tableToFrame,
  tidyNumber,
} from 'market-reaction';

const seed = seedArticle();
const column = (frame: ReturnType<typeof movesFrame>, name: string) => frame.column(name).values as unknown[];
const dtypeOf = (frame: ReturnType<typeof movesFrame>, name: string) => frame.dtypes[frame.columns.indexOf(name)];

describe('fact frames of the seed', () => {
  it('moves: numbers as numbers, dates as ISO strings, quote with offsets', () => {
    const moves = movesFrame(seed.facts);
    expect(moves.shape).toEqual([2, 12]);
    expect(column(moves, 'change_pct')).toEqual([1.95, 1.05]);
    expect(dtypeOf(moves, 'change_pct')).toBe('float32');
    expect(column(moves, 'date')).toEqual(['2019-08-20', '2019-08-20']);
    expect(dtypeOf(moves, 'date')).toBe('string');
    expect(column(moves, 'name')).toEqual(['Samsung Electronics', 'KOSPI']);
    expect(column(moves, 'quote')[1]).toBe('the wider market’s gain of 1.05%');
    expect(dtypeOf(moves, 'quote_start')).toBe('int32');
    // Offsets taken from the reviewed facts file; text.slice(2091, 2123) is the quote.
    expect(seed.text.slice(2091, 2123)).toBe(column(moves, 'quote')[1]);
    expect([column(moves, 'quote_start')[1], column(moves, 'quote_end')[1]]).toEqual([2091, 2123]);
  });

  it('amounts: exact values in currency units, formatted to minor units', () => {
    const amounts = amountsFrame(seed.facts);
    expect(column(amounts, 'value')).toEqual([1e12, 828_550_000]);
    expect(column(amounts, 'formatted')).toEqual(['₩1,000,000,000,000', '$828,550,000.00']);
    expect(column(amounts, 'timeframe_end')).toEqual(['2028-12-31', '2028-12-31']);
  });

  it('dates and entities', () => {
    const dates = datesFrame(seed.facts);
    expect(dates.shape[0]).toBe(8);
    expect(column(dates, 'precision')).toContain('part_of_month');
    const entities = entitiesFrame(seed.facts);
    // Tickers not in the article are null, not "undefined".
    expect(column(entities, 'ticker').slice(0, 5)).toEqual(['005930.KS', '298050.KS', '3402.T', '^KS11', null]);
  });
});

describe('derived frames of the seed', () => {
  it('relative move: 0.90 pp, 0.8906 %, 1.857×', () => {
    const relative = relativeMovesFrame(seed.facts);
    // 1.95 − 1.05 = 0.9; (1.0195 / 1.0105 − 1) · 100 = 0.890648193963 (12 significant digits); 13/7 = 1.85714285714.
    expect(column(relative, 'excess_pp')).toEqual([0.9]);
    expect(column(relative, 'relative_pct')).toEqual([0.890648193963]);
    expect(column(relative, 'multiple')).toEqual([1.85714285714]);
    expect(column(relative, 'benchmark_ticker')).toEqual(['^KS11']);
  });

  it('beta sensitivity: AR = 1.95 − β · 1.05 for β = 0.5 … 1.5', () => {
    const table = betaSensitivityFrame(seed.facts);
    expect(column(table, 'beta')).toEqual([0.5, 0.6, 0.7, 0.8, 0.9, 1, 1.1, 1.2, 1.3, 1.4, 1.5]);
    // 1.95 − 0.5 · 1.05 = 1.425 … 1.95 − 1.5 · 1.05 = 0.375, by hand.
    expect(column(table, 'abnormal_pct')).toEqual([1.425, 1.32, 1.215, 1.11, 1.005, 0.9, 0.795, 0.69, 0.585, 0.48, 0.375]);
  });

  it('conversions: the implied rate both ways', () => {
    const conversions = conversionsFrame(seed.facts);
    // 1e12 / 828.55e6 = 1206.92776537 (12 significant digits); 828.55e6 / 1e12 = 0.00082855.
    expect(column(conversions, 'rate')).toEqual([1206.92776537]);
    expect(column(conversions, 'inverse_rate')).toEqual([0.00082855]);
    expect(column(conversions, 'rate_text')).toEqual(['1,206.93 KRW per USD']);
    expect([column(conversions, 'base_currency')[0], column(conversions, 'quote_currency')[0]]).toEqual(['USD', 'KRW']);
  });

  it('conversion spread: 10 years of 1e11 KRW and 82,855,000 USD', () => {
    const spread = conversionSpreadFrame(seed.facts);
    expect(column(spread, 'year')).toEqual([2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026, 2027, 2028]);
    expect(new Set(column(spread, 'from_value'))).toEqual(new Set([1e11]));
    expect(new Set(column(spread, 'to_value'))).toEqual(new Set([82_855_000]));
    expect(dtypeOf(spread, 'year')).toBe('int32');
  });
});

describe('analysis frames and tables', () => {
  const analysis = analyzeArticle(seed.text);

  it('has one frame per table, in a fixed order', () => {
    expect(Object.keys(analysisTables(analysis))).toEqual([...ANALYSIS_TABLE_NAMES]);
    expect(ANALYSIS_TABLE_NAMES).toEqual(['moves', 'relative_moves', 'beta_sensitivity', 'amounts', 'conversions', 'conversion_spread', 'dates', 'entities']);
    expect(analysisFrames(analysis).conversions.shape[0]).toBe(1);
  });

  it('gives empty frames with their columns for an article without facts', () => {
    const empty = analysisFrames(analyzeArticle('Nothing here.'));
    expect(empty.moves.shape).toEqual([0, 12]);
    expect(empty.moves.columns).toContain('change_pct');
    expect(frameRows(empty.moves).rows).toEqual([]);
  });
});

describe('tableToFrame, frameRows and tidyNumber', () => {
  it('keeps numeric-looking strings as strings', () => {
    const frame = tableToFrame({ columns: [{ name: 'quote', dtype: 'string' }, { name: 'x', dtype: 'float32' }], rows: [['1.95', null]] });
    expect(frame.dtypes).toEqual(['string', 'float32']);
    expect(frameRows(frame)).toEqual({ columns: ['quote', 'x'], rows: [['1.95', null]] });
  });

  it('rounds derived figures to 12 significant digits', () => {
    expect(tidyNumber(1.95 - 1.05)).toBe(0.9);
    expect(tidyNumber(null)).toBeNull();
  });
});
