/**
 * Numbers as news text writes them: digits with thousands separators ("1,071"), decimals,
 * small number words ("six pct"), and scale words ("1 trillion", "1tn", "828.55 mln", "$1.2bn").
 */
import type { Token } from './tokenize';
import { hasClass, wordClass } from './lexicon';

// null-prototype maps: a word such as "constructor" must not find Object.prototype members
const NUMBER_WORDS: Record<string, number> = Object.assign(Object.create(null), {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, fifteen: 15, twenty: 20, thirty: 30, forty: 40, fifty: 50, hundred: 100,
});

/**
 * {@link NUMBER_WORDS} as a Map, for the look-up of every token: a keyed read of a null-prototype
 * object with a lower-cased (not internalised) string went through V8's slow path and was the
 * extractor's hottest line (5% of its time on wire text); Map.get hashes the string once.
 */
const NUMBER_WORD_VALUES = new Map<string, number>(Object.entries(NUMBER_WORDS));
/** The number words as a word class: most words are none, told by one bit of the token. */
const NUMBER_WORD = wordClass(() => NUMBER_WORD_VALUES.keys());

/** Scale words and the factor each multiplies by. Single letters only count when attached to the digits ("$5m"). */
const SCALE_WORDS: Record<string, number> = Object.assign(Object.create(null), {
  thousand: 1e3, k: 1e3,
  million: 1e6, millions: 1e6, mln: 1e6, mn: 1e6, mio: 1e6, m: 1e6,
  billion: 1e9, billions: 1e9, bln: 1e9, bn: 1e9, b: 1e9,
  trillion: 1e12, trillions: 1e12, trln: 1e12, tln: 1e12, tn: 1e12, trn: 1e12,
  quadrillion: 1e15,
  lakh: 1e5, lakhs: 1e5, crore: 1e7, crores: 1e7,
});
const ATTACHED_ONLY = new Set(['k', 'm', 'b']);
const SCALE_FACTORS = new Map<string, number>(Object.entries(SCALE_WORDS));

/**
 * The value of a number token: digits with optional thousands commas and decimals, or a
 * number word ("six"). `undefined` when the token is not a number.
 *
 * @example
 * numberValue({ type: 'number', text: '4,220.56', lower: '4,220.56', start: 0, end: 8 }); // => 4220.56
 */
export function numberValue(token: Token | undefined): number | undefined {
  if (!token) return undefined;
  if (token.type === 'number') return token.value;
  if (token.type === 'word') return hasClass(token, NUMBER_WORD) ? NUMBER_WORD_VALUES.get(token.lower) : undefined;
  return undefined;
}

/**
 * The factor of a scale word following a number ("billion" → 1e9). Single-letter scales
 * ("m", "b", "k") count only when written against the digits (`attached`), as in "$5m".
 *
 * @example
 * scaleFactor('mln', false); // => 1000000
 */
export function scaleFactor(word: string, attached: boolean): number | undefined {
  const factor = SCALE_FACTORS.get(word);
  if (factor === undefined) return undefined;
  return ATTACHED_ONLY.has(word) && !attached ? undefined : factor;
}

const YEAR = /^(?:1[89]|20)\d\d$/;

/**
 * Whether a number token's text is a year, 1800 to 2099 written with four digits ("1987", "2008"; not "1,987").
 *
 * @example
 * isYearText('1987'); // => true; isYearText('2150') => false
 */
export function isYearText(text: string): boolean {
  return YEAR.test(text);
}

/** Whether `b` follows `a` with no space between them. */
export function adjacent(a: Token | undefined, b: Token | undefined): boolean {
  return !!a && !!b && a.end === b.start;
}

/** Denominators of the fractions old share-price quotes use ("35-1/2", "18-3/8"). */
const QUOTE_DENOMINATORS = new Set([2, 4, 8, 16, 32, 64]);

/**
 * A price written with a vulgar fraction starting at token `i`: "18-3/8" (mixed), "3/8" (alone) or
 * "2.87-1/4" (a fraction of a cent, as grain quotes write it: 2.8725), denominators 2 to 64 as share
 * and commodity quotes use them. `end` is one past its last token.
 *
 * @example
 * // tokens of "18-3/8 dlrs" with i = 0 → { value: 18.375, end: 5 }
 */
export function quoteFractionAt(tokens: Token[], i: number): { value: number; end: number } | undefined {
  const whole = tokens[i];
  // grain quotes put the fraction after the cents: "2.87-1/4 dlrs" = 2.87 + 1/4 cent
  const inCents = whole?.type === 'number' && /^\d+\.\d\d$/.test(whole.text);
  if (whole?.type !== 'number' || (!Number.isInteger(whole.value) && !inCents)) return undefined;
  const mixed = tokens[i + 1]?.text === '-' && adjacent(whole, tokens[i + 1]) && adjacent(tokens[i + 1], tokens[i + 2]);
  const n = mixed ? i + 2 : i;
  // a lone fraction must not be the tail of a mixed one ("18-3/8" read from "3")
  if (!mixed && tokens[i - 1]?.text === '-' && adjacent(tokens[i - 1], whole) && tokens[i - 2]?.type === 'number') return undefined;
  const [num, slash, den] = [tokens[n], tokens[n + 1], tokens[n + 2]];
  if (num?.type !== 'number' || slash?.text !== '/' || den?.type !== 'number' || !adjacent(num, slash) || !adjacent(slash, den)) return undefined;
  if (!Number.isInteger(num.value) || !QUOTE_DENOMINATORS.has(den.value!) || num.value! >= den.value! || num.value! <= 0) return undefined;
  if (inCents && !mixed) return undefined;
  return { value: Number(((mixed ? whole.value! : 0) + (num.value! / den.value!) * (inCents ? 0.01 : 1)).toPrecision(12)), end: n + 3 };
}

/** Whether the number token is part of a fraction ("1/4") or a time ("13:30"), which are never amounts or percents. */
export function isFractionOrTime(tokens: Token[], i: number): boolean {
  const before = tokens[i - 1];
  const after = tokens[i + 1];
  const joined = (t: Token | undefined, text: string) => t?.text === text;
  return (
    (joined(before, '/') && adjacent(before, tokens[i]) && tokens[i - 2]?.type === 'number') ||
    (joined(after, '/') && adjacent(tokens[i], after) && tokens[i + 2]?.type === 'number') ||
    (joined(before, ':') && adjacent(before, tokens[i]) && tokens[i - 2]?.type === 'number') ||
    (joined(after, ':') && adjacent(tokens[i], after) && tokens[i + 2]?.type === 'number')
  );
}

/** Cleans binary floating-point noise from a scaled value (828.55 × 1e6 → 828550000). */
export function cleanFloat(value: number): number {
  // an integer of at most 12 digits is its own 12-digit form: no string round trip (-0 becomes 0, as through the string)
  if (Number.isInteger(value) && Math.abs(value) < 1e12) return value === 0 ? 0 : value;
  return Number(value.toPrecision(12));
}
