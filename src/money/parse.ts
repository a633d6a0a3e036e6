import type { Money } from '../article/types';
import { UnknownCurrencyError, ValueError } from '../errors';
import { isCurrencyCode } from './currencies';
import type { ParseMoneyOptions } from './types';
import { SCALES, SYMBOLS, WORDS, type CurrencyWord } from './vocabulary';

/** Hedges before an amount ("about $5 million"): the stated figure is what is parsed. */
const APPROXIMATELY = /^(?:about|around|roughly|some|nearly|almost|approximately|approx\.?|over|more than|less than|under|up to|~)\s+/i;

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const alternation = (keys: string[]) => [...keys].sort((a, b) => b.length - a.length).map(escape).join('|');

const NUMBER = String.raw`\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+`;
const PATTERN = new RegExp(
  String.raw`^(?<sign>[-−+])?\s*(?<prefix>${alternation(Object.keys(SYMBOLS))}|[A-Za-z]{3}(?=[\s\d]))?\s*(?<sign2>[-−])?\s*` +
    String.raw`(?<number>${NUMBER})[\s-]*(?<scale>(?:${alternation(Object.keys(SCALES))})(?![a-z]))?\.?[\s-]*` +
    String.raw`(?<suffix>[A-Za-z][A-Za-z.\s]*?)?$`,
  'i',
);

/**
 * Parses a money amount as written in news text into an exact value in currency units:
 * a number with thousands separators, an optional scale word (thousand/k, million/mln/mn/mm/m,
 * billion/bln/bn/b, trillion/tn/tln, and the Indian lakh = 1e5 and crore = 1e7) and a currency given by symbol ("$", "US$", "₩"),
 * ISO code ("KRW", before or after) or word ("won", "dlrs", "U.S. dollars", "Canadian dlrs", "stg",
 * "Swedish crowns"); minor-unit words scale down ("7.75 cents" = 0.0775 USD, "50 pence" = 0.5 GBP).
 * The value is computed by decimal-string scaling, so "828.55 million" is exactly 828550000.
 * Hyphens between number, scale and currency ("103.3 billion-won") are allowed.
 * Surrounding brackets and whitespace are ignored, and so is a leading hedge ("about", "nearly",
 * "more than", "up to"…): the figure returned is the one stated.
 *
 * @param text - the amount, e.g. "1 trillion won", "$828.55 million", "KRW 1,000bn".
 * @param options - `[defaultCurrency]` to use when the text names no currency; `[words]` extra
 *   currency words, e.g. `{ crowns: 'SEK' }` where the context says which crown an ambiguous word means.
 * @returns `{ value, currency }` with value in units of the currency.
 * @throws {ValueError} when the text is not a money amount, is negative or has no currency (and no default).
 * @throws {UnknownCurrencyError} when a three-letter code is not in the ISO 4217 table.
 * @example
 * parseMoney('1 trillion won'); // => { value: 1000000000000, currency: 'KRW' }
 * parseMoney('US$828.55 mln'); // => { value: 828550000, currency: 'USD' }
 */
export function parseMoney(text: string, options: ParseMoneyOptions = {}): Money {
  if (typeof text !== 'string') throw new ValueError(`parseMoney: expected text, got ${String(text)}`);
  const cleaned = text
    .replace(/[\u00a0\u2009\u202f]/g, ' ')
    .trim()
    .replace(/^[[(]\s*|\s*[\])]$/g, '')
    .replace(APPROXIMATELY, '');
  const match = PATTERN.exec(cleaned);
  if (!match?.groups) throw new ValueError(`parseMoney: "${text}" is not a money amount (expected e.g. "$828.55 million" or "1 trillion won")`);
  const { sign, sign2, prefix, number, scale, suffix } = match.groups;
  if (sign === '-' || sign === '−' || sign2) throw new ValueError(`parseMoney: amount must not be negative, got "${text}"`);

  const named = [prefix, suffix].filter((part): part is string => Boolean(part)).map((part) => currencyOf(part, text, options.words));
  if (named.length === 2 && named[0].currency !== named[1].currency) {
    throw new ValueError(`parseMoney: "${text}" names two currencies (${named[0].currency} and ${named[1].currency})`);
  }
  const currency = named[0]?.currency ?? options.defaultCurrency?.toUpperCase();
  if (!currency) throw new ValueError(`parseMoney: "${text}" names no currency; pass { defaultCurrency } to assume one`);
  if (!isCurrencyCode(currency)) throw new UnknownCurrencyError(currency);

  // Minor-unit words ("7.75 cents") scale down: the suffix, when there is one, carries the unit.
  const power = (scale ? SCALES[scale.toLowerCase()] : 0) + (named[named.length - 1]?.power ?? 0);
  return { value: scaleDecimal(number.replace(/,/g, ''), power), currency };
}

