/**
 * The real change of a price series over the period a move claims: close to close for a day,
 * from the last close before the week/month/year for week, month and year to date.
 */
import type { MovePeriod } from '../article/types';
import type { PriceSeries } from '../prices/types';

/** A real change measured from a price series. */
export interface RealChange {
  /** Date and price of the close the change starts from. */
  fromDate: string;
  fromPrice: number;
  /** Date and price of the close the change ends at. */
  toDate: string;
  toPrice: number;
  /** (toPrice / fromPrice − 1) · 100, percent. */
  changePct: number;
}

/** Why a change could not be measured. */
export interface NoRealChange {
  reason: string;
}

/** Periods a price series can measure; the others ('year', 'other', 'unknown') are not checkable. */
export const CHECKABLE_PERIODS: readonly MovePeriod[] = ['day', 'week', 'month', 'ytd'];

/** Index of the last date ≤ date (or < date when `strict`) in ascending ISO dates; −1 when none. */
function lastIndexUpTo(dates: readonly string[], date: string, strict = false): number {
  let lo = 0;
  let hi = dates.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (dates[mid] < date || (!strict && dates[mid] === date)) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/** ISO date of the Monday of the week holding `date` (UTC calendar). */
function mondayOf(date: string): string {
  const day = new Date(`${date}T00:00:00Z`);
  const offset = (day.getUTCDay() + 6) % 7;
  return new Date(day.getTime() - offset * 86_400_000).toISOString().slice(0, 10);
}

/** The date the period's change is measured from: the last close strictly before it starts. */
function periodStart(date: string, period: MovePeriod): string | undefined {
  switch (period) {
    case 'week':
      return mondayOf(date);
    case 'month':
      return `${date.slice(0, 7)}-01`;
    case 'ytd':
      return `${date.slice(0, 4)}-01-01`;
    default:
      return undefined;
  }
}

/**
 * The real change of `series` over `period` ending on `date`.
 *
 * - day: the close on `date` against the previous close in the series;
 * - week / month / ytd: the close on `date` against the last close before the Monday of its
 *   week, the 1st of its month, or 1 January of its year.
 *
 * `date` must be a trading day in the series (a close on it), else the reason says why not.
 *
 * @param series daily prices
 * @param date ISO date the move ends on
 * @param period the move's period
 * @example
 * realChange(kospi, '2019-08-20', 'day'); // => { fromDate: '2019-08-19', fromPrice: 1939.9, toDate: '2019-08-20', toPrice: 1960.25, changePct: 1.049... }
 */
export function realChange(series: PriceSeries, date: string, period: MovePeriod): RealChange | NoRealChange {
  const { dates, prices } = series;
  if (!CHECKABLE_PERIODS.includes(period)) return { reason: `a ${period} period cannot be measured from daily closes` };
  const first = dates[0];
  const last = dates[dates.length - 1];
  if (date < first || date > last) return { reason: `${date} is outside the data (${series.name}: ${first}..${last})` };
  const at = lastIndexUpTo(dates, date);
  if (dates[at] !== date) return { reason: `${date} is not a trading day in ${series.name}` };
  const start = period === 'day' ? date : periodStart(date, period)!;
  const before = lastIndexUpTo(dates, start, true);
  if (before < 0) return { reason: `no close before ${start} in ${series.name} (data from ${first})` };
  const fromPrice = prices[before];
  const toPrice = prices[at];
  return { fromDate: dates[before], fromPrice, toDate: date, toPrice, changePct: (toPrice / fromPrice - 1) * 100 };
}

/**
 * The last trading day strictly before `date` in the series.
 *
 * @example
 * previousTradingDay(kospi, '2019-08-20'); // => '2019-08-19'
 */
export function previousTradingDay(series: PriceSeries, date: string): string | undefined {
  const before = lastIndexUpTo(series.dates, date, true);
  return before < 0 ? undefined : series.dates[before];
}
