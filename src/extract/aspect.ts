/**
 * Periods a move's tense and framing say when no time word of its own does. A move in the present perfect ("PSA shares
 * have fallen around 3.5 percent", "Citigroup ( C.N ) stock has fallen more than 52 percent") covers some stretch up to now,
 * not one session: without a time phrase of its clause its period is `unknown`, never a guessed `day`. "during that
 * period" is the span named in the sentence before ("Exxon Mobil earned $40.61 billion in 2007 … The company's shares
 * rose 22 percent during that period" → year). A fronted "From <point> to <point>," span ("From its intraday high on
 * October 11 to Friday's close, the S&P 500 index has fallen 15.5 percent") is `other`, whatever day words it holds.
 */
import type { MovePeriod } from '../article/types';
import type { Token } from './tokenize';
import { isNeutralVerb, particleSign, verbSign } from './direction';
import { periodMarkerAt } from './period';

/**
 * Auxiliaries of the present perfect ("'s" is left out: "it's up" is "it is"). Not the pluperfect "had": in wire text
 * it mostly names earlier in the same session ("Shares of Merrill Lynch, which had been down 2.5 percent, ended up
 * 2.98 percent"; "The three major U.S. stock indexes had fallen more than 1 percent before rallying"), a day's move.
 */
const PERFECT_AUXILIARIES = new Set(['has', 'have', "'ve"]);
/** Words that may stand between the auxiliary and the participle: "has already fallen", "have now risen". */
const BETWEEN_AUXILIARY_AND_VERB = new Set(['already', 'now', 'since', 'also', 'so', 'far', 'collectively', 'together', 'each', 'both', 'all', 'jointly', 'steadily', 'sharply', 'not', 'just']);
/** How many tokens before the percentage the auxiliary may stand ("has been down by about 10 percent"). */
const PERFECT_WINDOW = 7;

/**
 * Whether the move whose percentage is token `at` is worded in the present perfect: "has fallen nearly 45 percent",
 * "have risen around 23 percent", "has been down about 10 percent". Only the auxiliary of the move's own
 * verb counts (after the last comma before the figure, within {@link PERFECT_WINDOW} tokens), so an aside's "which has
 * fallen …" does not make the main verb perfect.
 *
 * @param from - first token of the move's wording.
 * @example
 * // tokens of "PSA shares have fallen around 3.5 percent", at = index of "3.5" → true
 * // tokens of "PSA shares fell around 3.5 percent" → false
 */
export function isPerfectMove(tokens: Token[], from: number, at: number): boolean {
  const floor = Math.max(from, at - PERFECT_WINDOW);
  for (let k = at - 1; k >= floor; k -= 1) {
    const word = tokens[k].lower;
    if (word === ',' || word === ';') return false;
    if (!PERFECT_AUXILIARIES.has(word)) continue;
    let v = k + 1;
    while (v < at && BETWEEN_AUXILIARY_AND_VERB.has(tokens[v].lower)) v += 1;
    const verb = tokens[v]?.lower ?? '';
    // "has been down", "have fallen", "had gained"; not "has a 5 percent stake", "had sales up 3 percent"
    return verb === 'been' || verbSign(verb) !== undefined || (isNeutralVerb(verb) && particleSign(tokens[v + 1]?.lower ?? '') !== undefined);
  }
  return false;
}

/** "during that period", "over the same span", "in that time": a span named before. */
const REFERRING_DETERMINERS = new Set(['that', 'this', 'the']);
const SPAN_NOUNS = new Set(['period', 'span', 'stretch', 'time']);
const SPAN_PREPOSITIONS = new Set(['during', 'over', 'in', 'for', 'throughout']);

/**
 * Whether [`from`, `to`) holds "during|over|in|for that|this period|span|stretch|time" (not "the same period": that one
 * is the previous move's, read by period.ts; "the period" alone only after "during"/"over").
 */
export function refersToNamedSpan(tokens: Token[], from: number, to: number): boolean {
  for (let k = Math.max(0, from); k + 2 < Math.min(to, tokens.length); k += 1) {
    if (!SPAN_PREPOSITIONS.has(tokens[k].lower)) continue;
    const determiner = tokens[k + 1].lower;
    if (!REFERRING_DETERMINERS.has(determiner) || !SPAN_NOUNS.has(tokens[k + 2].lower)) continue;
    if (determiner === 'the' && tokens[k].lower !== 'during' && tokens[k].lower !== 'over') continue;
    // "the period ended April 30", "the time of the announcement": a span defined right there, not one named before
    const after = tokens[k + 3]?.lower;
    if (after === 'ended' || after === 'ending' || after === 'of' || after === 'to' || after === 'from' || after === 'between') continue;
    return true;
  }
  return false;
}

/** "a third straight month", "five consecutive sessions": a run of units. */
const RUN_WORDS = new Set(['straight', 'consecutive', 'successive', 'running']);
const RUN_UNITS = new Set(['day', 'days', 'session', 'sessions', 'week', 'weeks', 'month', 'months', 'quarter', 'quarters', 'year', 'years']);

/**
 * The span "that period" refers to: the period the sentence before (`previous`) names, when all its period phrases
 * agree ("Exxon Mobil earned $40.61 billion in 2007, up 3 percent from the previous year" → year); `unknown` when it
 * names none or several ("… fell for a third straight month in November. Over that period …": three months or
 * November?) — a guessed span would be worse than none.
 *
 * @param published - publication date, to read "in 2007" as a past year.
 */
export function namedSpanBefore(previous: Token[] | undefined, published?: string): MovePeriod {
  let named: MovePeriod | undefined;
  for (let k = 0; previous && k < previous.length; k += 1) {
    // "fell for a third straight month in November": a run of several units, which no one period names
    if (RUN_WORDS.has(previous[k].lower) && RUN_UNITS.has(previous[k + 1]?.lower ?? '')) return 'unknown';
    const marker = periodMarkerAt(previous, k, published);
    if (!marker || marker === 'same') continue;
    if (named !== undefined && named !== marker) return 'unknown';
    named = marker;
  }
  return named ?? 'unknown';
}

/**
 * Whether the move whose wording starts at token `from` follows a fronted "From <point> to <point>," span opening its
 * sentence: "From its intraday high on October 11 to Friday's close, the S&P 500 index has fallen 15.5 percent". The
 * span runs between two named points, so neither point's day words ("intraday", "close") make it a day's move.
 */
export function afterFrontedFromToSpan(tokens: Token[], from: number): boolean {
  let start = 0;
  // a dateline or a lead adverb before it: "NEW YORK (Reuters) - From …", "But from …"
  for (let k = 0; k < Math.min(tokens.length, 12); k += 1) if (tokens[k].lower === '-' && tokens[k + 1]?.lower === 'from') start = k + 1;
  if (tokens[start]?.lower === 'but' || tokens[start]?.lower === 'and') start += 1;
  if (tokens[start]?.lower !== 'from') return false;
  let to = -1;
  for (let k = start + 1; k < from; k += 1) {
    const word = tokens[k].lower;
    if (word === 'to' && to < 0) to = k;
    if (word === ',') return to > start + 1 && to < k - 1 && k < from;
  }
  return false;
}
