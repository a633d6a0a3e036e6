// Things that are not stock moves, printed as moves, and the moves lost beside them (branch s20-stats): statistics
// as subjects, forecasts scoped by the clause, and figures set off by commas after a subject ("X shares, down 32
// percent this year, rose 3.4 percent"). Sentences are real quotes from Reuters 2006-2009 stories in the corpus
// mirror (ReutersNews106521/<folder>/<file>, cited per test); a reviewer's probe is marked "probe".
import { describe, expect, it } from 'vitest';
import { extractMarketFacts } from '../../src/extract/extract';

const moves = (text: string, published = '2008-06-15') => extractMarketFacts(text, { published }).moves;
const periods = (text: string, published?: string) => moves(text, published).map((m) => [m.subject, m.changePct, m.period]);

describe('a figure set off by commas after its subject, then the subject\'s verb', () => {
  it('reads both the aside\'s figure (with its own span) and the day move after it', () => {
    // 20071026/us-merrilllynch-mccann-idUSN2635595420071026
    expect(periods('Merrill shares, down 32 percent this year, rose 3.4 percent in afternoon trade on speculation O\'Neal would be replaced.', '2007-10-26'))
      .toEqual([['Merrill', -32, 'ytd'], ['Merrill', 3.4, 'day']]);
    // 20070830/us-thornburgmortgage-publicoffering-idUSN304065012…
    expect(periods('Thornburg common shares, down 57 percent from their year-high on May 1, surged 8 percent in early trading.', '2007-08-30'))
      .toEqual([['Thornburg common', -57, 'other'], ['Thornburg common', 8, 'day']]);
    // 20071231/us-markets-stocks-idUSL318031020071231
    expect(periods('Exxon Mobil\'s stock, up more than 22 percent for the year, fell 1.4 percent on Monday to close at $93.69 on the New York Stock Exchange.', '2007-12-31').map((m) => m.slice(0, 2)))
      .toEqual([['Exxon Mobil', 22], ['Exxon Mobil', -1.4]]);
  });
  it('keeps the subject past an aside whose last words look like a name', () => {
    // 20090507/us-goldman-tarp-idUSTRE5468SR20090507: was "New York Stock Exchange trade" +2
    expect(periods('Goldman shares, down 4 percent during regular trading on the New York Stock Exchange trade, rose 2 percent after the results of the stress tests were announced.', '2009-05-07').map((m) => m.slice(0, 2)))
      .toEqual([['Goldman', -4], ['Goldman', 2]]);
    // probe (reviewer): the drawdown is measured from the high (period other), never printed as the day move
    expect(periods('Apple shares, down 40 percent from their high, rose 3 percent on Monday.')).toEqual([['Apple', -40, 'other'], ['Apple', 3, 'day']]);
  });
  it('gives the verb after the aside its own span: the aside is the day, the verb the month', () => {
    // 20070430/us-markets-stocks-idUSN3038965220070430 (the day figure was read as the month's before)
    expect(periods('Exxon shares, down 0.7 percent, added 5.8 percent for the month.', '2007-04-30')).toEqual([['Exxon', -0.7, 'day'], ['Exxon', 5.8, 'month']]);
  });
  it('does not carry a subject across a list of names each with its own figure', () => {
    // 20090501/us-markets-stocks-idUSTRE53J1T120090501
    expect(periods('On Nasdaq, the index was led higher by major technology companies such as Apple ( AAPL.O ), up 1.1 percent to $127.24 and Research In Motion RIMM.O RIM.TO, up 4 percent to $72.30.', '2009-05-01').map((m) => m.slice(0, 2)))
      .toEqual([['Apple', 1.1], ['Research In Motion', 4]]);
    // 20070820/us-markets-stocks-idUSL1338395720070820
    expect(periods('JP Morgan Chase & Co. ( JPM.N ), down 3.8 percent at $45.61, and Citigroup Inc. ( C.N ), down 2 percent at $47.86, were among the top drags on the S&P 500 index.', '2007-08-20').map((m) => m.slice(0, 2)))
      .toEqual([['JP Morgan Chase & Co.', -3.8], ['Citigroup Inc.', -2]]);
  });
});
