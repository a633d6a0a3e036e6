/**
 * Hard-wrapped text: some wire feeds break lines at a fixed width, mid-sentence, so an amount's number ends one line
 * and its scale or currency word opens the next ("restated $2.2 \nbillion in revenue", ReutersNews106521
 * 20070822/businesspro-qwest-nacchio-dc). The sentence splitter ends a sentence at every line break, so the money
 * grammar saw "$2.2" alone and reported 2.2 dollars, a figure wrong by 10^9. A sentence that ends in a number at a
 * line break whose next line opens with a lower-case word (no sentence opens so) is read by the money grammar with
 * the first words of that line appended; only amounts that start in the sentence itself are kept.
 * Since wrap.ts the splitter reads such a break inside a hard-wrapped paragraph as a space, so this now fires only
 * where it kept the break (a paragraph not judged wrapped: lines under 30 or over 120 characters, a table row).
 */
import { type Token, tokenize } from './tokenize';

/** Most characters of the next line read as the wrapped sentence's tail: a scale and a currency phrase ("billion Canadian dlrs"). */
const MAX_TAIL_CHARS = 40;

/**
 * The tokens of the next line's head when the sentence `tokens` ends in a number at a line break and that line opens
 * with a lower-case letter, else undefined.
 *
 * @param text - the article text the tokens index into.
 * @example
 * // text "restated $2.2 \nbillion in revenue", tokens of "restated $2.2" → tokens of "billion in revenue"
 */
export function wrappedTail(text: string, tokens: Token[]): Token[] | undefined {
  const last = tokens[tokens.length - 1];
  if (last?.type !== 'number') return undefined;
  let k = last.end;
  while (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 9) k += 1;
  if (text.charCodeAt(k) === 13) k += 1;
  if (text.charCodeAt(k) !== 10) return undefined;
  k += 1;
  while (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 9) k += 1;
  const first = text.charCodeAt(k);
  if (!(first >= 97 && first <= 122)) return undefined;
  let end = k;
  const limit = Math.min(text.length, k + MAX_TAIL_CHARS);
  while (end < limit && text.charCodeAt(end) !== 10 && text.charCodeAt(end) !== 13) end += 1;
  // end on a word boundary, so no word is cut in two
  if (end === limit && end < text.length && /\S/.test(text[end])) {
    const space = text.lastIndexOf(' ', end);
    if (space > k) end = space;
  }
  return tokenize(text, k, end);
}
