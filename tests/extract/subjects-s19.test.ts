// Subject rules of the stop-18 pass (branch s19-subjects): whose move it is. One test per wire convention found
// among the errors on eval/real/holdout3 (a development set from stop 18 on; eval/README.md, "Subjects … stop 18")
// or in the review of a real 2008 wrap, each checked on unlabelled Reuters text. Every sentence is a short real
// quote from a Reuters story, used as a rule test.
import { describe, expect, it } from 'vitest';
import { extractMarketFacts } from '../../src/extract/extract';

const moves = (text: string, published?: string) => extractMarketFacts(text, published ? { published } : {}).moves;
const pairs = (text: string, published = '2008-06-15') => moves(text, published).map((m) => [m.subject, m.changePct]);
const kinds = (text: string, published = '2008-06-15') => moves(text, published).map((m) => [m.subject, m.subjectKind]);

describe('kinds', () => {
  it('reads Palm (the company) as a stock, not palm oil', () => {
    expect(kinds('Palm shares, which have risen in recent weeks on acquisition rumors, rose 3.6 percent to $19.45 by the close of regular trading on Nasdaq.', '2007-03-22'))
      .toEqual([['Palm', 'stock']]);
    expect(kinds('Shares of Palm rose 11 percent on Friday.', '2007-03-05')).toEqual([['Palm', 'stock']]);
  });
  it('reads "the French overall market" as the market, not a stock called "French"', () => {
    expect(kinds('EADS shares closed down 1.8 percent at 25.45 euros, cushioned from a 3 percent fall in the French overall market.', '2007-02-27'))
      .toEqual([['EADS', 'stock'], ['French overall market', 'market']]);
  });
});

describe('descriptors and asides are not subjects', () => {
  it('resolves "shares in the Italian bank" to the bank named before it, with its Italian name whole', () => {
    expect(pairs('Elsewhere, French insurer CNP ( CNPP.PA ) confirmed late on Monday that it could be interested in bidding for a stake in MPS Vita, the insurance unit of Monte dei Paschi di Siena ( BMPS.MI ), pushing shares in the Italian bank 2 percent higher.', '2006-11-21'))
      .toEqual([['Monte dei Paschi di Siena', 2]]);
  });
  it('keeps a capitalised "Del" as the name\'s own word', () => {
    // (the real sentence's "Del Monte packaged fruit fell 2 percent" is sales of a product line, no move since s20-articles:
    // tests/extract/articles.test.ts; the name rule is tested on the company)
    expect(pairs('Del Monte Foods fell 2 percent.', '2007-03-01')).toEqual([['Del Monte Foods', -2]]);
  });
  it('skips ", down nearly a third from its November high," between a name and its verb (and its span)', () => {
    const found = moves('Shares of Google Inc ( GOOG.O ), down nearly a third from its November high, were up 1.7 percent at $513.74. Apple Inc ( AAPL.O ) stock, also down about a third from its high, was up 1.2 percent at $122.65.', '2008-03-14');
    expect(found.map((m) => [m.subject, m.changePct, m.period])).toEqual([['Google Inc', 1.7, 'day'], ['Apple Inc', 1.2, 'day']]);
  });
  it('reads no forecast into a noun ending an appositive ("Medicare plan providers", "gross margin forecast")', () => {
    expect(pairs('Shares of Humana ( HUM.N ), one of the biggest Medicare plan providers, plummeted 13.7 percent to $40.88 after the company cut its first-quarter earnings forecast nearly by half.', '2007-04-05'))
      .toEqual([['Humana', -13.7]]);
    expect(pairs('Shares of Intel Corp ( INTC.O ), which earlier this week slashed its gross margin forecast, fell 1.6 percent.', '2008-03-06'))
      .toEqual([['Intel Corp', -1.6]]);
  });
});

