// Word classes: one look-up per word token when it is made, then a bit test in every per-token scan.
// The grammars' classes are registered at module load; these tests register none (the table is shared).
import { describe, expect, it } from 'vitest';
import { tokenize } from '../../src/extract/tokenize';
import { buildLexicon, hasClass, lexiconBits, lexiconHash, mayBeIn, wordShapes } from '../../src/extract/lexicon';
import { isDayWord, monthOf } from '../../src/extract/period';
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
  it('gives an ASCII word read through the hash filter the same bits as a look-up, in any case', () => {
    const words = 'six twelve hundred billion trillion inc corp bancorp january sept may monday today yesterday week dlrs dlr cents pence yen won euro francs new u hong rs sfr canadian zzz the rose s&p'.split(' ');
    for (const word of words) {
      for (const written of [word, word.toUpperCase(), word[0].toUpperCase() + word.slice(1)]) {
        const [token] = tokenize(written);
        expect(token.lex, written).toBe(lexiconBits(token.lower));
      }
    }
    expect(lexiconBits('dlrs')).not.toBe(0);
    expect(lexiconHash('ab')).toBe(97 * 31 + 98);
  });
  it('tests a class by the bits every token is made with', () => {
    const bits = lexiconBits('six');
    const [six, sixty, percent] = tokenize('Six sixty %');
    expect([hasClass(six, bits), hasClass(sixty, bits), hasClass(percent, bits)]).toEqual([true, false, false]);
  });
  it('keeps the grammars reading number words through the class bit', () => {
    expect(tokenize('six Sixty 6 Twelve').map((t) => numberValue(t))).toEqual([6, undefined, 6, 12]);
  });
});

describe('word shapes', () => {
  it('never rules out a listed word, and rules out words of other first letters or lengths', () => {
    const shapes = wordShapes(['may', 'june', 'september']);
    for (const w of ['may', 'june', 'september']) expect(mayBeIn(shapes, w)).toBe(true);
    expect([mayBeIn(shapes, 'mine'), mayBeIn(shapes, 'rose'), mayBeIn(shapes, ''), mayBeIn(shapes, 'jump')]).toEqual([false, false, false, true]);
  });
  it('keeps monthOf and isDayWord as they were', () => {
    expect(['january', 'jan', 'sept', 'may', 'dec', 'june', 'mayor', 'rose', '', 'décembre'].map(monthOf)).toEqual([1, 1, 9, 5, 12, 6, undefined, undefined, undefined, undefined]);
    expect(['monday', 'sunday', 'today', 'yesterday', 'tomorrow', 'mon', 'week'].map(isDayWord)).toEqual([true, true, true, true, false, false, false]);
  });
});
