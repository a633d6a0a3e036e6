// Grammar rules of the price-move extractor, one sentence of our own per rule.
// Expected values are read off each sentence by hand (sign from the verb, figure as written).
import { describe, expect, it } from 'vitest';
import { extractMarketFacts } from 'market-reaction';

const moves = (text: string, published?: string) =>
  extractMarketFacts(text, { published }).moves.map((m) => ({ subject: m.subject, kind: m.subjectKind, pct: m.changePct, period: m.period }));

describe('percent units', () => {
  it('reads "%", "percent", "pct" and "per cent"', () => {
    expect(moves('Acme Motors rose 2% while Zenith Foods rose 3 percent.').map((m) => m.pct)).toEqual([2, 3]);
    expect(moves('Borealis Mining fell 4 pct.')[0].pct).toBe(-4);
    expect(moves('Borealis Mining fell 4.5 per cent.')[0].pct).toBe(-4.5);
    expect(moves('Investors cheered a 1.5-percent gain in Borealis Mining.')[0].pct).toBe(1.5);
  });
  it('reads a number word before the unit', () => {
    expect(moves('Silver has increased six pct this week.')).toEqual([{ subject: 'Silver', kind: 'commodity', pct: 6, period: 'week' }]);
  });
  it('does not take percentage points for a move', () => {
    expect(moves('The Orion index fell 1.2 percentage points.')).toEqual([]);
    expect(moves('Zenith Foods gained 0.5 percentage point to 12 percent.')).toEqual([]);
  });
});

describe('direction verbs give the sign', () => {
  const up = ['rose', 'gained', 'climbed', 'jumped', 'soared', 'advanced', 'ended up', 'firmed'];
  const down = ['fell', 'slid', 'tumbled', 'shed', 'eased', 'dropped', 'lost', 'declined', 'slumped', 'was down'];
  it.each(up)('"%s" is a rise', (verb) => {
    expect(moves(`Shares of nothing aside, Quanta Robotics ${verb} 3.25% on the day.`)[0].pct).toBe(3.25);
  });
  it.each(down)('"%s" is a fall', (verb) => {
    expect(moves(`Quanta Robotics ${verb} 3.25% on the day.`)[0].pct).toBe(-3.25);
  });
  it('takes the sign from "higher"/"lower" after a neutral verb', () => {
    expect(moves('The franc edged 0.3% lower against the euro.')[0]).toEqual({ subject: 'franc', kind: 'currency', pct: -0.3, period: 'day' });
    expect(moves('Orchid Telecom closed 1.1% higher.')[0].pct).toBe(1.1);
  });
  it('reads "X points, or N%" and "X cents, or N%"', () => {
    expect(moves('The Taiex added 120.5 points, or 0.8 percent, to 16,001.2.')[0]).toEqual({ subject: 'Taiex', kind: 'index', pct: 0.8, period: 'day' });
    expect(moves('Arabica coffee futures were down 4 cents, or 1.5%.')[0].pct).toBe(-1.5);
  });
});

describe('approximate wording and restatements', () => {
  it('keeps the stated number after about / nearly / more than / ~', () => {
    expect(moves('Pixel Dynamics jumped more than 12 percent.')[0].pct).toBe(12);
    expect(moves('Pixel Dynamics slid nearly 7%.')[0].pct).toBe(-7);
    expect(moves('Pixel Dynamics is up ~4.5% YTD.')[0]).toEqual({ subject: 'Pixel Dynamics', kind: 'stock', pct: 4.5, period: 'ytd' });
  });
  it('labels a move given rounded and then exactly once, with the exact figure', () => {
    expect(moves('Greek stocks rallied more than 3 percent on Monday. Greek stocks rallied 3.4 percent, the biggest gain in a month.', '2024-05-08').map((m) => m.pct)).toEqual([3.4]);
  });
});

describe('ranges, lists and unchanged', () => {
  it('reads "respectively" lists pairwise', () => {
    expect(moves('Orchid Telecom and Vega Pharma fell 2.1% and 3.3%, respectively.')).toEqual([
      { subject: 'Orchid Telecom', kind: 'stock', pct: -2.1, period: 'day' },
      { subject: 'Vega Pharma', kind: 'stock', pct: -3.3, period: 'day' },
    ]);
  });
  it('reads "N% and M% each" lists pairwise', () => {
    expect(moves('Orchid Telecom and Vega Pharma gained 1.3 percent and 2.4 percent each.').map((m) => [m.subject, m.pct])).toEqual([
      ['Orchid Telecom', 1.3],
      ['Vega Pharma', 2.4],
    ]);
  });
  it('prints no figure for a range (either end would be a guess): the move is dropped', () => {
    expect(moves('Lumen Grid shares slumped 5 to 6 percent.')).toEqual([]);
  });
  it('reads "unchanged" as a 0% move', () => {
    expect(moves('Vega Pharma was unchanged.')).toEqual([{ subject: 'Vega Pharma', kind: 'stock', pct: 0, period: 'day' }]);
    expect(moves('The jobless rate was unchanged at 3.9 pct.')).toEqual([]);
    expect(moves('Vega Pharma was unchanged at 201,000 won.')).toEqual([{ subject: 'Vega Pharma', kind: 'stock', pct: 0, period: 'day' }]);
  });
});

