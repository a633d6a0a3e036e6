import { lowerBound } from '../stats/search';
import type { NonTradingDayPolicy } from './types';

/** Where day 0 falls for an event date. */
export interface Day0 {
  /** Position in `dates`, or −1 when there is none. */
  position: number;
  /** Set when day 0 is not the requested date, or could not be placed. */
  note?: string;
}

/**
 * Places an event date on a series of trading dates: the date itself when it is a
 * trading day; otherwise the next (or previous) trading day, or none with 'skip'.
 *
 * @param dates ascending ISO trading dates
 * @param date requested ISO event date
 * @param policy 'next', 'previous' or 'skip'
 * @param maxShiftDays [Infinity] most calendar days day 0 may move; farther, no day 0 (position −1) with the reason
 * @returns position and an explanatory note when it moved
 * @example
 * locateDay0(['2019-08-16', '2019-08-19'], '2019-08-17', 'next'); // => { position: 1, note: '2019-08-17 is not a trading day; day 0 moved to the next trading day 2019-08-19' }
 */
export function locateDay0(dates: string[], date: string, policy: NonTradingDayPolicy, maxShiftDays = Infinity): Day0 {
  const lo = lowerBound(dates, date);
  if (dates[lo] === date) return { position: lo };
  const range = dates.length ? ` (data cover ${dates[0]}..${dates[dates.length - 1]})` : '';
  if (policy === 'skip') return { position: -1, note: `${date} is not a trading day of the aligned series; event skipped${range}` };
  const position = policy === 'next' ? lo : lo - 1;
  if (position < 0 || position >= dates.length) {
    const none = dates.length === 0 ? 'the aligned series has no returns' : policy === 'next' ? 'it is after the last trading day' : 'it is before the first trading day';
    return { position: -1, note: `no ${policy} trading day for ${date}: ${none}${range}` };
  }
  // Moving day 0 is for weekends and holidays; a gap of months (an event before the data start) is no trading day.
  const shift = Math.abs(Date.parse(`${dates[position]}T00:00:00Z`) - Date.parse(`${date}T00:00:00Z`)) / 86_400_000;
  if (shift > maxShiftDays) {
    return { position: -1, note: `no trading day within ${maxShiftDays} calendar days ${policy === 'next' ? 'after' : 'before'} ${date}: the ${policy} one is ${dates[position]}, ${shift} days away (maxDay0ShiftDays)${range}` };
  }
  return { position, note: `${date} is not a trading day; day 0 moved to the ${policy} trading day ${dates[position]}` };
}
