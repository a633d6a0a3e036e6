// Things that are not stock moves, printed as moves, and the moves lost beside them (branch s20-stats): statistics
// as subjects, forecasts scoped by the clause, and figures set off by commas after a subject ("X shares, down 32
// percent this year, rose 3.4 percent"). Sentences are real quotes from Reuters 2006-2009 stories in the corpus
// mirror (ReutersNews106521/<folder>/<file>, cited per test); a reviewer's probe is marked "probe".
import { describe, expect, it } from 'vitest';
import { extractMarketFacts } from '../../src/extract/extract';
import { analyzeArticle } from '../../src/analysis/analyze';
import { analysisDocument, summarizeAnalysis } from '../../src/analysis/report';

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

describe('statistics are no price moves', () => {
  it('reads no move into the components of the price reports', () => {
    // 20071017/us-usa-economy-prices-idUSN1618149120071017, 20080912/us-usa-economy-prices-idUSN1243815920080912
    expect(periods('Energy prices rose 0.3 percent in September, a reversal after three straight months of declines including a 3.2 percent tumble in August.', '2007-10-17')).toEqual([]);
    expect(periods('Energy goods prices tumbled 4.6 percent last month, the biggest drop since September 2006.', '2008-09-12')).toEqual([]);
    expect(periods('Gasoline prices fell 3.5 percent, the largest drop since April, and residential natural gas fell 5 percent, the sharpest slide since August 2007.', '2008-09-12')).toEqual([]);
    expect(periods('Crude goods prices were off 11.9 percent, the biggest tumble since April 2003.', '2008-09-12')).toEqual([]);
    // 20070815/us-usa-economy-idUSN1421587720070815
    expect(periods('The Consumer Price Index, a key inflation gauge, rose just 0.1 percent last month as gasoline prices fell 1.7 percent, the Labor Department said.', '2007-08-15')).toEqual([]);
  });
  it('still reads gasoline futures and the energy index as traded', () => {
    expect(periods('U.S. gasoline futures rose 2 percent on Tuesday.').map((m) => m.slice(0, 2))).toEqual([['U.S. gasoline futures', 2]]); // probe
    // 20091023/us-markets-stocks-idUSTRE5881Q720091023
    expect(periods('The S&P energy sector index .GSPE slid 2 percent.', '2009-10-23').map((m) => m.slice(0, 2))).toEqual([['S&P energy sector index', -2]]);
  });
  it('reads no move into report figures named by a statistic noun', () => {
    // 20070201/us-usa-economy-idUSN0128372420070201
    expect(periods('Incomes rose 0.5 percent in December after a 0.3 percent gain in November while spending climbed 0.7 percent after a 0.5 percent rise in November, a Commerce Department report showed.', '2007-02-01')).toEqual([]);
    // 20070417/us-mellon-results-idUSN1738288120070417, 20080604/us-usa-economy-jobs-challenger-idUSNAT00409520080604
    expect(periods('Total noninterest expense rose 10 percent to $1.0 billion.', '2007-04-17')).toEqual([]);
    expect(periods('U.S. companies\' planned layoffs rose 15 percent in May from April to the highest monthly total since December 2005, a report showed on Wednesday.', '2008-06-04')).toEqual([]);
    // 20081107/us-usa-economy-housing-idUSTRE4A659S20081107, 20090401/us-usa-economy-housing-idUSTRE5304IC20090401
    expect(periods('But the September reading was 1.6 percent higher than a year earlier.', '2008-11-07')).toEqual([]);
    expect(periods('Home values in January fell 19 percent from their year-ago levels, according to the Standard & Poor\'s/Case-Shiller report on Tuesday.', '2009-04-01')).toEqual([]);
    // 20090806/us-ecb-rates-idUSTRE5752AO20090806 (read as a currency move of the euro before)
    expect(periods('The euro zone\'s gross domestic product plunged 2.5 percent in the first quarter.', '2009-08-06')).toEqual([]);
    // 20090923/us-marriott-outlook-idUSTRE58M3A920090923
    expect(periods('Marriott said North American revenue per available room, or RevPAR, fell 19 percent in the third quarter.', '2009-09-23')).toEqual([]);
    // 20091029/us-metlife-idUSTRE59S51A20091029: the shares after it are MetLife's (were "Book value" before)
    expect(periods('MetLife Inc reported higher profit. Book value, a key valuation measure for investors, rose 27 percent from the end of June to $38.95 a share. The company\'s shares, which rose 7.85 percent to close $36.84 in the regular session, fell about 1.5 percent to $36.28 after the report.', '2009-10-29').map((m) => m.slice(0, 2)))
      .toEqual([['MetLife Inc', 7.85], ['MetLife Inc', -1.5]]);
    // 20090601/us-usa-economy-construction-idUSN0145628220090601
    expect(periods('Private residential construction rose 0.7 percent, also the biggest increase since August, after declining 3.6 percent in March.', '2009-06-01')).toEqual([]);
  });
  it('reads no move into a figure of a place alone, but keeps shares of a company named like one', () => {
    // 20070424/us-pepsibottling-results-idUSN2431440320070424, 20081210/us-europe-economy-sb-idUSTRE4B92EW20081210
    expect(periods('Worldwide sales by volume was flat in the quarter, as an 8-percent increase in Europe offset a 1-percent decline in the United States.', '2007-04-24')).toEqual([]);
    expect(periods('Sales in France fell 14 percent last month, while Germany posted an 18 percent decline.', '2008-12-10')).toEqual([]);
    // probe: Midwest Air Group written as "Midwest"
    expect(periods('Shares in Midwest lost 7 percent on Tuesday.').map((m) => m.slice(0, 2))).toEqual([['Midwest', -7]]);
  });
  it('reads no move into what a statistic is of ("sales of its Fisher-Price brand", "Sales at …")', () => {
    // 20080718/us-mattel-idUSN1841858720080718
    expect(periods('While international sales results were helped by a weak dollar, sales of its Fisher-Price brand rose 4 percent after a drop in the previous quarter.', '2008-07-18')).toEqual([]);
    // 20081001/us-usa-autosales-idUSTRE49067620081001
    expect(periods('Sales of the Ford Focus compact car rose 4.7 percent to 10,346 in September from a year earlier.', '2008-10-01')).toEqual([]);
    // 20070423/us-novartis-results-idUSL2328564320070423, 20081009/us-markets-shortinterest-nadaqe-idUSTRE49896G20081009
    expect(periods('Sales at the Sandoz generics business rose 34 percent, helped by the launch of new off-patent versions of medicines.', '2007-04-23')).toEqual([]);
    expect(periods('Short interest on the Nasdaq fell 10 percent in late September, the exchange said on Thursday.', '2008-10-09')).toEqual([]);
  });
  it('reads no move into prices of something neither a commodity, a currency nor a market', () => {
    // 20090818/us-usa-economy-prices-idUSTRE57D28U20090818, 20090724/us-hynix-sb-idUSTRE56N0C520090724
    expect(periods('Capital equipment prices edged down 0.2 percent in July but were up 1.8 percent over the year.', '2009-08-18')).toEqual([]);
    expect(periods('NAND flash memory chip prices rose 23 percent after rising 10 percent in the previous quarter.', '2009-07-24')).toEqual([]);
    // 20080829/us-usa-economy-personalincome-idUSN2941105120080829
    expect(periods('When volatile food and energy costs were stripped out, the core PCE rose 2.4 percent, the biggest since February 2007.', '2008-08-29')).toEqual([]);
    // 20091210/us-markets-global-idUSTRE5B30HG20091210: a commodity's prices stay a move
    expect(periods('Spot gold prices rose $2.30, or 0.20 percent, to $1130.60.', '2009-12-10').map((m) => m.slice(0, 2))).toEqual([['Spot gold prices', 0.2]]);
  });
  it('reads "the index" after a price statistic named as an index as that statistic, not an older index', () => {
    // 20070315/us-usa-economy-prices-idUSN1427725220070315 (pattern); the Dow move stays
    const text = 'The Dow Jones industrial average .DJI rose 0.5 percent. The Labor Department\'s Producer Price Index rose 1.3 percent in February. Overall prices in the index were up 2.5 percent from the same time a year ago.';
    expect(periods(text, '2007-03-15').map((m) => m.slice(0, 2))).toEqual([['Dow Jones industrial average', 0.5]]);
    // 20070117/businesspro-usa-economy-dc-idUSN1724775220070117, 20090415/us-usa-economy-idUSN1549173620090415
    expect(periods('In 2006, producer prices were up only 1.1 percent, while the core index was up 2 percent.', '2007-01-17')).toEqual([]);
    expect(periods('Energy prices dropped 3 percent in March after rising 3.3 percent the previous month, while the food index eased 0.1 percent for a second straight month.', '2009-04-15')).toEqual([]);
  });
  it('keeps a move noun that is also a result word: "the 3.1 percent loss in MSCI\'s index"', () => {
    // 20081022/us-markets-global-idUSTRE49K8FW20081022
    expect(periods('MSCI\'s main index of emerging equities fell some 4.8 percent to its lowest level since June 2005, sharply underperforming the 3.1 percent loss in MSCI\'s index of world stock markets.', '2008-10-22').map((m) => m[1]))
      .toEqual([-4.8, -3.1]);
  });
});