describe('the session a stock ended is its object', () => {
  it('gives "ended regular Nasdaq trading up 1.1 percent" to the stock, not the Nasdaq', () => {
    const found = moves('In after-hours trading, Applied Materials dropped 4.8 percent to $17.91. The stock had ended regular Nasdaq trading up 1.1 percent at $18.81 before the company\'s earnings announcement.', '2006-11-17');
    expect(found.map((m) => [m.subject, m.changePct])).toEqual([['Applied Materials', -4.8], ['Applied Materials', 1.1]]);
  });
  it('reads "finished the Nasdaq session down" and "ended the day\'s trade down" likewise', () => {
    expect(pairs('Shares in Petsmart finished the Nasdaq session down 4.1 percent.', '2007-10-10')).toEqual([['Petsmart', -4.1]]);
    expect(pairs('Kraft shares ended the day\'s trade down 1.4 percent.', '2009-11-18')).toEqual([['Kraft', -1.4]]);
  });
});

describe('after-hours paragraphs', () => {
  const wamu = 'The Nasdaq Composite Index was up 24.43 points, or 1.07 percent, at 2,303.96. WAMU AND YAHOO UP LATE After the bell, Washington Mutual, the largest U.S. savings and loan posted a $3.3 billion second-quarter loss. But its stock rose 3.1 percent after it said it didn\'t need to raise more capital.';
  it('gives "its stock" to the company the after-hours paragraph names, flagged intraday, never to an older name', () => {
    const found = moves(`Caterpillar shares rose 2.4 percent to $74.98 after the maker of heavy construction equipment posted a stronger-than-expected quarterly profit. ${wamu}`, '2008-07-22');
    expect(found.map((m) => [m.subject, m.changePct, m.period, m.intraday ?? false])).toEqual([
      ['Caterpillar', 2.4, 'day', false], ['Nasdaq Composite Index', 1.07, 'day', false], ['Washington Mutual', 3.1, 'day', true]]);
  });
  it('leaves "The shares" out after an after-hours sentence with no company, and counts it', () => {
    const facts = extractMarketFacts('Nike shares trade at 15 times fiscal 2009 earnings at a premium to its largest competitor, German brand Adidas AG ADSG.DE, which trades at over 10 times for the same period. In after-hours action, its shares rose to $65.03 from a close of $61.83 on the New York Stock Exchange. The shares are up 14 percent over a year ago.', { published: '2008-03-19' });
    expect(facts.moves).toEqual([]);
    expect(facts.dropped.map((d) => [d.reason, d.changeText])).toEqual([['unsure_subject', '14 percent']]);
  });
  it('keeps the regular session\'s close with the stock named before ("had ended regular Nasdaq trading")', () => {
    const found = moves('In after-hours trading, Applied Materials dropped 4.8 percent to $17.91. The stock had ended regular Nasdaq trading up 1.1 percent at $18.81 before the company\'s earnings announcement.', '2006-11-17');
    expect(found.map((m) => [m.subject, m.changePct, m.intraday ?? false])).toEqual([['Applied Materials', -4.8, true], ['Applied Materials', 1.1, false]]);
  });
});

describe('section headings glued to a sentence', () => {
  it('reads no all-capitals heading into the name after it', () => {
    expect(pairs('SHORT-SALE RULE HELPS FINANCIALS Wachovia initially dropped more than 10 percent after the fourth-largest U.S. bank said it would slash its dividend.', '2008-07-22'))
      .toEqual([['Wachovia', -10]]);
    expect(kinds('IBM AND JPMORGAN BOOST THE DOW International Business Machines Corp ( IBM.N ) provided the biggest lift to the Dow, jumping nearly 12 percent.', '2009-03-10'))
      .toEqual([['International Business Machines Corp', 'stock']]);
  });
  it('keeps names of two capitalised words ("ABN AMRO")', () => {
    expect(pairs('ABN AMRO Holding shares rose 1.2 percent.', '2007-04-23')).toEqual([['ABN AMRO Holding', 1.2]]);
  });
  it('reads an adverb before the verb as no part of the subject ("IBM\'s shares initially jumped"), but not after "after"', () => {
    expect(pairs('IBM\'s shares initially jumped 3.5 percent.', '2008-04-16')).toEqual([['IBM', 3.5]]);
  });
});

