/**
 * The span a move covers, from the time words nearest its percentage: "for the week" → week,
 * "YTD", "so far this year", "since January 2" → ytd, "last year", "in 1986" (read in 1987) → year,
 * "since September 1985", "past five years", "between end-1982 and end-1986" → other, and
 * "midday", "close", "on Tuesday" → day. Record phrases ("three-year high", "biggest gain since
 * Jan. 22") are not periods.
 */
import type { MovePeriod } from '../article/types';
import type { Token } from './tokenize';
import { isYearText, numberValue } from './numbers';
import { nounSign } from './direction';
import { mayBeIn, wordShapes } from './lexicon';

/** Look-up sets of periodMarkerAt and isIntraday, at module level: array literals there were allocated on every call. */
const OWNERS = new Set(['its', 'the', 'their']);
const START_WORDS = new Set(['start', 'beginning']);
/** "over the past five sessions", "in the last three trading days". */
const SPAN_PREPOSITIONS = new Set(['over', 'in', 'during', 'for']);
const SPAN_LEADS = new Set(['over', 'in', 'during']);
/** "up 20 percent for the year", "down 3% on the year". */
const FOR_THE_YEAR = new Set(['for', 'on']);
/** "bringing the week's advance to 4.8%": the figure is that noun's own. */
const NOUN_FIGURE_LINKS = new Set(['to', 'of']);
/** Words after a time unit that make it no span: record levels ("three-year high"), bonds ("10-year note"). */
const NOT_SPAN_AFTER_UNIT = new Set(['high', 'highs', 'low', 'lows', 'peak', 'record', 'old', 'bond', 'bonds', 'yield', 'note', 'notes', 'treasurys', 'treasuries', 'average']);
const YEAR_PREPOSITIONS = new Set(['in', 'for', 'during', 'of', 'through']);
const MONTH_PREPOSITIONS = new Set(['in', 'during', 'for', 'through', 'throughout']);
/** "May crude", "April delivery": a contract month, not a span. */
const CONTRACT_WORDS = new Set(['delivery', 'contract', 'futures']);

/** Peaks and troughs a drawdown or rebound is measured from ("down 30% from its record high", "20 percent below its all-time high"). */
export const EXTREMES = new Set(['high', 'peak', 'highs', 'peaks', 'low', 'lows', 'top', 'record', 'floor', 'trough', 'bottom']);

/** A period marker, or 'same' for "in the same period" (the previous move's period). */
export type PeriodMarker = MovePeriod | 'same';

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const MONTH_ABBREVIATIONS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
export const WEEKDAYS: ReadonlySet<string> = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);
const DAY_WORDS = new Set(['today', 'intraday', 'session', 'midday', 'morning', 'afternoon', 'close', 'closing', 'opening', 'daily', 'overnight', 'gmt', 'est', 'edt', 'bst', 'cet', 'jst', 'kst', 'tonight', 'yesterday', 'premarket', 'pre-market', 'after-hours']);
const ADJECTIVE_UNITS = new Set(['weekly', 'monthly', 'yearly', 'annual']);
const PERIOD_NOUNS = new Set(['basis', 'performance', 'return', 'returns', 'change', 'terms']);
const SESSION_ADJECTIVES = new Set(['early', 'late', 'morning', 'afternoon', 'midday', 'intraday', 'overnight', 'thin', 'light', 'choppy', 'volatile', 'asian', 'european', 'opening', 'closing', 'regular', 'extended', 'after-hours', "day's", 'session']);
const SUPERLATIVES = new Set(['highest', 'lowest', 'biggest', 'largest', 'best', 'worst', 'strongest', 'weakest', 'first', 'steepest', 'sharpest', 'most', 'least', 'longest', 'record']);
const PAST_WORDS = new Set(['last', 'past', 'previous', 'prior', 'trailing']);
/** Prefixes of results periods: "full-year profit", "first-quarter earnings". */
const RESULT_PERIOD_PREFIXES = new Set(['full', 'first', 'second', 'third', 'fourth', 'half', 'fiscal']);
/** Words after "closing" that make it no session word: "closing to" (approaching); the record levels are {@link EXTREMES}. */
const NOT_SESSION_AFTER_CLOSE = new Set(['to']);
/** Words before "close" that make it the session's close (a noun) or the verb: "at the close", "by close", "to close". */
const CLOSE_NOUN_BEFORE = new Set(['the', 'a', 'at', 'by', 'its', 'their', 'before', 'near', 'into', 'until', 'till', 'to', 'market', 'session', "day's", 'previous', 'prior', 'last', 'regular', 'ever', 'weak', 'strong', 'firm', 'higher', 'lower']);
/** Words after a determiner's "close" that keep it a noun: punctuation, function words ("the close of trade", "at the close on Friday"). */
const CLOSE_NOUN_AFTER = new Set(['of', 'on', 'in', 'at', 'and', 'but', 'while', 'as', 'after', 'before', 'with', 'for', 'from', 'when', 'since', 'than', 'where', 'or', 'to', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'today', 'yesterday']);

