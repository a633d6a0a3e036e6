/**
 * The date a day move happened on: a weekday, "today"/"yesterday" or a month and day near its figure, resolved
 * against the publication date. The move's own words come first ("closed down 2 percent Tuesday, while the Nasdaq
 * finished 1 percent higher Monday": the Nasdaq's is Monday), then its clause's opening ("On Monday, the shares rose"),
 * then the sentence part it shares with its neighbours ("The Dow fell 1 percent on Monday, and the S&P 500 lost 1.2").
 * Never a date that is not the move's: one after the publication date (moves are reported after they happen: "will be
 * available to retail customers on January 30", "next Tuesday"), the start or end of a span ("since Friday", "from
 * 114.35 late on Friday", "from Friday's close", "the week ended May 19"), a level's day ("a record high hit on March
 * 4"), a day's name ("Black Monday"), a dateline ("NEW YORK, Aug. 20 (Reuters)") or one inside a ", which … ," aside.
 */
import type { Token } from './tokenize';
import { dateExpressionSpan, resolveDates } from './dates';
import { isDayWord, monthOf } from './period';

/** The token windows a day move's date is read from; see {@link moveDate}. */
export interface MoveDateWindow {
  /** The figure's token. */
  at: number;
  /** The move's first token (its subject). */
  from: number;
  /** The end of the move's own clause (exclusive). */
  clauseTo: number;
  /** The start of the move's clause (its opening words before the subject). */
  clauseFrom: number;
  /** The sentence part the move shares with its neighbours: [segmentFrom, segmentTo). */
  segmentFrom: number;
  segmentTo: number;
  /** A ", which … ," aside between the subject and the figure, whose dates are not the move's. */
  aside?: [number, number];
}

/** How far back (tokens) a "from" makes a date the start of a span: "from 114.35 late on Friday", "from its close of $122.34 on Monday". */
const FROM_WINDOW = 8;
/** Nouns after a possessive day that make it a level, not the move's day: "from Friday's close", "late Friday's level". */
const LEVEL_NOUNS = new Set(['close', 'closing', 'level', 'levels', 'settlement', 'high', 'low', 'finish']);
/** Words before a weekday that make it a day's name: "Black Monday", "Cyber Monday". */
const NAMED_DAY = new Set(['black', 'cyber']);
/** Verbs before a date that make it the day a level was reached: "a record high … hit on March 4". */
const LEVEL_VERBS = new Set(['hit', 'set', 'reached', 'touched', 'struck', 'made', 'scaled']);
/** Words before a date that make it the end of a named span: "the week ended May 19". */
const ENDED = new Set(['ended', 'ending']);
/** Spans a date ends as a label: "the week ended May 19", "the second quarter ending August 4". */
const SPAN_NOUNS = new Set(['week', 'month', 'quarter', 'year', 'period', 'half']);
/** Separators after a timeline entry's date: "October 19, 1987: The Dow …", "October 29, 1929 - The Dow …". */
const ENTRY_SEPARATORS = new Set([':', '-', '--']);
/** News agencies of a dateline: "NEW YORK, Aug. 20 (Reuters)". */
const AGENCIES = new Set(['reuters', 'ap', 'afp', 'yonhap', 'bloomberg', 'kyodo', 'xinhua', 'dow']);

/** Whether a date cue (weekday, "today", "yesterday", a month followed by a day) stands at token `k`. */
function isDateCue(tokens: Token[], k: number): boolean {
  const word = tokens[k].lower;
  if (isDayWord(word)) return true;
  if (monthOf(word) === undefined) return false;
  return tokens[k + 1]?.type === 'number' || (tokens[k + 1]?.text === '.' && tokens[k + 2]?.type === 'number');
}

/**
 * Whether the date expression [from, to) at cue `k` is not the date of the move whose figure is token `at`: the start
 * or end of a span, a level's day, a day to come or a day's name, a dateline, or a date inside the move's aside.
 */
