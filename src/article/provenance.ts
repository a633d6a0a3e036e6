import { FactProvenanceError } from '../errors';
import { softLineBreaks } from '../extract/wrap';
import type { Fact, Quote } from './types';

const preview = (s: string) => JSON.stringify(s.length > 60 ? `${s.slice(0, 57)}...` : s);

/**
 * Checks that every fact's quote is the article text at its offsets:
 * `text.slice(quote.start, quote.end) === quote.text`.
 *
 * @param text - the article text the facts were taken from.
 * @param facts - facts with quotes (offsets in UTF-16 code units).
 * @param file - [file] the facts file, named in the error.
 * @returns the facts, unchanged.
 * @throws {FactProvenanceError} naming the first fact whose quote does not match, with the expected and found text.
 * @example
 * verifyQuotes('KOSPI rose', [{ kind: 'entity', id: 'e', name: 'KOSPI', entityType: 'index', quote: { text: 'KOSPI', start: 0, end: 5 } }]).length; // => 1
 */
export function verifyQuotes(text: string, facts: Fact[], file?: string): Fact[] {
  for (const fact of facts) {
    const { start, end } = fact.quote;
    const found = text.slice(start, end);
    if (found !== fact.quote.text || end > text.length) {
      const where = file ? `${file}: ` : '';
      throw new FactProvenanceError(
        `${where}fact "${fact.id}": quote at ${start}..${end} expected ${preview(fact.quote.text)} but the article has ${preview(found)} there`,
      );
    }
  }
  return facts;
}

/** Words whose trailing period does not end a sentence ("Co. Ltd.", "U.S.", "Mr."). */
const ABBREVIATION = /(?:\b(?:Co|Ltd|Inc|Corp|Mr|Mrs|Ms|Dr|Jr|Sr|St|vs|No|Jan|Feb|Aug|Sept?|Oct|Nov|Dec)|\b[A-Z](?:\.[A-Z])*)$/;

/**
 * The sentence of `text` that contains a quote: from the start of the sentence the quote begins in
 * to the end of the sentence it ends in. Sentences end at ". ", "! ", "? " (not after abbreviations
 * such as "Co." or "U.S.") and at line breaks (LF, a lone CR, U+2028/9) except those inside a hard-wrapped paragraph,
 * which are spaces (as for the extractor: see `softLineBreaks` in extract/wrap.ts). For showing a fact in context. Scans the text once;
 * to place many quotes in one text use {@link sentenceLocator}, which scans it only once in all.
 *
 * @param text - the article text.
 * @param quote - a span of it.
 * @returns the sentence as a quote with its own offsets.
 * @example
 * sentenceAround('One. Two up 2%. Three.', { text: 'up 2%', start: 9, end: 14 }).text; // => 'Two up 2%.'
 */
export function sentenceAround(text: string, quote: Quote): Quote {
  return sentenceLocator(text)(quote);
}

/**
 * The offsets where sentences start (after each sentence end, see {@link sentenceAround}), ascending,
 * beginning with 0. One linear scan.
 *
 * @example
 * sentenceStarts('One. Two up 2%. Three.'); // => [0, 5, 16]
 */
export function sentenceStarts(text: string): number[] {
  const starts = [0];
  const soft = softLineBreaks(text);
  for (const match of text.matchAll(/[.!?]["”’)\]]*\s+|[\n\r\u2028\u2029]/g)) {
    const at = match.index ?? 0;
    if (soft !== undefined && match[0].length === 1 && soft.has(at)) continue;
    if (match[0][0] === '.' && ABBREVIATION.test(text.slice(Math.max(0, at - 12), at))) continue;
    starts.push(at + match[0].length);
  }
  return starts;
}

/**
 * The index of the sentence holding offset `at`, given {@link sentenceStarts} (binary search).
 *
 * @example
 * sentenceIndexAt([0, 5, 16], 9); // => 1
 */
export function sentenceIndexAt(starts: readonly number[], at: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >>> 1;
    if (starts[mid] <= at) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * A function giving the sentence around a quote of `text` (as {@link sentenceAround}) in
 * O(log n) per quote after one linear scan: a summary of thousands of facts stays linear in
 * the article's length.
 *
 * @example
 * const sentenceOf = sentenceLocator('One. Two up 2%. Three.');
 * sentenceOf({ start: 9, end: 14 }).text; // => 'Two up 2%.'
 */
export function sentenceLocator(text: string): (quote: Pick<Quote, 'start' | 'end'>) => Quote {
  const starts = sentenceStarts(text);
  return (quote) => {
    const first = sentenceIndexAt(starts, quote.start);
    // the sentence ends at the first boundary at or after the quote's end
    const last = sentenceIndexAt(starts, Math.max(quote.start, quote.end - 1));
    const start = starts[first];
    const end = last + 1 < starts.length ? starts[last + 1] : text.length;
    const raw = text.slice(start, end);
    const lead = raw.length - raw.trimStart().length;
    const sentence = raw.trim();
    return { text: sentence, start: start + lead, end: start + lead + sentence.length };
  };
}
