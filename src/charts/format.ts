/**
 * Number formats for chart labels and tooltips. Labels are computed here, in TypeScript,
 * and put into the data as plain strings: no user text ever reaches a vega expression.
 */
/**
 * Untrusted text made fit for a title or label: whitespace collapsed to single spaces
 * and, past `maxChars` characters, cut with an ellipsis. (The text stays data: vega
 * renders it as text.)
 *
 * @param text any text
 * @param maxChars the longest result, in characters
 * @example
 * shortText('Samsung\nElectronics', 40) // => 'Samsung Electronics'
 */
export function shortText(text: string, maxChars: number): string {
  const line = String(text).replace(/\s+/g, ' ').trim();
  const chars = Array.from(line);
  return chars.length <= maxChars ? line : `${chars.slice(0, maxChars - 1).join('').trimEnd()}…`;
}

const MINUS = '\u2212';

/**
 * Formats a signed number with a fixed number of decimals and a unit suffix, using the
 * typographic minus sign (as d3-format and vega do).
 *
 * @param value the number (already in the unit of the suffix)
 * @param suffix unit suffix, e.g. "%" or " pp"
 * @param [digits=2] decimals
 * @example
 * formatSigned(0.8999999, ' pp') // => '+0.90 pp'
 */
export function formatSigned(value: number, suffix: string, digits = 2): string {
  const text = Math.abs(value).toFixed(digits);
  const isZero = Number(text) === 0;
  const sign = isZero ? '' : value > 0 ? '+' : MINUS;
  return `${sign}${text}${suffix}`;
}

/** A percent change, e.g. `+1.95%`. */
export const formatPct = (valuePct: number, digits = 2): string => formatSigned(valuePct, '%', digits);

/** A difference of percentages in percentage points, e.g. `+0.90 pp`. */
export const formatPp = (valuePp: number, digits = 2): string => formatSigned(valuePp, ' pp', digits);

/** A power of ten that money amounts are shown in, with its English word. */
export interface MoneyUnit {
  /** Divide amounts by this to get the shown number (1e12 for trillion). */
  divisor: number;
  /** "trillion", "billion", "million", "thousand" or "" for units. */
  word: string;
}

const MONEY_UNITS: MoneyUnit[] = [
  { divisor: 1e12, word: 'trillion' },
  { divisor: 1e9, word: 'billion' },
  { divisor: 1e6, word: 'million' },
  { divisor: 1e3, word: 'thousand' },
];

/**
 * The largest unit (trillion, billion, million, thousand) in which `amount` is at least 1.
 *
 * @param amount an amount in currency units (not millions)
 * @example
 * moneyUnit(828.55e6) // => { divisor: 1e6, word: 'million' }
 */
export function moneyUnit(amount: number): MoneyUnit {
  const size = Math.abs(amount);
  return MONEY_UNITS.find((unit) => size >= unit.divisor) ?? { divisor: 1, word: '' };
}

/**
 * An amount of money in words, to at most `digits` decimals: `1 trillion KRW`, `828.55 million USD`.
 *
 * @param amount amount in currency units (not millions)
 * @param currency ISO 4217 code
 * @param [unit] the unit to show the amount in; by default the one that fits the amount
 * @param [digits=2] maximum decimals (trailing zeros dropped)
 * @example
 * formatMoney(1e12, 'KRW') // => '1 trillion KRW'
 */
export function formatMoney(amount: number, currency: string, unit: MoneyUnit = moneyUnit(amount), digits = 2): string {
  const shown = amount / unit.divisor;
  const text = shown.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: 0 });
  return [text.replace('-', MINUS), unit.word, currency].filter(Boolean).join(' ');
}

/**
 * An exchange rate as "1,206.93 KRW per USD".
 *
 * @param rate units of `quote` per one unit of `base`
 * @example
 * formatRate(1206.927, 'KRW', 'USD') // => '1,206.93 KRW per USD'
 */
export function formatRate(rate: number, quote: string, base: string): string {
  return `${rate.toLocaleString('en-US', { maximumFractionDigits: 2, minimumFractionDigits: 2 })} ${quote} per ${base}`;
}
