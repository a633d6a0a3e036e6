/**
 * Currency carried by ellipsis: a figure written without its currency word that takes the currency of
 * an amount in the same phrase, as wire text writes comparisons, changes and rate quotes:
 *
 *   "rose to 1.23 billion dlrs from 1.14 billion"           after from / against / compared with
 *   "fell 13 marks to close at 292"                          a change in money, then the level it reached
 *   "at 94.38, down from 94.44 yen", "1.8270/80 marks after falling to 1.8180"   rate quotes of one sentence
 *   "lost 14.8 mln Canadian dlrs on revenues of 2.72 billion dlrs"   a country qualifier carried to later dlrs
 *
 * The labelling rules (../shared/eval/README.md) label such a figure only when its currency is carried in the
 * same phrase; a figure near no amount, or near amounts in two currencies, stays without one.
 */
import type { Token } from './tokenize';
import type { AmountMatch } from './money';
import { cleanFloat, isFractionOrTime, isYearText } from './numbers';
import { isPercentUnitAt } from './percent';
import { currencyOfWord } from './currency';

/** Most tokens between an amount and "from <bare amount>" that still carry its currency ("in the first 10 days of June"). */
const MAX_FROM_GAP = 8;
/** Words that introduce the earlier figure of a comparison whose currency the phrase carries by ellipsis. */
const FROM_WORDS = new Set(['from', 'against', 'versus', 'vs']);
/** Words saying the figure after "from" is the earlier value of the same sum ("from an original 60 mln", "from a previous 1.2 billion"). */
const EARLIER_VALUE_WORDS = new Set(['original', 'originally', 'previous', 'previously', 'earlier', 'initial', 'initially', 'planned', 'revised']);
const ARTICLES = new Set(['a', 'an', 'the', 'its']);
/** Words that may follow an unscaled bare figure carried by ellipsis ("192 dlrs from 190 a week ago"); any other word may be its own unit. */
const AFTER_BARE = new Set(['a', 'an', 'the', 'in', 'on', 'at', 'last', 'earlier', 'previously', 'before', 'and', 'but', 'yesterday', 'when', 'set', 'for', 'during', 'per', 'each']);

/** Index one past the comparison word(s) starting at `k` ("from", "compared with"), else undefined. */
function comparisonEnd(tokens: Token[], k: number): number | undefined {
  const word = tokens[k]?.lower;
  if (word !== undefined && FROM_WORDS.has(word)) return k + 1;
  if (word === 'compared' && (tokens[k + 1]?.lower === 'with' || tokens[k + 1]?.lower === 'to')) return k + 2;
  return undefined;
}

/**
 * Gives a bare amount after "from" (or "compared with", "against") the currency of the amount
 * before it, the same phrase carrying the currency by ellipsis: "rose to 1.23 billion dlrs from
 * 1.14 billion", "544 mln stg compared with 471 mln". A figure with no scale word is read only
 * after an amount with no scale word either ("rose to 192 dlrs from 190"), and is appended to
 * `amounts` (indices of earlier amounts are kept). Updates in place.
 *
 * @example
 * // "to 1.23 billion dlrs from 1.14 billion" → the second amount becomes 1.14e9 USD
 */
export function carryCurrencyAfterFrom(tokens: Token[], amounts: AmountMatch[]): void {
  if (amounts.length === 0) return;
  const starts = new Map(amounts.map((a) => [a.from, a]));
  const count = amounts.length;
  for (let k = 0; k < count; k += 1) {
    const before = amounts[k];
    if (!before.currency) continue;
    const limit = Math.min(tokens.length, before.to + MAX_FROM_GAP + 1);
    for (let t = before.to; t < limit; t += 1) {
      if (starts.has(t)) break; // another amount first
      const end = comparisonEnd(tokens, t);
      if (end !== undefined) {
        // "raised to 75 mln Australian dlrs from an original 60 mln": an "earlier value" word (after an optional article)
        // before the figure, carried only to a figure with its own scale ("from a 22.8 million share offering" is a count)
        let at = end;
        if (ARTICLES.has(tokens[at]?.lower ?? '')) at += 1;
        if (EARLIER_VALUE_WORDS.has(tokens[at]?.lower ?? '')) at += 1;
        else at = end;
        if (at === end || starts.has(at)) carryTo(tokens, at, before, starts, amounts);
        break;
      }
      // "to 8.14 billion dlrs in May from 5.96 billion": only words and figures (a time phrase) between the two
      if (tokens[t].type !== 'word' && tokens[t].type !== 'number') break;
    }
  }
}

/**
 * Carries `before`'s currency to the figure right after the comparison word at `at`: an amount of its own without a
 * currency, or a bare number after an unscaled amount when it {@link standsAlone} (no unit, year, fraction or
 * percent of its own, no figure or "-" after it).
 */
