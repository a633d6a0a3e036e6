/**
 * Conversions: two adjacent amounts in different currencies stating the same sum —
 * "1 trillion won [$828.55 million]", "2.4 billion francs (396 mln dlrs)", "25,000 yen (about $31)",
 * "183 mln crowns, or 26.9 mln dlrs", "$14.53 billion, equivalent to 21 trillion won", and across the
 * day's change as metal reports write it: "883 stg per tonne, up seven stg from yesterday's close,
 * equivalent to 1,417 dlrs", "456 stg, down one stg a tonne …, and the dollar equivalent ended around 733 dlrs".
 * A bare amount ("30.9 billion, or 4.5 billion dlrs") takes the currency of an earlier conversion
 * into the same second currency in the sentence (ellipsis). Same-currency pairs ("X dlrs, or Y dlrs
 * a share") are not conversions.
 */
import type { Token } from './tokenize';
import type { AmountMatch } from './money';
import { currencyOfWord } from './currency';

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
/** Words after a second amount that make it a difference from another sum ("some seven mln stg above book value"). */
const DIFFERENCE_WORDS = new Set(['above', 'below', 'more', 'less', 'higher', 'lower', 'over', 'under', 'short', 'ahead', 'behind']);

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
  if (link.length > 2 && link[0].lower === 'per' && link[1].type === 'word') {
    if (!sameUnit(tokens, first, second)) return false;
    link = link.slice(2);
  }
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
    // "31.5 mln Australian dlrs, some seven mln stg above end-1986 book value": a difference from another sum, not a restatement
    if (DIFFERENCE_WORDS.has(tokens[second.to]?.lower ?? '')) continue;
    const after = tokens[second.to];
    const close = after && (after.text === ')' || after.text === ']') && link.some((t) => t.text === '(' || t.text === '[') ? 1 : 0;
    // "400-500 billion euro ($619-774 billion)": a range restated as a range, paired in order
    const low = amounts[a - 1];
    const high = amounts[a + 2];
    // "800 million to 1 billion euros ($1.02 billion to $1.28 billion)": the restated range written with two prefixes
    const highEnd = high !== undefined && (high.rangeHigh || (high.from === second.to + 1 && (tokens[second.to].lower === 'to' || tokens[second.to].text === '-')));
    if (first.rangeHigh && low && !used.has(a - 1) && low.currency === first.currency && highEnd && high.currency === second.currency) {
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
  pairAcrossChange(tokens, amounts, pairs, used);
  return pairs;
}

/** Words that open a day's change set off between a price and its restatement ("up seven stg from …", "a rise of three"). */
const CHANGE_OPENERS = new Set(['up', 'down', 'off', 'unchanged', 'higher', 'lower', 'rising', 'falling', 'gaining', 'losing', 'easing', 'firmer', 'easier', 'steady', 'a', 'an']);
const CHANGE_NOUNS = new Set(['rise', 'fall', 'gain', 'loss', 'drop', 'decline', 'increase', 'decrease']);
/** Most tokens of the change clause between a price and its restatement. */
const MAX_CHANGE_TOKENS = 12;
/** Verbs and prepositions between "the dollar equivalent" and its amount ("ended around", "was at"). */
const EQUIVALENT_GAP = new Set(['ended', 'closed', 'finished', 'was', 'is', 'stood', 'at', 'around', 'about', 'near', 'of', 'some', 'nearly']);

/** Whether tokens [from, to) are a comma-led change clause: ", up seven stg from yesterday's kerb close", ", a rise of three". */
function isChangeClause(tokens: Token[], from: number, to: number): boolean {
  if (tokens[from]?.text !== ',' || to - from < 2 || to - from > MAX_CHANGE_TOKENS + 1) return false;
  const opener = tokens[from + 1].lower;
  if (!CHANGE_OPENERS.has(opener)) return false;
  if ((opener === 'a' || opener === 'an') && !CHANGE_NOUNS.has(tokens[from + 2]?.lower ?? '')) return false;
  for (let k = from + 1; k < to; k += 1) {
    const t = tokens[k];
    if (t.type === 'symbol' && t.text !== '-' && t.text !== '/' && t.text !== '.') return false; // one clause, no brackets or second comma
  }
  return true;
}

