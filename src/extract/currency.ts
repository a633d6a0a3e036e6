/**
 * Currency words, symbols and prefixes of news text → ISO 4217 codes, from
 * `data/currency-words.json` ("dlrs" → USD, "Canadian dlrs" → CAD, "stg" → GBP, "₩" → KRW, "HK$" → HKD).
 * Alphabetic codes ("KRW 1 trillion") are checked against the ISO 4217 table of `src/money`.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isCurrencyCode } from '../money/currencies';
import type { Token } from './tokenize';
import { adjacent } from './numbers';
import { hasClass, isWordShaped, wordClass } from './lexicon';

interface Family {
  words: string[];
  default: string;
  defaultBefore2002?: string;
  inherit: boolean;
  /** Countries whose adjective alone names the family's currency in an article ("Philippine" → pesos are PHP). */
  countryCodes?: string[];
  /** Words naming the default's country and the family's other countries, which decide whether the default may be used (see {@link defaultFits}). */
  cues?: { default: string[]; other: string[] };
}

interface CurrencyWordTable {
  words: Record<string, string>;
  families: Record<string, Family>;
  qualifiers: Record<string, string>;
  cents: { words: string[]; fraction: number };
  pence: { words: string[]; currency: string; fraction: number };
  symbols: Record<string, string>;
  dollarPrefixes: Record<string, string>;
  wordPrefixes: Record<string, string>;
  upperCasePrefixes: Record<string, string>;
  historical: { codes: string[]; lastYear: number };
  datedCodes: Record<string, [number, string][]>;
  ambiguousCodes: { codes: string[] };
}

/** data/currency-words.json at the package root (src/extract and dist/extract are both two levels down). */
const TABLE_PATH = join(__dirname, '..', '..', 'data', 'currency-words.json');
let table: CurrencyWordTable | undefined;
let familyOfWord: Map<string, string> | undefined;
/** Family of each `countryCodes` entry ("PHP" → "peso"). */
let familyOfCountry: Map<string, string> | undefined;
/** First words of qualifiers ("new" of "New Zealand", "u" of "U.S."), to reject most tokens at once. */
let qualifierStarts: Set<string> | undefined;
/** Currencies a dollar prefix can name ("C$" → CAD): the countries whose adjective after a figure names its dollar. */
let dollarCountries: Set<string> | undefined;
/**
 * The table's word-keyed records as Maps, for the look-ups made at every number and every word after one:
 * a keyed read of a null-prototype object with a string made from the text goes through V8's slow path.
 */
let lookups: { words: Map<string, string>; qualifiers: Map<string, string>; symbols: Map<string, string>; dollarPrefixes: Map<string, string>; wordPrefixes: Map<string, string>; upperCasePrefixes: Map<string, string> } | undefined;

/** First words of qualifiers and the words of currency families as word classes, read from the table when first needed. */
const QUALIFIER_START = wordClass(() => {
  words();
  return qualifierStarts!;
});
const FAMILY_WORD = wordClass(() => {
  words();
  return familyOfWord!.keys();
});

/**
 * Every word that can give an amount its currency, lower-cased: family words ("dlrs"), currency words ("won"),
 * cents and pence words, word prefixes ("Rs"), upper-case prefixes ("EURO") and the names of HTML currency
 * entities ("euro" of "&euro;"); see {@link mayNameCurrency}.
 */
const CURRENCY_CUE = wordClass(() => {
  const table = words();
  const cues = [...familyOfWord!.keys(), ...Object.keys(table.words), ...table.cents.words, ...table.pence.words, ...Object.keys(table.wordPrefixes), ...Object.keys(table.upperCasePrefixes), ...ENTITY_SIGNS.keys()];
  // keys of several words ("per cent") or with dots can never be one token's text: they match no token anyway
  return cues.map((w) => w.toLowerCase()).filter(isWordShaped);
});

