// Price-move and conversion rules of the stop-17 pass (branch s18-moves): one test per wire convention found among
// the errors on eval/real/holdout2 (a development set from stop 17 on; eval/README.md, "stop 17"), each checked on
// unlabelled Reuters text. Every sentence is a short real quote from a Reuters story, used as a rule test.
import { describe, expect, it } from 'vitest';
import { extractMarketFacts } from '../../src/extract/extract';

const pairs = (text: string, published = '2008-06-15') => extractMarketFacts(text, { published }).moves.map((m) => [m.subject, m.changePct]);
const periods = (text: string, published = '2008-06-15') => extractMarketFacts(text, { published }).moves.map((m) => [m.subject, m.changePct, m.period]);

describe('pronouns (precision)', () => {
  it('never binds "its shares" to a company named after it in the sentence', () => {
    expect(pairs('Technology shares outperformed the rest of the market, led by iPod maker Apple Inc ( AAPL.O ). Its shares gained 4.4 percent to $127.57 on the Nasdaq after analysts at UBS AG said iPhone sales could top the brokerage\'s estimates.', '2007-08-21'))
      .toEqual([['Apple Inc', 4.4]]);
  });
  it('leaves "its shares" out when the only company is named after it, and the list after it keeps the period', () => {
    expect(periods('After downplaying its discount roots last year to try to sell more goods to affluent shoppers, it is now reemphasizing its low prices. Its shares have risen 3.6 percent this year through Monday, while close rival Target Corp. ( TGT.N ) is up almost 2 percent and the S&P Retail Index .RLX is up 3 percent.', '2007-03-20'))
      .toEqual([['Target Corp.', 2, 'ytd'], ['S&P Retail Index', 3, 'ytd']]);
  });
});

describe('time zones', () => {
  it('reads no company into a time zone opening a cut sentence ("EDT, its shares")', () => {
    expect(pairs('EDT, its shares were up 2.8 percent at 123.4 pence after hitting 125.8p, reflecting an expectation that Flowers would return.', '2007-10-01')).toEqual([]);
  });
});

describe('statistics are no price moves', () => {
  it('reads no move into foreclosures, nor into the second verb of a statistic', () => {
    expect(pairs('Also, a real estate survey showed U.S. home foreclosures rose 9 percent in July from June and soared 93 percent from a year earlier.', '2007-08-21')).toEqual([]);
    expect(pairs('Revenue rose 2 percent to $869 million, but declined 2 percent when taking out the impact of a weaker dollar.', '2007-11-29')).toEqual([]);
  });
  it('reads no move into "a N percent decline in U.S. industrial production" (the place is not the subject)', () => {
    expect(pairs('An unexpected 0.2 percent decline in U.S. industrial production in May pointed to weak economic activity.', '2007-06-15')).toEqual([]);
    // …but a gain in a company's shares followed by a cause stays (its subject, "MasterCard shares ( MA.N", is an older fault)
    expect(pairs('Contributing to the optimism was a near 8 percent gain in MasterCard shares ( MA.N ) after the credit card processor lifted its long-term profit targets.', '2008-05-29').map(([, c]) => c)).toEqual([8]);
  });
});

