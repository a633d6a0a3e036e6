/**
 * Conversions: two adjacent amounts in different currencies stating the same sum —
 * "1 trillion won [$828.55 million]", "2.4 billion francs (396 mln dlrs)", "25,000 yen (about $31)",
 * "183 mln crowns, or 26.9 mln dlrs", "$14.53 billion, equivalent to 21 trillion won".
 * A bare amount ("30.9 billion, or 4.5 billion dlrs") takes the currency of an earlier conversion
 * into the same second currency in the sentence (ellipsis). Same-currency pairs ("X dlrs, or Y dlrs
 * a share") are not conversions.
 */
import type { Token } from './tokenize';
import type { AmountMatch } from './money';

/** A conversion between amounts `first` and `second` (indices into the sentence's amounts). */
export interface ConversionMatch {
  first: number;
  second: number;
  /** Token span of the whole pair, closing bracket included. */
  from: number;
  to: number;
}

const LINK_WORDS = new Set(['(', '[', ',', 'or', 'about', 'around', 'roughly', 'approximately', 'approx', 'some', 'nearly', 'almost', 'over', 'more', 'than', 'equivalent', 'equal', 'to', 'worth', 'just', 'under', '~', '≈', 'i.e', 'at', 'current', 'rates', 'exchange', 'an', 'estimated', 'roughly', 'ca', '=']);
const MARKERS = new Set(['(', '[', 'or', 'equivalent', 'equal', '=']);
const APPROXIMATE = new Set(['about', 'around', 'roughly', 'approximately', 'approx', 'some', 'nearly', 'almost', '~', '≈']);
const MAX_LINK_TOKENS = 6;

/**
 * Whether the tokens between two amounts state the second as the first restated: a bracket, "or",
 * "equivalent" ("183 mln crowns, or 26.9 mln dlrs"), a comma and an approximation word, nothing at
 * all before a prefixed amount ("2.0 mln euro $ 2.7 mln"), or "and the … equivalent" ("301 stg and the 483
 * dlrs equivalent"). "X to Y" without a bracket or "or" is a range.
 */
function isConversionLink(tokens: Token[], written: Token[], first: AmountMatch, second: AmountMatch): boolean {
  // "2.0 mln euro $ 2.7 mln", "EUR 2 million USD 2.5 m": the second written with its own prefix right after the first
  let link = written;
  if (link.length === 0) return tokens[second.from].type !== 'number' && !!first.currency && tokens[first.to - 1].type === 'word';
  // "883 stg per tonne, equivalent to 1,417 dlrs": the first amount's unit, then the restatement
  if (link.length > 2 && link[0].lower === 'per' && link[1].type === 'word') link = link.slice(2);
  if (link.length > MAX_LINK_TOKENS) return false;
  if (link.length <= 2 && link[0].lower === 'and' && (link.length === 1 || link[1].lower === 'the') && tokens[second.to]?.lower === 'equivalent') return true;
  if (!link.every((t) => LINK_WORDS.has(t.lower))) return false;
  // "₩500 billion, roughly $340 million": a comma and an approximation word restate the sum
  const restated = link.length === 2 && link[0].text === ',' && APPROXIMATE.has(link[1].lower);
  if (!restated && !link.some((t) => MARKERS.has(t.lower))) return false;
  return !link.some((t) => t.lower === 'to') || link.some((t) => t.lower === 'equivalent' || t.lower === 'equal');
}

/**
 * Pairs the amounts of one sentence into conversions. Bare amounts that enter a pair receive
 * their currency here (the array is updated in place).
 *
 * @param amounts - the sentence's amounts in text order (from `findAmounts`).
 * @example
 * // "183 mln crowns, or 26.9 mln dlrs" → [{ first: 0, second: 1 }]
 */
export function pairConversions(tokens: Token[], amounts: AmountMatch[]): ConversionMatch[] {
  const pairs: ConversionMatch[] = [];
  const used = new Set<number>();
  for (let a = 0; a + 1 < amounts.length; a += 1) {
    if (used.has(a)) continue;
    const first = amounts[a];
    const second = amounts[a + 1];
    if (!second.currency) continue;
    // "either 182.50 marks or 149.50 yen": alternatives, not one sum restated
    if (tokens[first.from - 1]?.lower === 'either') continue;
    const link = tokens.slice(first.to, second.from);
    if (!isConversionLink(tokens, link, first, second)) continue;
    if (!first.currency) {
      const earlier = pairs.find((p) => amounts[p.second].currency === second.currency && amounts[p.first].currency !== second.currency);
      if (!earlier) continue;
      first.currency = amounts[earlier.first].currency;
    }
    if (first.currency === second.currency) continue;
    const after = tokens[second.to];
    const close = after && (after.text === ')' || after.text === ']') && link.some((t) => t.text === '(' || t.text === '[') ? 1 : 0;
    // "400-500 billion euro ($619-774 billion)": a range restated as a range, paired in order
    const low = amounts[a - 1];
    const high = amounts[a + 2];
    if (first.rangeHigh && low && !used.has(a - 1) && low.currency === first.currency && high?.rangeHigh && high.currency === second.currency) {
      const closeHigh = tokens[high.to] && (tokens[high.to].text === ')' || tokens[high.to].text === ']') && close ? 1 : 0;
      pairs.push({ first: a - 1, second: a + 1, from: low.from, to: second.to }, { first: a, second: a + 2, from: first.from, to: high.to + closeHigh });
      used.add(a + 1).add(a + 2);
      a += 1;
      continue;
    }
    pairs.push({ first: a, second: a + 1, from: first.from, to: second.to + close });
    used.add(a + 1);
    // "12.3 million lei (2.47 million euro/$2.57 million)": each amount after a slash restates the first too
    let next = a + 2;
    while (next < amounts.length && amounts[next].currency && amounts[next].from === amounts[next - 1].to + 1 && tokens[amounts[next - 1].to].text === '/' && amounts[next].currency !== first.currency) {
      const after = tokens[amounts[next].to];
      const closing = after && (after.text === ')' || after.text === ']') ? 1 : 0;
      pairs.push({ first: a, second: next, from: first.from, to: amounts[next].to + closing });
      used.add(next);
      next += 1;
    }
  }
  return pairs;
}
