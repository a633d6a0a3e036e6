import type { Money } from '../article/types';
import { daysInclusive, isoDateToUtcMs } from '../article/isodate';
import { ValueError } from '../errors';
import { checkMoney } from './amount';
import { minorUnitDigits } from './currencies';
import type { SpreadOptions, SpreadShare } from './types';

/**
 * Spreads a total over the calendar years of a period, as an article's "1 trillion won by 2028"
 * spread from the announcement to the end of 2028.
 *
 * Conventions (`options.convention`):
 * - `calendar_years` (default): each calendar year the period touches gets an equal part
 *   (2019-08-20 … 2028-12-31: 10 years 2019 … 2028, 100 billion won each);
 * - `pro_rata_days`: each year gets the fraction of the period's days that fall in it
 *   (2019: 134 of 3,422 days).
 * Parts are allocated in integer minor units by the largest-remainder method, so they are
 * rounded to the currency's minor units and add up exactly to the total (ties go to the earlier year).
 *
 * @param total - the amount to spread, in currency units.
 * @param options - `from` and `to` (ISO dates, inclusive) and `[convention='calendar_years']`.
 * @returns one row per year: `{ year, start, end, share, amount }` (share = fraction 0..1).
 * @throws {ValueError} when the amount is NaN/negative, a date is not `YYYY-MM-DD`, `to` precedes `from`, or the convention is unknown.
 * @throws {UnknownCurrencyError} when the currency is not in the ISO 4217 table.
 * @example
 * spreadEvenly({ value: 1e12, currency: 'KRW' }, { from: '2019-08-20', to: '2028-12-31' })[0];
 * // => { year: 2019, start: '2019-08-20', end: '2019-12-31', share: 0.1, amount: { value: 100000000000, currency: 'KRW' } }
 */
export function spreadEvenly(total: Money, options: SpreadOptions): SpreadShare[] {
  const money = checkMoney(total, 'spreadEvenly');
  const { from, to, convention = 'calendar_years' } = options;
  if (isoDateToUtcMs(to, 'spreadEvenly: to') < isoDateToUtcMs(from, 'spreadEvenly: from')) {
    throw new ValueError(`spreadEvenly: to (${to}) is before from (${from})`);
  }
  if (convention !== 'calendar_years' && convention !== 'pro_rata_days') {
    throw new ValueError(`spreadEvenly: unknown convention "${String(convention)}" (use "calendar_years" or "pro_rata_days")`);
  }
  const firstYear = Number(from.slice(0, 4));
  const years = Array.from({ length: Number(to.slice(0, 4)) - firstYear + 1 }, (_, i) => {
    const year = firstYear + i;
    const start = i === 0 ? from : `${year}-01-01`;
    const end = year === Number(to.slice(0, 4)) ? to : `${year}-12-31`;
    return { year, start, end, weight: convention === 'calendar_years' ? 1 : daysInclusive(start, end) };
  });
  const digits = minorUnitDigits(money.currency);
  const parts = allocate(BigInt(Math.round(money.value * 10 ** digits)), years.map((y) => y.weight));
  const totalWeight = years.reduce((sum, y) => sum + y.weight, 0);
  return years.map(({ year, start, end, weight }, i) => ({
    year,
    start,
    end,
    share: weight / totalWeight,
    amount: { value: Number(parts[i]) / 10 ** digits, currency: money.currency },
  }));
}

/** Splits `total` (integer minor units) in proportion to integer `weights`; the parts sum to `total` exactly. */
function allocate(total: bigint, weights: number[]): bigint[] {
  const weightSum = BigInt(weights.reduce((sum, w) => sum + w, 0));
  const parts = weights.map((w) => (total * BigInt(w)) / weightSum);
  const remainders = weights.map((w, i) => ({ i, remainder: (total * BigInt(w)) % weightSum }));
  let left = total - parts.reduce((sum, p) => sum + p, 0n);
  remainders.sort((a, b) => (a.remainder === b.remainder ? a.i - b.i : a.remainder > b.remainder ? -1 : 1));
  for (const { i } of remainders) {
    if (left === 0n) break;
    parts[i] += 1n;
    left -= 1n;
  }
  return parts;
}