/**
 * Whether "close" at token `k` names the session's close: after a determiner, preposition or possessive ("at the
 * close", "Friday's close") and not before a content word ("the close rival"), or the verb after "to" ("to close 2
 * percent lower"). "close to", "close rival", "a close second" are adjectives.
 */
function sessionClose(tokens: Token[], k: number): boolean {
  const before = tokens[k - 1];
  if (!before) return false;
  const after = tokens[k + 1];
  if (before.lower === 'to') return after !== undefined && (after.type === 'number' || after.lower === 'at' || after.lower === 'up' || after.lower === 'down' || after.lower === 'higher' || after.lower === 'lower' || after.lower === 'flat' || after.lower === 'unchanged');
  // "from a Nasdaq close of $38.62": an exchange's close
  if (before.type !== 'possessive' && !CLOSE_NOUN_BEFORE.has(before.lower) && !SUPERLATIVES.has(before.lower) && !(before.type === 'word' && /^\p{Lu}/u.test(before.text))) return false;
  return after === undefined || after.type !== 'word' || CLOSE_NOUN_AFTER.has(after.lower);
}
/** Levels a later move may be measured from: "from that level", "from this point". */
const LEVEL_WORDS = new Set(['level', 'levels', 'point', 'mark', 'close', 'price']);
/** Words of a record phrase that do not count towards {@link RECORD_WINDOW}: "in more than six years". */
const UNCOUNTED_IN_RECORD = new Set(['more', 'than', 'nearly', 'almost', 'over', 'about']);
/** Units of a move's figure, which ends a record phrase read backwards from its period word. */
const FIGURE_UNITS = new Set(['percent', '%', 'pct', 'percentage', 'points', 'point']);
/** How far (tokens) a record word may precede "since" and still make it a record phrase. */
const RECORD_WINDOW = 7;

const MONTH_NUMBERS = new Map<string, number>([
  ...MONTHS.map((m, i): [string, number] => [m, i + 1]),
  ...MONTH_ABBREVIATIONS.filter((m) => m !== 'may').map((m): [string, number] => [m, MONTH_ABBREVIATIONS.indexOf(m) + 1]),
  ['sept', 9],
]);
const MONTH_SHAPES = wordShapes(MONTH_NUMBERS.keys());
const DAY_SHAPES = wordShapes([...WEEKDAYS, 'today', 'yesterday']);

/** The month (1-12) named by a word ("january", "jan", "sept"), or undefined. */
export function monthOf(word: string | undefined): number | undefined {
  // asked of most words near a move: the shape filter answers for nearly all of them without a look-up
  return word === undefined || !mayBeIn(MONTH_SHAPES, word) ? undefined : MONTH_NUMBERS.get(word);
}

/** Whether the token is a weekday name or a day word ("today", "yesterday"). */
export function isDayWord(word: string): boolean {
  return mayBeIn(DAY_SHAPES, word) && (WEEKDAYS.has(word) || word === 'today' || word === 'yesterday');
}

function yearAt(token: Token | undefined): number | undefined {
  if (!token || token.type !== 'number' || !isYearText(token.text)) return undefined;
  return Number(token.text);
}

/**
 * Whether a superlative stands within {@link RECORD_WINDOW} words before token `k` ("its highest level in more than
 * 2-1/2 years"): a record phrase. Figures and their symbols ("2-1/2" is five tokens) do not count towards the window.
 */
function recordBefore(tokens: Token[], k: number): boolean {
  for (let back = k - 1, counted = 0; back >= 0 && counted < RECORD_WINDOW && k - back <= 2 * RECORD_WINDOW; back -= 1) {
    // a figure in between is the move's own: "was the worst performer, down 75 percent this week" spans the week
    if (tokens[back].type === 'number' && FIGURE_UNITS.has(tokens[back + 1]?.lower ?? '')) return false;
    if (SUPERLATIVES.has(tokens[back].lower)) return true;
    // "its biggest one-day decline in more than six years": hyphens and "more than" do not count either
    if (!inFraction(tokens, back) && tokens[back].text !== '-' && !UNCOUNTED_IN_RECORD.has(tokens[back].lower)) counted += 1;
  }
  return false;
}

