/**
 * A sentence's period lead-in: "For the week, the Dow fell 0.51 percent and the S&P 500 dipped 0.02 percent, but the
 * Nasdaq gained 0.59 percent." — every move of the sentence that names no span of its own covers the week, not only the
 * first clause's. The lead-in scopes its own sentence only: carried on to the next sentences it turned right day moves
 * into another span on unseen text (earlier in stop 18, eval/README.md), so a following sentence keeps its own reading.
 */
import type { MovePeriod } from '../article/types';
import type { Token } from './tokenize';
import { forTheYear, monthOf } from './period';

const UNITS = new Set(['week', 'month', 'year', 'quarter']);
/** Words a lead-in may carry before its comma: "For the week, though,", "For the month of January so far,". */
const LEAD_ADVERBS = new Set(['though', 'however', 'meanwhile', 'overall']);

/** Index of the first token after an all-capitals section heading glued to the sentence ("WORST MONTH FOR STOCKS For the week, …"). */
function afterHeading(tokens: Token[]): number {
  let k = 0;
  while (k < tokens.length && tokens[k].type === 'word' && /^[\p{Lu}&'-]+$/u.test(tokens[k].text) && tokens[k].text.length > 1) k += 1;
  return k > 0 && tokens[k]?.type === 'word' && /^\p{Lu}\p{Ll}/u.test(tokens[k].text) ? k : 0;
}

/**
 * The period a sentence opens with, or undefined: "For the week,", "For last week,", "Last week,", "For the month,",
 * "For the month of January so far,", "For the week ended August 22,", "For the year," (year to date, or the year when
 * published in its last week: {@link forTheYear}), "For the quarter," (other); after an all-capitals
 * heading glued to the sentence too.
 *
 * @param published - publication date `YYYY-MM-DD`.
 * @example
 * // tokens of "For the week, the Dow gained 0.35 percent." → 'week'
 */
export function leadInPeriod(tokens: Token[], published?: string): MovePeriod | undefined {
  let k = afterHeading(tokens);
  let unitAt: number;
  if (tokens[k]?.lower === 'for' && (tokens[k + 1]?.lower === 'the' || tokens[k + 1]?.lower === 'last') && UNITS.has(tokens[k + 2]?.lower ?? '')) unitAt = k + 2;
  else if (tokens[k]?.lower === 'last' && /^\p{Lu}/u.test(tokens[k].text) && UNITS.has(tokens[k + 1]?.lower ?? '')) unitAt = k + 1;
  else return undefined;
  k = unitAt + 1;
  // "For the month of January so far,", "For the week ended August 22,"
  if (tokens[k]?.lower === 'of' && monthOf(tokens[k + 1]?.lower) !== undefined) k += 2;
  else if (tokens[k]?.lower === 'ended' || tokens[k]?.lower === 'ending') {
    k += 1;
    while (k < unitAt + 8 && tokens[k] && tokens[k].text !== ',') k += 1;
  }
  if (tokens[k]?.lower === 'so' && tokens[k + 1]?.lower === 'far') k += 2;
  if (tokens[k]?.text !== ',') return undefined;
  if (LEAD_ADVERBS.has(tokens[k + 1]?.lower ?? '') && tokens[k + 2]?.text !== ',') return undefined;
  const unit = tokens[unitAt].lower;
  if (unit === 'quarter') return 'other';
  if (unit === 'year') return tokens[unitAt - 1].lower === 'last' ? 'year' : forTheYear(published);
  return unit === 'week' ? 'week' : 'month';
}

/** Words before a weekday that make it the day a level was read, not the move's span: "as of Tuesday", "to end Friday at". */
const LEVEL_DAY_BEFORE = new Set(['of', 'through', 'end', 'ended', 'close', 'closed', 'finish', 'finished']);

/**
 * Whether the day marker at token `k` only dates a level or another event, so a sentence's lead-in still gives the move
 * its span: "For the year, … fund was down 59.7 percent as of Tuesday", "Last week, the Dow … fell 0.51 percent to end
 * Friday at 12,280.17", "For the week, the Dow industrials gained 0.48 percent though, thanks to Tuesday's huge rally".
 */
export function levelDayMarker(tokens: Token[], k: number): boolean {
  const t = tokens[k];
  if (!t) return false;
  if (tokens[k + 1]?.type === 'possessive' && tokens[k + 2]?.type === 'word') return true;
  return LEVEL_DAY_BEFORE.has(tokens[k - 1]?.lower ?? '') || (tokens[k - 1]?.lower === 'on' && LEVEL_DAY_BEFORE.has(tokens[k - 2]?.lower ?? ''));
}
