// Price-move rules of the s15-moves pass (issue 9 part 2): one test per class of error found on the real
// development set (eval/README.md, "error classes"). Each sentence is a short real quote from a Reuters
// market report used as a rule test (not evaluation text).
import { describe, expect, it } from 'vitest';
import { extractMarketFacts } from '../../src/extract/extract';
import { toEvalRecord } from '../../src/extract/eval-record';

const moves = (text: string, published = '2008-06-15') =>
  extractMarketFacts(text, { published }).moves.map((m) => ({ subject: m.subject, change: m.changePct, period: m.period, ...(m.ticker ? { ticker: m.ticker } : {}) }));
const pairs = (text: string, published = '2008-06-15') => extractMarketFacts(text, { published }).moves.map((m) => [m.subject, m.changePct]);

describe('restated figures', () => {
  it('reads "N of a point, or M percent" as the percentage move', () => {
    expect(moves("The Standard & Poor's 500 Index .SPX was up just 0.59 of a point, or 0.04 percent, to finish at 1,377.93.")).toEqual([
      { subject: "Standard & Poor's 500 Index", change: 0.04, period: 'day', ticker: '.SPX' },
    ]);
    expect(pairs("The Standard & Poor's 500 Index .SPX edged down 0.39 of a point, or 0.03 percent, to finish at 1,445.55.")).toEqual([["Standard & Poor's 500 Index", -0.03]]);
  });
});

describe('"unchanged" and "flat"', () => {
  it('are moves without a figure (noFigure), left out of the evaluation record', () => {
    const facts = extractMarketFacts('Sterling was unchanged. U.S. stocks closed flat on Tuesday.', { published: '2007-05-08' });
    expect(facts.moves.map((m) => [m.subject, m.changePct, m.noFigure])).toEqual([['Sterling', 0, true], ['U.S. stocks', 0, true]]);
    expect(toEvalRecord('x', facts).moves).toEqual([]);
  });
});

describe('wire codes and names', () => {
  it('reads two RICs glued together as the first listing', () => {
    expect(moves('Shares of Research in Motion RIM.TORIMM.O soared almost 22 percent.')).toEqual([{ subject: 'Research in Motion', change: 22, period: 'day', ticker: 'RIM.TO' }]);
    expect(moves('After the closing bell, shares of Research In Motion Ltd. RIMM.ORIM.TO jumped 4.8 percent to $140.14.')[0]).toMatchObject({ subject: 'Research In Motion Ltd.', ticker: 'RIMM.O' });
  });
  it('keeps a lower-case "in" between capitalised words inside a name, not after a sentence opener', () => {
    expect(pairs('Shares of Research in Motion rose 2.4 percent.')).toEqual([['Research in Motion', 2.4]]);
    expect(pairs('In Asia, Sony fell 2 percent.')).toEqual([['Sony', -2]]);
  });
});

