import type { Money } from '../article/types';
import { checkMoney } from './amount';
import { minorUnitDigits } from './currencies';
import type { FormatMoneyOptions } from './types';

/**
 * Formats an amount with `Intl.NumberFormat`, to exactly the currency's ISO minor units
 * (KRW 0 decimals, USD 2), so binary float noise never shows: 0.1 + 0.2 USD prints "$0.30".
 *
 * @param amount - the amount in currency units.
 * @param options - `[locale='en-US']`, `[display='symbol']` ("symbol" | "code" | "name"), `[notation='standard']`.
 * @returns the formatted amount.
 * @throws {ValueError} when the amount is NaN or negative.
 * @throws {UnknownCurrencyError} when the currency is not in the ISO 4217 table.
 * @example
 * formatMoney({ value: 828.55e6, currency: 'USD' }); // => '$828,550,000.00'
 * formatMoney({ value: 1e12, currency: 'KRW' }, { locale: 'ko-KR' }); // => '₩1,000,000,000,000'
 * formatMoney({ value: 828.55e6, currency: 'USD' }, { notation: 'compact' }); // => '$828.55M'
 */
export function formatMoney(amount: Money, options: FormatMoneyOptions = {}): string {
  const { value, currency } = checkMoney(amount, 'formatMoney');
  const { locale = 'en-US', display = 'symbol', notation = 'standard' } = options;
  const digits = minorUnitDigits(currency);
  const format = new Intl.NumberFormat(locale, {
    style: 'currency',
    currency,
    currencyDisplay: display,
    notation,
    // Compact figures ("$828.55M") drop trailing zeros; standard ones always show the minor units.
    minimumFractionDigits: notation === 'compact' ? 0 : digits,
    maximumFractionDigits: notation === 'compact' ? Math.max(digits, 2) : digits,
  });
  return format.format(value);
}
