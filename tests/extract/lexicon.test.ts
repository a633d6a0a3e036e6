// Word classes: one look-up per word token when it is made, then a bit test in every per-token scan.
// The grammars' classes are registered at module load; these tests register none (the table is shared).
import { describe, expect, it } from 'vitest';
import { tokenize } from '../../src/extract/tokenize';
import { buildLexicon, hasClass, lexiconBits } from '../../src/extract/lexicon';
import { numberValue } from '../../src/extract/numbers';

describe('word classes', () => {
  it('gives each word the bits of every class holding it', () => {
    const table = buildLexicon([['inc', 'corp'], new Set(['monday', 'inc'])]);
    expect([table.get('inc'), table.get('corp'), table.get('monday'), table.get('acme')]).toEqual([3, 1, 2, undefined]);
  });
  it('rejects a word no word token could be', () => {
    expect(() => buildLexicon([['per cent']])).toThrow(/"per cent" is not one lower-case word token/);
    expect(() => buildLexicon([['Inc']])).toThrow(/not one lower-case/);
    expect(() => buildLexicon([['%']])).toThrow(/not one lower-case/);
    expect(buildLexicon([['s&p', 'café']]).size).toBe(2);
  });
  it('marks word tokens with their bits when they are made, other tokens with 0', () => {
    const [six, sixty, digits, percent] = tokenize('SIX Sixty 6 %');
    expect(six.lex).toBe(lexiconBits('six'));
    expect(six.lex).not.toBe(0);
    expect(sixty.lex).toBe(0);
    expect([digits.lex, percent.lex]).toEqual([0, 0]);
  });
  it('answers for tokens made without bits by looking the word up', () => {
    const bits = lexiconBits('six');
    expect(hasClass({ type: 'word', lower: 'six' }, bits)).toBe(true);
    expect(hasClass({ type: 'symbol', lower: 'six' }, bits)).toBe(false);
    expect(hasClass({ type: 'word', lower: 'sixty' }, bits)).toBe(false);
  });
  it('keeps the grammars reading number words through the class bit', () => {
    expect(tokenize('six Sixty 6 Twelve').map((t) => numberValue(t))).toEqual([6, undefined, 6, 12]);
  });
});