describe('asides between a name and its verb', () => {
  it('skips an appositive opened by a descriptor before "of", even one holding a list', () => {
    expect(moves('Palm Inc PALM.O, maker of the Treo smart phone, fell 3 percent to $15.50.')).toEqual([{ subject: 'Palm Inc', change: -3, period: 'day', ticker: 'PALM.O' }]);
    expect(pairs('Shares of Viacom, owner of MTV Networks, Paramount movie studios and Nickelodeon cable channels, rose 1.3 percent to $38.48.')).toEqual([['Viacom', 1.3]]);
    expect(pairs("McGraw-Hill, parent of Standard and Poor's, rose 7.3 percent to $26.11.")).toEqual([['McGraw-Hill', 7.3]]);
  });
  it('skips a possessive description ("Japan\'s largest trading house")', () => {
    expect(pairs("Mitsubishi Corp ( 8058.T ), Japan's largest trading house, dropped 2.7 percent to 1,173 yen.")).toEqual([['Mitsubishi Corp', -2.7]]);
  });
  it('does not take "shares of" after a sentence adverb for an appositive', () => {
    expect(pairs('Separately, shares of biopharmaceutical giant Celltrion Inc. were trading at 195,100 won as of 10:14 a.m., up 7.79 percent.')).toEqual([['Celltrion Inc.', 7.79]]);
  });
  it('reads the antecedent of "which … and rose", and of a long "which" clause', () => {
    expect(pairs("Limiting the S&P 500's decline was Exxon Mobil Corp. ( XOM.N ), which reversed earlier losses and rose 0.7 percent to $81.38.")).toEqual([['Exxon Mobil Corp.', 0.7]]);
    expect(pairs('Google, which has said it is planning to offer a software system to make the Internet work as smoothly on mobile phones as it does on computers, gained 2.2 percent, or $16.14.')).toEqual([['Google', 2.2]]);
  });
  it('skips an aside set off by dashes', () => {
    expect(pairs('Caterpillar gave the top boost to the Dow, followed by United Technologies Corp ( UTX.N ) -- another big manufacturer -- up 2.2 percent at $54.97.')).toEqual([['United Technologies Corp', 2.2]]);
    expect(pairs('The dollar index -- the dollar against a basket of six currencies-- was up 0.38 percent.')).toEqual([['dollar index', 0.38]]);
    expect(pairs('Information system supplier Sentera -- up 24.51 pct -- was the next most heavily traded share.')).toEqual([['Sentera', 24.51]]);
  });
  it('a modal inside the aside does not make the move hypothetical; one before the verb does', () => {
    expect(pairs('Nestle, which analysts believe might bid for Cadbury, was up 1.2 percent.')).toEqual([['Nestle', 1.2]]);
    expect(pairs('Nestle, the food group, could rise 5 percent.')).toEqual([]);
  });
});

describe('companies referred to by description', () => {
  it('reads "Shares of the <descriptor>" as the company named before', () => {
    expect(pairs("Intel ( INTC.O ), the world's largest chipmaker, is unsure of when demand will revive. Shares of the chipmaker fell 0.7 percent to $15.35.")).toEqual([['Intel', -0.7]]);
    expect(pairs('UnitedHealth Group Inc ( UNH.N ) posted fourth-quarter profit that met targets, sending shares of the health insurer up 8.6 percent.')).toEqual([['UnitedHealth Group Inc', 8.6]]);
  });
  it('skips a participle aside ("closely watched by …")', () => {
    expect(pairs('FedEx Corp ( FDX.N ) cut its forecast. Shares of the package delivery company, closely watched by Wall Street as a proxy for U.S. business activity, fell 2.1 percent to $82.60.')).toEqual([['FedEx Corp', -2.1]]);
  });
  it('keeps "the bank" as written when no bank was named, without "Shares of"', () => {
    expect(pairs('Shares of the bank closed up $1.24, or 17.6 percent, at $8.29.')).toEqual([['the bank', 17.6]]);
  });
});

describe('periods', () => {
  it('takes no period from a following clause (", after last week reaching …")', () => {
    expect(moves('Shares of the bank closed up $1.24, or 17.6 percent, at $8.29, after last week reaching their lowest level in 18 years.')[0]).toMatchObject({ change: 17.6, period: 'day' });
  });
});

describe('"sending its shares …" and descriptors before names', () => {
  it('reads the name after a descriptor that opens the sentence', () => {
    expect(pairs('Computer maker Sun Microsystems posted a surprise quarterly profit, driving its shares up 8.7 percent to $6.15 on the Nasdaq.')).toEqual([['Sun Microsystems', 8.7]]);
    expect(pairs('Diversified manufacturer United Technologies warned of a slowing economy, sending its stock down 2.3 percent to $70.97.')).toEqual([['United Technologies', -2.3]]);
    expect(pairs('Online auction leader EBay Inc ( EBAY.O ) gave a disappointing forecast, sending its shares down more than 5 percent.')).toEqual([['EBay Inc', -5]]);
  });
  it('gives the shares of a participle clause to the company the sentence opens with, not to one named in its object', () => {
    expect(pairs('PNC Financial Services Group Inc ( PNC.N ) also projected lower loan losses from its purchase of National City Corp, sending its shares soaring 37 percent to $30.16.')).toEqual([['PNC Financial Services Group Inc', 37]]);
  });
  it('finds a company named with a legal form after a lower-case initial ("eBay Inc")', () => {
    expect(pairs('Technology shares may be under pressure, after online auctioneer eBay Inc forecast a weak quarter, sending its shares down about 7 percent.')).toEqual([['eBay Inc', -7]]);
  });
});