/** Whether token `k` belongs to a written fraction ("2-1/2", "1/4"): a "-" or "/" between figures, or a figure beside one. */
function inFraction(tokens: Token[], k: number): boolean {
  const t = tokens[k];
  const joiner = (j: number) => tokens[j]?.text === '/' || tokens[j]?.text === '-';
  if (joiner(k)) return tokens[k - 1]?.type === 'number' && tokens[k + 1]?.type === 'number';
  return t.type === 'number' && ((joiner(k - 1) && tokens[k - 2]?.type === 'number') || (joiner(k + 1) && tokens[k + 2]?.type === 'number'));
}

function sincePeriod(tokens: Token[], k: number, published?: string): MovePeriod {
  if (recordBefore(tokens, k)) return 'unknown';
  const next = tokens[k + 1]?.lower;
  const after = tokens.slice(k + 1, k + 7).map((t) => t.lower);
  if (after.includes('year') && (after.includes('start') || after.includes('beginning') || after.includes('new'))) return 'ytd';
  const month = monthOf(next);
  const pubYear = published ? Number(published.slice(0, 4)) : undefined;
  if (month !== undefined) {
    let j = k + 2;
    if (tokens[j]?.text === '.') j += 1;
    const day = tokens[j]?.type === 'number' && !yearAt(tokens[j]) ? numberValue(tokens[j]) : undefined;
    let year = yearAt(tokens[day !== undefined ? j + 1 : j]) ?? yearAt(tokens[day !== undefined ? j + 2 : j + 1]);
    year ??= pubYear;
    if (month === 1 && (day ?? 1) <= 7 && (pubYear === undefined || year === pubYear)) return 'ytd';
    if (month === 12 && (day ?? 0) >= 24 && pubYear !== undefined && year === pubYear - 1) return 'ytd';
    return 'other';
  }
  const sinceYear = yearAt(tokens[k + 1]);
  if (sinceYear !== undefined && pubYear !== undefined && sinceYear === pubYear) return 'ytd';
  return 'other';
}

/** Whether tokens from `k` read "(its|the) March 9 close" or "(its) Nov. 3 closing level": a close of a named past date. */
function datedClose(tokens: Token[], k: number): boolean {
  let j = OWNERS.has(tokens[k]?.lower ?? '') ? k + 1 : k;
  if (monthOf(tokens[j]?.lower) === undefined || !followedByDay(tokens, j)) return false;
  j += tokens[j + 1]?.text === '.' ? 3 : 2;
  return tokens[j]?.lower === 'close' || (tokens[j]?.lower === 'closing' && LEVEL_WORDS.has(tokens[j + 1]?.lower ?? ''));
}

/** Whether a month name at `k` is followed by a day number ("Nov. 3", "March 11"). */
function followedByDay(tokens: Token[], k: number): boolean {
  const j = tokens[k + 1]?.text === '.' ? k + 2 : k + 1;
  return tokens[j]?.type === 'number' && !yearAt(tokens[j]);
}

/**
 * The span of "for the year" on publication date `published`: the whole year in its last week (from December 24), else
 * year to date ("down 40 percent for the year" earlier in December is still year to date).
 */
export function forTheYear(published?: string): 'year' | 'ytd' {
  return published && published.slice(5, 7) === '12' && Number(published.slice(8, 10)) >= 24 ? 'year' : 'ytd';
}

/**
 * The period marker at token `k`, or undefined when the token is not one.
 *
 * @param published - publication date `YYYY-MM-DD`, to read "in 2024" as a past year or year to date.
 */
