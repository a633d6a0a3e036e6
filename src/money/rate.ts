import type { Money } from '../article/types';
import { ValueError } from '../errors';
import { checkMoney, roundToMinorUnits } from './amount';
import { currencyInfo } from './currencies';
import type { ExchangeRate } from './types';

/**
 * The exchange rate implied by two amounts stated as the same sum: units of `a`'s currency
 * per unit of `b`'s currency, `a.value / b.value`.
 *
 * @param a - the amount whose currency prices the other (the quote currency), e.g. 1e12 KRW.
 * @param b - the amount being priced (the base currency), e.g. 828.55e6 USD; must be > 0.
 * @returns `{ rate, base: b.currency, quote: a.currency }`.
 * @throws {ValueError} when an amount is NaN, negative or zero, or both are in the same currency.
 * @throws {UnknownCurrencyError} when a currency is not in the ISO 4217 table.
 * @example
 * impliedRate({ value: 1e12, currency: 'KRW' }, { value: 828.55e6, currency: 'USD' });
 * // => { rate: 1206.9277653732424, base: 'USD', quote: 'KRW' }  (1e12 / 828.55e6)
 */
export function impliedRate(a: Money, b: Money): ExchangeRate {
  const quote = checkMoney(a, 'impliedRate');
  const base = checkMoney(b, 'impliedRate');
  if (quote.value === 0 || base.value === 0) {
    throw new ValueError(`impliedRate: amounts must be greater than 0, got ${quote.value} ${quote.currency} and ${base.value} ${base.currency}`);
  }
  if (quote.currency === base.currency) throw new ValueError(`impliedRate: both amounts are in ${quote.currency}; a rate needs two currencies`);
  return { rate: quote.value / base.value, base: base.currency, quote: quote.currency };
}

/**
 * The same rate seen from the other currency: `1 / rate`, base and quote swapped.
 *
 * @param rate - an exchange rate (rate > 0).
 * @throws {ValueError} when the rate is not a positive finite number.
 * @example
 * invertRate({ rate: 1250, base: 'USD', quote: 'KRW' }); // => { rate: 0.0008, base: 'KRW', quote: 'USD' }
 */
export function invertRate(rate: ExchangeRate): ExchangeRate {
  checkRate(rate, 'invertRate');
  return { rate: 1 / rate.rate, base: rate.quote, quote: rate.base };
}

/**
 * The cross rate of two rates that share a currency: from KRW per USD and JPY per USD,
 * KRW per JPY. Each rate is first expressed per unit of the shared currency C
 * (inverting it when C is its quote); the result is `a' / b'` units of a's other currency per
 * unit of b's other currency.
 *
 * @param a - a rate involving the shared currency; its other currency becomes the result's quote.
 * @param b - a rate involving the shared currency; its other currency becomes the result's base.
 * @throws {ValueError} when a rate is not positive, or the two rates share no currency (or both).
 * @example
 * crossRate({ rate: 1200, base: 'USD', quote: 'KRW' }, { rate: 150, base: 'USD', quote: 'JPY' });
 * // => { rate: 8, base: 'JPY', quote: 'KRW' }  (1200 / 150 KRW per JPY)
 */
export function crossRate(a: ExchangeRate, b: ExchangeRate): ExchangeRate {
  checkRate(a, 'crossRate');
  checkRate(b, 'crossRate');
  const shared = [a.base, a.quote].filter((c) => c === b.base || c === b.quote);
  if (shared.length !== 1) {
    throw new ValueError(`crossRate: the rates must share exactly one currency, got ${a.quote} per ${a.base} and ${b.quote} per ${b.base}`);
  }
  const perShared = (rate: ExchangeRate) => (rate.base === shared[0] ? rate : invertRate(rate));
  const [aa, bb] = [perShared(a), perShared(b)];
  return { rate: aa.rate / bb.rate, base: bb.quote, quote: aa.quote };
}

/** Options of {@link convert}. */
export interface ConvertOptions {
  /** [round=true] Round the result to the target currency's minor units (KRW 0, USD 2). */
  round?: boolean;
}

/**
 * Converts an amount with an exchange rate, in either direction: an amount in the base currency
 * is multiplied by the rate, an amount in the quote currency divided by it.
 *
 * @param amount - the amount to convert, in units of `rate.base` or `rate.quote`.
 * @param rate - units of `rate.quote` per unit of `rate.base`.
 * @param options - `[round=true]` rounds to the target's minor units (half away from zero).
 * @returns the amount in the other currency of the rate.
 * @throws {ValueError} when the amount is negative/NaN, the rate is not positive, or the amount's currency is neither of the rate's.
 * @example
 * const krwPerUsd = { rate: 1206.9277653732424, base: 'USD', quote: 'KRW' };
 * convert({ value: 1_000_000, currency: 'USD' }, krwPerUsd); // => { value: 1206927765, currency: 'KRW' }
 * convert({ value: 1e12, currency: 'KRW' }, krwPerUsd); // => { value: 828550000, currency: 'USD' }
 */
export function convert(amount: Money, rate: ExchangeRate, options: ConvertOptions = {}): Money {
  const { value, currency } = checkMoney(amount, 'convert');
  checkRate(rate, 'convert');
  let converted: Money;
  if (currency === rate.base) converted = { value: value * rate.rate, currency: rate.quote };
  else if (currency === rate.quote) converted = { value: value / rate.rate, currency: rate.base };
  else throw new ValueError(`convert: the amount is in ${currency} but the rate converts ${rate.base} and ${rate.quote}`);
  return options.round === false ? converted : { ...converted, value: roundToMinorUnits(converted.value, converted.currency) };
}

/** Options of {@link formatRate}. */
export interface FormatRateOptions {
  /** [locale='en-US'] BCP 47 locale of the number. */
  locale?: string;
  /** [digits=2] Decimals for rates ≥ 1; rates below 1 print 6 significant digits instead. */
  digits?: number;
}

/**
 * Formats a rate as "1,206.93 KRW per USD" (rates below 1 keep 6 significant digits: "0.00082855 USD per KRW").
 *
 * @param rate - units of `rate.quote` per unit of `rate.base`.
 * @param options - `[locale='en-US']`, `[digits=2]`.
 * @throws {ValueError} when the rate is not a positive finite number.
 * @example
 * formatRate({ rate: 1206.9277653732424, base: 'USD', quote: 'KRW' }); // => '1,206.93 KRW per USD'
 */
export function formatRate(rate: ExchangeRate, options: FormatRateOptions = {}): string {
  checkRate(rate, 'formatRate');
  const { locale = 'en-US', digits = 2 } = options;
  const format =
    rate.rate >= 1
      ? new Intl.NumberFormat(locale, { minimumFractionDigits: digits, maximumFractionDigits: digits })
      : new Intl.NumberFormat(locale, { maximumSignificantDigits: 6 });
  return `${format.format(rate.rate)} ${rate.quote} per ${rate.base}`;
}

function checkRate(rate: ExchangeRate, where: string): void {
  if (!rate || typeof rate.rate !== 'number' || !Number.isFinite(rate.rate) || rate.rate <= 0) {
    throw new ValueError(`${where}: rate must be a positive finite number, got ${String(rate?.rate)}`);
  }
  currencyInfo(rate.base);
  currencyInfo(rate.quote);
}