describe('sector indexes and earlier moves', () => {
  it('keeps a sector index as written instead of resolving it to the benchmark named before', () => {
    expect(pairs('The KBW bank index rose 3 percent. Lower oil prices boosted the airline sector, pushing the airline stock index up 18.1 percent.')).toEqual([['KBW bank index', 3], ['the airline stock index', 18.1]]);
    expect(pairs('The Nikkei rose 1 percent. The composite index rose 2 percent.')).toEqual([['Nikkei', 1], ['Nikkei', 2]]);
  });
  it('gives "<weekday>\'s N percent fall" the subject of the move before it in the sentence', () => {
    expect(moves("Tokyo's Nikkei average .N225 had climbed 0.3 percent, following Wednesday's 2.2 percent fall.", '2007-08-02')).toEqual([
      { subject: 'Nikkei average', change: 0.3, period: 'day', ticker: '.N225' },
      { subject: 'Nikkei average', change: -2.2, period: 'day', ticker: '.N225' },
    ]);
  });
});

describe('names sharing one figure', () => {
  it('gives each coordinated name the figure with "both", with codes or legal forms, or with three names', () => {
    expect(pairs('Oil and gas producers led the index, with BP ( BP.L ) and Shell ( RDSa.L ) both adding about 1 percent.')).toEqual([['BP', 1], ['Shell', 1]]);
    expect(pairs('The broad KBW index of bank stocks .BKX and the S&P financials index .GSPF both jumped 14.6 percent.')).toEqual([['KBW index of bank stocks', 14.6], ['S&P financials index', 14.6]]);
    expect(pairs('Shares of rivals like Citigroup, JPMorgan Chase & Co and Bank of America Corp jumped 13 percent or more.')).toEqual([['Citigroup', 13], ['JPMorgan Chase & Co', 13], ['Bank of America Corp', 13]]);
  });
  it('keeps a name with "and" in it whole, and a relative clause to its own antecedent', () => {
    expect(pairs('APN News and Media slid 3.85 percent.')).toHaveLength(1);
    expect(pairs("Drags included McDonald's Corp ( MCD.N ) and Coca-Cola Co ( KO.N ), which slid 3 percent.")).toEqual([['Coca-Cola Co', -3]]);
    expect(pairs('P&G AND MICROSOFT Procter & Gamble\'s stock climbed 3.7 percent.').map((p) => p[0])).not.toContain('P&G');
  });
});

describe('rounded leads restated exactly', () => {
  it('drops a rounded market lead when an index restates it within the rounding', () => {
    const text = 'Stocks rallied more than 2 percent on Wednesday. The Dow Jones industrial average .DJI jumped 276.74 points, or 2.52 percent, to 11,239.28.';
    expect(pairs(text, '2008-07-16')).toEqual([['Dow Jones industrial average', 2.52]]);
    expect(pairs('The Dow industrials fell more than 1 percent. The Dow Jones industrial average .DJI was down 132.10 points, or 1.06 percent.')).toEqual([['Dow Jones industrial average', -1.06]]);
  });
  it('keeps the lead when the exact figure is outside what the wording allows, or when the lead is intraday', () => {
    expect(pairs('All major indexes fell more than 1 percent. The Nasdaq Composite Index .IXIC was down 12.80 points, or 0.47 percent.')).toHaveLength(2);
    expect(pairs('Stocks fell nearly 2 percent at one point. The Dow fell 1.5 percent.')).toHaveLength(2);
  });
});