describe('subjects and verb frames', () => {
  it('gives "its shares" opening a sentence to the previous sentence\'s subject named with its verb', () => {
    expect(pairs('Lehman filed for bankruptcy protection after trying to finance too many risky assets with too little capital, making it the largest and highest-profile casualty of the global credit crisis. Its shares plummeted more than 80 percent before the opening bell in New York.', '2008-09-15'))
      .toEqual([['Lehman', -80]]);
  });
  it('…after a fronted time phrase and with an irregular past ("In December, TI cut …"), never a statistic ("Sales rose …")', () => {
    expect(periods('In December, TI cut its forecast for earnings per share from continuing operations to a range of 37 cents to 40 cents. Its shares have fallen almost 16 percent in the last four months on investor concern.', '2007-01-10'))
      .toEqual([['TI', -16, 'other']]);
    expect(pairs("ConAgra Foods Inc ( CAG.N ) said it completed the sale. Sales rose 15.5 percent to $3.08 billion. The company's shares fell 70 cents, or 3 percent, to $21.45 on Thursday.", '2008-06-26').slice(-1))
      .toEqual([['ConAgra Foods Inc', -3]]);
  });
  it('shares one figure between coded indexes written with their countries', () => {
    expect(pairs("London's FTSE 100 .FTSE gained 0.7 percent and the French CAC 40 .FCHI and Germany's DAX .GDAXI rose 0.6 percent.", '2007-01-05'))
      .toEqual([['FTSE 100', 0.7], ['CAC 40', 0.6], ['DAX', 0.6]]);
  });
  it('skips an appositive and ", meanwhile," between a name and its verb', () => {
    expect(pairs("Shares of Goldman Sachs, the world's largest securities firm by market value, meanwhile, ended down 3.4 percent at $201.51 on the NYSE.", '2007-12-18')).toEqual([['Goldman Sachs', -3.4]]);
  });
  it('reads "down $1.22, or off 1.5 percent"', () => {
    expect(pairs('U.S. crude oil for November delivery settled on Friday at $81.66 a barrel, down $1.22, or off 1.5 percent, in profit-taking after hitting a record.', '2007-10-12')).toEqual([['U.S. crude oil', -1.5]]);
  });
  it('takes the subject before "ended <weekday>\'s session up N"', () => {
    expect(pairs("Capital One's stock ended Tuesday's session up 2.6 percent at $68.47.", '2007-08-21')).toEqual([['Capital One', 2.6]]);
  });
});

describe('periods', () => {
  it('reads a fronted "Since hitting a low," and "from that level" / "from its March 9 close" as other spans', () => {
    expect(periods("Since hitting a 12-year closing low of 676.53 on March 9, the S&P 500 has gained 44.7 percent. The Nasdaq, which closed at 1,268.64 on March 9, was up almost 55 percent from that level at Friday's close. The Dow has risen about 39 percent from its March 9 close at 6,547.05.", '2009-07-24'))
      .toEqual([['S&P 500', 44.7, 'other'], ['Nasdaq', 55, 'other'], ['Dow', 39, 'other']]);
  });
  it('does not read "front-month" as a month', () => {
    expect(periods('Chevron Corp ( CVX.N ) climbed 0.8 percent to $68.43 after U.S. front-month crude oil gained 89 cents, or 1.3 percent, to settle at $68.05 a barrel.', '2009-07-24'))
      .toEqual([['Chevron Corp', 0.8, 'day'], ['U.S. front-month crude oil', 1.3, 'day']]);
  });
  it('does not take the span of another move named as an object, a results period, or a "despite" cause', () => {
    expect(periods("Microsoft shares extended this week's fall, dropping 0.4 percent to $29.50.", '2009-11-12')).toEqual([['Microsoft', -0.4, 'day']]);
    // …while the week's own move noun keeps its span (shared dev set, dev-057)
    expect(periods("The Hang Seng Tech Index jumped 3.1% to a three-year high at the midday break, bringing the week's advance to 4.8%.", '2025-02-14'))
      .toEqual([['Hang Seng Tech Index', 3.1, 'day'], ['Hang Seng Tech Index', 4.8, 'week']]);
    expect(periods("The second-largest home improvement chain again cut its full-year profit and sales outlooks, yet Lowe's shares rose more than 1 percent as analysts had expected weak results.", '2007-08-15')).toEqual([['Lowe', 1, 'day']]);
    expect(periods('Honda Motor Co ( 7267.T ) sagged 1.1 percent to 3,600 yen despite a 13.8 percent jump in U.S. sales last month.', '2008-07-02')).toEqual([['Honda Motor Co', -1.1, 'day']]);
  });
  it('takes no period from a cause: "as data confirmed … last week", "on a … weekly increase in …"', () => {
    expect(periods('Oil futures settled down 3 percent below $77 per barrel as data confirmed crude and refined product inventories rose last week.', '2009-11-12')).toEqual([['Oil futures', -3, 'day']]);
    expect(periods('Energy stocks were another big drag on the market after crude oil futures fell 1.9 percent to $89.96 a barrel on a surprisingly large weekly increase in U.S. inventories.', '2007-10-17')).toEqual([['crude oil futures', -1.9, 'day']]);
  });
  it('reads "close to N percent" and "not far from a peak" as no period', () => {
    expect(periods('Since the Federal Reserve cut U.S. interest rates in mid-August, oil prices have surged close to 40 percent and gold has risen 20 percent.', '2007-11-07'))
      .toEqual([['oil prices', 40, 'other'], ['gold', 20, 'other']]);
    expect(periods('The dollar index -- the dollar against a basket of six currencies-- was up 0.38 percent, not far from a two-week peak of 79.42.', '2009-08-17')).toEqual([['dollar index', 0.38, 'day']]);
  });
});

