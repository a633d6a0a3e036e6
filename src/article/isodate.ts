import { ValueError } from '../errors';

const DAY_MS = 86_400_000;

/**
 * Checks an ISO calendar date `YYYY-MM-DD` (a real day: no 2019-02-30) and returns its UTC midnight in ms.
 *
 * @param date - the date text.
 * @param where - the calling function or field, named in the error.
 * @throws {ValueError} when the text is not a valid `YYYY-MM-DD` date.
 * @example
 * isoDateToUtcMs('2019-08-20', 'spreadEvenly'); // => 1566259200000
 */
export function isoDateToUtcMs(date: string, where: string): number {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(String(date));
  const ms = match ? Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])) : NaN;
  if (!match || Number.isNaN(ms) || utcMsToIsoDate(ms) !== date) {
    throw new ValueError(`${where}: expected an ISO date YYYY-MM-DD, got "${String(date)}"`);
  }
  return ms;
}

/**
 * Formats UTC milliseconds as an ISO date `YYYY-MM-DD`.
 *
 * @example
 * utcMsToIsoDate(1566259200000); // => '2019-08-20'
 */
export function utcMsToIsoDate(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/**
 * Days from `start` to `end`, both included.
 *
 * @example
 * daysInclusive('2019-08-20', '2019-12-31'); // => 134
 */
export function daysInclusive(start: string, end: string): number {
  return Math.round((isoDateToUtcMs(end, 'daysInclusive') - isoDateToUtcMs(start, 'daysInclusive')) / DAY_MS) + 1;
}
