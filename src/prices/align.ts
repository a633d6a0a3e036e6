import { ValueError } from '../errors';
import type { PriceSeries, ReturnKind, ReturnSeries } from './types';

/**
 * Returns between consecutive prices: simple P_t/P_{t−1} − 1 or log ln(P_t/P_{t−1}),
 * as fractions, dated by the later price.
 *
 * @param series ascending price series (at least 2 prices)
 * @param kind [kind='simple'] 'simple' or 'log'
 * @returns one return per date after the first
 * @throws {ValueError} with fewer than 2 prices
 * @example
 * priceReturns({ name: 's', dates: ['2019-08-19', '2019-08-20'], prices: Float64Array.of(43600, 44450), source }).returns[0];
 * // => 0.01949541284403669
 */
export function priceReturns(series: Pick<PriceSeries, 'name' | 'dates' | 'prices'>, kind: ReturnKind = 'simple'): ReturnSeries {
  const { prices } = series;
  if (prices.length < 2) throw new ValueError(`priceReturns: series "${series.name}" needs at least 2 prices, got ${prices.length}`);
  const returns = new Float64Array(prices.length - 1);
  for (let i = 1; i < prices.length; i++) {
    returns[i - 1] = kind === 'log' ? Math.log(prices[i] / prices[i - 1]) : prices[i] / prices[i - 1] - 1;
  }
  return { name: series.name, dates: series.dates.slice(1), returns, kind };
}

/** Two price series restricted to their common dates, with what was dropped from each. */
export interface AlignedPrices {
  /** Common dates, ascending. */
  dates: string[];
  /** Prices of the first series on the common dates. */
  first: Float64Array;
  /** Prices of the second series on the common dates. */
  second: Float64Array;
  /** Dates only the first series had (e.g. a holiday of the second's market). */
  droppedFromFirst: string[];
  /** Dates only the second series had. */
  droppedFromSecond: string[];
}

/**
 * Restricts two price series to the dates both have (an inner join on date), so
 * that returns computed afterwards span the same interval for both: a day missing
 * in one series (a trading halt, a holiday) is dropped from both, and reported.
 *
 * @param first e.g. the stock
 * @param second e.g. the market index
 * @returns common dates and prices, plus the dates dropped on each side
 * @example
 * alignPriceSeries(stock, market).droppedFromSecond; // => ['2019-08-15'] (a day the index file lacks)
 */
export function alignPriceSeries(
  first: Pick<PriceSeries, 'dates' | 'prices'>,
  second: Pick<PriceSeries, 'dates' | 'prices'>,
): AlignedPrices {
  const dates: string[] = [];
  const a: number[] = [];
  const b: number[] = [];
  const droppedFromFirst: string[] = [];
  const droppedFromSecond: string[] = [];
  let i = 0;
  let j = 0;
  while (i < first.dates.length || j < second.dates.length) {
    const da = first.dates[i];
    const db = second.dates[j];
    if (db === undefined || (da !== undefined && da < db)) {
      droppedFromFirst.push(da);
      i++;
    } else if (da === undefined || db < da) {
      droppedFromSecond.push(db);
      j++;
    } else {
      dates.push(da);
      a.push(first.prices[i++]);
      b.push(second.prices[j++]);
    }
  }
  return { dates, first: Float64Array.from(a), second: Float64Array.from(b), droppedFromFirst, droppedFromSecond };
}
