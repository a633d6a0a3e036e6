// Adversarial inputs: the extractor must return (never throw) on any string, with offsets that
// point into it. Sizes are kept small enough for a fast unit test; the 10 MB versions and their
// timings are in bench/extraction.bench.mjs.
import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { extractFacts, extractMarketFacts } from 'market-reaction';
import type { Fact } from 'market-reaction';

const MB = 1024 * 1024;

function quotesPointIntoText(text: string, facts: Fact[]): boolean {
  return facts.every((f) => text.slice(f.quote.start, f.quote.end) === f.quote.text);
}

describe('adversarial inputs', () => {
  it.each([
    ['1 MB of random bytes decoded as UTF-8', () => randomBytes(MB).toString('utf8')],
    ['a 1 MB line without spaces', () => 'Samsung1.95%won$828.55'.repeat(MB / 22)],
    ['100,000 "%" signs', () => '%'.repeat(100_000)],
    ['100,000 "5%" mentions', () => 'rose 5% '.repeat(100_000 / 8)],
    ['deeply nested brackets', () => `${'(['.repeat(50_000)}1 trillion won${'])'.repeat(50_000)}`],
    ['lone surrogates and control characters', () => '\ud800\udfff\ud83d\u0000\u0007 rose 5% \u2028 $5\ud800 million'],
    ['a long list before "respectively"', () => `A and B rose ${'1%, '.repeat(20_000)}respectively.`],
    ['Object.prototype words', () => 'constructor rose 5% to 3 constructor. __proto__ fell 2 hasOwnProperty toString.'],
  ])('%s: returns facts whose quotes match the text', (_name, make) => {
    const text = make();
    const facts = extractFacts(text, { published: '2024-03-14' });
    expect(Array.isArray(facts)).toBe(true);
    expect(quotesPointIntoText(text, facts)).toBe(true);
  });

  it('returns nothing for the empty string', () => {
    expect(extractFacts('')).toEqual([]);
  });

  it('rejects a non-string text and a malformed publication date with a ValueError naming the value', () => {
    expect(() => extractFacts(42 as unknown as string)).toThrow(/text must be a string, got number/);
    expect(() => extractMarketFacts('x', { published: '14/03/2024' })).toThrow(/published must be an ISO date YYYY-MM-DD, got "14\/03\/2024"/);
  });
});