/** What a prefix or suffix stands for: a symbol, a word (possibly a minor unit) or a three-letter code. */
function currencyOf(part: string, text: string, extraWords: Record<string, string> = Object.create(null)): CurrencyWord {
  const trimmed = part.trim();
  if (SYMBOLS[trimmed]) return { currency: SYMBOLS[trimmed], power: 0 };
  const key = trimmed.toLowerCase().replace(/\s+/g, ' ');
  const extra = Object.entries(extraWords).find(([w]) => w.toLowerCase() === key);
  if (extra) return { currency: extra[1].toUpperCase(), power: 0 };
  const word = WORDS.get(key);
  if (word) return word;
  if (/^[A-Za-z]{3}$/.test(trimmed)) {
    if (isCurrencyCode(trimmed)) return { currency: trimmed.toUpperCase(), power: 0 };
    if (trimmed === trimmed.toUpperCase()) throw new UnknownCurrencyError(trimmed);
  }
  throw new ValueError(`parseMoney: "${trimmed}" in "${text}" is not a currency symbol, code or word`);
}

/**
 * `digits × 10^power` computed on the decimal string, then converted once to the nearest double.
 * "828.55", 6 → "828550000" → 828550000 exactly.
 */
function scaleDecimal(digits: string, power: number): number {
  const [whole, fraction = ''] = digits.split('.');
  const all = `${whole}${fraction}`;
  const pointAt = all.length - fraction.length + power;
  if (pointAt <= 0) return Number(`0.${'0'.repeat(-pointAt)}${all}`);
  const decimal = pointAt >= all.length ? all + '0'.repeat(pointAt - all.length) : `${all.slice(0, pointAt)}.${all.slice(pointAt)}`;
  return Number(decimal);
}

/** How news text joins an amount to the same sum in another currency, after the first amount. */
const CONVERSION_JOINS = /^(.+?)(?:\s*,\s*|\s+)(?:or|equivalent to|equal to|worth|about)\s+(.+)$/i;

/**
 * Parses a conversion as news text writes it: an amount and the same sum in another currency,
 * bracketed — "1 trillion won [$828.55 million]", "$828.55 million (1 trillion won)" — or joined
 * by "or", "equivalent to", "equal to", "worth" — "2.53 billion crowns, or 371.1 mln dlrs".
 *
 * @param text - the two amounts.
 * @param options - as in {@link parseMoney} (`defaultCurrency`, `words`).
 * @returns `{ from, to }`: the amount written first and the other one.
 * @throws {ValueError} when the text is not two amounts in one of those forms, or both are in one currency.
 * @throws {UnknownCurrencyError} when a code is not in the ISO 4217 table.
 * @example
 * parseConversion('1 trillion won [$828.55 million]');
 * // => { from: { value: 1000000000000, currency: 'KRW' }, to: { value: 828550000, currency: 'USD' } }
 */
export function parseConversion(text: string, options: ParseMoneyOptions = {}): { from: Money; to: Money } {
  const trimmed = String(text).trim();
  const match = /^([^[(]+?)\s*(?:\[([^\]]+)\]|\(([^)]+)\))$/.exec(trimmed) ?? CONVERSION_JOINS.exec(trimmed);
  if (!match) throw new ValueError(`parseConversion: "${text}" is not "AMOUNT [AMOUNT]", "AMOUNT (AMOUNT)" or "AMOUNT, or AMOUNT"`);
  const from = parseMoney(match[1], options);
  const to = parseMoney(match[2] ?? match[3], options);
  if (from.currency === to.currency) throw new ValueError(`parseConversion: both amounts in "${text}" are in ${from.currency}`);
  return { from, to };
}
