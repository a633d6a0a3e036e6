// Periods, dates and sessions of moves — the stop-20 pass (branch s20-periods). Each rule was found among reviewer
// findings on real Reuters 2006–09 text and counted over the 45,312 Reuters bodies of the 2006–2009 folders
// (eval/README.md, "Periods, dates and sessions of moves, stop 18"); the sentences below are real quotes from those stories.
import { describe, expect, it } from 'vitest';
import { extractMarketFacts } from '../../src/extract/extract';

const moves = (text: string, published = '2008-06-15') => extractMarketFacts(text, { published }).moves;
const sessions = (text: string, published?: string) => moves(text, published).map((m) => [m.subject, m.changePct, m.intraday ?? false]);

describe('after-hours moves', () => {
  it('flags "in extended trading" and "in after-hours trade" written after the price the move reached', () => {
    expect(sessions('Dell shares fell 2.8 percent to $25.04 in extended trading after closing at $25.75 in regular-session trading on Nasdaq.', '2006-11-16'))
      .toEqual([['Dell', -2.8, true]]);
    expect(sessions('But IBM shares fell 5.2 percent to $94.24 in after-hours trade from a New York Stock Exchange close of $99.45.', '2007-01-19'))
      .toEqual([['IBM', -5.2, true]]);
  });
  it('flags "extended-hours trading" and "after-market trading"', () => {
    expect(sessions('Shares of Gap Inc.( GPS.N ) shot up 4.5 percent to $20.80 in extended-hours trading after the company\'s top executive, Paul Pressler resigned.', '2007-01-22'))
      .toEqual([['Gap Inc.', 4.5, true]]);
    expect(sessions('Shares of Medtronic fell 2.8 percent to $53.00 in after-market trading on Tuesday, from a close of $54.54 on the New York Stock Exchange.', '2007-02-21'))
      .toEqual([['Medtronic', -2.8, true]]);
  });
  it('flags a move after "After the close,"', () => {
    expect(sessions('After the close, shares of Alcoa were up 0.5 percent at $39.90.', '2007-10-09')).toEqual([['Alcoa', 0.5, true]]);
  });
  it('does not flag the regular close given after the after-hours move ("after closing up 0.9 percent")', () => {
    expect(sessions('HP shares rose to $40.35 in extended trading after closing up 0.9 percent at $40.13 in regular-session trading on the New York Stock Exchange.', '2006-11-16'))
      .toEqual([['HP', 0.9, false]]);
    expect(sessions('Accenture shares advanced 2.1 percent to $37 in extended trading after closing down 1.4 percent in regular-session trading on the New York Stock Exchange.', '2007-03-27'))
      .toEqual([['Accenture', 2.1, true], ['Accenture', -1.4, false]]);
  });
  it('does not flag a move worded as the close, in an aside or after "at one point"', () => {
    expect(sessions('Motorola shares, which closed up 1.66 percent at $9.77, were at around $9.75 in after-hours trade.', '2008-04-03'))
      .toEqual([['Motorola', 1.66, false]]);
    expect(sessions('GM shares hit a low of $12.75 at one point on Monday before closing down 88 cents, or 6.38 percent, at $12.91 on the New York Stock Exchange.', '2008-06-23'))
      .toEqual([['GM', -6.38, false]]);
    // …but the aside's close verb is not the main verb's
    expect(sessions('Baidu shares, which ended down 0.5 percent in New York at $334.30, fell more than 4 percent in after-hours trade.', '2007-10-26'))
      .toEqual([['Baidu', -0.5, false], ['Baidu', -4, true]]);
  });
  it('stops at the next verb phrase: "closed down 1.8 percent … and were unchanged in after-hours trading"', () => {
    expect(sessions('Chubb shares closed down 2.34 percent $49.63 in regular trading on the New York Stock Exchange before rising slightly to $51.00 in after-hours trading.', '2007-07-24'))
      .toEqual([['Chubb', -2.34, false]]);
  });
  it('keeps "intraday" after the figure to the words right after it ("… hit their eighth intraday record" is the record\'s)', () => {
    expect(sessions('Seoul\'s main KOSPI .KS11 rose 0.12 percent to 1,965.27 in a volatile morning that saw shares hit their eighth intraday record this month.', '2007-07-16'))
      .toEqual([['KOSPI', 0.12, false]]);
  });
  it('drops a lead that names no session when the story gives the after-hours figure below', () => {
    const text = 'The news sent Microsoft shares down 8 percent and took the shine off a big U.S. stock rally. '
      + 'Microsoft\'s shares fell 8 percent to $23.44 in extended trading, after closing up 3 percent at $25.56 on Nasdaq.';
    expect(sessions(text, '2009-07-23')).toEqual([['Microsoft', -8, true], ['Microsoft', 3, false]]);
  });
});