describe('quantities are no price moves: "to $450 million", "to 1,647 homes"', () => {
  it('reads no move into a change to a sum in millions of dollars or billions, or to a count of things', () => {
    // 20071018/us-pfizer-results-idUSWNAS6850200…, 20070509/us-tollbrothers-outlook-idUSN0948857320070509
    expect(periods('Bright spots in the third quarter included Pfizer\'s Lyrica treatment for neuropathic pain, whose sales surged 37 percent to $465 million, and schizophrenia drug Geodon, which rose 13 percent to $228 million.', '2007-10-18')).toEqual([]);
    expect(periods('Total contracts -- those signed during the quarter, less those that were canceled out of backlog for its wholly owned operations -- fell 24 percent to 1,647 homes.', '2007-05-09')).toEqual([]);
    // 20090318/us-generalmills-idUSTRE52H2SG20090318 (three "subjects" before); 20081021/us-roche-idUSTRE49K0YC20081021
    expect(periods('Sales for the maker of Progresso soup, Cheerios cereal and Yoplait yogurt rose 4 percent to $3.54 billion, benefiting as consumers ate more meals at home to save money.', '2009-03-18')).toEqual([]);
    expect(periods('Sales at the pharmaceuticals unit, excluding pandemic Tamiflu, rose 1 percent to 26.1 billion francs.', '2008-10-21')).toEqual([]);
    // 20070107/us-autoshow-vw-idUSN0732256320070107
    expect(periods('Volkswagen group sales in western Europe rose 5.8 percent to 3.11 million units as deliveries in its home market of Germany swelled 7.3 percent to 1.11 million units.', '2007-01-07')).toEqual([]);
  });
  it('keeps a move whose "to" belongs to another clause', () => {
    // eval/real/holdout3 h3r-008 (Reuters 2009-02-27)
    expect(periods('Citigroup ( C.N ) shares tumbled 39 percent after the government said it will convert up to $25 billion in the bank\'s preferred shares to common stock.', '2009-02-27').map((m) => m.slice(0, 2))).toEqual([['Citigroup', -39]]);
  });
  it('keeps a price, even one in millions of won or yen, and a price after a comma', () => {
    expect(periods('Shares of LG Household & Health Care rose 1.2 percent to 1.05 million won.').map((m) => m.slice(0, 2))).toEqual([['LG Household & Health Care', 1.2]]); // probe
    // 20080811/us-engineering-results-idUSN1139680920080811
    expect(periods('Coca-Cola shares gained 3.5 percent to $51.35 on the New York Stock Exchange.', '2008-07-22').map((m) => m.slice(0, 2))).toEqual([['Coca-Cola', 3.5]]);
  });
  it('gives "its shares" the owner of the results the sentence opens with', () => {
    // 20080811/us-engineering-results-idUSN1139680920080811 ("Irving, Texas-based Fluor" moved before)
    const text = 'Irving, Texas-based Fluor raised its full-year forecast, sending its shares up more than 5 percent in after-market trade. But McDermott\'s 26 percent rise in revenue to $1.79 billion lagged analysts\' forecast of $1.85 billion, sending its shares down about 5 percent in after-hours trading.';
    expect(periods(text, '2008-08-11').map((m) => m.slice(0, 2)).pop()).toEqual(['McDermott', -5]);
  });
});