describe('a name given twice', () => {
  it('drops a restatement under a shorter or longer form of the same name', () => {
    expect(pairs('Shares of Mitsubishi UFJ surged 10 percent. Top lender Mitsubishi UFJ Financial Group, which jumped 10 percent, led the gains.')).toEqual([['Mitsubishi UFJ', 10]]);
    expect(pairs('Hoya Corp dropped more than 4 percent. Hoya fell 4.4 percent after its results.')).toEqual([['Hoya', -4.4]]);
  });
  it('keeps two names that only share a first word', () => {
    expect(pairs('Bank of America rose 2 percent and Bank of Japan shares rose 2 percent.')).toHaveLength(2);
  });
});

describe('exchanges, statistics and dates are no subjects', () => {
  it('reads the contract before an exchange named as its place', () => {
    expect(pairs('Gold futures for April delivery on the COMEX division of the New York Mercantile Exchange settled up $25.70, or 2.6 percent, at $1,002.20 an ounce.')).toEqual([['Gold futures', 2.6]]);
    expect(pairs("Micron's stock ended New York Stock Exchange trading at $13.49, up 0.2 percent, or 2 cents.")).toEqual([['Micron', 0.2]]);
    expect(pairs('Chicago Mercantile Exchange (CME) traded a record 19,656,498 contracts in the first quarter of 1987, up 17 pct.')).toEqual([]);
    expect(pairs('London Stock Exchange shares rose 3 percent.')).toEqual([['London Stock Exchange', 3]]);
  });
  it('leaves out statistics and dates', () => {
    expect(pairs('M-2 rose 1.7 pct. French household buying power rose 2.9 pct. Sales for the period to February 28 were up 9.6 pct.')).toEqual([]);
    expect(pairs('The number of foreign visitors to South Korea rose sharply in November, climbing 17.3 percent.')).toEqual([]);
    expect(pairs('American Power Conversion shares jumped 26.4 percent.')).toEqual([['American Power Conversion', 26.4]]);
  });
});

describe('spans other than the day', () => {
  it('reads "is now up N percent from its low" and "month-to-date"', () => {
    expect(moves('The S&P 500 is now up 51.7 percent from its 12-year closing low set on March 9.', '2009-10-15')).toEqual([{ subject: 'S&P 500', change: 51.7, period: 'other', ticker: '^GSPC' }]);
    expect(moves("The rise marked the Dow's largest gain since December, but the index remains down 6.3 percent month-to-date.", '2009-03-10')[0]).toMatchObject({ subject: 'Dow', change: -6.3, period: 'month' });
  });
  it('resolves "the index" to the nearest index named before, with or without a move', () => {
    expect(moves('The Nasdaq fell 1 percent. The Russell 2000 index dropped to a level that marks a bear market. The index was down 20.5 percent from its record close in mid-July.', '2007-11-26')[1]).toMatchObject({ subject: 'Russell 2000 index', change: -20.5, period: 'other' });
  });
  it('reads "is still more than 50 percent higher since the start of the year" past an appositive opened by "another"', () => {
    expect(moves('The Shanghai composite index .SSEC , another market currency traders are keeping a close eye, is still more than 50 percent higher since the start of the year.', '2009-08-17')[0]).toMatchObject({ subject: 'Shanghai composite index', change: 50, period: 'ytd' });
  });
});

