// Price-move rules of the stop-16 pass (branch s16-moves, issue 9 part 2): one test per wire convention found
// among the errors on eval/real/holdout (a development set from stop 16 on; eval/README.md, "Price moves, stop
// 16"). Each sentence is a short real quote from a Reuters report, used as a rule test (not evaluation text).
import { describe, expect, it } from 'vitest';
import { extractMarketFacts } from '../../src/extract/extract';

const pairs = (text: string, published = '2008-06-15') => extractMarketFacts(text, { published }).moves.map((m) => [m.subject, m.changePct]);
const periods = (text: string, published = '2008-06-15') => extractMarketFacts(text, { published }).moves.map((m) => [m.subject, m.changePct, m.period]);

describe('wrong subjects (precision)', () => {
  it('never takes the currency a move is measured against as its subject', () => {
    // the dollar's move: with no verb known for the main clause, dropping it beats printing "the yen"
    expect(pairs("The dollar also surrendered all of the previous day's gains against the yen, falling 1.6 percent to 101.46 yen.", '2008-03-12')).toEqual([]);
    expect(pairs('Against the yen, the dollar fell to a session low of 118.29 yen before rebounding to 118.78 yen JPY= , down 0.3 percent, after Jiji news agency reported late on Tuesday.', '2006-12-27')).toEqual([['the dollar', -0.3]]);
  });
  it('skips a discourse adverb set off by commas between subject and verb', () => {
    expect(pairs('Sterling, meanwhile, was up 0.1 percent at $1.9558 GBP= , well short of a peak of $1.9633 hit earlier in the session.', '2006-12-27')).toEqual([['Sterling', 0.1]]);
  });
  it('reads no company into a sentence-opening adverb ("Earlier", "Initially")', () => {
    expect(pairs('Shares of Citigroup rose 2.3 percent, or $1.14, to close at $51.85 on the New York Stock Exchange. Earlier, the stock surged 3.8 percent to $52.65, its highest level in more than 2-1/2 years.', '2006-12-08'))
      .toEqual([['Citigroup', 2.3], ['Citigroup', 3.8]]);
    expect(pairs('After the closing bell, flash memory maker SanDisk Corp ( SNDK.O ) posted a quarterly loss, but its revenue beat estimates handily. Initially the stock rose more than 3 percent in after hours trading from a Nasdaq close at $11.28.', '2009-02-02'))
      .toEqual([['SanDisk Corp', 3]]);
  });
  it('reads "the maker of <product>" as the company named before', () => {
    expect(pairs('Mattel Inc MAT.N reported disappointing profits, and shares in the maker of the Barbie doll slid 16.1 percent to $11.73.', '2009-02-02')).toEqual([['Mattel Inc', -16.1]]);
  });
  it('gives a figure after a ranking "on <index>" to the ranked stock, not the index', () => {
    expect(pairs('Qualcomm ( QCOM.O ) was the top gainer on the Nasdaq 100 .NDX, rising 3.1 percent to $48.45.', '2008-06-04')).toEqual([['Qualcomm', 3.1]]);
  });
  it('keeps "Seven & I" and drops a plural descriptor opening the sentence', () => {
    expect(pairs('Retailers Seven & I Holdings Co Ltd rose 2.2 percent to 2,835 yen and Isetan added 1.9 percent at 1,645 yen.', '2007-12-03')).toEqual([['Seven & I Holdings Co Ltd', 2.2], ['Isetan', 1.9]]);
  });
  it('keeps a possessive name with its legal form when share words follow ("McDonald\'s Corp.( MCD.N ) stock")', () => {
    expect(pairs("McDonald's Corp.( MCD.N ) stock was up 1.1 percent, or 48 cents, at $43.76.", '2006-12-08')).toEqual([["McDonald's Corp.", 1.1]]);
  });
  it('reads no currency move into the unit of an amount restated in brackets', () => {
    expect(pairs('According to the Bank of Korea on Sunday, individuals’ average monthly cash spending stood at 324,000 won ($225), down 36 percent from 506,000 won in 2021.', '2025-12-29')).toEqual([]);
  });
  it('drops a whole-number lead when the same index is restated exactly', () => {
    expect(pairs('The Dow shed more than 3 percent while the S&P 500 and Nasdaq dropped 4 percent as Wall Street worried the economy may slide into recession. The Nasdaq Composite Index .IXIC dropped 92.68 points, or 4.48 percent, to 1,976.72.', '2008-10-02'))
      .toEqual([['Dow', -3], ['Nasdaq Composite Index', -4.48]]);
  });
});

describe('periods', () => {
  it('does not read a record phrase with a fraction ("highest level in more than 2-1/2 years") as a period', () => {
    expect(periods('Citigroup rose 2.3 percent. Earlier, the stock surged 3.8 percent to $52.65, its highest level in more than 2-1/2 years.', '2006-12-08')[1]).toEqual(['Citigroup', 3.8, 'day']);
  });
});