describe('portions are no price moves: "N percent of …"', () => {
  it('reads no move into a share of something, but keeps a fall measured as a share of a value', () => {
    // 20090908/us-creditcards-sp-idUSTRE58752720090908 (five "moves" of +80% before), 20081115/us-fidelity-jobs-idUSTRE4AD88D20081115
    expect(periods('Bank of America Corp, JPMorgan Chase & Co, Citigroup Inc, Capital One Financial Corp and Discover Financial Services make up around 80 percent of the credit card industry.', '2009-09-08')).toEqual([]);
    expect(periods('With these two rounds, the company is shedding about 7 percent of its staff.', '2008-11-15')).toEqual([]);
    // 20080314/us-iac-liberty-trial-idUSN1217904…, 20080822/us-fannie-freddie-treasury-idUSN2…
    expect(periods('IAC shares have lost more than 16 percent of their value since the legal dispute began.', '2008-03-14').map((m) => m.slice(0, 2))).toEqual([['IAC', -16]]);
    expect(periods('Fannie Mae and Freddie Mac have both lost about 90 percent of their market capitalization since 2008 began.', '2008-08-22').map((m) => m.slice(0, 2))).toEqual([['Fannie Mae', -90], ['Freddie Mac', -90]]);
  });
});

describe('forecasts scoped by the clause', () => {
  it('reads no move into a base-form verb after a forecast word earlier in its clause', () => {
    // 20090409/us-costco-sb-idUSTRE5381BV20090409
    expect(periods('Analysts, on average, expected same-store sales at the largest U.S. warehouse club to fall 1.7 percent, according to Thomson Reuters data.', '2009-04-09')).toEqual([]);
    // 20070211/us-unitedhealth-shares-idUSN1140732020070211
    expect(periods('UnitedHealth Group Inc ( UNH.N ), recovering from an options-trading scandal, could see its stock rise more than 40 percent in the next 12 to 24 months, as its underlying operations shine, a report said.', '2007-02-11')).toEqual([]);
    // 20080626/us-merrill-research-goldman-idUSBNG7192420080626
    expect(periods('Wall Street analysts said the world\'s largest brokerage will likely incur total write-downs in the range of $3.5 billion to $4.2 billion, causing shares to fall more than 5 percent.', '2008-06-26')).toEqual([]);
    // 20090108/us-usa-retailsales-jewelry-sb-idUSTRE5077P020090108
    expect(periods('Koerber is forecasting a 34 percent decline in U.S. fourth-quarter same-store sales at Tiffany.', '2009-01-08')).toEqual([]);
    // probe (reviewer)
    expect(periods('Analysts expect the merger to trigger a 10 percent surge in Sony shares.')).toEqual([]);
  });
  it('keeps a move a perfect "has seen" reports', () => {
    // 20080421/us-markets-global-idUSN2145636420080421
    expect(periods('But Morgan Stanley said the bear market rally, which has seen the pan-European FTSEurofirst 300 gain around 10 percent from its low hit on March 17, is over.', '2008-04-21').map((m) => m.slice(0, 2)))
      .toEqual([['European FTSEurofirst 300', 10]]);
  });
});