function carryTo(tokens: Token[], at: number, before: AmountMatch, starts: Map<number, AmountMatch>, amounts: AmountMatch[]): void {
  const bare = starts.get(at);
  if (bare) {
    if (!bare.currency && before.fraction === 1) bare.currency = before.currency;
    return;
  }
  const figure = tokens[at];
  if (before.scaled || figure?.type !== 'number') return;
  if (!standsAlone(tokens, { value: figure.value!, from: at, to: at + 1 }, AFTER_BARE)) return;
  amounts.push({ value: cleanFloat(figure.value! * (before.fraction ?? 1)), currency: before.currency, from: at, to: at + 1, fraction: before.fraction });
}

/** A figure the money grammar read without currency or scale word ("94.38", "145.85/90", "292"). */
export interface BareFigure {
  value: number;
  from: number;
  to: number;
  /** Written as a bid/offer quote ("145.85/90"). */
  quote?: boolean;
}

/** Most relative distance between a bare rate and a quoted rate of the same sentence for the bare one to share its currency. */
const RATE_TOLERANCE = 0.05;
/** Words that may follow a bare rate ("Tokyo's 145.25 close", "145.25 at the close here"); any other word may be its own unit. */
const AFTER_RATE = new Set([...AFTER_BARE, 'close', 'closing', 'finish', 'final', 'here', 'late', 'level', 'levels', 'overnight', 'today', 'there', 'after', 'then', 'by', 'with', 'from', 'against', 'versus', 'compared', 'start', 'opening', 'range', 'just']);
/** Units and sub-units that make a bid/offer quote something other than a rate in whole currency units. */
const NOT_AFTER_QUOTE = new Set(['points', 'point', 'pct', 'percent', 'basis', 'lots', 'tonnes', 'tons', 'ounces', 'barrels', 'shares', 'contracts', 'kilos', 'lbs', 'bushels', 'index', 'centimes', 'cents', 'cts', 'pence', 'pfennigs', 'pfennig', 'sen', 'paise', 'kopecks', 'mln', 'billion', 'million', 'pc']);
/** Verbs and adverbs a change in money follows ("fell 13 marks to close at 292"). */
const CHANGE_WORDS = new Set(['rose', 'fell', 'gained', 'lost', 'added', 'shed', 'dropped', 'climbed', 'slipped', 'eased', 'firmed', 'jumped', 'slumped', 'tumbled', 'advanced', 'declined', 'rallied', 'plunged', 'soared', 'surged', 'up', 'down', 'off']);
/** Words between "to" and the level reached ("to close at 292", "to end at", "to finish at"). */
const LEVEL_VERBS = new Set(['close', 'end', 'finish', 'settle']);

/** Digits after the decimal point of the first number token in [from, to), or -1 without a number. */
function decimalsOf(tokens: Token[], from: number, to: number): number {
  for (let k = from; k < to; k += 1) {
    if (tokens[k].type !== 'number') continue;
    const dot = tokens[k].text.indexOf('.');
    return dot < 0 ? 0 : tokens[k].text.length - dot - 1;
  }
  return -1;
}

/**
 * Whether a bare figure may stand alone as a sum: not a fraction, time, percent or year, and not followed by
 * a unit word of its own. After a plain figure only `allowed` words may follow; after a bid/offer quote
 * ("6.0615/35 from an opening …") any word but a unit, a sub-unit ("83.09/19 centimes") or a currency.
 */
function standsAlone(tokens: Token[], figure: BareFigure, allowed: Set<string> | undefined): boolean {
  const next = tokens[figure.to];
  if (isFractionOrTime(tokens, figure.from) && !figure.quote) return false;
  if (isPercentUnitAt(tokens, figure.to) || isYearText(tokens[figure.from].text)) return false;
  if (!next) return true;
  if (next.type === 'word') return allowed ? allowed.has(next.lower) : !NOT_AFTER_QUOTE.has(next.lower) && currencyOfWord(next.text) === undefined;
  if (next.type === 'possessive') return false;
  return next.type !== 'number' && next.text !== '-' && next.text !== '/' && next.text !== '%';
}

/**
 * Gives bare figures of a sentence the currency carried to them by ellipsis and returns the amounts with
 * them inserted in text order (the input array is reused when nothing changes):
 * - a change in money, then the level: "fell 13 marks to close at 292" (the change unscaled and in whole
 *   units; after "60 cents … to 8.10" the level is in another unit and stays bare);
 * - rate quotes: a bare figure written with two or more decimals, or as a bid/offer quote, within 5% of a
 *   quote of the sentence with a currency word and two or more decimals ("at 94.38, down from 94.44 yen",
 *   "1.8270/80 marks after falling to 1.8180"); a figure near quotes in two currencies stays bare.
 *
 * @example
 * // "The dollar was at 94.38, down from 94.44 yen" → 94.38 JPY, 94.44 JPY
 */