const dates = (text: string, published: string) => moves(text, published).map((m) => [m.subject, m.changePct, m.date ?? null]);

describe('the date of a day move', () => {
  it('takes the date written after the move\'s own figure over an earlier one in the sentence', () => {
    expect(dates('Mills shares closed at $17.77 on Tuesday and rose about 25.5 percent to $22.31 on Wednesday after the agreement with Brookfield was announced.', '2007-01-17'))
      .toEqual([['Mills', 25.5, '2007-01-17']]);
    expect(dates('The market rebounded 3.9 percent on Wednesday, but was down 3.2 percent in early trade on Thursday.', '2007-03-01'))
      .toEqual([['market', 3.9, '2007-02-28'], ['market', -3.2, '2007-03-01']]);
    expect(dates('China\'s main stock index bounced up 4 percent on Wednesday after falling 8.8 percent on Tuesday.', '2007-02-28'))
      .toEqual([['China\'s main stock index', 4, '2007-02-28'], ['China\'s main stock index', -8.8, '2007-02-27']]);
  });
  it('never takes a date after publication ("will be available to retail customers on January 30")', () => {
    expect(dates('During the regular session, Microsoft, whose shares gained 0.1 percent, or 3 cents, to $29.98 on Nasdaq, said the next version of its Windows operating system, called Vista, is "rock solid and ready to ship" and will be available to retail customers on January 30.', '2006-11-08'))
      .toEqual([['Microsoft', 0.1, null]]);
    expect(dates('On Thursday, the index rose 1.54 percent to a six-month closing high before Ma\'s inauguration next Tuesday.', '2008-05-15'))
      .toEqual([['the index', 1.54, '2008-05-15']]);
  });
  it('never takes the day a span starts from or a level was set', () => {
    expect(dates('The dollar gained about 0.5 percent to 114.95 yen from 114.35 late on Friday, while the euro rose 0.6 percent to 155.05 yen from late Friday\'s level of 154.15.', '2007-08-20'))
      .toEqual([['dollar', 0.5, null], ['the euro', 0.6, null]]);
    expect(dates('Shares of XM Satellite Radio rose 1.9 percent in premarket trading to $3.81, from their Monday Nasdaq close of $3.74.', '2007-02-27'))
      .toEqual([['XM Satellite Radio', 1.9, null]]);
    expect(dates('The dollar fell 0.7 percent to 101.43 yen, retreating further from around 103 yen hit on Tuesday.', '2008-10-15'))
      .toEqual([['dollar', -0.7, null]]);
  });
  it('never takes a date inside a ", which … ," aside', () => {
    expect(dates('Chevron Corp., which is expected to report results on Friday, advanced 2.2 percent, or $1.59, to $74.47.', '2007-02-01'))
      .toEqual([['Chevron Corp.', 2.2, null]]);
  });
  it('keeps the day that owns the figure or names it with "when"', () => {
    expect(dates('Shares in Bharti rose as much as 4.2 percent to 872 rupees, their highest since May 6, when they slumped more than 5 percent on news that Bharti was in talks with MTN.', '2008-05-26'))
      .toEqual([['Bharti', 4.2, null], ['Bharti', -5, '2008-05-06']]);
  });
  it('reads a timeline entry\'s date, not a day\'s name ("Black Monday")', () => {
    expect(dates('* October 19, 1987: The Dow Jones index drops 22.6 percent, falling 508 points to 1,738.74 on "Black Monday", the biggest one-day drop in stock market history.', '2007-02-28'))
      .toEqual([['Dow Jones index', -22.6, '1987-10-19']]);
  });
  it('leaves a dateline\'s date to the day the sentence names ("on Monday")', () => {
    expect(dates('SEOUL, Aug. 20 (Yonhap) -- Samsung Electronics shares fell 2 percent on Monday.', '2019-08-20'))
      .toEqual([['Samsung Electronics', -2, '2019-08-19']]);
  });
});