describe('subjects and kinds', () => {
  it('drops descriptors before a name', () => {
    expect(moves('Steelmaker Ferro Nordic dropped 2.2 percent.')[0].subject).toBe('Ferro Nordic');
    expect(moves('Online retailer zShop rose 1%.')[0].subject).toBe('zShop');
  });
  it('keeps index names with numbers and brackets', () => {
    expect(moves('The S&P 500 was down 0.2%.')[0]).toEqual({ subject: 'S&P 500', kind: 'index', pct: -0.2, period: 'day' });
    expect(moves('The Jakarta Composite Index (JCI) eased 0.6 percent.')[0].subject).toBe('Jakarta Composite Index (JCI)');
  });
  it('tells markets, commodities and currencies apart', () => {
    expect(moves('Brazilian stocks advanced 1.7 percent.')[0].kind).toBe('market');
    expect(moves('Copper tumbled 2 percent.')[0].kind).toBe('commodity');
    expect(moves('The WIG20 gained 0.7%.')[0].kind).toBe('index');
    expect(moves('EUR/USD rose 0.3% to 1.0850.')[0]).toEqual({ subject: 'EUR/USD', kind: 'currency', pct: 0.3, period: 'day' });
    expect(moves('The rupee weakened 0.4% against the dollar.')[0].kind).toBe('currency');
  });
  it('reads nominal moves: "X\'s gain of N%" and "a N% jump in X"', () => {
    expect(moves('It followed the broader market\'s decline of 0.9%.')[0]).toEqual({ subject: 'the broader market', kind: 'market', pct: -0.9, period: 'day' });
    expect(moves('Traders cheered a 6% jump in Helix Biotech after the trial.')[0]).toEqual({ subject: 'Helix Biotech', kind: 'stock', pct: 6, period: 'day' });
  });
  it('resolves "its shares", "they" and "the company" to the company named before', () => {
    const found = moves('Nordwind Energy [OSE:NWE] reported a record order. Its shares dropped 2.5%. They had gained 40% in the past year.');
    expect(found).toEqual([
      { subject: 'Nordwind Energy', kind: 'stock', pct: -2.5, period: 'day' },
      { subject: 'Nordwind Energy', kind: 'stock', pct: 40, period: 'year' },
    ]);
  });
  it('carries the subject into a coordinated clause', () => {
    expect(moves('The Stoxx 600 fell 0.5% on Friday but was on track to gain 1.2% for the week.', '2024-06-07').map((m) => [m.subject, m.pct, m.period])).toEqual([
      ['Stoxx 600', -0.5, 'day'],
      ['Stoxx 600', 1.2, 'week'],
    ]);
  });
});

describe('not moves', () => {
  it.each([
    ['company results', 'Ferro Nordic said quarterly net profit rose 12 percent.'],
    ['sales', 'Zenith Foods sales fell 4.4% in the second quarter.'],
    ['economic statistics', "Chile's exports declined 3.1 percent in May."],
    ['inflation', 'Consumer prices rose 2.9% from a year earlier.'],
    ['a stake', 'The fund owns 9 pct of Vega Pharma.'],
    ['a yield', 'The yield on the 10-year note rose 2 percent.'],
    ['a level after "to"', 'The jobless rate rose to 5.1 percent.'],
    ['a hypothetical', 'Without the rebate, Orchid Telecom would have declined 2.7 percent.'],
    ['a forecast', 'Analysts said the Kospi is expected to rise 5 percent next year.'],
    ['a points-only change', 'The Dow fell 210 points on Tuesday.'],
    ['a fraction of a dollar', 'Zenith Foods rose 3/8 to 21 dlrs.'],
    ['house prices', 'Prices of new homes rose 0.5% in February.'],
    ['market share', "Zenith Foods' market share rose 2% to 21%."],
    ['a price index', 'The Producer Price Index rose 0.4% last month.'],
    ['deliveries', "Orion Motors' deliveries fell 13% in the first quarter."],
    ['a poll', 'Turnout was 65%, up 3% from the last election.'],
    ['a forecast with "expect"', 'Analysts expect Vega Pharma to gain as much as 15% after earnings.'],
    ['a conditional', 'If the deal closes, shares could rise 20%.'],
    ['a preposition object', 'Visitors to the park rose 12 percent.'],
  ])('%s', (_what, sentence) => {
    expect(moves(sentence, '2024-06-07')).toEqual([]);
  });
});