describe('one move given for several spans', () => {
  it('reads each figure of a move with its own period phrase', () => {
    expect(moves('The Dow is down 10.2 percent for the month and 18.2 percent year-to-date.', '2008-11-20').map((m) => [m.subject, m.change, m.period])).toEqual([['Dow', -10.2, 'month'], ['Dow', -18.2, 'ytd']]);
    expect(moves('Oil prices are up about 18 percent from the start of the year and more than 80 percent since last April.', '2008-06-20').map((m) => [m.change, m.period])).toEqual([[18, 'ytd'], [80, 'other']]);
  });
  it('does not join two figures without period phrases, or with a name between them', () => {
    expect(pairs('Sony rose 2 percent and 3 percent.')).toEqual([['Sony', 2]]);
    expect(pairs('Sony rose 2 percent this week and Honda 3 percent this month.').map((p) => p[0])).not.toEqual(['Sony', 'Sony']);
  });
  it('gives "year-to-date losses to N percent" the subject of the move before it', () => {
    expect(moves('The U.S. dollar slid as much as 3.0 percent to below 96.00 yen, bringing year-to-date losses to more than 13 percent.', '2008-03-18')[1]).toMatchObject({ subject: 'U.S. dollar', change: -13, period: 'ytd' });
  });
});

describe('move nouns', () => {
  it('gives "with a N percent rise" and ", with a gain of N percent" to the main clause subject', () => {
    expect(pairs("Shares of Caterpillar Inc. ( CAT.N ) led the Dow's slight advance with a 1.27 percent rise after a broker recommended the stock.")).toEqual([['Caterpillar Inc.', 1.27]]);
    expect(pairs("Shares of Bank of America Corp ( BAC.N ), the No. 2 U.S. bank, were among the top contributors to the Dow's advance, with a gain of 4.6 percent to $30.18.")).toEqual([['Bank of America Corp', 4.6]]);
  });
  it('reads "a drop of nearly 9 percent" after a clause, "gains of N percent for X", "marking a N percent gain"', () => {
    expect(pairs('Lululemon shares bottomed at $39.75 on Nasdaq, a drop of nearly 9 percent, before recovering.')).toEqual([['Lululemon', -9]]);
    expect(pairs('In South Korea, gains of 1.4 percent for Samsung Electronics ( 005930.KS ) helped the benchmark.')).toEqual([['Samsung Electronics', 1.4]]);
  });
  it('reads the stock\'s owner in "a N percent drop in the stock of <descriptor> X"', () => {
    expect(pairs('The Nasdaq eked out a slim gain, weighed down by a 5.1 percent drop in the stock of BlackBerry maker Research In Motion.')).toEqual([['Research In Motion', -5.1]]);
  });
  it('does not share a figure with names found back across a clause', () => {
    expect(pairs('Europe, Japan and the U.S. last jointly intervened in 2000, propping up the euro after the currency hit an all-time low below $0.85, a loss of nearly 30 percent.').map((p) => p[0])).not.toContain('Japan');
  });
});

describe('names with statistic words, listed figures, "put on"', () => {
  it('keeps names whose capitalised words look like statistics when their shares are named', () => {
    expect(pairs('Credit Suisse shares ended the day up 2.5 percent.')).toEqual([['Credit Suisse', 2.5]]);
    expect(pairs('General Growth shares rose 16.7 percent, or 97 cents, to $6.79.')).toEqual([['General Growth', 16.7]]);
    expect(pairs('Consumer credit rose 2 percent.')).toEqual([]);
  });
  it('gives each listed name its own verbless figure inside an "including" aside', () => {
    expect(pairs('Most other large cap stocks were weaker, including LG Energy Solution Ltd., down 2.63 percent, Samsung Biologics Co., down 0.29 percent.')).toEqual([
      ['LG Energy Solution Ltd.', -2.63], ['Samsung Biologics Co.', -0.29],
    ]);
  });
  it('reads "put on N percent" as a gain', () => {
    expect(pairs('On Wall Street, the blue-chip Dow .DJI put on 1.1 percent.')).toEqual([['Dow', 1.1]]);
  });
});

