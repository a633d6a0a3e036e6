/**
 * Subjects that name a company but are not its shares. A stock move's subject is the name of something traded; when
 * the phrase before the verb ends in a lower-case noun that is no share, market, index, price or sector word, that noun
 * is what moved — a chief executive's pay, a product line's sales, a store, a statistic — and the percentage is no price
 * move: "Exxon Mobil Corp ( XOM.N ) Chief Executive Rex Tillerson's compensation rose nearly 18 percent", "Private
 * non-residential construction fell 0.7 percent", "sales in its New York flagship store rose 25 percent", "Total
 * contracts -- those signed during the quarter … -- fell 24 percent". Likewise "They fell 2.3 percent" right after a
 * sentence ending in such a noun ("… to offset sluggish regional volumes. They fell 2.3 percent").
 */
import type { Token } from './tokenize';
import type { Span } from './subject';
import { isNotTraded } from './kind';
import { isDescriptorWord } from './subject';
import { findTickers } from './entities';
import { nounSign } from './direction';
import { LEGAL_FORMS } from './legal-forms';

/**
 * Lower-case heads a traded subject may end in: its shares and their classes and receipts, a market, an index, a
 * sector's stocks ("European banks", "Tokyo blue chips", "Dow transports"), a price, futures and web names
 * ("Amazon.com"); lower-case legal forms ("BP plc") are legal-forms.ts's.
 */
const TRADED_HEADS = new Set(
  ('shares share stock stocks equities equity market markets bourse bourses exchange index indexes indices average averages ' +
    'composite gauge benchmark barometer sector sectors futures price prices receipts adrs adr gdrs units warrants ' +
    'certificates preferred ordinary common class value valuation cap capitalization capitalisation issues names counters ' +
    'chips blue-chips industrials transports utilities financials techs banks lenders insurers miners airlines carriers ' +
    'automakers carmakers retailers builders homebuilders refiners brokers brokerages developers exporters makers ' +
    'producers stocks com net group holdings crude oil gold ' +
    'dollar dollars currency currencies yen won euro euros pound pounds sterling franc francs').split(' '),
);

/** Adverbs written between a subject and its verb ("U.S. made goods unexpectedly fell"): not the head. */
function isAdverb(word: string): boolean {
  return /ly$/.test(word) && word.length > 4;
}

/**
 * What the lower-case head of a stock move's subject phrase `span` is: `untraded` for a noun that is nothing traded
 * ("compensation", "construction", "store", "contracts", "goods"), `descriptor` for a company described by its trade
 * ("Japan's largest drug maker", "the No 3 U.S. bank": the company named before), else undefined (capitalised heads,
 * share/market/index/sector words, phrases with a share word inside — "IBM shares held steady … after gaining" — or a
 * code on their last word).
 *
 * @example
 * // tokens of "Private non-residential construction" → 'untraded'; of "Sony shares", "European banks" → undefined
 */
export function untradedHead(tokens: Token[], span: Span): 'untraded' | 'descriptor' | undefined {
  if (tokens.slice(span.from, span.to).some((t) => t.lower === 'shares' || t.lower === 'stock')) return undefined;
  return endsInUntradedHead(tokens, span) ? (isDescriptorWord(tokens[lastWord(tokens, span)].lower) ? 'descriptor' : 'untraded') : undefined;
}

/** Index of the phrase's last word, past trailing adverbs and punctuation. */
function lastWord(tokens: Token[], span: Span): number {
  let k = span.to - 1;
  while (k > span.from && (tokens[k].type !== 'word' || isAdverb(tokens[k].lower))) k -= 1;
  return k;
}

function endsInUntradedHead(tokens: Token[], span: Span): boolean {
  let k = span.to - 1;
  while (k > span.from && (tokens[k].type !== 'word' || isAdverb(tokens[k].lower))) {
    // "Palm Inc PALM.O", "Exxon ( XOM.N )": a code after the name ends it
    if (tokens[k].code || tokens[k].ticker !== undefined || tokens[k].text === ')') return false;
    k -= 1;
  }
  const head = tokens[k];
  if (!head || head.type !== 'word' || head.text !== head.lower || head.ticker !== undefined) return false;
  if (TRADED_HEADS.has(head.lower) || LEGAL_FORMS.has(head.lower)) return false;
  // a listed name ending in a lower-case word is traded: "SK hynix" (not "its Guangzhou Honda venture": the listed
  // name ends before the head)
  if (findTickers(tokens.slice(span.from, k + 1)).some((m) => m.to === k + 1 - span.from)) return false;
  // a lone lower-case word ("the dollar", "oil") is settled by the kind rules; only a name's phrase is read here
  return tokens.slice(span.from, k).some((t) => t.type === 'word' && /^\p{Lu}/u.test(t.text));
}

/**
 * Whether a bare "it"/"they" opening the sentence stands for a noun that is nothing traded: the previous sentence
 * ends in one ("The program is partly to offset sluggish regional volumes. They fell 2.3 percent in the third quarter").
 *
 * @param previous - the previous sentence's tokens.
 */
export function pronounForUntraded(tokens: Token[], match: { from: number; anaphor?: string }, previous: Token[] | undefined): boolean {
  if (match.anaphor !== 'any' || match.from !== 0 || !previous) return false;
  const pronoun = tokens[0]?.lower;
  if (pronoun !== 'it' && pronoun !== 'they') return false;
  let k = previous.length - 1;
  while (k >= 0 && previous[k].type !== 'word') k -= 1;
  const last = previous[k];
  return last !== undefined && last.text === last.lower && isNotTraded(last.lower) && (pronoun === 'it') !== /s$/.test(last.lower);
}

/** Prepositions by which a statistic owns the name after it: "Short interest on the Nasdaq", "Sales of Ford". */
/** Words between a statistic's noun and what it is of: "sales of its Fisher-Price brand", "Sales at the company". */
const OWNER_DETERMINERS = new Set(['its', 'their', 'the', 'a', 'an', 'his', 'her']);
const STATISTIC_PREPOSITIONS = new Set(['of', 'at', 'for', 'on', 'in', 'from']);

/**
 * Whether the subject phrase `span` is what a statistic written right before it is of: "Short interest on the Nasdaq
 * rose 2.2 percent" (the short interest rose, not the index), "sales of its Fisher-Price brand rose 4 percent" (Reuters
 * 20080718 us-mattel), "Spending on public construction fell 0.6 percent" (20090601), "expects shipments of its steel
 * bar products to drop about 17 percent" (20070611 us-nucor-outlook), "Sales at Kohl's Corp rose a scant 1.5 percent",
 * "Revenue from impotence treatment Viagra rose 6 percent" (20071018 us-pfizer-results). The figure is the
 * statistic's, not a price of the name after it.
 *
 * @example
 * // tokens of "Short interest on the Nasdaq rose 2.2 percent", span = "the Nasdaq" → true
 */
export function ownedByStatistic(tokens: Token[], span: Span): boolean {
  let k = span.from - 1;
  while (k > 0 && OWNER_DETERMINERS.has(tokens[k].lower)) k -= 1;
  if (k < 1 || !STATISTIC_PREPOSITIONS.has(tokens[k].lower)) return false;
  const noun = tokens[k - 1];
  // not a move noun that is also a result word ("the 3.1 percent loss in MSCI's index of world stock markets")
  return noun.type === 'word' && isNotTraded(noun.lower) && nounSign(noun.lower) === undefined;
}
