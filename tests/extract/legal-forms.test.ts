// One list of legal forms (src/extract/legal-forms.ts) for every grammar that reads them: names end with them, quotes keep them.
import { describe, expect, it } from 'vitest';
import { extractMarketFacts } from '../../src/extract';
import { LEGAL_FORMS } from '../../src/extract/legal-forms';

describe('legal forms', () => {
  it('the list', () => {
    expect([...LEGAL_FORMS].sort()).toEqual(['ag', 'asa', 'bancorp', 'bhd', 'co', 'corp', 'inc', 'llc', 'ltd', 'nv', 'oyj', 'plc', 'sa', 'se', 'spa']);
  });

  it('end the names of move subjects, and a known company\'s quote keeps them', () => {
    const facts = extractMarketFacts('Nokia Oyj shares fell 3 percent. SAP SE shares fell 1 percent.', { published: '2008-01-02' });
    expect(facts.moves.map((m) => [m.subject, m.changePct])).toEqual([['Nokia Oyj', -3], ['SAP SE', -1]]);
    expect(facts.entities.map((e) => e.quote.text)).toEqual(['SAP SE']);
  });

  it('"Bancorp" still tells two names apart for restatements: U.S. Bancorp and U.S. Steel both rose 2 percent', () => {
    const facts = extractMarketFacts('Shares of U.S. Bancorp rose 2 percent on Tuesday. Shares of U.S. Steel rose 2 percent on Tuesday.', { published: '2008-01-02' });
    expect(facts.moves.map((m) => [m.subject, m.changePct])).toEqual([['U.S. Bancorp', 2], ['U.S. Steel', 2]]);
  });
});