/**
 * The restatement of a price after its day's change: "883 stg per tonne, up seven stg from yesterday's
 * kerb close, equivalent to 1,417 dlrs" and "456 stg, down one stg a tonne from …, and the dollar equivalent
 * ended around 733 dlrs". The price (first amount) may be followed by its unit ("per tonne", "a tonne"), then
 * one comma-led change clause, then ", equivalent to" / ", equal to" or ", (and) the <currency> equivalent
 * <verb> (at|around)"; the named currency must be the restated amount's. Amounts inside the change clause
 * (the change itself) are never paired. Appends to `pairs`.
 */
function pairAcrossChange(tokens: Token[], amounts: AmountMatch[], pairs: ConversionMatch[], used: Set<number>): void {
  const paired = new Set(pairs.flatMap((p) => [p.first, p.second]));
  for (let b = 1; b < amounts.length; b += 1) {
    const second = amounts[b];
    if (!second.currency || paired.has(b) || used.has(b)) continue;
    const comma = restatementStart(tokens, second);
    if (comma === undefined) continue;
    // the change clause opens at the last comma before the restatement; the price is the last amount before it
    let clause = comma - 1;
    while (clause >= 0 && tokens[clause].text !== ',') clause -= 1;
    let a = b - 1;
    while (a >= 0 && amounts[a].to > clause) a -= 1;
    const first = amounts[a];
    if (!first?.currency || first.currency === second.currency || first.rangeHigh || paired.has(a)) continue;
    let end = first.to;
    if ((tokens[end]?.lower === 'per' || tokens[end]?.lower === 'a') && tokens[end + 1]?.type === 'word') end += 2;
    if (end !== clause || !isChangeClause(tokens, clause, comma) || !sameUnit(tokens, first, second)) continue;
    // the change is in the price's currency or bare ("up seven stg", "a rise of three"), never a third currency
    if (amounts.some((m) => m.from >= clause && m.to <= comma && m.currency !== undefined && m.currency !== first.currency)) continue;
    pairs.push({ first: a, second: b, from: first.from, to: second.to });
    paired.add(a).add(b);
  }
}

/** The unit word after an amount ("per tonne", "a barrel" → "tonne", "barrel"), else undefined. */
function unitAfter(tokens: Token[], amount: AmountMatch): string | undefined {
  const link = tokens[amount.to]?.lower;
  const unit = tokens[amount.to + 1];
  return (link === 'per' || link === 'a' || link === 'an') && unit?.type === 'word' ? unit.lower.replace(/s$/, '') : undefined;
}

/** Whether two amounts are priced per the same unit, or not both per a unit ("2,365 stg per tonne … 1.7225 dlrs per lb" are no restatement). */
function sameUnit(tokens: Token[], first: AmountMatch, second: AmountMatch): boolean {
  const a = unitAfter(tokens, first);
  const b = unitAfter(tokens, second);
  return a === undefined || b === undefined || a === b;
}

/**
 * Index of the comma that opens the restatement ending at `second` (", equivalent to 1,417 dlrs", ", and the
 * dollar equivalent ended around 733 dlrs"), else undefined.
 */
function restatementStart(tokens: Token[], second: AmountMatch): number | undefined {
  let k = second.from - 1;
  while (k >= 0 && APPROXIMATE.has(tokens[k].lower)) k -= 1;
  // ", equivalent to" / ", equal to"
  if (tokens[k]?.lower === 'to' && (tokens[k - 1]?.lower === 'equivalent' || tokens[k - 1]?.lower === 'equal') && tokens[k - 2]?.text === ',') return k - 2;
  // ", (and) the dollar equivalent ended around"
  let gap = 0;
  while (k >= 0 && EQUIVALENT_GAP.has(tokens[k].lower) && gap < 3) {
    k -= 1;
    gap += 1;
  }
  if (tokens[k]?.lower !== 'equivalent' || tokens[k - 2]?.lower !== 'the') return undefined;
  if (currencyOfWord(tokens[k - 1].text) !== second.currency) return undefined;
  k -= 3;
  if (tokens[k]?.lower === 'and') k -= 1;
  return tokens[k]?.text === ',' ? k : undefined;
}
