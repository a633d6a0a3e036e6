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

describe('tokenize (hand scanner) agrees with the reference pattern', () => {
  // the pattern the scanner replaced (for speed); kept here as its specification
  const PATTERN = /\d+(?:,\d{3})*(?:\.\d+)?|\p{L}[\p{L}\p{M}\p{N}]*(?:&\p{L}[\p{L}\p{M}\p{N}]*)*|['’]s(?![\p{L}\p{N}])|\S/gu;
  function reference(text: string, start: number, end: number): string[] {
    const out: string[] = [];
    const slice = text.slice(start, end);
    PATTERN.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = PATTERN.exec(slice)) !== null) {
      const raw = m[0];
      const first = raw.charCodeAt(0);
      const apostrophe = first === 39 || first === 0x2019;
      const plural = apostrophe && raw.length === 1 && /[sS]/.test(slice[m.index - 1] ?? '') && !/[\p{L}\p{N}]/u.test(slice[m.index + 1] ?? '');
      const type = first >= 48 && first <= 57 ? 'number' : apostrophe && (raw.length > 1 || plural) ? 'possessive' : /^\p{L}/u.test(raw) ? 'word' : 'symbol';
      out.push(`${type}:${raw}:${start + m.index}`);
    }
    return out;
  }
  it('on 3,000 random strings of tricky characters, whole and cut in the middle', () => {
    const alphabet = ['a', 'S', '1', ',', '.', "'", '’', 's', '&', 'é', '\u0301', '\u00a0', '\u2009', '😀', '\ud800', '\v', '-', '(', '5', '0', ' ', '\n', 'ß', 'İ', '٣'];
    let seed = 7;
    const r = () => ((seed = (seed * 1664525 + 1013904223) >>> 0) / 2 ** 32);
    for (let n = 0; n < 3000; n += 1) {
      let text = '';
      for (let k = 0; k < 40; k += 1) text += alphabet[Math.floor(r() * alphabet.length)];
      const [s, e] = [Math.floor(r() * 20), 20 + Math.floor(r() * 20)];
      expect(tokenize(text).map((t) => `${t.type}:${t.text}:${t.start}`)).toEqual(reference(text, 0, text.length));
      expect(tokenize(text, s, e).map((t) => `${t.type}:${t.text}:${t.start}`)).toEqual(reference(text, s, e));
    }
  });
});

describe('tokenize lower-casing', () => {
  it('lower-cases words with upper-case, non-ASCII or "&"-joined letters and keeps lower-case words as written', () => {
    const words = tokenize('rose S&P s&P AT&T ÉLAN élan Straße x2 café').map((t) => [t.text, t.lower]);
    expect(words).toEqual([
      ['rose', 'rose'], ['S&P', 's&p'], ['s&P', 's&p'], ['AT&T', 'at&t'], ['ÉLAN', 'élan'], ['élan', 'élan'],
      ['Straße', 'straße'], ['x2', 'x2'], ['café', 'café'],
    ]);
  });
});