export function periodMarkerAt(tokens: Token[], k: number, published?: string): PeriodMarker | undefined {
  const t = tokens[k];
  const word = t.lower;
  const previous = tokens[k - 1]?.lower;
  const next = tokens[k + 1]?.lower;
  if (word === 'ytd' || (word === 'year' && next === '-' && tokens[k + 2]?.lower === 'to') || (word === 'year' && next === 'to' && tokens[k + 2]?.lower === 'date')) return 'ytd';
  // "month-to-date", "week to date", "quarter-to-date"
  if ((word === 'month' || word === 'week' || word === 'quarter') && (next === '-' ? tokens[k + 2]?.lower === 'to' && tokens[k + 4]?.lower === 'date' : next === 'to' && tokens[k + 2]?.lower === 'date')) return word === 'quarter' ? 'other' : word;
  if (word === 'mtd') return 'month';
  if (word === 'same' && (next === 'period' || next === 'time')) return 'same';
  if (word === 'since') {
    const period = sincePeriod(tokens, k, published);
    return period === 'unknown' ? undefined : period;
  }
  // "up 18 percent from the start of the year", "higher compared to the start of the year": year to date
  if ((word === 'start' || word === 'beginning') && next === 'of' && tokens[k + 2]?.lower === 'the' && tokens[k + 3]?.lower === 'year') return 'ytd';
  if ((word === 'from' || word === 'to' || word === 'with') && next === 'the' && START_WORDS.has(tokens[k + 2]?.lower ?? '') && tokens[k + 3]?.lower === 'of' && tokens[k + 4]?.lower === 'the' && tokens[k + 5]?.lower === 'year') return 'ytd';
  // "down 30% from its record high": a drawdown from a peak spans an unknown stretch
  // ("up nearly 26 percent from its bear market closing low")
  // (not "was up 0.38 percent, not far from a two-week peak": a distance to a level, not where the move started)
  if (word === 'from' && previous !== 'far' && previous !== 'away' && tokens.slice(k + 1, k + 6).some((t) => EXTREMES.has(t.lower))) return 'other';
  // "closed 20 percent below its all-time high set in October": right after a percentage, a distance from a peak
  if ((word === 'below' || word === 'above') && (previous === 'percent' || previous === 'pct' || previous === '%' || previous === 'cent') && tokens.slice(k + 1, k + 6).some((t) => EXTREMES.has(t.lower))) return 'other';
  // "up almost 55 percent from that level", "has risen about 39 percent from its March 9 close": from a level named
  // before or a dated close, not the previous session's
  if (word === 'from' && (((next === 'that' || next === 'this' || next === 'those') && LEVEL_WORDS.has(tokens[k + 2]?.lower ?? '')) || datedClose(tokens, k + 1))) return 'other';
  if (word === 'between' && (yearAt(tokens[k + 1]) || tokens[k + 1]?.lower === 'end' || monthOf(next) !== undefined)) return 'other';
  // "has fallen 1.1 percent from February through August": a span between two named months
  if (word === 'from' && monthOf(next) !== undefined && /^\p{Lu}/u.test(tokens[k + 1].text) && (tokens[k + 2]?.lower === 'through' || tokens[k + 2]?.lower === 'to' || tokens[k + 2]?.lower === 'until') && monthOf(tokens[k + 3]?.lower) !== undefined) return 'other';
  // "over the past five sessions", "in the last three trading days": a span of sessions, not the day's move
  if ((word === 'sessions' || word === 'days') && numberValue(tokens[k - 1] ?? tokens[k]) !== undefined || (word === 'days' && tokens[k - 1]?.lower === 'trading' && numberValue(tokens[k - 2]) !== undefined)) {
    const count = word === 'days' && tokens[k - 1]?.lower === 'trading' ? k - 2 : k - 1;
    const lead = tokens[count - 1]?.lower ?? '';
    if (PAST_WORDS.has(lead) || lead === 'the' && SPAN_PREPOSITIONS.has(tokens[count - 2]?.lower ?? '') || SPAN_LEADS.has(lead)) return 'other';
    return undefined;
  }
  // "up 20 percent for the year", "down 3% on the year": year to date (the full year when published in December)
  // "since the beginning of the year", read at "year" when it is nearer the figure than "since"
  if (word === 'year' && previous === 'the' && tokens[k - 2]?.lower === 'of' && START_WORDS.has(tokens[k - 3]?.lower ?? '')) return 'ytd';
  if (word === 'year' && previous === 'the' && FOR_THE_YEAR.has(tokens[k - 2]?.lower ?? '') && next !== 'ago' && next !== 'earlier') {
    return forTheYear(published);
  }
  // "at one point": within the session
  if (word === 'point' && previous === 'one' && tokens[k - 2]?.lower === 'at') return 'day';
  const unit = word === 'week' || word === 'weeks' || word === 'weekly' ? 'week' : word === 'month' || word === 'months' || word === 'monthly' ? 'month' : word === 'year' || word === 'years' || word === 'yearly' || word === 'annual' ? 'year' : word === 'quarter' || word === 'quarters' ? 'other' : undefined;
  // "weekly gain", "on a monthly basis" mark a period; "annual forecast", "monthly sales" do not
  if (unit && ADJECTIVE_UNITS.has(word) && !PERIOD_NOUNS.has(next ?? '') && nounSign(next ?? '') === undefined) return undefined;
  if (unit) {
    // "U.S. front-month crude oil": the nearest futures contract, not a month's span
    if (unit === 'month' && (previous === 'front' || (previous === '-' && tokens[k - 2]?.lower === 'front'))) return undefined;
    // "cut its full-year profit outlook", "first-quarter earnings": a results period, not the move's span
    if (previous === '-' && RESULT_PERIOD_PREFIXES.has(tokens[k - 2]?.lower ?? '') && next !== undefined && tokens[k + 1].type === 'word' && nounSign(next) === undefined && !PERIOD_NOUNS.has(next)) return undefined;
    // "extended this week's fall, dropping 0.4 percent": another span's move named as an object, not this figure's span
    // (not "bringing the week's advance to 4.8%": the figure is that noun's own)
    if (tokens[k + 1]?.type === 'possessive' && tokens[k + 2] !== undefined && tokens[k + 2].type !== 'number' && !(nounSign(tokens[k + 2].lower) !== undefined && NOUN_FIGURE_LINKS.has(tokens[k + 3]?.lower ?? ''))) return undefined;
    // "its biggest gain in a month", "the highest in five years": record phrases
    if (recordBefore(tokens, k)) return undefined;
    // "three-year high", "52-week low": record levels, not periods; "year-on-year" compares, it does not span
    if (NOT_SPAN_AFTER_UNIT.has(next ?? '')) return undefined;
    if (next === '-' && tokens[k + 2]?.lower === 'on') return undefined;
    if (previous === 'this' && unit === 'year') return 'ytd';
    if (unit === 'other') return 'other';
    // "past five years", "three month period", "12 months"
    const hyphenated = previous === '-' ? tokens[k - 2] : tokens[k - 1];
    const count = numberValue(hyphenated);
    if (count !== undefined) {
      if (count === 12 && unit === 'month') return 'year';
      if (count === 52 && unit === 'week') return 'year';
      if (count !== 1) return 'other';
    }
    return unit;
  }
  const year = yearAt(t);
  if (year !== undefined && YEAR_PREPOSITIONS.has(previous ?? '')) {
    if (!published) return 'year';
    const pubYear = Number(published.slice(0, 4));
    if (year < pubYear) return 'year';
    // a full-year figure given at the year's end counts as the year; earlier in the year it is year to date
    if (year === pubYear) return published.slice(5, 7) === '12' ? 'year' : 'ytd';
    return undefined;
  }
  // "in January", "during March": a named month without a day
  // (not "Since peaking at $78.40 a barrel in July, …", "a 65 percent gain … from its 12-year closing low in early March":
  // the month dates the peak or low a span runs from, and "since"/"from" gives the span)
  if (monthOf(word) !== undefined && /^\p{Lu}/u.test(t.text) && MONTH_PREPOSITIONS.has(previous ?? '') && !followedByDay(tokens, k) && !CONTRACT_WORDS.has(next ?? '')) return inSpanStart(tokens, k) ? undefined : 'month';
  // "rose as much 20 percent in its market debut in October", "jumped 12 percent on their first day of trading": the
  // first session (not "have risen 10 percent since the unit's stock market debut")
  if ((word === 'debut' && DEBUT_BEFORE.has(previous ?? '')) || (word === 'day' && previous === 'first')) return inSpanStart(tokens, k) ? undefined : 'day';
  // "close" marks the session only as a noun or verb ("at the close", "Friday's close", "to close"), not as an adjective
  // ("fell 4 percent, close to the low they hit in January", "close rival Target", "a close second")
  if (word === 'close' && !sessionClose(tokens, k)) return undefined;
  // "its 12-year closing low": a record level; "closing" otherwise names the session ("closing bell", "in closing trade")
  if (word === 'closing' && next !== undefined && (NOT_SESSION_AFTER_CLOSE.has(next) || EXTREMES.has(next))) return undefined;
  if (DAY_WORDS.has(word) || WEEKDAYS.has(word)) return 'day';
  // "in pre-market trade", "after-hours": written with a hyphen, two words
  if ((word === 'pre' && tokens[k + 2]?.lower === 'market' || word === 'after' && tokens[k + 2]?.lower === 'hours') && next === '-') return 'day';
  // "in early trade", "in afternoon trading"
  if ((word === 'trade' || word === 'trading' || word === 'dealings') && SESSION_ADJECTIVES.has(previous ?? '')) return 'day';
  if (word === 'as' && next === 'much' && tokens[k + 2]?.lower === 'as') return 'day';
  if (next === 'year' && PAST_WORDS.has(word)) return 'year';
  return undefined;
}