function words(): CurrencyWordTable {
  if (!table) {
    // null-prototype records: a word such as "constructor" must not find Object.prototype members
    table = JSON.parse(readFileSync(TABLE_PATH, 'utf8'), (_key, value) => (value && typeof value === 'object' && !Array.isArray(value) ? Object.assign(Object.create(null), value) : value)) as CurrencyWordTable;
    familyOfWord = new Map();
    familyOfCountry = new Map();
    for (const [name, family] of Object.entries(table.families)) {
      for (const w of family.words) familyOfWord.set(w, name);
      for (const code of family.countryCodes ?? []) familyOfCountry.set(code, name);
    }
    qualifierStarts = new Set(Object.keys(table.qualifiers).map((q) => q.split(/[ .]/)[0]));
    dollarCountries = new Set(Object.values(table.dollarPrefixes));
    const asMap = (record: Record<string, string>) => new Map(Object.entries(record));
    lookups = { words: asMap(table.words), qualifiers: asMap(table.qualifiers), symbols: asMap(table.symbols), dollarPrefixes: asMap(table.dollarPrefixes), wordPrefixes: asMap(table.wordPrefixes), upperCasePrefixes: asMap(table.upperCasePrefixes) };
  }
  return table;
}

/** Per-article memory: the last qualified use of each currency family ("Swiss francs" → later "francs" = CHF). */
export interface CurrencyContext {
  /** Publication year, to read unqualified "francs" as FRF before the euro (2002) and CHF after. */
  publishedYear?: number;
  familyMemory: Map<string, string>;
  /** The article's text, searched for a family's country cues when an unqualified family word needs its default. */
  text?: string;
  /** Per family: whether the article allows the family's default (computed once, when first needed). */
  defaultAllowed: Map<string, boolean>;
}

/** A currency read from tokens, and how many tokens it spans. */
export interface CurrencyMatch {
  /** ISO code; empty when the word's country is unknown in the article (see `defaultFits`): no amount is made of it. */
  currency: string;
  /** Index one past the last token of the currency phrase. */
  end: number;
  /** Multiplier for sub-units (0.01 for cents and pence). */
  fraction: number;
  /**
   * Read from a word of a family that does not carry across an article ("dlrs", "cents") with no qualifier
   * and so given the family's default ("USD"); a qualified amount earlier in the same sentence may carry
   * its country to it instead (see `carrySentenceQualifier`).
   */
  unqualifiedDefault?: string;
  /** The family of a word read with a country qualifier ("Canadian dlrs", "Canadian cents": "dollar"). */
  qualified?: string;
}

const MAX_QUALIFIER_WORDS = 2;

function qualifierAt(tokens: Token[], i: number): { code: string; length: number } | undefined {
  words();
  if (!tokens[i] || !hasClass(tokens[i], QUALIFIER_START)) return undefined;
  const qualifiers = lookups!.qualifiers;
  // Longest first: "New Zealand", "Hong Kong", "U.S."; "U.S." is tokenised as U . S .
  // Up to two words are looked up written with spaces; any run of tokens written against each other, glued.
  for (let n = Math.min(4, tokens.length - i); n >= 1; n -= 1) {
    const spaced = n > MAX_QUALIFIER_WORDS ? '' : n === 1 ? tokens[i].lower : `${tokens[i].lower} ${tokens[i + 1].lower}`;
    const code = qualifiers.get(spaced) ?? (gluedRun(tokens, i, n) ? qualifiers.get(gluedLowers(tokens, i, n)) : undefined);
    if (code) return { code, length: n };
  }
  return undefined;
}

/** Whether tokens i..i+n-1 are written against each other ("U.S." as U . S .). */
function gluedRun(tokens: Token[], i: number, n: number): boolean {
  for (let k = i + 1; k < i + n; k += 1) if (!adjacent(tokens[k - 1], tokens[k])) return false;
  return true;
}

function gluedLowers(tokens: Token[], i: number, n: number): string {
  let s = tokens[i].lower;
  for (let k = i + 1; k < i + n; k += 1) s += tokens[k].lower;
  return s;
}

/**
 * Reads a currency word phrase starting at token `i` (after a number and scale):
 * "won", "Swiss francs", "Canadian dlrs", "cents", "KRW". `undefined` when there is none.
 *
 * @param context - article memory for unqualified family words; updated by qualified uses.
 * @example
 * // tokens of "Canadian dlrs" → { currency: 'CAD', end: 2, fraction: 1 }
 */
