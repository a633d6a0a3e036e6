// Rules of the whole-article pass (stop 18, branch s20-articles; eval/README.md, "Whole company-news articles"). Each
// sentence is a real quote from ReutersNews106521 (folder/file prefix in the comment), used as a rule test, not as
// evaluation text; the lead's probe articles are among them and none is in eval/real/articles.
import { describe, expect, it } from 'vitest';
import { extractMarketFacts } from '../../src/extract/extract';

const moves = (text: string, published: string) => extractMarketFacts(text, { published }).moves.map((m) => [m.subject, m.subjectKind, m.changePct, m.period]);

describe('present perfect without a time phrase (src/extract/aspect.ts)', () => {
  it('gives "has fallen"/"have risen" period unknown, never a guessed day', () => {
    // 20061107/us-autos-psa-ceo
    expect(moves('Based on latest prices, PSA shares have fallen around 3.5 percent while the DJ Stoxx European automotive sector .SXAP has risen around 23 percent.', '2006-11-07'))
      .toEqual([['PSA', 'stock', -3.5, 'unknown'], ['DJ Stoxx European automotive sector', 'index', 23, 'unknown']]);
    // 20080209/us-usa-subprime-year: the first sentence names its span, the second does not
    expect(moves('In a year, Merrill Lynch MER.N has fallen nearly 45 percent. Citigroup ( C.N ) stock has fallen more than 52 percent and Bear Stearns has shed nearly 51 percent.', '2008-02-09'))
      .toEqual([['Merrill Lynch', 'stock', -45, 'year'], ['Citigroup', 'stock', -52, 'unknown'], ['Bear Stearns', 'stock', -51, 'unknown']]);
  });
  it('keeps the day for the simple past and the pluperfect of an earlier session figure', () => {
    // 20080313/us-subprime-ratings-sandp
    // (the closing "ended up 2.98 percent" after the aside is not read: left as it was)
    expect(moves('Shares of Merrill Lynch, which had been down 2.5 percent, ended up 2.98 percent.', '2008-03-13')[0]).toEqual(['Merrill Lynch', 'stock', -2.5, 'day']);
    expect(moves('Ford shares fell 3 percent.', '2008-03-13')).toEqual([['Ford', 'stock', -3, 'day']]);
  });
  it('reads a fronted "From <point> to <point>," span as other, whatever day words name the points', () => {
    // 20080209/us-usa-subprime-year (was a day move dated 2007-10-11 at confidence 1)
    const [move] = extractMarketFacts("From its intraday high on October 11 to Friday's close, the S&P 500 index has fallen 15.5 percent.", { published: '2008-02-09' }).moves;
    expect([move.subject, move.changePct, move.period, move.date]).toEqual(['S&P 500 index', -15.5, 'other', undefined]);
  });
  it('reads "during that period" as the span the sentence before names, and unknown when it names several', () => {
    // 20080410/us-exxon-compensation
    expect(moves("Exxon Mobil Corp ( XOM.N ) earned $40.61 billion in 2007, up 3 percent from the previous year. The company's shares rose 22 percent during that period.", '2008-04-10'))
      .toEqual([['Exxon Mobil Corp', 'stock', 22, 'year']]);
    // 20081203/us-usa-economy-millionaires: "a third straight month in November" is no one period
    expect(moves('Investors were also fretful over the stock market, which fell for a third straight month in November. Over that period the Nasdaq .IXIC has shed 42 percent.', '2008-12-03'))
      .toEqual([['Nasdaq', 'index', -42, 'unknown']]);
  });
});