describe('more subject rules', () => {
  it('reads "closed N% firmer/weaker"', () => {
    expect(moves('The Athens general index closed 0.6 pct firmer.')[0]).toEqual({ subject: 'Athens general index', kind: 'index', pct: 0.6, period: 'day' });
    expect(moves('Helix Biotech ended 2 pct weaker.')[0].pct).toBe(-2);
  });
  it('reads "shares of/in X" as X and drops an exchange ticker after the name', () => {
    expect(moves('Shares in Vega Pharma rose 2%.')[0].subject).toBe('Vega Pharma');
    expect(moves('Shares of Lumen Grid [WSE:LMG] fell 1.1%.')[0].subject).toBe('Lumen Grid');
  });
  it('does not take a preposition\'s object for the subject', () => {
    expect(moves('Demand for shares outside China rose 0.4%.')).toEqual([]);
  });
  it('reads a gauge named by what it covers: "a gauge of X stocks outside Y" (an index move, by the labelling rules)', () => {
    expect(moves('A gauge of emerging-market stocks outside China rose 0.4%.').map((m) => [m.subject, m.pct])).toEqual([['gauge of emerging-market stocks outside China', 0.4]]);
  });
  it('reads the owner of a price: "the price of X rose"', () => {
    // (present perfect with no time phrase: period unknown since s20-articles, src/extract/aspect.ts)
    expect(moves('The price of platinum has risen 4 pct.')[0]).toEqual({ subject: 'platinum', kind: 'commodity', pct: 4, period: 'unknown' });
  });
  it('keeps a company named after a commodity a stock, and its descriptor-like name whole', () => {
    expect(moves('Atlas Copper Mines jumped 6%.')[0].kind).toBe('stock');
    expect(moves('Nordbank Group slid 1%.')[0].subject).toBe('Nordbank Group');
  });
  it('reads "Corp." inside a "respectively" list', () => {
    expect(moves('Orion Corp. and Vega Pharma rose 1.5 percent and 0.5 percent, respectively.').map((m) => [m.subject, m.pct])).toEqual([
      ['Orion Corp.', 1.5],
      ['Vega Pharma', 0.5],
    ]);
  });
  it('takes the subject of the verb before "and" for a second clause', () => {
    expect(moves('The rand weakened to 18.2 per dollar and was down 0.7 pct against the euro.')).toEqual([{ subject: 'rand', kind: 'currency', pct: -0.7, period: 'day' }]);
  });
  it('qualifies a generic index with the market named before it, or resolves it to the index named before', () => {
    expect(moves('The Thai stock market rallied, with the main index gaining 2.4 pct.')[0].subject).toBe('Thai main index');
    expect(moves('The Taiex rose 1%. The index has gained 9% this year.', '2024-06-07').map((m) => [m.subject, m.pct, m.period])).toEqual([
      ['Taiex', 1, 'day'],
      ['Taiex', 9, 'ytd'],
    ]);
  });
  it('reads a nominal move with its verb: "posted a 3% weekly gain"', () => {
    expect(moves('The Kosdaq posted a 3.2% weekly gain.')[0]).toEqual({ subject: 'Kosdaq', kind: 'index', pct: 3.2, period: 'week' });
    expect(moves('Futures were pointing to a 0.5% decline.')).toEqual([]);
  });
  it('reads cryptocurrencies as other traded things', () => {
    expect(moves('Bitcoin slid 4.5% over the weekend.')[0].kind).toBe('other');
  });
});

describe('clauses', () => {
  it('takes the main subject for a reduced clause after a comma', () => {
    expect(moves('The rupee was last at 86.1 per dollar, having lost 2.2% this year.', '2024-06-07')).toEqual([{ subject: 'rupee', kind: 'currency', pct: -2.2, period: 'ytd' }]);
    expect(moves('The Taiex closed at 21,300, up 1.4%.')[0].subject).toBe('Taiex');
  });
  it('still rejects a statistic named right before the comma', () => {
    expect(moves('The firm booked 3 billion dlrs in revenue in 2023, up 8 pct from a year earlier.', '2024-06-07')).toEqual([]);
  });
  it('reads "with X falling N%" absolute clauses', () => {
    expect(moves('Chip stocks slid, with Orion Micro tumbling 6.2%.')).toEqual([{ subject: 'Orion Micro', kind: 'stock', pct: -6.2, period: 'day' }]);
  });
  it('keeps "European shares" a market', () => {
    expect(moves('European shares slipped 0.3 percent.')).toEqual([{ subject: 'European shares', kind: 'market', pct: -0.3, period: 'day' }]);
  });
});

