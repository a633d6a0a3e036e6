import type { DataFrame } from '../frames/danfo';
import { danfo } from '../frames/danfo';
import type { PriceSeries, ReturnSeries } from './types';

/**
 * A danfojs-node DataFrame of a price series: columns `date` (ISO string) and `price`.
 *
 * @param series a parsed price series
 * @returns DataFrame with one row per date
 * @example
 * priceFrame(readPriceFile('aapl.csv')).columns; // => ['date', 'price']
 */
export function priceFrame(series: PriceSeries): DataFrame {
  return new (danfo().DataFrame)({ date: series.dates, price: Array.from(series.prices) });
}

/**
 * A danfojs-node DataFrame of returns: columns `date` and `return` (fraction).
 *
 * @param series returns from {@link priceReturns}
 * @returns DataFrame with one row per return
 * @example
 * returnFrame(priceReturns(series)).columns; // => ['date', 'return']
 */
export function returnFrame(series: ReturnSeries): DataFrame {
  return new (danfo().DataFrame)({ date: series.dates, return: Array.from(series.returns) });
}
