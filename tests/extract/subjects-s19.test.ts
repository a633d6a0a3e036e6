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
    expect(pairs('Del Monte packaged fruit fell 2 percent.', '2007-03-01')).toEqual([['Del Monte packaged fruit', -2]]);
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