describe('"the metal"', () => {
  it('is a commodity subject, and each span of a listed move reads its period after its figure', () => {
    expect(moves('The metal, mainly used in autocatalysts and jewellery, has jumped 22 percent this month, 38 percent so far in 2008 and nearly 75 percent in the past 12 months.', '2008-01-30').map((m) => [m.subject, m.change, m.period])).toEqual([
      ['metal', 22, 'month'], ['metal', 38, 'ytd'], ['metal', 75, 'year'],
    ]);
  });
});

describe('index phrases, signs and forecasts', () => {
  it('reads an index written with what it covers', () => {
    expect(pairs('The FTSEurofirst 300 index .FTEU3 of leading European shares ended 3.4 percent higher at 1,334.2 points.')).toEqual([['FTSEurofirst 300 index', 3.4]]);
    expect(moves('The S&P index of financial shares .GSPF fell 1.1 percent.')).toEqual([{ subject: 'S&P index of financial shares', change: -1.1, period: 'day', ticker: '.GSPF' }]);
  });
  it('takes the sign of a comparative after "closed off"; drops a particle the comparative contradicts', () => {
    expect(moves("South Korea's benchmark stock index closed off more than 70 percent higher compared to the start of the year.", '2009-12-30')[0]).toMatchObject({ change: 70, period: 'ytd' });
    expect(pairs('Acme closed up 2 percent lower.')).toEqual([]);
  });
  it('leaves out a forecast made through a causative verb', () => {
    expect(pairs("Medtronic ( MDT.N ) has moves that could drive the medical device maker's shares up 25 percent to 30 percent in the next 12 months.")).toEqual([]);
  });
  it('gives "sending the stock up" to the stock just named, "sending its shares" to the sentence\'s subject', () => {
    expect(pairs('HSBC increased its price target on Verizon ( VZ.N ) to $50 from $43, sending the stock up 0.8 percent to $43.22.')).toEqual([['Verizon', 0.8]]);
  });
  it('resolves "the top U.S. phone company" to the company named before', () => {
    expect(pairs('AT&T Inc ( T.N ) announced a buyback, sending shares of the top U.S. phone company up as much as 7 percent.')).toEqual([['AT&T Inc', 7]]);
  });
});

describe('gauges and located shares', () => {
  it('reads "MSCI\'s measure of Asia Pacific stocks excluding Japan" whole', () => {
    expect(pairs("MSCI's measure of Asia Pacific stocks excluding Japan gained 0.48 percent.")).toEqual([["MSCI's measure of Asia Pacific stocks excluding Japan", 0.48]]);
  });
  it('reads the shares before "traded in <place>"', () => {
    expect(pairs('Kraft shares traded in Frankfurt were down 1.8 percent.')).toEqual([['Kraft', -1.8]]);
  });
});

describe('two names, two figures', () => {
  it('pairs "A and B rose 2 percent and 3 percent" without "respectively" instead of giving B the first figure', () => {
    expect(pairs('Sony Corp and Honda Motor Co rose 2 percent and 3 percent.')).toEqual([['Sony Corp', 2], ['Honda Motor Co', 3]]);
    expect(pairs('Sony rose 2 percent and 3 percent.')).toEqual([['Sony', 2]]);
  });
});

describe('rounded leads of large figures', () => {
  it('allows a tenth of the figure: "more than 70 percent" restated as 75.7', () => {
    expect(pairs('The KOSPI .KS11 closed more than 70 percent higher this year. The KOSPI .KS11 rose 75.7 percent this year.', '2025-12-30')).toEqual([['KOSPI', 75.7]]);
  });
});

describe('"respectively" with a bare first figure', () => {
  it('gives the unit after "and" to the bare figure before it', () => {
    expect(pairs('Biotech companies including Gilead Sciences ( GILD.O ) and Amgen ( AMGN.O ) were among the primary laggards, falling 5 and 9.4 percent, respectively.')).toEqual([['Gilead Sciences', -5], ['Amgen', -9.4]]);
    expect(pairs('Amgen fell 5 and 9.4 percent.')).toEqual([]);
  });
});