export function currencyWordAt(tokens: Token[], i: number, context: CurrencyContext): CurrencyMatch | undefined {
  const match = readCurrencyWord(tokens, i, context);
  if (match && context.publishedYear !== undefined) match.currency = datedCode(match.currency, context.publishedYear);
  return match;
}

/**
 * The ISO code a currency had in `year` (`datedCodes` of data/currency-words.json): "roubles" in 1987 are
 * SUR (Soviet rouble), in 1995 RUR, from 1998 RUB; Mexican pesos before 1993 MXP.
 *
 * @example
 * datedCode('RUB', 1987); // => 'SUR'
 */
export function datedCode(code: string, year: number): string {
  const steps = words().datedCodes[code];
  if (!steps) return code;
  let dated = code;
  for (const [from, earlier] of steps) if (year < from) dated = earlier;
  return dated;
}

function readCurrencyWord(tokens: Token[], i: number, context: CurrencyContext): CurrencyMatch | undefined {
  const table = words();
  const token = tokens[i];
  if (!token) return undefined;
  if (isCodeToken(token)) return { currency: token.text, end: i + 1, fraction: 1 };
  const qualifier = qualifierAt(tokens, i);
  const wordIndex = qualifier ? i + qualifier.length : i;
  const word = tokens[wordIndex];
  if (!word || word.type !== 'word') return undefined;
  const familyName = familyOfWord!.get(word.lower);
  if (familyName) {
    const family = table.families[familyName];
    if (qualifier) {
      if (family.inherit) context.familyMemory.set(familyName, qualifier.code);
      return { currency: qualifier.code, end: wordIndex + 1, fraction: 1, qualified: familyName };
    }
    const remembered = family.inherit ? context.familyMemory.get(familyName) : undefined;
    const early = family.defaultBefore2002 && context.publishedYear !== undefined && context.publishedYear < 2002;
    // "30.8 billion crowns" in an Oslo story: the default would be a guess, so the currency is unknown
    if (!remembered && !early && !defaultFits(familyName, family, context)) return { currency: '', end: wordIndex + 1, fraction: 1 };
    return { currency: remembered ?? (early ? family.defaultBefore2002! : family.default), end: wordIndex + 1, fraction: 1, unqualifiedDefault: family.inherit ? undefined : familyName };
  }
  if (qualifier) {
    // "70.15 U.S. cents", "30 Canadian cents"
    if (table.cents.words.includes(word.lower) && word.lower.length > 1) return { currency: qualifier.code, end: wordIndex + 1, fraction: table.cents.fraction, qualified: 'dollar' };
    // "Saudi riyals", "Egyptian pounds": the country names the currency
    if (lookups!.words.get(word.lower)) return { currency: qualifier.code, end: wordIndex + 1, fraction: 1 };
    return undefined;
  }
  // a lone "c"/"p" only when written lower-case against the digits ("50c", "20p"; not "30C")
  const single = (w: Token) => w.text.length === 1 && w.text === w.lower && adjacent(tokens[i - 1], w);
  if (table.cents.words.includes(word.lower) && (word.lower.length > 1 || single(word))) {
    return { currency: 'USD', end: i + 1, fraction: table.cents.fraction, unqualifiedDefault: 'dollar' };
  }
  if (table.pence.words.includes(word.lower) && (word.lower.length > 1 || single(word))) {
    return { currency: table.pence.currency, end: i + 1, fraction: table.pence.fraction };
  }
  const code = lookups!.words.get(word.lower);
  if (!code) return undefined;
  // "marks", "francs" of pre-euro currencies only in articles from before the euro (or undated)
  if (table.historical.codes.includes(code) && context.publishedYear !== undefined && context.publishedYear > table.historical.lastYear) return undefined;
  // "5 million pounds of beef" is a weight, not sterling; "6.2 billion pounds of debt" is sterling.
  if ((word.lower === 'pound' || word.lower === 'pounds') && tokens[i + 1]?.lower === 'of' && !moneyNounAfter(tokens, i + 2)) return undefined;
  return { currency: code, end: i + 1, fraction: 1 };
}