const periods = (text: string, published: string) => moves(text, published).map((m) => [m.subject, m.changePct, m.period]);

describe('a sentence\'s "For the week," lead-in', () => {
  it('gives its span to every move of its sentence without one of its own, past ", but" and ", while"', () => {
    expect(periods('For the week, the Dow fell 0.51 percent and the S&P 500 dipped 0.02 percent, but the Nasdaq gained 0.59 percent.', '2006-11-24'))
      .toEqual([['Dow', -0.51, 'week'], ['S&P 500', -0.02, 'week'], ['Nasdaq', 0.59, 'week']]);
    expect(periods('For the month, though, the Dow added 1.5 percent, while the S&P rose 1.3 percent and the Nasdaq gained 1.8 percent.', '2008-08-29'))
      .toEqual([['Dow', 1.5, 'month'], ['S&P', 1.3, 'month'], ['Nasdaq', 1.8, 'month']]);
  });
  it('reads "For last week,", "Last week,", "For the week ended August 22," and "For the month of January so far,"', () => {
    expect(periods('Last week, the Dow Jones industrial average .DJI fell 0.51 percent to end Friday at 12,280.17.', '2006-11-27'))
      .toEqual([['Dow Jones industrial average', -0.51, 'week']]);
    expect(periods('For the week ended August 22, the Dow Jones industrial average .DJI dipped 0.3 percent, while the Standard & Poor\'s 500 Index .SPX declined 0.5 percent.', '2008-08-22'))
      .toEqual([['Dow Jones industrial average', -0.3, 'week'], ['Standard & Poor\'s 500 Index', -0.5, 'week']]);
    expect(periods('For the month of January so far, all three indexes are higher, with the Dow up 0.82 percent, the S&P 500 up 0.86 percent and the Nasdaq up 1.49 percent.', '2007-01-21'))
      .toEqual([['Dow', 0.82, 'month'], ['S&P 500', 0.86, 'month'], ['Nasdaq', 1.49, 'month']]);
  });
  it('reads a lead-in after an all-capitals heading glued to the sentence', () => {
    expect(periods('WORST MONTH FOR STOCKS For the week, the Dow lost 5.3 percent, the S&P 500 fell 8.4 percent, and the Nasdaq lost 8.8 percent, even after all three indexes surged more than 5 percent on Friday.', '2008-11-22'))
      .toEqual([['Dow', -5.3, 'week'], ['S&P 500', -8.4, 'week'], ['Nasdaq', -8.8, 'week'], ['three indexes', 5, 'day']]);
  });
  it('is not undone by a day that dates a level or another event ("as of Tuesday", "thanks to Tuesday\'s huge rally")', () => {
    // a fund's return is left out since s20-articles' untraded-head rule (a lower-case head that is not a share); were
    // it read, the lead-in would make it ytd
    expect(periods('For the year, Miller\'s flagship Value Trust ( LMVTX.O ) fund was down 59.7 percent as of Tuesday.', '2008-12-03')
      .every((m) => m[2] === 'ytd')).toBe(true);
    expect(periods('For the week, the Dow industrials gained 0.48 percent though, thanks to Tuesday\'s huge rally, but the Standard & Poor\'s 500 index .SPX slipped 0.40 percent.', '2008-03-16'))
      .toContainEqual(['Dow industrials', 0.48, 'week']);
  });
  it('scopes its own sentence only: the next sentence keeps its own reading', () => {
    expect(periods('For the month, the Dow rose 3.4 percent, followed by a 3.2 percent gain in the S&P 500. The Nasdaq jumped 4.8 percent.', '2006-10-31').map((m) => m[2]))
      .toEqual(['month', 'month', 'day']);
  });
});