function notTheMoves(tokens: Token[], k: number, from: number, to: number, at: number, aside?: [number, number]): boolean {
  // "steadying from Wednesday's 4 percent slump": the day owns the figure
  if (tokens[k + 1]?.type === 'possessive' && k + 2 === at) return false;
  // "its highest since May 6, when they slumped more than 5 percent": the move happened that day (when the date comes
  // before the figure; "the sharpest drop since February 27 when the Shanghai Composite Index lost 9 percent" is another's)
  if (k < at && (tokens[to]?.lower === 'when' || (tokens[to]?.text === ',' && tokens[to + 1]?.lower === 'when'))) return false;
  if (tokens[k - 1]?.lower === 'since' || tokens[k - 2]?.lower === 'since') return true;
  // "before Ma's inauguration next Tuesday": a day to come
  if (tokens[from]?.lower === 'next') return true;
  // "on "Black Monday"", "Cyber Monday": a day's name, not a date
  if (NAMED_DAY.has(tokens[k - 1]?.lower ?? '') || tokens[k - 1]?.text === '"' || tokens[k - 1]?.text === '“') return true;
  // "off a record high of $2,290 hit on March 4", "which touched a 54-year low on Monday": a level's day
  if (LEVEL_VERBS.has(tokens[from - 1]?.lower ?? '') || LEVEL_VERBS.has(tokens[from - 2]?.lower ?? '')) return true;
  // "from its Wednesday close", "from their Monday Nasdaq close": a close the move is measured from
  // (not "rose 3 percent on Friday to close at $…", nor "gained 13 percent on Friday closing at $21.43": the verb)
  const after = tokens[to]?.lower ?? '';
  if ((after !== 'closing' && LEVEL_NOUNS.has(after)) || (tokens[to]?.type === 'word' && /^\p{Lu}/u.test(tokens[to].text) && LEVEL_NOUNS.has(tokens[to + 1]?.lower ?? ''))) return true;
  // "the best since the week ended May 19", "the quarter ending August 4": a span's end named as a label (not "SocGen
  // shares ended Monday down 4.77 percent")
  const ended = ENDED.has(tokens[from - 1]?.lower ?? '') ? from - 1 : ENDED.has(tokens[k - 1]?.lower ?? '') ? k - 1 : -1;
  if (ended > 0 && SPAN_NOUNS.has(tokens[ended - 1]?.lower ?? '')) return true;
  if (aside && k >= aside[0] && k < aside[1]) return true;
  if (tokens[to]?.text === '(' && AGENCIES.has(tokens[to + 1]?.lower ?? '')) return true;
  // "up 0.5 percent … from 114.35 late on Friday", "From March 1 through Monday's close": the start of the span (a "from"
  // before the figure is not the date's: "stemmed from an 11.5 percent decline in Countrywide shares on October 20, 2004")
  for (let j = from - 1; j >= Math.max(0, from - FROM_WINDOW, k > at ? at + 1 : 0); j -= 1) {
    const w = tokens[j].lower;
    if (w === 'from') return true;
    if (tokens[j].text === ',' || tokens[j].text === ';' || w === 'and' || w === 'but' || w === 'after') break;
  }
  return false;
}

/**
 * The date of the day move described by `window`, or undefined: a timeline entry's date ("October 19, 1987: The Dow
 * drops 22.6 percent"), else the nearest date after its figure within its own clause, else the nearest before the figure
 * from its first word, else the last in its clause's opening set off by commas ("On Monday, …"), else the first in the
 * sentence part it shares before its first word (see the module comment for the dates never taken).
 *
 * @param published - publication date `YYYY-MM-DD`; without it only dates with a year resolve.
 * @example
 * // "Samsung shares ended up 1.95% on Tuesday", published 2019-08-20 → '2019-08-20'
 * // "Mills shares closed at $17.77 on Tuesday and rose about 25.5 percent to $22.31 on Wednesday" → Wednesday's date
 */
export function moveDate(text: string, tokens: Token[], window: MoveDateWindow, published?: string): string | undefined {
  const { at, from, clauseTo, clauseFrom, segmentFrom, segmentTo, aside } = window;
  const lo = Math.max(0, Math.min(segmentFrom, clauseFrom, from));
  const hi = Math.min(tokens.length, Math.max(segmentTo, clauseTo, at + 1));
  const dates: { at: number; date: string; opens: boolean; entry: boolean }[] = [];
  for (let k = lo; k < hi; k += 1) {
    if (!isDateCue(tokens, k)) continue;
    const span = dateExpressionSpan(tokens, k);
    if (notTheMoves(tokens, k, span.from, span.to, at, aside)) continue;
    const found = resolveDates(text, tokens[span.from].start, tokens[span.to - 1].end, published).find((d) => d.precision === 'day');
    // a move is reported after it happens: a date after publication is another event's ("ready to ship … on January 30")
    if (found && (published === undefined || found.date <= published)) dates.push({ at: k, date: found.date, opens: tokens[span.to]?.text === ',' && (span.from === 0 || span.from === clauseFrom || tokens[span.from - 1].text === ','), entry: ENTRY_SEPARATORS.has(tokens[span.to]?.text ?? '') });
  }
  if (dates.length === 0) return undefined;
  // a timeline's entry: "October 19, 1987: The Dow Jones index drops 22.6 percent, … on "Black Monday""
  const entries = dates.filter((d) => d.entry && d.at < at);
  if (entries.length > 0) return entries[entries.length - 1].date;
  const after = dates.find((d) => d.at > at && d.at < clauseTo);
  if (after) return after.date;
  const own = dates.filter((d) => d.at >= from && d.at < at);
  if (own.length > 0) return own[own.length - 1].date;
  // "On Monday, the shares rose" (not "following the announcement late on Sunday, outpacing a 0.8-percent rise in the DAX")
  const opening = dates.filter((d) => d.opens && d.at >= clauseFrom && d.at < from);
  if (opening.length > 0) return opening[opening.length - 1].date;
  // the day a list of moves shares: "The Dow fell 1 percent on Monday, and the S&P 500 lost 1.2 percent" (a later clause's
  // dates are its own: "despite a bounce on Wall Street on Thursday")
  return dates.find((d) => d.at >= segmentFrom && d.at < from)?.date;
}