/** How far back (tokens) a "since" or "from" makes a time word part of a span's start ("Since hitting a trough in mid-May"). */
const SPAN_START_WINDOW = 8;
/** Words of a percentage: a span-start phrase does not reach back past another figure. */
const PERCENT_WORDS = new Set(['percent', 'pct', '%', 'cent']);
/** Words before "debut" that make it a stock's first session: "in its market debut", "their trading debut". */
const DEBUT_BEFORE = new Set(['its', 'their', 'market', 'trading', 'exchange', 'stock', 'strong', 'weak', 'the']);

/**
 * Whether token `k` lies inside a "since …" or "from …" phrase that neither a comma nor a percentage has closed: the
 * span's start, not its length ("Since peaking at $78.40 a barrel in July").
 */
function inSpanStart(tokens: Token[], k: number): boolean {
  for (let j = k - 1; j >= Math.max(0, k - SPAN_START_WINDOW); j -= 1) {
    const w = tokens[j].lower;
    if (w === 'since' || w === 'from') return true;
    if (tokens[j].text === ',' || PERCENT_WORDS.has(tokens[j].lower)) return false;
  }
  return false;
}

/**
 * {@link periodMarkerAt}, unless the marker owns another figure: "fell 2 percent, extending last week's 8 percent fall" —
 * "week's" is the span of the 8 percent, not of the move at token `at`.
 */