/**
 * Whether an unqualified word of `family` may take the family's default in this article: yes when the article names
 * the default's country (`cues.default`: "Swedish", "Stockholm") or none of the family's other countries
 * (`cues.other`: "Norwegian", "Oslo", "Prague"); a family without cues always may. Whole words, any case, anywhere in
 * the article (a story names its country after its first amount as often as before). Cached per article.
 *
 * @example
 * // "Statoil … 30.8 billion crowns …" datelined OSLO, no Swedish word → false: the crowns are left out
 */
function defaultFits(name: string, family: Family, context: CurrencyContext): boolean {
  if (!family.cues || context.text === undefined) return true;
  let allowed = context.defaultAllowed.get(name);
  if (allowed === undefined) {
    allowed = namesAnyWord(context.text, family.cues.default) || !namesAnyWord(context.text, family.cues.other);
    context.defaultAllowed.set(name, allowed);
  }
  return allowed;
}

const cuePatterns = new Map<string[], RegExp>();

/** Whether `text` holds any of `words` as a whole word, in any case. */
function namesAnyWord(text: string, words: string[]): boolean {
  let pattern = cuePatterns.get(words);
  if (!pattern) {
    pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${words.join('|')})(?![\\p{L}\\p{N}])`, 'iu');
    cuePatterns.set(words, pattern);
  }
  return pattern.test(text);
}

/** Nouns that make "N pounds of …" a sum of sterling ("4.35 billion pounds of debt", "10 billion pounds of emergency three-month funds"). */
const MONEY_NOUNS = new Set(['debt', 'debts', 'bonds', 'loans', 'loan', 'funding', 'funds', 'money', 'cash', 'capital', 'costs', 'cost', 'savings', 'sales', 'revenue', 'revenues', 'profit', 'profits', 'business', 'assets', 'investment', 'investments', 'spending', 'shortfall', 'losses', 'writedowns', 'write-downs', 'fees', 'taxes', 'tax', 'bonuses', 'aid', 'guarantees', 'financing', 'liabilities', 'deposits', 'equity', 'shares', 'stock', 'cuts', 'subsidies', 'bailout', 'liquidity', 'payments', 'dividends', 'contracts', 'orders', 'deals', 'acquisitions', 'borrowing', 'credit', 'insurance', 'claims', 'compensation', 'fines', 'penalties', 'income', 'earnings', 'value']);
/** Words that end the noun phrase after "pounds of" ("2.3 mln pounds of peanut products at a cost of …"). */
const NOUN_PHRASE_ENDS = new Set(['at', 'for', 'in', 'to', 'from', 'and', 'or', 'with', 'by', 'on', 'which', 'that', 'was', 'were', 'is', 'are', 'a', 'the']);
/** Most words read after "pounds of" looking for such a noun ("of emergency three-month funds"). */
const MONEY_NOUN_WINDOW = 6;

/** Whether a money noun comes within a few words from `k`, before any punctuation ("debt", "government money"). */
function moneyNounAfter(tokens: Token[], k: number): boolean {
  for (let n = k; n < k + MONEY_NOUN_WINDOW && n < tokens.length; n += 1) {
    const token = tokens[n];
    if ((token.type !== 'word' && !(token.text === '-' && n > k)) || NOUN_PHRASE_ENDS.has(token.lower)) return false;
    if (MONEY_NOUNS.has(token.lower)) return true;
  }
  return false;
}

/**
 * Reads a currency prefix that ends right before token `i` (the number): "$", "US$", "HK$",
 * "€", "₩", "Rs", "KRW ". Returns the code and the index of the prefix's first token.
 *
 * @example
 * // tokens of "US$10" with i = 2 → { currency: 'USD', start: 0 }
 */
export function currencyPrefixBefore(tokens: Token[], i: number): { currency: string; start: number } | undefined {
  words();
  const before = tokens[i - 1];
  if (!before || tokens[i].start - before.end > 1) return undefined;
  if (before.type === 'symbol') {
    const code = lookups!.symbols.get(before.text);
    if (!code) return escapedSymbolBefore(tokens, i);
    if (before.text === '$') {
      const word = tokens[i - 2];
      if (word && adjacent(word, before)) {
        const prefixed = lookups!.dollarPrefixes.get(word.lower);
        if (prefixed) return { currency: prefixed, start: i - 2 };
        // "U.S.$": U . S . $
        if (word.text === '.' && tokens[i - 3]?.lower === 's' && tokens[i - 5]?.lower === 'u') return { currency: 'USD', start: i - 5 };
      }
    }
    return { currency: code, start: i - 1 };
  }
  if (before.type === 'word') {
    const prefixed = lookups!.wordPrefixes.get(before.lower);
    if (prefixed && (before.text !== before.lower || before.text.length > 2)) return { currency: prefixed, start: i - 1 };
    const upper = before.text !== '_comment' ? lookups!.upperCasePrefixes.get(before.text) : undefined;
    if (upper) return { currency: upper, start: i - 1 };
    if (isCodeToken(before)) return { currency: before.text, start: i - 1 };
  }
  return undefined;
}

/** Tokens that may close the phrase after "$1.13 Canadian": a bracket or a clause's punctuation. */
const PHRASE_CLOSERS = new Set([')', ']', ',', ';', '.']);

/**
 * A capitalised country adjective of a dollar currency written after a figure and closing its phrase, as Reuters'
 * rate footers write the Canadian and Australian dollar: "($1=$1.13 Canadian)", "($1=1.01 Canadian)" (ReutersNews106521,
 * 253 articles of 2006-2009 with "$N Canadian)"). Then "$1.13" is C$1.13, not 1.13 U.S. dollars. Only the
 * countries of `dollarPrefixes` (CAD, AUD, HKD, SGD, NZD, TWD, …); not before a word ("a $2 billion Canadian unit").
 *
 * @param j - index of the token after the figure (and its scale).
 * @returns the currency and the index one past the adjective, else undefined.
 * @example
 * // tokens of "$1.13 Canadian)" with j = 2 → { currency: 'CAD', end: 3 }
 */
export function trailingDollarCountry(tokens: Token[], j: number): { currency: string; end: number } | undefined {
  const word = tokens[j];
  if (word?.type !== 'word' || word.text[0] === word.lower[0]) return undefined;
  const qualifier = qualifierAt(tokens, j);
  if (!qualifier || qualifier.code === 'USD' || !dollarCountries!.has(qualifier.code)) return undefined;
  const after = tokens[j + qualifier.length];
  if (after && !PHRASE_CLOSERS.has(after.text)) return undefined;
  return { currency: qualifier.code, end: j + qualifier.length };
}

/** HTML entity names of currency signs ("&euro;", "&pound;", "&yen;"). */
const ENTITY_SIGNS = new Map([['euro', '€'], ['pound', '£'], ['yen', '¥'], ['cent', '¢']]);

/**
 * A currency sign written out before the number at `i`, as text copied from web pages and tokenised corpora
 * leaves it: an HTML entity, whole or spaced ("&euro;3.30", "& euro ; 3.30"), or a bracketed upper-case code
 * word ("( EURO ) 35 million", the Financial PhraseBank's euro sign).
 */
function escapedSymbolBefore(tokens: Token[], i: number): { currency: string; start: number } | undefined {
  const [open, name, close] = [tokens[i - 3], tokens[i - 2], tokens[i - 1]];
  if (close?.text === ';' && open?.text === '&' && name?.type === 'word') {
    words();
    const sign = ENTITY_SIGNS.get(name.lower);
    const code = sign !== undefined ? lookups!.symbols.get(sign) : undefined;
    if (code && code !== 'USD') return { currency: code, start: i - 3 };
  }
  if (close?.text === ')' && open?.text === '(' && name?.type === 'word') {
    words();
    const code = lookups!.upperCasePrefixes.get(name.text);
    if (code && name.text !== '_comment') return { currency: code, start: i - 3 };
  }
  return undefined;
}

/**
 * The ISO code of a currency named by a single word in a subject ("yen" → JPY, "sterling" → GBP),
 * for currency moves. `undefined` when the word is not a currency.
 *
 * @example
 * currencyOfWord('yen'); // => 'JPY'
 */
export function currencyOfWord(word: string): string | undefined {
  const table = words();
  const lower = word.toLowerCase();
  const family = familyOfWord!.get(lower);
  return family ? table.families[family].default : lookups!.words.get(lower);
}

/**
 * Remembers qualified currency names written without an amount ("the Philippine peso fell"), so
 * later unqualified amounts of the family ("20.45 pesos") take that country's code.
 *
 * @example
 * // tokens of "The Philippine peso fell" → context.familyMemory.get('peso') === 'PHP'
 */
export function learnQualifiedCurrencies(tokens: Token[], context: CurrencyContext): void {
  const table = words();
  for (let i = 0; i < tokens.length; i += 1) {
    if (hasClass(tokens[i], QUALIFIER_START)) learnCountryAdjective(tokens, i, context);
    const family = hasClass(tokens[i], FAMILY_WORD) ? familyOfWord!.get(tokens[i].lower) : undefined;
    if (!family || !table.families[family].inherit) continue;
    for (let back = 2; back >= 1; back -= 1) {
      if (i - back < 0) continue;
      const qualifier = qualifierAt(tokens, i - back);
      if (qualifier && qualifier.length === back) {
        context.familyMemory.set(family, qualifier.code);
        break;
      }
    }
  }
}

/**
 * "Investors on Philippine stock markets …": a capitalised country adjective whose currency is one
 * of a family's `countryCodes` gives the family that currency, unless the article already named one.
 */
function learnCountryAdjective(tokens: Token[], i: number, context: CurrencyContext): void {
  const token = tokens[i];
  if (token.text[0] === token.lower[0]) return;
  const qualifier = qualifierAt(tokens, i);
  if (!qualifier) return;
  const name = familyOfCountry!.get(qualifier.code);
  if (name && !context.familyMemory.has(name)) context.familyMemory.set(name, qualifier.code);
}

/**
 * Whether any token of a sentence can give a money amount its currency: a currency sign, a currency, sub-unit
 * or currency-entity word ("euro" of "&euro;"), a currency prefix word, an upper-case ISO code ("KRW"), or a word with digits glued
 * after its first letters ("EUR655m"). Without one, the money grammar finds no amount with a currency in the
 * sentence and changes no article memory (a family is remembered only from a family word), so the extractor
 * skips it: every currency of findAmounts, pairConversions and the ellipsis carriers (all within one sentence)
 * comes from such a token.
 *
 * @example
 * // tokens of "The index rose 2.1 percent to 1,115.05" → false; of "rose 2 pct to 5.1 dlrs" → true
 */
export function mayNameCurrency(tokens: Token[]): boolean {
  words();
  for (const t of tokens) {
    if (t.type === 'symbol') {
      if (lookups!.symbols.has(t.text)) return true;
    } else if (t.type === 'word') {
      if (hasClass(t, CURRENCY_CUE)) return true;
      const c = t.text.charCodeAt(0);
      // an ISO code is three letters A-Z: the first letter rules out most words before the code test
      if (t.text.length === 3 && c >= 65 && c <= 90 && isCodeToken(t)) return true;
      if (digitAt(t.text, 2) || digitAt(t.text, 3) || digitAt(t.text, 4)) return true;
    }
  }
  return false;
}

function digitAt(text: string, k: number): boolean {
  const c = text.charCodeAt(k);
  return c >= 48 && c <= 57;
}

/** An upper-case ISO 4217 code token ("KRW"), excluding codes that are also words ("ALL", "TOP"). */
function isCodeToken(token: Token): boolean {
  return token.type === 'word' && token.text.length === 3 && token.text === token.text.toUpperCase() && isCurrencyCode(token.text) && !words().ambiguousCodes.codes.includes(token.text);
}

/**
 * A fresh per-article currency context.
 *
 * @param text - the article, searched for country cues when an unqualified "crowns" or "francs" needs its default;
 *   without it the default is always used.
 */
export function newCurrencyContext(publishedYear?: number, text?: string): CurrencyContext {
  return { publishedYear, familyMemory: new Map(), text, defaultAllowed: new Map() };
}