describe('subjects that are nothing traded (src/extract/untraded-head.ts)', () => {
  it('reads no stock move into pay, statistics, stores or contracts named after a company', () => {
    // 20080410/us-exxon-compensation
    expect(moves("Exxon Mobil Corp ( XOM.N ) Chief Executive Rex Tillerson's compensation rose nearly 18 percent to $21.7 million in 2007.", '2008-04-10')).toEqual([]);
    // 20061201/businesspro-usa-economy-construction
    expect(moves('Private non-residential construction fell 0.7 percent in October.', '2006-12-01')).toEqual([]);
    // 20071130/us-tiffany-results
    expect(moves('U.S. retail revenue was up 12 percent, as sales in its New York flagship store rose 25 percent.', '2007-11-30')).toEqual([]);
    // 20070509/us-tollbrothers-outlook (eval/real/articles ra-002)
    expect(moves('Total contracts -- those signed during the quarter, less those that were canceled out of backlog for its wholly owned operations -- fell 24 percent to 1,647 homes.', '2007-05-09')).toEqual([]);
  });
  it('reads no move into a statistic that owns the name after it ("Short interest on the Nasdaq")', () => {
    // 20080311/us-markets-shortinterest-nasdaq (was the Nasdaq index, confidence 1); 20080409/us-circuitcity
    expect(moves('Short interest on the Nasdaq rose 2.2 percent in late February, the exchange said on Tuesday.', '2008-03-11')).toEqual([]);
    // 20081022/us-markets-global: a move noun is no statistic
    expect(moves("MSCI's main index of emerging equities fell some 4.8 percent, sharply underperforming the 3.1 percent loss in MSCI's index of world stock markets.", '2008-10-22').map((m) => m[2]))
      .toEqual([-4.8, -3.1]);
  });
  it('reads no move into "They" standing for a statistic that ends the sentence before', () => {
    // 20061109/us-food-inbev (was given to the beverage index)
    expect(moves('The program is partly to offset sluggish regional volumes. They fell 2.3 percent in the third quarter.', '2006-11-09')).toEqual([]);
  });
  it('keeps share, sector and currency heads, listed names and a share word inside the phrase', () => {
    expect(moves('European banks fell 3 percent.', '2008-10-06')).toEqual([['European banks', 'stock', -3, 'day']]);
    // 20090403/us-sunmicro-ibm
    expect(moves('IBM shares held steady in extended trading after gaining more than 3 percent.', '2009-04-03').map((m) => m[2])).toEqual([3]);
    expect(moves('SK hynix rose 4.51 percent.', '2025-11-20')).toEqual([['SK hynix', 'stock', 4.51, 'day']]);
  });
  it('resolves a company described by its trade to the company named before', () => {
    // 20080723/us-costco
    expect(moves('Costco Wholesale Corp ( COST.O ) posted lower quarterly profit, sending shares of the No. 1 U.S. warehouse club operator down as much as 13.5 percent.', '2008-07-23').map((m) => [m[0], m[2]]))
      .toEqual([['Costco Wholesale Corp', -13.5]]);
  });
});

describe('kind from share words (src/extract/share-kind.ts)', () => {
  it('reads "X shares", "Shares in X" and a price in money as a stock, whatever index the name recalls', () => {
    // 20070731/us-dowjones-newscorp
    expect(moves('Dow Jones shares closed up 11.3 percent, or $5.82, at $57.38 in anticipation of the deal.', '2007-07-31')).toEqual([['Dow Jones', 'stock', 11.3, 'day']]);
    expect(moves('Dow Jones closed down about 1 percent at $56.45.', '2007-07-31')).toEqual([['Dow Jones', 'stock', -1, 'day']]);
    expect(moves('Shares in OMX rose 3 percent.', '2007-05-25')).toEqual([['OMX', 'stock', 3, 'day']]);
    // 20081229/us-rohm-dow-sb
    expect(moves('Shares of Dow were down $3.45, or 18.2 percent, to $15.47 in afternoon trade.', '2008-12-29').map((m) => [m[0], m[1]])).toEqual([['Dow', 'stock']]);
  });
  it('keeps indexes with a number or an index word, and reads a city before "shares" as its market', () => {
    expect(moves('The Dow Jones industrial average fell 1 percent.', '2008-10-06')).toEqual([['Dow Jones industrial average', 'index', -1, 'day']]);
    expect(moves('Sydney shares slipped 0.2 percent.', '2008-10-06')).toEqual([['Sydney shares', 'market', -0.2, 'day']]);
  });
});

describe('names cut short', () => {
  it('keeps "Standard & Poor\'s 500" whole with a lower-case head, after "in the", and before a number', () => {
    // 20070408/us-column-stocks-outlook (the S&P 500's move was missing)
    expect(moves("For the past week, the blue-chip Dow Jones industrial average .DJI rose 1.66 percent and the broad Standard & Poor's 500 index .SPX gained 1.61 percent.", '2007-04-08'))
      .toEqual([['Dow Jones industrial average', 'index', 1.66, 'week'], ["Standard & Poor's 500 index", 'index', 1.61, 'week']]);
    // 20070109/us-sirius-stern (was the stock "Standard")
    expect(moves("Sirius shares have also shed more than 40 percent of their value in the last year, compared with a 10 percent rise in the Standard & Poor's 500 Index.", '2007-01-09').map((m) => [m[0], m[1]]))
      .toContainEqual(["Standard & Poor's 500 Index", 'index']);
    // 20090503/us-berkshire
    expect(moves("Buffett said the four candidates failed in 2008 to outperform the Standard & Poor's 500, which fell 38 percent that year.", '2009-05-03'))
      .toEqual([["Standard & Poor's 500", 'index', -38, 'year']]);
  });
  it('keeps a sector word before "index" ("a 3.2 percent fall in the British mining index")', () => {
    // 20090622/us-xstrata-angloamerican (was the stock "British")
    expect(moves('Shares in Xstrata fell 6.7 percent to 635.1 pence, compared with a 3.2 percent fall in the British mining index.', '2009-06-22'))
      .toEqual([['Xstrata', 'stock', -6.7, 'day'], ['British mining index', 'index', -3.2, 'day']]);
  });
});