function ownMarkerAt(tokens: Token[], k: number, at: number, published?: string): PeriodMarker | undefined {
  const marker = periodMarkerAt(tokens, k, published);
  if (marker === undefined) return undefined;
  // "A TURNAROUND YEAR Despite a 65 percent gain in the S&P 500 from its 12-year closing low": a section heading's word
  // glued to the sentence is no span of a figure written in lower case (a subhead's own "S&P DOWN 40 PERCENT FOR YEAR" keeps it)
  if (HEADING_UNITS.has(tokens[k].lower) && isCapitalsWord(tokens[k]) && tokens[at + 1] !== undefined && tokens[at + 1].type === 'word' && !isCapitalsWord(tokens[at + 1])) return undefined;
  if (tokens[k + 1]?.type !== 'possessive' || tokens[k + 2]?.type !== 'number' || k + 2 === at) return marker;
  return undefined;
}

/** Time units a heading may end with ("A TURNAROUND YEAR"); "GMT", "EST", "YTD" in capitals are no headings. */
const HEADING_UNITS = new Set(['week', 'weeks', 'month', 'months', 'year', 'years', 'quarter']);

/** Whether a token is a word of two or more letters written in capitals ("YEAR", "WEEK"), as in a section heading. */
function isCapitalsWord(t: Token): boolean {
  return t.type === 'word' && t.text.length > 1 && t.text === t.text.toUpperCase() && t.text !== t.lower;
}

/**
 * The period of the move whose percentage is token `at`: the nearest period marker inside
 * [`from`, `to`) (after the percentage wins ties), or undefined when there is none.
 *
 * @param skip - a token range whose markers are not the move's (an aside between its name and verb).
 * @param found - receives the marker's token index.
 * @example
 * // "The Nikkei fell 0.44% by the midday break" → 'day'
 */
export function nearestPeriod(tokens: Token[], at: number, from: number, to: number, published?: string, skip?: [number, number], found?: { at: number }): PeriodMarker | undefined {
  for (let distance = 0; distance < Math.max(at - from, to - at) + 1; distance += 1) {
    const after = at + distance;
    if (after < to && after >= from) {
      const marker = ownMarkerAt(tokens, after, at, published);
      if (marker) {
        if (found) found.at = after;
        return marker;
      }
    }
    const before = at - distance;
    if (distance > 0 && before >= from && before < to && !(skip && before >= skip[0] && before < skip[1])) {
      const marker = ownMarkerAt(tokens, before, at, published);
      if (marker) {
        if (found) found.at = before;
        return marker;
      }
    }
  }
  return undefined;
}