describe('owners and drawdowns', () => {
  it('reads "X\'s market value" as X', () => {
    expect(moves("Vega Pharma's stock market value rose 2.5% to $40 billion.")[0].subject).toBe('Vega Pharma');
  });
  it('reads a fall from a record high as period "other"', () => {
    expect(moves('The Kosdaq has fallen more than 10% from its record high.')[0]).toEqual({ subject: 'Kosdaq', kind: 'index', pct: -10, period: 'other' });
  });
  it('reads "on track for a N% weekly loss"', () => {
    expect(moves('The Hang Seng is on track for a 1.5% weekly loss.')[0]).toEqual({ subject: 'Hang Seng', kind: 'index', pct: -1.5, period: 'week' });
  });
});

describe('units, company names and fillers', () => {
  it('does not take the unit of a quantity for a subject', () => {
    expect(moves('The city will spend 3.1 trillion won this year, up 4.2 percent from last year.', '2025-03-03')).toEqual([]);
  });
  it('keeps a company whose name ends like a nationality a stock ("Nissan shares")', () => {
    expect(moves('Nissan shares fell 4.5%.')).toEqual([{ subject: 'Nissan', kind: 'stock', pct: -4.5, period: 'day' }]);
  });
  it('resolves "whose shares" to the company as written', () => {
    expect(moves('Talks with Honda collapsed, and Honda, whose shares rose 1.2%, declined to comment.').map((m) => m.subject)).toEqual(['Honda']);
  });
  it('does not read "annual forecast" as a period', () => {
    expect(moves('Helix Biotech jumped 6.5% after it raised its annual forecast.')[0].period).toBe('day');
  });
  it('reads "bringing gains so far this year to N%"', () => {
    expect(moves('Lumen Grid rose 7%, bringing gains so far this year to over 60%.', '2025-03-03').map((m) => [m.subject, m.pct, m.period])).toEqual([
      ['Lumen Grid', 7, 'day'],
      ['Lumen Grid', 60, 'ytd'],
    ]);
  });
});

describe('1987-style market reports', () => {
  it('reads ", a fall of N pct" with the main clause\'s subject', () => {
    expect(moves('The Hang Seng index ended 14.6 points lower at 2,010.3, a fall of 0.7 pct.')[0]).toEqual({ subject: 'Hang Seng index', kind: 'index', pct: -0.7, period: 'day' });
  });
  it('reads a percentage restating a fractional price change', () => {
    expect(moves("Orion Corp's stock gained 1-1/8 to 83, about 1.4 pct, on the news.")[0]).toEqual({ subject: 'Orion Corp', kind: 'stock', pct: 1.4, period: 'day' });
    expect(moves('Lumen Grid stock rose 5-1/2 to 45-3/4 in heavy trading, up about 14 pct.')[0].subject).toBe('Lumen Grid');
  });
  it('keeps "All" inside an index name and the head before "for"', () => {
    expect(moves('The Sydney All Ordinaries index rose 0.5 pct.')[0].subject).toBe('Sydney All Ordinaries index');
    expect(moves('Cocoa futures for May delivery fell 1.2 pct.')[0]).toEqual({ subject: 'Cocoa futures', kind: 'commodity', pct: -1.2, period: 'day' });
  });
});

describe('wire-report clause shapes', () => {
  it('reads "the X index of the Y exchange" whole', () => {
    expect(moves('The BIRS index of the Banja Luka Stock Exchange fell 0.23% to 900.1 points.')[0]).toEqual({ subject: 'BIRS index of the Banja Luka Stock Exchange', kind: 'index', pct: -0.23, period: 'day' });
  });
  it('hangs a participle clause on the main clause\'s subject', () => {
    expect(moves('Shares of Vega Pharma [ZSE:VGPH] led the gainers, rising 3.2% to 178 euro.')[0].subject).toBe('Vega Pharma');
    expect(moves('The franc was up 0.1% at 0.91 per dollar, having jumped 1.3% on Wednesday.', '2025-02-13').map((m) => [m.subject, m.pct])).toEqual([
      ['franc', 0.1],
      ['franc', 1.3],
    ]);
  });
});

describe('"after" clauses', () => {
  it('reads "…, after losing N% in YEAR" with the main clause\'s subject', () => {
    expect(moves('The Taiex has gained 7.5 percent so far this year, after losing 9.6 percent in 2024.', '2025-03-04').map((m) => [m.subject, m.pct, m.period])).toEqual([
      ['Taiex', 7.5, 'ytd'],
      ['Taiex', -9.6, 'year'],
    ]);
  });
});

