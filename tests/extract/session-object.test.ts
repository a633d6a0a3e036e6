// The session as a closing verb's object (src/extract/session-object.ts), read alike by trigger.ts and build.ts.
import { describe, expect, it } from 'vitest';
import { extractMarketFacts } from '../../src/extract';
import { sessionObjectStart, sessionQualifiersStart } from '../../src/extract/session-object';
import { tokenize } from '../../src/extract/tokenize';

describe('session objects', () => {
  it('the object ending at a session noun, with at least one qualifier', () => {
    const tokens = tokenize('The stock had ended regular Nasdaq trading up 1.1 percent');
    expect(tokens.map((t) => t.text).slice(3, 7)).toEqual(['ended', 'regular', 'Nasdaq', 'trading']);
    expect(sessionObjectStart(tokens, 6)).toBe(4);
    expect(sessionQualifiersStart(tokens, 5)).toBe(4);
    expect(sessionObjectStart(tokenize('ended the regular session'), 3)).toBe(1);
    // a noun alone is no object; nor is a word that names no session
    expect(sessionObjectStart(tokenize('ended trading'), 1)).toBe(-1);
    expect(sessionObjectStart(tokenize('ended the week'), 2)).toBe(-1);
  });

  it('the subject of a verb whose object is the session, found from the figure or from the phrase', () => {
    const moves = (text: string) => extractMarketFacts(text, { published: '2009-11-18' }).moves.map((m) => [m.subject, m.changePct]);
    expect(moves('Acme Corp ended regular Nasdaq trading up 1.1 percent.')).toEqual([['Acme Corp', 1.1]]);
    expect(moves('Kraft shares ended the day\'s trade down 1.4 percent.')).toEqual([['Kraft', -1.4]]);
    expect(moves('Capital One\'s stock ended Tuesday\'s session up 2.6 percent.')).toEqual([['Capital One', 2.6]]);
    expect(moves('Acme Corp finished the regular session down 4.2 percent.')).toEqual([['Acme Corp', -4.2]]);
    // a weekday as the closing verb's object, any of the seven (Gulf markets trade on Sundays)
    expect(moves('Acme shares closed Tuesday down 45 percent.')).toEqual([['Acme', -45]]);
    expect(moves('Emaar Properties shares closed Sunday down 2.1 percent.')).toEqual([['Emaar Properties', -2.1]]);
  });
});