describe('names and verbs of the development set (eval/real/articles)', () => {
  it('opens a described name with digits ("Diversified manufacturer 3M Co … sending its shares down")', () => {
    // 20081208/us-3m (ra-009: was the company "Diversified")
    expect(moves('NEW YORK (Reuters) - Diversified manufacturer 3M Co ( MMM.N ) said on Monday it will cut 2,300 jobs in the fourth quarter, sending its shares down as much as 7.4 percent.', '2008-12-08'))
      .toEqual([['3M Co', 'stock', -7.4, 'day']]);
  });
  it('keeps a capitalised "An" inside a name and reads "dive" as a fall', () => {
    // 20080926/us-fortisbiz (ra-029: was missed)
    expect(moves("In Asia, Fortis partner and China's second-biggest insurer, Ping An Insurance ( 2318.HK ), saw its shares dive 10 percent on concerns over Fortis.", '2008-09-26'))
      .toEqual([['Ping An Insurance', 'stock', -10, 'day']]);
  });
  it('reads "which is down N percent" after the S&P 500 named with a lower-case "index"', () => {
    // 20081208/us-3m (ra-009: was missed)
    expect(moves("The shares are about 31 percent lower year-to-date, outperforming the broader market as measured by the Standard & Poor's 500 index .SPX , which is down 38 percent.", '2008-12-08').map((m) => [m[0], m[2], m[3]]))
      .toContainEqual(["Standard & Poor's 500 index", -38, 'ytd']);
  });
});

describe('verb-gapped lists (src/extract/gapping.ts)', () => {
  it('gives names listed with their own figures and no verb the direction of the verb before them', () => {
    // 20070314/us-newcentury-inquiry (eval/real/articles ra-006: four moves were missed)
    expect(moves('Countrywide fell 4.7 percent, Bear Stearns fell 6.65 percent, Friedman Billings Ramsey Group Inc. ( FBR.N ) 16.25 percent, JPMorgan 4.4 percent, Lehman Brothers Holdings Inc. LEH.N 5.9 percent and Washington Mutual 5 percent.', '2007-03-14').map((m) => [m[0], m[2]]))
      .toEqual([['Countrywide', -4.7], ['Bear Stearns', -6.65], ['Friedman Billings Ramsey Group Inc.', -16.25], ['JPMorgan', -4.4], ['Lehman Brothers Holdings Inc.', -5.9], ['Washington Mutual', -5]]);
  });
  it('takes a comparative after the figure as the item\'s own sign, and reads no item across other words', () => {
    // 20090320/us-telecoms
    expect(moves('Fears over the future of the mobile market also sent shares in chipmakers sharply lower, with Infineon down 6.6 percent and STMicro 5 percent higher.', '2009-03-20').map((m) => [m[0], m[2]]))
      .toEqual([['Infineon', -6.6], ['STMicro', 5]]);
    expect(moves('Sales rose 5 percent, with profit up 3 percent and margins at 2 percent.', '2009-03-20')).toEqual([]);
  });
});

describe('"City, State\'s Company" in a respectively-list (src/extract/coordination.ts)', () => {
  it('reads the city and state as the place of the next name, not as a name of their own', () => {
    // 20070314/us-newcentury-inquiry (eval/real/articles ra-006: "Santa Monica" and "Pasadena" were read as companies)
    expect(moves("Among Tuesday decliners, two subprime lenders, Kansas City, Missouri-based NovaStar Financial Inc. NFI.N and Santa Monica, California's Fremont General Corp. FMT.N, fell 19.1 percent and 8.2 percent, respectively.", '2007-03-14').map((m) => [m[0], m[2]]))
      .toEqual([['NovaStar Financial Inc.', -19.1], ['Fremont General Corp.', -8.2]]);
  });
});

describe('a participle before share words', () => {
  it('reads "…, causing shares to fall 50 percent" as the shares of the company named before', () => {
    // 20080924/us-goldmansachs-buffett (eval/real/articles rb-011: was the market "causing shares" at confidence 0.95)
    expect(moves("Shares of Goldman Sachs Group Inc ( GS.N ) rose 8.1 percent. This came after many investors questioned its business model amid this month's market turmoil, causing shares to fall 50 percent from their record set last Oct 31.", '2008-09-24').map((m) => [String(m[0]).endsWith('Goldman Sachs Group Inc'), m[2], m[3]]))
      .toEqual([[true, 8.1, 'day'], [true, -50, 'other']]);
  });
});
