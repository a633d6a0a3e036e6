/**
 * The money grammar over a sentence's tokens:
 *
 *   amount := [prefix] number [scale] ["-"] [currency-word]      e.g. "US$10.02 billion", "103.3 billion-won"
 *   range  := amount ("-" | "to" | "and" after "between") amount  e.g. "A$5-7 million", "$5 to 7 million"
 *
 * where prefix is a symbol or code ("$", "HK$", "€", "KRW"), scale a scale word ("mln", "bn", "trillion")
 * and currency-word a currency name ("won", "Canadian dlrs", "cents"). Numbers with a scale but no
 * currency ("30.9 billion") are kept as bare amounts: conversions give them their currency by ellipsis.
 */
import type { Token } from './tokenize';
import { adjacent, isFractionOrTime, numberValue, quoteFractionAt, scaleFactor } from './numbers';
import { type CurrencyContext, currencyPrefixBefore, currencyWordAt } from './currency';
import { isPercentUnitAt } from './percent';

/** A money amount found in a sentence, with its token span. */
export interface AmountMatch {
  /** Value in units of the currency, or the scaled number of a bare amount. */
  value: number;
  /** ISO 4217 code; undefined for a bare amount ("30.9 billion"). */
  currency?: string;
  /** First token (inclusive) and last token (exclusive) of the amount. */
  from: number;
  to: number;
}

interface Partial {
  number: number;
  scale?: number;
  fraction: number;
  currency?: string;
  from: number;
  to: number;
  /** Written as a vulgar fraction ("18-3/8"): the low end of a range only when the high end is close ("rose 1/4 to 14 dlrs" is a change, then a price). */
  vulgar?: boolean;
}

/** Cleans binary floating-point noise from a scaled value (828.55 × 1e6 → 828550000). */
function clean(value: number): number {
  return Number(value.toPrecision(12));
}

function readAmount(tokens: Token[], i: number, context: CurrencyContext): Partial | undefined {
  // "35-1/2 dlrs", "3/8 dlr": old-style share-price quotes
  const vulgar = quoteFractionAt(tokens, i);
  let number = vulgar ? vulgar.value : numberValue(tokens[i]);
  let j = vulgar ? vulgar.end : i + 1;
  if (number === undefined || (!vulgar && isFractionOrTime(tokens, i)) || isPercentUnitAt(tokens, j)) return undefined;
  // "$.5 million": a number written with its leading zero left out
  let lead = i;
  if (!vulgar && /^\d+$/.test(tokens[i].text) && tokens[i - 1]?.text === '.' && adjacent(tokens[i - 1], tokens[i]) && !isNumberJoined(tokens, i - 1)) {
    number = Number(`0.${tokens[i].text}`);
    lead = i - 1;
  }
  // A minus sign ("$-5 million", "-6 billion won", "-$5 million") makes no money amount: amounts are
  // non-negative, and dropping the sign would report a loss as a sum paid.
  if (isMinusBefore(tokens, lead)) return undefined;
  const prefix = tokens[i].type === 'number' ? currencyPrefixBefore(tokens, lead) : undefined;
  if (prefix && isMinusBefore(tokens, prefix.start)) return undefined;
  let scale: number | undefined;
  // "a 5-billion-dollar deal": a hyphen written between the number and its scale
  if (tokens[j]?.text === '-' && adjacent(tokens[i], tokens[j]) && adjacent(tokens[j], tokens[j + 1]) && tokens[j + 1]?.type === 'word' && scaleFactor(tokens[j + 1].lower, false) !== undefined) j += 1;
  const scaleWord = tokens[j];
  if (scaleWord?.type === 'word') {
    scale = scaleFactor(scaleWord.lower, adjacent(tokens[i], scaleWord));
    if (scale !== undefined) j += 1;
    // compound scales: "7.7 lakh crore" = 7.7 × 1e5 × 1e7
    const larger = scale !== undefined && tokens[j]?.type === 'word' ? scaleFactor(tokens[j].lower, false) : undefined;
    if (scale !== undefined && larger !== undefined && larger > scale) {
      scale *= larger;
      j += 1;
    }
  }
  if (tokens[i].type === 'word' && scale === undefined) return undefined; // "six" alone is no amount
  if (prefix) return { number, scale, fraction: 1, currency: prefix.currency, from: prefix.start, to: j, vulgar: !!vulgar };
  // "billion-won": a hyphen written against both words
  const hyphen = tokens[j]?.text === '-' && adjacent(tokens[j - 1], tokens[j]) && adjacent(tokens[j], tokens[j + 1]);
  const word = currencyWordAt(tokens, hyphen ? j + 1 : j, context);
  if (word) return { number, scale, fraction: word.fraction, currency: word.currency, from: lead, to: word.end, vulgar: !!vulgar };
  return { number, scale, fraction: 1, from: lead, to: j, vulgar: !!vulgar };
}