describe('an approximate figure stays marked in every output', () => {
  // 20081020/us-nrg-exelon-shares-idUSTRE49J44920081020 ("jumped more than 24 percent"), with the market's move
  const text = 'Shares of NRG Energy Inc ( NRG.N ) jumped more than 24 percent on Monday, while the S&P 500 .SPX rose about 4 percent.';
  const analysis = analyzeArticle(text, { published: '2008-10-20' });
  it('marks the bound in the summary\'s moves and the relative move computed from it', () => {
    const summary = summarizeAnalysis(analysis, text);
    expect(summary).toContain('+24.00% (>24%)');
    expect(summary).toContain('+4.00% (~4%)');
    expect(summary).toMatch(/approximate: stated as NRG Energy Inc \(>24%\), S&P 500 \(~4%\)/);
  });
  it('carries `approximate` in the moves, relative-move and beta tables (CSV/JSON)', () => {
    const doc = analysisDocument(analysis) as Record<string, Record<string, unknown>[]>;
    expect(doc.moves.map((m) => m.approximate)).toEqual(['more_than', 'about']);
    expect(doc.relative_moves[0]).toMatchObject({ stock_change_pct: 24, stock_approximate: 'more_than', benchmark_approximate: 'about' });
    expect(doc.beta_sensitivity[0]).toMatchObject({ stock_approximate: 'more_than', benchmark_approximate: 'about' });
  });
});