export function carryRateCurrency(tokens: Token[], amounts: AmountMatch[], bare: BareFigure[]): AmountMatch[] {
  const added: AmountMatch[] = [];
  const pending: BareFigure[] = [];
  for (const figure of bare) {
    const level = levelAfterChange(tokens, amounts, figure);
    if (level) added.push({ value: figure.value, currency: level, from: figure.from, to: figure.to, fraction: 1 });
    else if ((figure.quote || decimalsOf(tokens, figure.from, figure.to) >= 2) && standsAlone(tokens, figure, figure.quote ? undefined : AFTER_RATE)) pending.push(figure);
  }
  // a rate carried to one figure carries on to the next ("at 421.10/60 U.S. Dlrs, up from … 418.10/60 and yesterday's close of 420.25/75")
  const anchors = amounts.filter((a) => a.currency && !a.scaled && (a.fraction ?? 1) === 1 && (a.quote || decimalsOf(tokens, a.from, a.to) >= 2));
  for (let pass = 0; pass < 3 && pending.length > 0 && anchors.length > 0; pass += 1) {
    const before = pending.length;
    for (let k = 0; k < pending.length; k += 1) {
      const figure = pending[k];
      const near = new Set(anchors.filter((a) => Math.abs(figure.value / a.value - 1) <= RATE_TOLERANCE && onePair(tokens, amounts, a, figure)).map((a) => a.currency));
      if (near.size !== 1) continue;
      const amount: AmountMatch = { value: figure.value, currency: [...near][0], from: figure.from, to: figure.to, fraction: 1, quote: figure.quote };
      added.push(amount);
      anchors.push(amount);
      pending.splice(k, 1);
      k -= 1;
    }
    if (pending.length === before) break;
  }
  if (added.length === 0) return amounts;
  return [...amounts, ...added].sort((x, y) => x.from - y.from);
}

/** Most tokens between a quoted rate and a bare rate that shares its currency. */
const MAX_RATE_GAP = 24;

/**
 * Whether nothing between a quoted rate and a bare figure names another currency or holds an amount in one
 * ("1.8250 marks and 1.5210 Swiss francs, with sterling at 1.80": 1.80 is sterling's rate, not marks).
 */
function onePair(tokens: Token[], amounts: AmountMatch[], anchor: AmountMatch, figure: BareFigure): boolean {
  const [from, to] = anchor.from < figure.from ? [anchor.to, figure.from] : [figure.to, anchor.from];
  if (to - from > MAX_RATE_GAP) return false;
  for (let k = from; k < to; k += 1) {
    const named = tokens[k].type === 'word' ? currencyOfWord(tokens[k].text) : undefined;
    if (named !== undefined && named !== anchor.currency) return false;
  }
  return !amounts.some((a) => a.currency !== anchor.currency && a.from >= from && a.to <= to);
}

/** The currency of a change in money whose level the bare figure is ("fell 13 marks to close at 292"), else undefined. */
function levelAfterChange(tokens: Token[], amounts: AmountMatch[], figure: BareFigure): string | undefined {
  let k = figure.from - 1;
  if (tokens[k]?.lower === 'at' && LEVEL_VERBS.has(tokens[k - 1]?.lower ?? '')) k -= 2;
  if (tokens[k]?.lower !== 'to') return undefined;
  if (tokens[k - 1]?.lower === 'higher' || tokens[k - 1]?.lower === 'lower') k -= 1;
  const change = amounts.find((a) => a.to === k);
  if (!change?.currency || change.scaled || (change.fraction ?? 1) !== 1 || change.rangeHigh || figure.quote) return undefined;
  if (!CHANGE_WORDS.has(tokens[change.from - 1]?.lower ?? '')) return undefined;
  return standsAlone(tokens, figure, AFTER_BARE) ? change.currency : undefined;
}

/**
 * Tokens that stop a qualifier from carrying: a restatement in another currency ("… Canadian dlrs (2.90 billion
 * U.S. dlrs)"), or a contrast that may switch market ("at 1.55 NZ dlrs, while Alcan Australia ended at 1.15 dlrs").
 */
const QUALIFIER_STOPS = new Set(['(', '[', 'or', 'equivalent', 'equal', '=', 'about', 'roughly', 'approximately', 'worth', 'while', 'whereas', 'but', ';']);

/**
 * "lost 14.8 mln Canadian dlrs on revenues of 2.72 billion dlrs", "500 mln Hong Kong dlr … raised to 888 mln
 * dlrs": Reuters names the dollar's country once and leaves it off later amounts of the sentence. An
 * unqualified "dlrs"/"cents" amount takes the country of the last qualified one before it in the sentence,
 * unless written as its restatement (a bracket, "or", "equivalent" between: "3.87 billion Canadian dlrs
 * (2.90 billion U.S. dlrs)") or after a contrast ("while", "but", ";") — there the unqualified dollars keep
 * the labelling rules' default (USD). Updates in place.
 */
export function carrySentenceQualifier(tokens: Token[], amounts: AmountMatch[]): void {
  // the last qualified currency of each family ("dollar" → "CAD")
  const carried = new Map<string, string>();
  for (let k = 0; k < amounts.length; k += 1) {
    const amount = amounts[k];
    if (amount.qualified && amount.currency) carried.set(amount.qualified, amount.currency);
    const family = amount.unqualifiedDefault;
    const country = family && carried.get(family);
    if (!family || !country || country === amount.currency) continue;
    const previous = amounts[k - 1];
    let restated = false;
    for (let t = previous.to; t < amount.from && !restated; t += 1) restated = QUALIFIER_STOPS.has(tokens[t].lower);
    if (restated) {
      carried.delete(family);
      continue;
    }
    amount.currency = country;
  }
}
