/** A sentence's lead-in span carried to the next sentences' index moves: "For the week, stocks fell. The Dow dropped 2.1 percent …". */
import type { MovePeriod } from '../article/types';
import type { Token } from './tokenize';
import { periodMarkerAt } from './period';

/** Discourse adverbs set off after the lead-in: "For the week, though, stocks rose". */
const LEAD_ADVERBS = new Set(['though', 'however', 'meanwhile', 'overall']);

/**
 * The span a sentence opens with, "For the week," / "For the month," / "For the year, though," (a week, a month, year to
 * date or the year, as {@link periodMarkerAt} reads "for the year" on the publication date), or undefined. A U.S. wrap
 * gives the week's or month's index moves after such a lead-in, often over several sentences ("For the week, the Dow
 * gained 11.3 percent, …. The S&P 500 rose 10.5 percent, …. The Nasdaq advanced 10.9 percent, …").
 *
 * @example
 * // tokens of "For the week, stocks fell." → 'week'
 */
export function leadPeriod(tokens: Token[], published?: string): MovePeriod | undefined {
  if (tokens.length < 4 || tokens[0].text !== 'For' || tokens[1].lower !== 'the') return undefined;
  const unit = tokens[2].lower;
  if (unit !== 'week' && unit !== 'month' && unit !== 'year') return undefined;
  if (tokens[3].text !== ',' || (LEAD_ADVERBS.has(tokens[4]?.lower ?? '') && tokens[5]?.text !== ',')) return undefined;
  const marker = periodMarkerAt(tokens, 2, published);
  return marker === undefined || marker === 'same' ? undefined : marker;
}
