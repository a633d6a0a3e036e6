/** Input checks shared by the chart builders: one-line errors naming the builder, the field and the value. */
import { ValueError } from '../errors';

/**
 * Returns `value` when it is a finite number.
 *
 * @param value the number to check
 * @param what where it comes from, e.g. "reactionBarsSpec: stock.changePct"
 * @throws {ValueError} when `value` is NaN, infinite or not a number
 * @example
 * finite(1.95, 'reactionBarsSpec: stock.changePct') // => 1.95
 */
export function finite(value: number, what: string): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    throw new ValueError(`${what} must be a finite number, got ${JSON.stringify(value) ?? String(value)}`);
  }
  return value;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Returns `value` when it is an ISO calendar date `YYYY-MM-DD` that exists.
 *
 * @throws {ValueError} otherwise
 * @example
 * isoDate('2019-08-20', 'priceTimelineSpec: referenceDate') // => '2019-08-20'
 */
export function isoDate(value: string, what: string): string {
  const valid = typeof value === 'string' && ISO_DATE.test(value) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value);
  if (!valid) throw new ValueError(`${what} must be an ISO date YYYY-MM-DD, got ${JSON.stringify(value)}`);
  return value;
}

/**
 * Returns `items` when it has at least `min` elements.
 *
 * @throws {ValueError} otherwise
 * @example
 * atLeast([1, 2], 2, 'betaSensitivitySpec: rows') // => [1, 2]
 */
export function atLeast<T>(items: readonly T[], min: number, what: string): readonly T[] {
  if (!Array.isArray(items) || items.length < min) {
    throw new ValueError(`${what} needs at least ${min} item${min === 1 ? '' : 's'}, got ${Array.isArray(items) ? items.length : typeof items}`);
  }
  return items;
}

/**
 * Returns `text` when it is a non-empty string (after trimming).
 *
 * @throws {ValueError} otherwise
 * @example
 * nonEmpty('KOSPI', 'reactionBarsSpec: benchmark.name') // => 'KOSPI'
 */
export function nonEmpty(text: string, what: string): string {
  if (typeof text !== 'string' || text.trim() === '') throw new ValueError(`${what} must be a non-empty string`);
  return text;
}
