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
import { adjacent, cleanFloat, isFractionOrTime, isYearText, numberValue, quoteFractionAt, scaleFactor } from './numbers';
import { type CurrencyContext, currencyPrefixBefore, currencyWordAt, trailingDollarCountry } from './currency';
import { isCurrencyCode } from '../money/currencies';
import { isPercentUnitAt } from './percent';
import { hasClass, wordClass } from './lexicon';
import { type BareFigure, carryRateCurrency, carrySentenceQualifier } from './ellipsis';

/** A money amount found in a sentence, with its token span. */
export interface AmountMatch {
  /** Value in units of the currency, or the scaled number of a bare amount. */
  value: number;
  /** ISO 4217 code; undefined for a bare amount ("30.9 billion"). */
  currency?: string;
  /** First token (inclusive) and last token (exclusive) of the amount. */
  from: number;
  to: number;
  /** The high end of a range whose low end is the amount before it ("$619-774 billion"). */
  rangeHigh?: boolean;
  /** Written with a scale word ("mln", "bn"); a bare figure after "from" takes a currency only when neither has one. */
  scaled?: boolean;
  /** Sub-unit multiplier of the currency word (0.01 for "cents"), carried with the currency by ellipsis. */
  fraction?: number;
  /** A bid/offer quote read as its bid ("1.8200/15 marks"). */
  quote?: boolean;
  /** Currency from an unqualified "dlrs"/"cents" (USD by default); a qualified amount before it in the sentence may carry its country. */
  unqualifiedDefault?: string;
  /** Family of a currency word written with a country qualifier ("Canadian dlrs": "dollar"). */
  qualified?: string;
}

interface Partial {
  number: number;
  scale?: number;
  fraction: number;
  /** ISO code; empty when the currency word's country is unknown in the article ("crowns" in an Oslo story): the amount is left out. */
  currency?: string;
  from: number;
  to: number;
  /** Written as a vulgar fraction ("18-3/8"): the low end of a range only when the high end is close ("rose 1/4 to 14 dlrs" is a change, then a price). */
  vulgar?: boolean;
  /** A bid/offer quote ("1.8200/15 marks"), read as its bid. */
  quote?: boolean;
  unqualifiedDefault?: string;
  qualified?: string;
}

/** Currency words a number written in words may carry ("one dlr", "eight cents", "seven stg"); not "won" (a verb) or "pounds" (a weight). */
const WORD_NUMBER_CURRENCIES = new Set(['dlr', 'dlrs', 'dollar', 'dollars', 'stg', 'sterling', 'yen', 'euro', 'euros', 'cent', 'cents', 'ct', 'cts', 'penny', 'pence', 'p', 'c']);
/** "a cent": one sub-unit written with the article ("a penny" is a cent in U.S. text and a penny in British: left out). */
const ONE_SUBUNIT = new Set(['cent', 'ct']);

/**
 * A number written against letters, as wire tables and typos write it: a currency code or "euro"
 * glued before it with an optional scale after ("EUR655m", "euro300", "EUR12 .8 mn" with a stray
 * space before the decimals), or a word glued before a number with thousands ("as635,000").
 */
function gluedNumberAt(tokens: Token[], i: number): { number: number; currency?: string; scale?: number; end: number } | undefined {
  const token = tokens[i];
  // digits glued after 2 to 4 letters, checked by position first: this runs on every word
  if (token.type !== 'word' || !(isDigitAt(token.text, 2) || isDigitAt(token.text, 3) || isDigitAt(token.text, 4))) return undefined;
  const m = /^([A-Za-z]+?)(\d+(?:\.\d+)?)([A-Za-z]*)$/.exec(token.text);
  if (!m) return undefined;
  const [, head, digits, tail] = m;
  const currency = gluedCurrencyPrefix(head);
  if (currency) {
    let scale: number | undefined;
    if (tail) {
      scale = scaleFactor(tail.toLowerCase(), true);
      if (scale === undefined) return undefined;
    }
    let number = Number(digits);
    let end = i + 1;
    // "EUR42 .9 m": the decimals written after a stray space
    const dot = tokens[end];
    const decimals = tokens[end + 1];
    if (!tail && /^\d+$/.test(digits) && dot?.text === '.' && !adjacent(token, dot) && decimals?.type === 'number' && /^\d+$/.test(decimals.text) && adjacent(dot, decimals)) {
      number = Number(`${digits}.${decimals.text}`);
      end += 2;
    }
    return { number, currency, scale, end };
  }
  // "as high as635,000 won": a word glued to a number with thousands separators
  const comma = tokens[i + 1];
  const rest = tokens[i + 2];
  if (!tail && /^[a-z]+$/.test(head) && /^\d{1,3}$/.test(digits) && comma?.text === ',' && adjacent(token, comma) && rest?.type === 'number' && adjacent(comma, rest) && /^\d{3}(?:,\d{3})*(?:\.\d+)?$/.test(rest.text)) {
    return { number: Number(`${digits}${rest.text.replace(/,/g, '')}`), end: i + 3 };
  }
  return undefined;
}

