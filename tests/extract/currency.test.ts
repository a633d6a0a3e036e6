// The money gate: a sentence without any token that can name a currency is skipped by the money grammar.
import { describe, expect, it } from 'vitest';
import { tokenize } from '../../src/extract/tokenize';
import { attachCodes } from '../../src/extract/codes';
import { currencyOfWord, currencyPrefixBefore, currencyWordAt, datedCode, mayNameCurrency, newCurrencyContext } from '../../src/extract/currency';
import { findAmounts } from '../../src/extract/money';
import { extractMarketFacts } from '../../src/extract/extract';

const gate = (text: string) => mayNameCurrency(attachCodes(tokenize(text)));

describe('mayNameCurrency', () => {
  it('sees every way an amount gets its currency', () => {
    for (const text of [
      'rose to $5.1 billion', 'fell to 1 trillion won', 'up 3 cents', 'at 415 pence', 'at 2.2 mln dlrs', 'Rs 500 crore',
      'KRW 1 trillion', 'EUR655m in sales', 'cost &euro;3.30', '( EURO ) 35 million', 'priced at 20p', '1.8200/15 marks',
      'fell 5 percent to 20.45 pesos', '₩500 billion', 'Swiss francs 3 billion', 'one dlr a share',
    ]) expect(gate(text), text).toBe(true);
  });
  it('finds no cue in a sentence of figures without money', () => {
    for (const text of [
      'The Standard & Poor\'s 500 Index .SPX fell 18.70 points, or 1.72 percent, to 1,067.95.',
      'The KOSPI rose 2.2 percent on Tuesday, its biggest gain since March 9.',
      'Volume was 8.2 billion shares, above the 7.4 billion average.',
      'The Dow Jones industrial average .DJI was up 0.89%, the Nasdaq gained 12 points.',
    ]) {
      expect(gate(text), text).toBe(false);
      // and the money grammar would indeed find no amount with a currency there
      expect(findAmounts(attachCodes(tokenize(text)), newCurrencyContext(2010)).filter((a) => a.currency)).toEqual([]);
    }
  });
  it('leaves the facts of a mixed article as they were', () => {
    const facts = extractMarketFacts('Samsung shares rose 2 percent. The deal is worth 1 trillion won ($828.55 million). Volume was 8.2 billion shares.');
    expect(facts.amounts.map((a) => [a.value, a.currency])).toEqual([[1e12, 'KRW'], [828_550_000, 'USD']]);
    expect(facts.conversions).toHaveLength(1);
  });
});

// Article text is untrusted: a word that names a member of Object.prototype must find nothing in the word tables.
describe('currency look-ups and Object.prototype', () => {
  const members = ['constructor', 'toString', 'valueOf', 'hasOwnProperty', 'isPrototypeOf', '__proto__', '__defineGetter__', 'propertyIsEnumerable'];
  it('names no currency with a prototype member, in any case', () => {
    for (const word of members) for (const written of [word, word.toLowerCase(), word.toUpperCase()]) expect(currencyOfWord(written), written).toBeUndefined();
    expect(datedCode('constructor', 1990)).toBe('constructor');
  });
  it('reads no currency word, prefix, entity or bracketed code from one', () => {
    for (const word of members) {
      const after = tokenize(`5 ${word}`);
      expect(currencyWordAt(after, 1, newCurrencyContext(2008)), word).toBeUndefined();
      const prefix = (text: string) => {
        const tokens = tokenize(text);
        const found = currencyPrefixBefore(tokens, tokens.findIndex((t) => t.type === 'number'));
        return found && { currency: found.currency, written: tokens[found.start].text };
      };
      for (const text of [`${word} 5`, `&${word};5`, `& ${word} ; 5`, `( ${word} ) 5`]) expect(prefix(text), text).toBeUndefined();
      // "$" alone still reads dollars; the word before it is no dollar prefix ("HK$")
      expect(prefix(`${word}$5`)).toEqual({ currency: 'USD', written: '$' });
    }
  });
  it('extracts the same facts around them as around any unknown word, without a crash', () => {
    for (const word of members) {
      const facts = extractMarketFacts(`Acme Corp shares rose 5 percent to 20 ${word} on Monday, after ( ${word} ) 35 million and &${word};3.`, { published: '2008-03-03' });
      expect(facts.amounts, word).toEqual([]);
      expect(facts.conversions, word).toEqual([]);
      expect(facts.moves.map((m) => m.changePct), word).toEqual([5]);
    }
  });
});