/** Whether the symbol at `k` is written against a number or word before it ("5-7", "2019-20", "1.5"): then it is no sign or decimal point of its own. */
function isNumberJoined(tokens: Token[], k: number): boolean {
  const before = tokens[k - 1];
  return !!before && adjacent(before, tokens[k]) && before.type !== 'symbol';
}

/** Whether token `at` is preceded by a minus sign written against it that is not a hyphen or range dash ("-5", "[-6", "$-5"; not "5-7"). */
function isMinusBefore(tokens: Token[], at: number): boolean {
  const sign = tokens[at - 1];
  return !!sign && (sign.text === '-' || sign.text === '−') && adjacent(sign, tokens[at]) && !isNumberJoined(tokens, at - 1);
}

function rangeLinkAt(tokens: Token[], k: number, from: number): boolean {
  const link = tokens[k];
  if (!link) return false;
  if (link.text === '-' || link.text === '–') return adjacent(tokens[k - 1], link) && adjacent(link, tokens[k + 1]);
  if (link.lower === 'to') return true;
  return link.lower === 'and' && tokens[from - 1]?.lower === 'between';
}

function isYearLike(tokens: Token[], p: Partial): boolean {
  return p.scale === undefined && p.currency === undefined && /^(1[89]|20)\d\d$/.test(tokens[p.from].text);
}

/**
 * Finds the money amounts in a sentence's tokens (see the module grammar). Bare amounts
 * (scale but no currency) are returned with `currency` undefined.
 *
 * @param tokens - one sentence's tokens.
 * @param context - per-article currency memory (qualified family words update it).
 * @example
 * // "1 trillion won [$828.55 million]" → [{ value: 1e12, currency: 'KRW' }, { value: 828550000, currency: 'USD' }]
 */
export function findAmounts(tokens: Token[], context: CurrencyContext): AmountMatch[] {
  const found: AmountMatch[] = [];
  let i = 0;
  while (i < tokens.length) {
    const first = readAmount(tokens, i, context);
    if (!first) {
      i += 1;
      continue;
    }
    const parts = [first];
    if (rangeLinkAt(tokens, first.to, first.from) && !isYearLike(tokens, first)) {
      const second = readAmount(tokens, first.to + 1, context);
      // "rose 1/4 to 14 dlrs" is a change then a price, "2-1/2 to 3 cts higher" a range: ranges span less than 4x
      const vulgarChange = first.vulgar && second !== undefined && (second.number < first.number || second.number > 4 * first.number);
      if (second && !vulgarChange && (first.currency || second.currency || first.scale || second.scale)) {
        first.currency ??= second.currency;
        second.currency ??= first.currency;
        if (first.scale === undefined && first.fraction === 1) first.scale = second.scale;
        if (first.fraction === 1 && second.fraction !== 1 && first.currency === second.currency) first.fraction = second.fraction;
        parts.push(second);
      }
    }
    for (const p of parts) {
      if (p.currency === undefined && p.scale === undefined) continue;
      found.push({ value: clean(p.number * (p.scale ?? 1) * p.fraction), currency: p.currency, from: p.from, to: p.to });
    }
    i = parts[parts.length - 1].to;
  }
  return found;
}

/** Most words between an amount and "from <bare amount>" that still carry its currency ("in May"). */
const MAX_FROM_GAP = 4;

/**
 * Gives a bare amount after "from" the currency of the amount right before it, the same phrase
 * carrying the currency by ellipsis: "rose to 1.23 billion dlrs from 1.14 billion" (updates in place).
 *
 * @example
 * // "to 1.23 billion dlrs from 1.14 billion" → the second amount becomes 1.14e9 USD
 */
export function carryCurrencyAfterFrom(tokens: Token[], amounts: AmountMatch[]): void {
  for (let k = 1; k < amounts.length; k += 1) {
    const bare = amounts[k];
    const before = amounts[k - 1];
    if (bare.currency || !before.currency || tokens[bare.from - 1]?.lower !== 'from') continue;
    // "to 8.14 billion dlrs in May from 5.96 billion": only words (a time phrase) between the two
    const between = tokens.slice(before.to, bare.from - 1);
    if (between.length > MAX_FROM_GAP || between.some((t) => t.type !== 'word')) continue;
    bare.currency = before.currency;
  }
}
