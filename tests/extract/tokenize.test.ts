// Sentence splitting and tokenising: the bounded units every grammar runs over.
import { describe, expect, it } from 'vitest';
import { MAX_SENTENCE_CHARS, splitSentences, tokenize } from '../../src/extract/tokenize';

const texts = (text: string) => splitSentences(text).map((s) => text.slice(s.start, s.end));

describe('splitSentences', () => {
  it('splits at sentence ends and newlines, not after abbreviations or initials', () => {
    expect(texts('Shares of Acme Co. rose 2% on Nov. 3 in the U.S. market. Oil fell.\nHeadline without a stop')).toEqual([
      'Shares of Acme Co. rose 2% on Nov. 3 in the U.S. market.',
      'Oil fell.',
      'Headline without a stop',
    ]);
  });
  it('does not split before a lower-case word', () => {
    expect(texts('Trade was thin, e.g. in banks. Prices held.')).toEqual(['Trade was thin, e.g. in banks.', 'Prices held.']);
  });
  it('cuts a run without sentence ends into bounded pieces', () => {
    const text = 'word '.repeat(5 * MAX_SENTENCE_CHARS);
    const sentences = splitSentences(text);
    expect(sentences.length).toBeGreaterThan(4);
    expect(Math.max(...sentences.map((s) => s.end - s.start))).toBeLessThanOrEqual(MAX_SENTENCE_CHARS * 2);
  });
});

describe('tokenize', () => {
  it('keeps numbers with separators, names with "&" and possessives as tokens with offsets', () => {
    const text = "S&P 500's US$1,234.5bn";
    const tokens = tokenize(text);
    expect(tokens.map((t) => [t.type, t.text])).toEqual([
      ['word', 'S&P'], ['number', '500'], ['possessive', "'s"], ['word', 'US'], ['symbol', '$'], ['number', '1,234.5'], ['word', 'bn'],
    ]);
    expect(tokens.every((t) => text.slice(t.start, t.end) === t.text)).toBe(true);
    expect(tokens[5].value).toBe(1234.5);
  });
});
