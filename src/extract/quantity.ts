/**
 * Figures of quantities and portions, not price changes. A percentage change followed in its clause by "to" and a sum
 * in millions or billions, or a count of things ("Viagra rose 6 percent to $450 million", "Total contracts … fell 24
 * percent to 1,647 homes", "Europe rose 5.8 percent to 3.11 million units"): revenue, sales, deliveries and orders are
 * reported so; a traded price never is (a stock "to $30.50" or "to 1.2 million won", an index "to 12,463.15"). And a
 * percentage "of" something ("make up around 80 percent of the credit card industry"): a portion. The labelling rules
 * count company results, statistics and stakes as no moves.
 */
import type { Token } from './tokenize';
import { isYearText } from './numbers';
import { monthOf } from './period';
import { nounSign } from './direction';
import { isNotTraded } from './kind';

/** Words of a company's market value, a price times its shares: "Vega Pharma's stock market value rose 2.5% to $40 billion" is a move. */
const MARKET_VALUE_WORDS = new Set(['value', 'valuation', 'capitalisation', 'capitalization', 'cap']);

/** Whether tokens [from, to) name a market value ("stock market value", "market capitalisation"). */
export function namesMarketValue(tokens: Token[], from: number, to: number): boolean {
  for (let k = Math.max(0, from); k < to; k += 1) if (MARKET_VALUE_WORDS.has(tokens[k].lower) && tokens[k - 1]?.lower === 'market') return true;
  return false;
}

/** Nouns a price's fall is a share of: "lost 40 percent of their value", "of its market capitalization". */
const VALUE_NOUNS = new Set(['value', 'valuation', 'capitalisation', 'capitalization', 'cap', 'worth', 'gains', 'gain', 'losses', 'loss']);

/**
 * Whether the percentage ending at token `end` is a portion of something, not a change: "make up around 80 percent of
 * the credit card industry" (Reuters 20090908), "is shedding about 7 percent of its staff" (20081115), "gained 43
 * percent of the vote" (20070417). A fall measured as a share of a value stays a move ("have lost more than 16 percent
 * of their value", "shed 29.4 percent of its value"; "gave back 20 percent of its gains").
 *
 * @example
 * // tokens of "Discover make up around 80 percent of the U.S. market" with end after "percent" → true
 */
export function portionAfter(tokens: Token[], end: number): boolean {
  if (tokens[end]?.lower !== 'of') return false;
  for (let k = end + 1; k < Math.min(tokens.length, end + 6); k += 1) {
    if (VALUE_NOUNS.has(tokens[k].lower)) return false;
    if (tokens[k].text === ',' || tokens[k].text === '.') break;
  }
  return true;
}

/** Scale words no traded price is quoted in: "to $3.02 billion", "to 26.1 billion francs". */
const LARGE_SCALES = new Set(['billion', 'billions', 'bln', 'bn', 'trillion', 'trillions', 'tln']);
/** "million" is a price only in a currency with small units ("to 1.2 million won", "1.05 million yen"): a sum in dollars, euros or pounds is a quantity. */
const MILLION = new Set(['million', 'millions', 'mln', 'mn']);
const MAJOR_CURRENCY_SIGNS = new Set(['$', '€', '£']);
const MAJOR_CURRENCY_WORDS = new Set(['dollars', 'dlrs', 'euros', 'pounds', 'stg', 'francs']);
/** Things counted in reports: "to 683,000 units", "to 13,622 cars", "to 1,107 homes". */
const COUNTED = new Set(['units', 'vehicles', 'cars', 'trucks', 'homes', 'houses', 'tonnes', 'tons', 'barrels', 'passengers', 'jobs', 'workers',
  'people', 'subscribers', 'customers', 'visitors', 'copies', 'aircraft', 'planes', 'orders', 'contracts', 'stores', 'employees']);
/** Words between "to" and the sum: "to a record $1.2 billion", "to an estimated 3 million units". */
const SUM_FILLERS = new Set(['a', 'an', 'record', 'about', 'nearly', 'almost', 'around', 'roughly', 'some', 'estimated', 'just', 'over', 'more', 'than']);
/** How many tokens after the percentage "to" may stand ("rose 9.3 percent in May to stand …", "quarter-over-quarter to"). */
const MAX_GAP = 8;

/** Words of a span between a figure and "to": "in the first quarter", "last year", "quarter-over-quarter". */
const SPAN_WORDS = new Set(['in', 'the', 'for', 'a', 'an', 'last', 'this', 'its', 'their', 'first', 'second', 'third', 'fourth', 'quarter', 'year', 'month', 'week',
  'half', 'period', 'fiscal', 'over', 'from', 'of', '-']);

function isGapWord(t: Token): boolean {
  if (t.type === 'number') return isYearText(t.text);
  if (t.type !== 'word' && t.text !== '-') return false;
  return SPAN_WORDS.has(t.lower) || monthOf(t.lower) !== undefined || nounSign(t.lower) !== undefined || (t.text === t.lower && isNotTraded(t.lower)) || /^[a-z]+-[a-z]+(?:-[a-z]+)?$/.test(t.text);
}

/**
 * Whether the percentage ending at token `end` changes a quantity: "to" follows within its clause, then a sum in
 * billions, a sum in millions of dollars, euros or pounds, or a count of units, cars, homes….
 *
 * @example
 * // tokens of "Viagra rose 6 percent to $450 million" with end after "percent" → true
 * // tokens of "Sony rose 2 percent to 3,500 yen" → false
 */
export function quantityAfter(tokens: Token[], end: number): boolean {
  let k = end;
  // only a span or the figure's noun may stand before "to" ("in the quarter", "last year", "a 9 percent rise in revenue
  // to"): not another clause ("tumbled 39 percent after the government said it will convert up to $25 billion")
  while (k < Math.min(tokens.length, end + MAX_GAP) && tokens[k].lower !== 'to') {
    if (!isGapWord(tokens[k])) return false;
    k += 1;
  }
  if (tokens[k]?.lower !== 'to') return false;
  k += 1;
  while (k < tokens.length && SUM_FILLERS.has(tokens[k].lower)) k += 1;
  let sign = false;
  // "$", "US$", "C$", "€"
  while (k < tokens.length && (tokens[k].type === 'symbol' || /^[A-Z]{1,3}$/.test(tokens[k].text)) && tokens[k + 1] && tokens[k].text !== ',') {
    if (MAJOR_CURRENCY_SIGNS.has(tokens[k].text)) sign = true;
    else if (tokens[k].type === 'symbol') return false;
    k += 1;
  }
  if (tokens[k]?.type !== 'number') return false;
  const unit = tokens[k + 1]?.lower ?? '';
  if (LARGE_SCALES.has(unit)) return true;
  if (MILLION.has(unit)) return sign || MAJOR_CURRENCY_WORDS.has(tokens[k + 2]?.lower ?? '') || COUNTED.has(tokens[k + 2]?.lower ?? '');
  return COUNTED.has(unit);
}