function isDigitAt(text: string, k: number): boolean {
  const c = text.charCodeAt(k);
  return c >= 48 && c <= 57;
}

/** The currency of letters glued before a number: an ISO code in any case ("EUR", "usd") or "euro". */
function gluedCurrencyPrefix(head: string): string | undefined {
  const upper = head.toUpperCase();
  if (upper === 'EURO') return 'EUR';
  return upper.length === 3 && isCurrencyCode(upper) && (head === upper || head === head.toLowerCase()) ? upper : undefined;
}

/**
 * A quote in whole units before its currency word: "229/230 dlrs a tonne", "415/418 pence", "567/571 dlrs
 * an ounce" — a bid of 10 or more and an offer at or above it, which no share-price fraction (3/8, 15/16) is.
 */
function isWholeQuote(tokens: Token[], i: number, context: CurrencyContext): boolean {
  const bid = tokens[i].value!;
  const offer = tokens[i + 2].value!;
  if (bid < 10 || offer < bid || offer > 2 * bid) return false;
  return currencyWordAt(tokens, i + 3, context) !== undefined;
}

/**
 * A bid/offer quote at number token `i`: "1.8200/15 marks", "$635.90/636.90", "$1,132/1,137" — the
 * bid, then the offer or its last digits after a slash. Read as the bid (the first figure). Told
 * from a fraction ("1/4") or a date by decimals, thousands, a currency prefix on the bid, or a whole-unit
 * quote before its currency word ("229/230 dlrs").
 * Returns the index one past the offer.
 */
function bidOfferEnd(tokens: Token[], i: number, prefixed: boolean, context: CurrencyContext): number | undefined {
  const [bid, slash, offer] = [tokens[i], tokens[i + 1], tokens[i + 2]];
  if (bid?.type !== 'number' || slash?.text !== '/' || offer?.type !== 'number' || !adjacent(bid, slash) || !adjacent(slash, offer)) return undefined;
  if (!/[.,]/.test(bid.text) && !prefixed && !isWholeQuote(tokens, i, context)) return undefined;
  if (tokens[i - 1]?.text === '/' || tokens[i + 3]?.text === '/') return undefined; // "1.2/3/4" is no quote
  return i + 3;
}

/** Scale words that may stand for "one …" after an article ("a billion dollars"). */
const ARTICLE_SCALES = new Set(['million', 'billion', 'trillion']);
const ARTICLE_SCALE = wordClass(() => ARTICLE_SCALES);
/** Adjectives between the article and such a scale word ("an additional trillion dollars"). */
const ARTICLE_ADJECTIVES = new Set(['additional', 'further', 'extra', 'estimated']);

/**
 * "a billion dollars", "an additional trillion dollars": a scale word after an article and before a
 * currency word is one of that scale. Not after "half a", "a quarter of a", "a few" or a number.
 */
function articleScaleAmount(tokens: Token[], i: number, context: CurrencyContext): Partial | undefined {
  let k = i - 1;
  if (ARTICLE_ADJECTIVES.has(tokens[k]?.lower ?? '')) k -= 1;
  const article = tokens[k]?.lower;
  if (article !== 'a' && article !== 'an' && article !== 'another') return undefined;
  const before = tokens[k - 1];
  if (before && (before.type === 'number' || ['half', 'of', 'quarter', 'third'].includes(before.lower))) return undefined;
  const word = currencyWordAt(tokens, i + 1, context);
  if (!word || word.fraction !== 1 || !WORD_NUMBER_CURRENCIES.has(tokens[word.end - 1].lower)) return undefined;
  return { number: 1, scale: scaleFactor(tokens[i].lower, false), fraction: 1, currency: word.currency, from: i, to: word.end };
}