describe('dates without a publication date', () => {
  const head = '-- Stocks rise as oil\'s drop trumps earnings\n-- By  Kristina Cooke\n-- Tue Jul 22, 2008 5:26pm EDT\n\nNEW YORK  (Reuters) - Oil, which last week had its biggest weekly decline ever, lost 2.4 percent in New York. Shares of Apple fell 2.6 percent to $162.02 after the maker of the iPod said late on Monday its earnings will be below targets.';
  it('resolves relative dates against the dated header and says so on each fact', () => {
    const facts = extractMarketFacts(head);
    expect(facts.dates.map((d) => [d.quote.text, d.date, d.dateBasis])).toEqual([['Jul 22, 2008', '2008-07-22', 'dateline'], ['last week', '2008-07-15', 'dateline'], ['on Monday', '2008-07-21', 'dateline']]);
  });
  it('leaves relative dates unresolved when neither a publication date nor a dated head exists (never today\'s date)', () => {
    const facts = extractMarketFacts(head.split('\n').slice(4).join('\n'));
    expect(facts.dates).toEqual([]);
    expect(facts.moves.every((m) => m.date === undefined)).toBe(true);
  });
  it('takes no date a first sentence mentions as the story\'s own', () => {
    expect(extractMarketFacts('Each warrant, priced at 47.50 dlrs, gives the holder the right to purchase a nominal sum of 500 dlrs between March 31, 1987 and March 31, 1989. Shares rose 2 percent last week.').dates.every((d) => d.dateBasis === undefined)).toBe(true);
  });
});

describe('names sharing one figure after a comma', () => {
  it('gives "such as A ( code ) and B ( code ), dropping about 2 percent" to both names', () => {
    expect(pairs('Among other standout decliners were insurers, such as Prudential ( PRU.L ) and Old Mutual ( OML.L ), dropping about 2 percent as traders cite the dropping off of bid speculation.', '2007-04-27'))
      .toEqual([['Prudential', -2], ['Old Mutual', -2]]);
  });
  it('gives "A ( code ) and B ( code ), both down 1 percent" to both names', () => {
    expect(pairs('U.S. crude oil futures fell 1.2 percent to settle at $69.95 per barrel, prompting investors to sell shares of Chevron ( CVX.N ) and Exxon Mobil ( XOM.N ), both down 1 percent.', '2009-10-02'))
      .toEqual([['U.S. crude oil futures', -1.2], ['Chevron', -1], ['Exxon Mobil', -1]]);
  });
});

describe('companies named as examples', () => {
  it('resolves "The credit card company\'s stock" to the company given as an example ("such as American Express")', () => {
    expect(pairs('Even companies more dependent on wealthier consumers, such as American Express, suffered. The credit card company\'s stock, a Dow component, plunged 7.1 percent.', '2008-07-22'))
      .toEqual([['American Express', -7.1]]);
  });
});

describe('"its shares" of a company named by its results', () => {
  it('resolves "its shares close Friday down 5.2 percent" to the owner of the results named before', () => {
    expect(pairs('The move to bid on the wireless airwaves was overshadowed on Wall Street by disappointment over Google\'s second quarter results, issued Thursday, which were hurt by a costly hiring spree that saw its shares close Friday down 5.2 percent to $520.12.', '2007-07-21'))
      .toEqual([['Google', -5.2]]);
  });
  it('prefers the results\' owner to the company named before ("Reynolds American\'s first-quarter profit disappointed …")', () => {
    expect(pairs('Still, analysts warned that Colgate\'s flat full-year gross profit margin was a concern. Reynolds American\'s first-quarter profit disappointed because of declining sales of cigarette brands. The company cut its profit forecast for the year, and its shares dropped as much as 8 percent to a two-year low.', '2008-04-30'))
      .toEqual([['Reynolds American', -8]]);
  });
  it('reads a weekday after a closing verb as its object ("Shares of GE closed Tuesday down $1.02, or 8.1 percent")', () => {
    expect(pairs('Shares of GE closed Tuesday down $1.02, or 8.1 percent, at $11.57 on the New York Stock Exchange.', '2009-02-11')).toEqual([['GE', -8.1]]);
  });
});