describe('spans that start at a named peak, low or first session', () => {
  it('reads "Since peaking … in July, … has fallen 24 percent" as a span since the peak, not the month', () => {
    expect(periods('Since peaking at $78.40 a barrel in July, the leading NYMEX crude futures price has fallen 24 percent.', '2006-11-10').map((m) => m[2])).toEqual(['other']);
    expect(periods('From its all-time high hit in October 2007, the S&P 500 has lost about 52 percent.', '2009-03-14').map((m) => m[2])).toEqual(['other']);
  });
  it('reads a debut or a first day of trading as the day ("rose as much 20 percent in its market debut in October")', () => {
    expect(periods('With a jump of 59 percent, OpenTable had the best first day performance since American Public Education Inc ( APEI.O ) rose 67.3 percent in its debut in November 2007.', '2009-05-21'))
      .toContainEqual(['American Public Education Inc', 67.3, 'day']);
    expect(moves('The only other stock market debut this year was also a spinoff, an $828 million IPO by pediatrics nutrition maker Mead Johnson Nutrition Co, whose shares jumped 12 percent on their first day of trading.', '2009-04-02').map((m) => [m.changePct, m.period]))
      .toEqual([[12, 'day']]);
    // …but a span since the debut stays a span
    expect(periods('Shares of KBR have risen about 10 percent since the unit\'s stock market debut in November at $17 a share.', '2007-02-22').map((m) => m[2])).toEqual(['other']);
  });
  it('reads "from October to December" as a span', () => {
    expect(periods('Shares in Lenovo rose 18 percent from October to December, outpacing a 2.5 percent gain on the main index.', '2008-01-29')[0]).toEqual(['Lenovo', 18, 'other']);
  });
  it('keeps the day of "its largest one-day percentage gain since it began tracking in May 1992"', () => {
    expect(periods('The three indexes had their largest single-day percentage gain since April 1 and the KBW bank index soared 17.27 percent, its largest one-day percentage gain since it began tracking in May 1992.', '2008-07-16'))
      .toEqual([['KBW bank index', 17.27, 'day']]);
  });
});

describe('two figures of one verb', () => {
  it('does not join a figure after ", but" to the verb before it ("has risen 16.5 percent …, but down nearly 40 percent")', () => {
    expect(moves('Price of Zinc, a key ingredient in making steel, has risen 16.5 percent year to date, but down nearly 40 percent from their peak in late 2006.', '2008-03-03').map((m) => m.changePct))
      .toEqual([16.5, -40]);
  });
  it('does not give "returned 83.4 percent" the sign of "fell" before it', () => {
    expect(moves('The fund is volatile: it fell 66.5 percent last year, but returned 83.4 percent from January to June.', '2009-07-08').map((m) => m.changePct)).not.toContain(-83.4);
  });
});

describe('a section heading glued to the sentence', () => {
  it('gives no span to a figure written in lower case ("A TURNAROUND YEAR Despite a 65 percent gain … from its 12-year closing low")', () => {
    expect(periods('A TURNAROUND YEAR Despite a 65 percent gain in the S&P 500 from its 12-year closing low in early March, stock investors have lost money this decade.', '2009-12-31'))
      .toEqual([['S&P 500', 65, 'other']]);
  });
});

describe('a ranking before the figure is no record phrase of its period', () => {
  it('reads the period after the figure ("one of the biggest losers, down 75 percent this year": was day)', () => {
    // Reuters 20081024 us-emerging-slump (FACTBOX: How far have emerging markets fallen?)
    expect(periods("Russia's stock market has been one of the biggest losers, down 75 percent this year as war with Georgia, worries over government interference in investments, global problems, bank worries and falling oil prices sent capital fleeing.", '2008-10-24'))
      .toEqual([['Russia', -75, 'ytd']]);
    // Reuters 20091215 us-bestbuy: "since" after the figure, a superlative ("best") in the name before it
    expect(periods('Anthony Chukumba at FTN Equity Capital Markets noted that Best Buy stock rose 19 percent since it reported second-quarter earnings.', '2009-12-15'))
      .toEqual([['Best Buy', 19, 'other']]);
  });
  it('still reads a record phrase after the figure as no span ("its biggest one-day decline in more than six years")', () => {
    expect(periods('The Dow fell 5 percent, its biggest one-day decline in more than six years.', '2008-10-24').map((m) => m[2])).toEqual(['day']);
  });
});

describe('after-hours venues between "extended" and "trading"', () => {
  it('flags "in extended composite trading" (Reuters 20061023 us-markets-stocks) but not "extended the trading halt"', () => {
    const [ti] = moves('Setting the pace for tech shares on Tuesday, Texas Instruments TXN.N fell 2.8 percent to $31 in extended composite trading after the chip maker posted quarterly revenue that was just short of Wall Street estimates.', '2006-10-23');
    expect([ti.subject, ti.changePct, ti.intraday]).toEqual(['Texas Instruments', -2.8, true]);
    expect(moves('The exchange extended the trading halt after shares of Acme fell 5 percent.', '2006-10-23').every((m) => !m.intraday)).toBe(true);
  });
});