function readAmount(tokens: Token[], i: number, context: CurrencyContext): Partial | undefined {
  if (!tokens[i]) return undefined;
  if (hasClass(tokens[i], ARTICLE_SCALE)) return articleScaleAmount(tokens, i, context);
  // "a cent"
  if (tokens[i].lower === 'a' && ONE_SUBUNIT.has(tokens[i + 1]?.lower ?? '')) {
    const word = currencyWordAt(tokens, i + 1, context);
    if (word) return { number: 1, fraction: word.fraction, currency: word.currency, from: i, to: word.end };
  }
  const glued = gluedNumberAt(tokens, i);
  // "35-1/2 dlrs", "3/8 dlr": old-style share-price quotes
  const vulgar = glued ? undefined : quoteFractionAt(tokens, i);
  let number = glued ? glued.number : vulgar ? vulgar.value : numberValue(tokens[i]);
  let j = glued ? glued.end : vulgar ? vulgar.end : i + 1;
  if (number === undefined) return undefined;
  // "$.5 million": a number written with its leading zero left out
  let lead = i;
  if (!glued && !vulgar && /^\d+$/.test(tokens[i].text) && tokens[i - 1]?.text === '.' && adjacent(tokens[i - 1], tokens[i]) && !isNumberJoined(tokens, i - 1)) {
    number = Number(`0.${tokens[i].text}`);
    lead = i - 1;
  }
  // ",000" of a number glued to the word before it ("as635,000") is no number of its own
  if (isGluedTail(tokens, i)) return undefined;
  // A minus sign ("$-5 million", "-6 billion won", "-$5 million") makes no money amount: amounts are
  // non-negative, and dropping the sign would report a loss as a sum paid.
  if (isMinusBefore(tokens, lead)) return undefined;
  const prefix = glued?.currency ? { currency: glued.currency, start: i } : tokens[i].type === 'number' ? currencyPrefixBefore(tokens, lead) : undefined;
  if (prefix && isMinusBefore(tokens, prefix.start)) return undefined;
  const quoteEnd = glued || vulgar ? undefined : bidOfferEnd(tokens, i, !!prefix, context);
  if (quoteEnd !== undefined) j = quoteEnd;
  if ((!vulgar && quoteEnd === undefined && isFractionOrTime(tokens, i)) || isPercentUnitAt(tokens, j)) return undefined;
  let scale: number | undefined = glued?.scale;
  // "a 5-billion-dollar deal": a hyphen written between the number and its scale
  if (tokens[j]?.text === '-' && adjacent(tokens[j - 1], tokens[j]) && adjacent(tokens[j], tokens[j + 1]) && tokens[j + 1]?.type === 'word' && scaleFactor(tokens[j + 1].lower, false) !== undefined) j += 1;
  const scaleWord = tokens[j];
  if (scale === undefined && scaleWord?.type === 'word') {
    // "USD 33.6 m", "EUR42 .9 m": after a currency code, a lone lower-case "m" is millions too
    const spacedM = !!prefix && tokens[prefix.start].type === 'word' && scaleWord.text === 'm' && tokens[j + 1]?.type !== 'number';
    scale = scaleFactor(scaleWord.lower, adjacent(tokens[j - 1], scaleWord) || spacedM);
    if (scale !== undefined) j += 1;
    // compound scales: "7.7 lakh crore" = 7.7 × 1e5 × 1e7
    const larger = scale !== undefined && tokens[j]?.type === 'word' ? scaleFactor(tokens[j].lower, false) : undefined;
    if (scale !== undefined && larger !== undefined && larger > scale) {
      scale *= larger;
      j += 1;
    }
  }
  const quote = quoteEnd !== undefined;
  // a code glued to bare digits ("CLF7") is more often a name or ticker than a sum: only with a scale ("EUR655m")
  if (glued?.currency && scale === undefined) return undefined;
  if (prefix) {
    // "($1=$1.13 Canadian)": a plain "$" whose figure is followed by a dollar country closing the phrase
    const country = tokens[prefix.start].text === '$' ? trailingDollarCountry(tokens, j) : undefined;
    if (country) return { number, scale, fraction: 1, currency: country.currency, from: prefix.start, to: country.end, vulgar: !!vulgar, quote };
    return { number, scale, fraction: 1, currency: prefix.currency, from: prefix.start, to: j, vulgar: !!vulgar, quote };
  }
  // "billion-won": a hyphen written against both words
  const hyphen = tokens[j]?.text === '-' && adjacent(tokens[j - 1], tokens[j]) && adjacent(tokens[j], tokens[j + 1]);
  const word = opensClause(tokens, hyphen ? j + 1 : j) ? undefined : currencyWordAt(tokens, hyphen ? j + 1 : j, context);
  if (tokens[i].type === 'word' && !glued && scale === undefined) {
    // "six" alone is no amount; "one dlr", "eight cents" are; "two" of "two to three dlrs" is a range's low end
    if (!word && !hyphen && isWordRangeLow(tokens, j, context)) return { number, fraction: 1, from: lead, to: j };
    if (!word || hyphen || !WORD_NUMBER_CURRENCIES.has(tokens[word.end - 1].lower)) return undefined;
  }
  // "($1=1.01 Canadian)": a rate after "=" with its dollar country closing the phrase
  const country = !word && !hyphen && tokens[lead - 1]?.text === '=' ? trailingDollarCountry(tokens, j) : undefined;
  if (country) return { number, scale, fraction: 1, currency: country.currency, from: lead, to: country.end, vulgar: !!vulgar, quote };
  if (word) return { number, scale, fraction: word.fraction, currency: word.currency, from: lead, to: word.end, vulgar: !!vulgar, quote, unqualifiedDefault: word.unqualifiedDefault, qualified: word.qualified };
  return { number, scale, fraction: 1, from: lead, to: j, vulgar: !!vulgar, quote };
}

