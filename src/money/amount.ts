import type { Money } from '../article/types';
import { ValueError } from '../errors';
import { currencyInfo, minorUnitDigits } from './currencies';

/**
 * Checks a money amount: finite, not negative, ISO 4217 currency. Returns it with the code upper-cased.
 *
 * @param amount - the amount to check, in currency units.
 * @param where - the calling function, named in the error.
 * @throws {ValueError} when the value is NaN, infinite or negative.
 * @throws {UnknownCurrencyError} when the currency is not in the ISO 4217 table.
 * @example
 * checkMoney({ value: 5, currency: 'usd' }, 'convert'); // => { value: 5, currency: 'USD' }
 */
export function checkMoney(amount: Money, where: string): Money {
  if (amount === null || typeof amount !== 'object') {
    throw new ValueError(`${where}: expected a money amount { value, currency }, got ${String(amount)}`);
  }
  const { value } = amount;
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    throw new ValueError(`${where}: amount must be a finite number, got ${String(value)}`);
  }
  if (value < 0) throw new ValueError(`${where}: amount must not be negative, got ${value} ${amount.currency}`);
  return { value, currency: currencyInfo(amount.currency).code };
}

/**
 * Rounds a value to the currency's minor units, half away from zero, after first cutting
 * binary noise at 15 significant digits (so 1.005 USD rounds to 1.01, not 1.00).
 *
 * @param value - an amount in currency units.
 * @param currency - ISO 4217 code; its minor units set the decimals (KRW 0, USD 2).
 * @throws {UnknownCurrencyError} when the code is not in the table.
 * @example
 * roundToMinorUnits(1206.9277, 'KRW'); // => 1207
 * roundToMinorUnits(0.1 + 0.2, 'USD'); // => 0.3
 */
export function roundToMinorUnits(value: number, currency: string): number {
  const factor = 10 ** minorUnitDigits(currency);
  const scaled = Number((Math.abs(value) * factor).toPrecision(15));
  return (Math.sign(value) * Math.round(scaled)) / factor;
}