describe('restatements', () => {
  it('drops an all-capitals subhead the body restates, and keeps the body\'s period', () => {
    expect(periods('The Nasdaq Composite Index rose 63.75 points, or 4.41 percent, to close at 1,509.31. S&P DOWN 40 PERCENT FOR YEAR As investors come to grips with the end of an awful year for trading stocks, the broad S&P is down 40 percent for the year, while the Dow has tumbled nearly 35 percent and the Nasdaq is down 43 percent.', '2008-12-05'))
      .toEqual([['Nasdaq Composite Index', 4.41, 'day'], ['S&P', -40, 'ytd'], ['Dow', -35, 'ytd'], ['Nasdaq', -43, 'ytd']]);
    expect(periods('INDEXES UP 4 PCT FOR THE WEEK All three major U.S. stock indexes scored a second straight weekly advance, with the Dow rising 4 percent, the S&P 500 gaining 4.1 percent and the Nasdaq climbing 4.2 percent.', '2009-07-24'))
      .toEqual([['Dow', 4, 'week'], ['S&P 500', 4.1, 'week'], ['Nasdaq', 4.2, 'week']]);
  });
  it('drops a whole figure the article restates with decimals for the same stock and day, not another listing\'s', () => {
    expect(pairs('Mitsubishi UFJ Financial Group shares surged 14 percent, up by their daily limit. Mitsubishi UFJ Financial Group shares ended at 810 yen, a gain of 14.1 percent.', '2008-10-14'))
      .toEqual([['Mitsubishi UFJ Financial Group', 14.1]]);
    expect(pairs("HSBC's London-listed shares were down 2.4 percent at 909 pence. Its Hong Kong-listed shares closed down 2 percent to HK$140.70.", '2007-02-08'))
      .toEqual([['HSBC', -2.4], ['HSBC', -2]]);
  });
});

describe('conversions', () => {
  it('pairs a range restated in a second currency end to end', () => {
    const conversions = extractMarketFacts('Advertising giant WPP and U.S. private equity firm Hellman & Friedman plan to launch a joint bid worth 800 million to 1 billion euros ($1.02 billion to $1.28 billion) for agency Sportfive.', { published: '2007-03-01' }).conversions;
    expect(conversions.map((c) => [c.from.value, c.from.currency, c.to.value, c.to.currency])).toEqual([[800e6, 'EUR', 1.02e9, 'USD'], [1e9, 'EUR', 1.28e9, 'USD']]);
  });
  it('reads no conversion into a difference from another sum ("some seven mln stg above book value")', () => {
    expect(extractMarketFacts('It noted that its Western Australia hotels company had agreed to sell the Parmelia hotel for 31.5 mln Australian dlrs, some seven mln stg above end-1986 book value.', { published: '1987-04-01' }).conversions).toEqual([]);
  });
});

describe('hypothetical nominal moves (review after stop 17)', () => {
  it('reads no move into ", a gain of …" after a main clause that only could move', () => {
    expect(pairs('Geox could rally to 9-11 euros in the next two to three years, a gain of 30 percent to 50 percent, the paper said.', '2008-07-27')).toEqual([]);
    // the frame itself still names the main clause's subject when the move happened
    expect(pairs('The FT-SE 100 index ended 14.6 points lower, a fall of 0.7 pct.', '1987-10-20')).toEqual([['FT-SE 100 index', -0.7]]);
  });
});

describe('described anaphors (review after stop 17)', () => {
  // since stop 18 (s19-subjects) "such as American Express" names a company, so the described anaphor resolves to it
  it('gives "the credit card company" the company named as an example in the previous sentence, never Apple', () => {
    const text = 'Stocks rose more than 1 percent on Tuesday, taking the edge off a raft of disappointing earnings from American Express and others as well as a weak outlook from iPod maker Apple. Even companies more dependent on wealthier consumers, such as American Express, suffered. The credit card company\'s stock, a Dow component, plunged 7.1 percent.';
    const moves = extractMarketFacts(text, { published: '2008-07-22' }).moves.filter((m) => m.changePct === -7.1);
    expect(moves.map((m) => [m.subject, m.subjectSource])).toEqual([['American Express', 'anaphor']]);
  });
});