/**
 * Whether "to <number word> <currency word>" starts at `j` ("two to three dlrs a barrel"), or, after "between", "and
 * <number> [scale] <currency word>" ("between five and 15 mln dlrs").
 */
function isWordRangeLow(tokens: Token[], j: number, context: CurrencyContext): boolean {
  const high = tokens[j + 1];
  if (tokens[j]?.lower === 'and' && tokens[j - 2]?.lower === 'between' && high?.type === 'number') {
    const scaled = tokens[j + 2]?.type === 'word' && scaleFactor(tokens[j + 2].lower, false) !== undefined;
    return currencyWordAt(tokens, j + (scaled ? 3 : 2), context) !== undefined;
  }
  if (tokens[j]?.lower !== 'to' || high?.type !== 'word' || numberValue(high) === undefined) return false;
  const word = currencyWordAt(tokens, j + 2, context);
  return !!word && WORD_NUMBER_CURRENCIES.has(tokens[word.end - 1].lower);
}

/** Verbs a currency opening a clause is the subject of ("… to 168.12 Sterling was up 0.3 percent"). */
const CLAUSE_VERBS = new Set(['was', 'is', 'were', 'rose', 'fell', 'gained', 'lost', 'eased', 'firmed', 'ended', 'closed', 'opened', 'traded', 'slipped', 'climbed', 'dropped', 'edged', 'hit', 'touched', 'stood', 'weakened', 'strengthened', 'rallied', 'slid', 'jumped']);

/**
 * Whether the word at `k` is a capitalised currency name opening a new clause after a figure, as text with a
 * lost full stop writes it ("the euro rose 0.5 percent to 168.12 Sterling was up 0.3 percent"): then it is the
 * next clause's subject, not the figure's currency.
 */
function opensClause(tokens: Token[], k: number): boolean {
  const word = tokens[k];
  if (word?.type !== 'word' || word.text.length < 3 || word.text[0] === word.lower[0] || word.text.slice(1) !== word.lower.slice(1)) return false;
  return CLAUSE_VERBS.has(tokens[k + 1]?.lower ?? '');
}

/** Whether number token `i` is the ",000" tail of a number glued to a word ("as635,000"). */
function isGluedTail(tokens: Token[], i: number): boolean {
  const comma = tokens[i - 1];
  const word = tokens[i - 2];
  return comma?.text === ',' && adjacent(comma, tokens[i]) && word?.type === 'word' && adjacent(word, comma) && /\d$/.test(word.text);
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
  return p.scale === undefined && p.currency === undefined && isYearText(tokens[p.from].text);
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
  const bare: BareFigure[] = [];
  let i = 0;
  while (i < tokens.length) {
    const first = readAmount(tokens, i, context);
    if (!first) {
      i += 1;
      continue;
    }
    const parts = [first];
    if (rangeLinkAt(tokens, first.to, first.from) && !isYearLike(tokens, first)) {
      // "$64,550-$42,550": after a dash the high end may carry its own symbol ("fell 0.3 to $7.76" is a change, then a price)
      const dash = tokens[first.to].text === '-' || tokens[first.to].text === '–';
      const second = readAmount(tokens, first.to + 1, context) ?? (dash && tokens[first.to + 1]?.type === 'symbol' ? readAmount(tokens, first.to + 2, context) : undefined);
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
    for (let k = 0; k < parts.length; k += 1) {
      const p = parts[k];
      // a currency word whose country the article leaves open ("crowns" in an Oslo story): no amount, and no bare figure
      // for ellipsis to give another currency
      if (p.currency === '') continue;
      // bare figures ("opened at 1.8200/15 marks after yesterday's 1.8260/70") are given a currency by ellipsis.ts
      if (p.currency === undefined && p.scale === undefined) {
        if (!p.vulgar && tokens[p.from].type === 'number') bare.push({ value: p.number, from: p.from, to: p.to, quote: p.quote });
        continue;
      }
      found.push({
        value: cleanFloat(p.number * (p.scale ?? 1) * p.fraction),
        currency: p.currency,
        from: p.from,
        to: p.to,
        rangeHigh: k === 1 || undefined,
        scaled: p.scale !== undefined,
        fraction: p.fraction,
        quote: p.quote || undefined,
        unqualifiedDefault: p.unqualifiedDefault,
        qualified: p.qualified,
      });
    }
    i = parts[parts.length - 1].to;
  }
  carrySentenceQualifier(tokens, found);
  return bare.length > 0 && found.length > 0 ? carryRateCurrency(tokens, found, bare) : found;
}
