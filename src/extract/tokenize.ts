/**
 * Tokens and sentences of running text. The extractor never runs a regular expression over
 * a whole article: it splits the text into bounded sentences with a linear scan, tokenises each
 * with one backtracking-free pattern, and matches its grammar over the token arrays.
 */

/** What a token is. */
export type TokenType = 'number' | 'word' | 'possessive' | 'symbol';

/** A token with its offsets into the article text. */
export interface Token {
  type: TokenType;
  text: string;
  /** Lower-cased text, for lexicon look-ups. */
  lower: string;
  start: number;
  end: number;
  /** Numeric value of a number token ("1,071" → 1071). */
  value?: number;
}

/** A sentence: its span in the article and its tokens. */
export interface Sentence {
  start: number;
  end: number;
  tokens: Token[];
}

/** Longest sentence, in characters, the grammar looks at; longer runs are cut (bounds the work per sentence). */
export const MAX_SENTENCE_CHARS = 4000;

// Numbers with thousands separators and decimals; words of letters/digits joined by "&" (S&P, AT&T);
// the possessive 's (a lone ' after a plural s is typed possessive below); any other single non-space character. Every alternative advances deterministically.
const TOKEN_PATTERN = /\d+(?:,\d{3})*(?:\.\d+)?|\p{L}[\p{L}\p{M}\p{N}]*(?:&\p{L}[\p{L}\p{M}\p{N}]*)*|['’]s(?![\p{L}\p{N}])|\S/gu;

const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'sen', 'rep', 'gov', 'gen', 'col', 'lt', 'st', 'jr', 'sr', 'co', 'corp', 'inc', 'ltd',
  'bhd', 'plc', 'no', 'vs', 'etc', 'approx', 'est', 'dept', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep',
  'sept', 'oct', 'nov', 'dec', 'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun', 'u.s', 'u.k',
  'e.g', 'i.e', 'p.m', 'a.m', 'rs', 'fig', 'mt', 'ft',
]);

/**
 * Splits `text` into tokens between `start` and `end` (JS string offsets).
 *
 * @example
 * tokenize("US$1.2bn").map((t) => t.text); // => ['US', '$', '1.2', 'bn']
 */
export function tokenize(text: string, start = 0, end = text.length): Token[] {
  const tokens: Token[] = [];
  const slice = text.slice(start, end);
  TOKEN_PATTERN.lastIndex = 0;
  let match: RegExpExecArray | null;
  while ((match = TOKEN_PATTERN.exec(slice)) !== null) {
    const raw = match[0];
    const first = raw.charCodeAt(0);
    const apostrophe = first === 39 || first === 0x2019;
    // "Holdings' stock": a lone apostrophe written against a plural ending in s is a possessive too
    const pluralPossessive = apostrophe && raw.length === 1 && /[sS]/.test(slice[match.index - 1] ?? '') && !/[\p{L}\p{N}]/u.test(slice[match.index + 1] ?? '');
    const type: TokenType =
      first >= 48 && first <= 57 ? 'number' : apostrophe && (raw.length > 1 || pluralPossessive) ? 'possessive' : /^\p{L}/u.test(raw) ? 'word' : 'symbol';
    const token: Token = { type, text: raw, lower: type === 'word' ? raw.toLowerCase() : raw, start: start + match.index, end: start + match.index + raw.length };
    if (type === 'number') token.value = Number(raw.indexOf(',') >= 0 ? raw.replace(/,/g, '') : raw);
    tokens.push(token);
  }
  return tokens;
}

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 0xa0 || code === 13;
}

/** Whether the period at `dot` ends an abbreviation ("Nov.", "U.S.", "Co.") rather than a sentence. */
function isAbbreviationDot(text: string, dot: number): boolean {
  let wordStart = dot;
  while (wordStart > 0 && dot - wordStart < 8) {
    const c = text[wordStart - 1];
    if (!/[\p{L}.]/u.test(c)) break;
    wordStart -= 1;
  }
  const word = text.slice(wordStart, dot).toLowerCase();
  if (word.length === 1) return true; // initials: "J. Smith", "U.S."
  return ABBREVIATIONS.has(word);
}

/**
 * Splits an article into sentences with a single left-to-right scan: a sentence ends at a
 * line break (LF, CR, CRLF, U+2028/9), or at `.`, `!`, `?` followed by a space and an upper-case letter, digit or quote
 * (not after abbreviations such as "Nov." or "U.S."). Sentences longer than
 * {@link MAX_SENTENCE_CHARS} are cut into pieces of at most that length.
 *
 * @param text - article text (any string).
 * @returns sentences with their tokens, in text order.
 * @example
 * splitSentences('Shares rose 2%. Oil fell.').length; // => 2
 */
export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  forEachSentenceSpan(text, (start, end) => sentences.push({ start, end, tokens: tokenize(text, start, end) }));
  return sentences;
}

/**
 * Calls `visit(start, end)` for each sentence span of `text` (see {@link splitSentences})
 * without tokenising, so callers can skip sentences cheaply.
 */
export function forEachSentenceSpan(text: string, visit: (start: number, end: number) => void): void {
  let start = 0;
  const emit = (end: number) => {
    let s = start;
    while (s < end && (isSpace(text.charCodeAt(s)) || isLineBreak(text.charCodeAt(s)))) s += 1;
    let e = end;
    while (e > s && (isSpace(text.charCodeAt(e - 1)) || isLineBreak(text.charCodeAt(e - 1)))) e -= 1;
    if (e > s) visit(s, e);
  };
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (isLineBreak(code)) {
      emit(i);
      start = i + 1;
    } else if ((code === 46 || code === 33 || code === 63) && endsSentence(text, i)) {
      emit(i + 1);
      start = i + 1;
    } else if (i - start >= MAX_SENTENCE_CHARS && isSpace(code)) {
      emit(i);
      start = i + 1;
    } else if (i - start >= MAX_SENTENCE_CHARS * 2) {
      emit(i);
      start = i;
    }
  }
  emit(text.length);
}

/** A line break ends a sentence: LF, a lone CR (old Mac files, some feeds), CRLF (its CR and LF each end it), U+2028/U+2029. */
function isLineBreak(code: number): boolean {
  return code === 10 || code === 13 || code === 0x2028 || code === 0x2029;
}

function endsSentence(text: string, i: number): boolean {
  let j = i + 1;
  while (j < text.length && (text[j] === '"' || text[j] === '”' || text[j] === "'" || text[j] === ')')) j += 1;
  if (j >= text.length) return true;
  if (!isSpace(text.charCodeAt(j)) && !isLineBreak(text.charCodeAt(j))) return false;
  while (j < text.length && isSpace(text.charCodeAt(j))) j += 1;
  if (j >= text.length || isLineBreak(text.charCodeAt(j))) return true;
  const next = text[j];
  if (!/[\p{Lu}\p{N}"“'‘([]/u.test(next)) return false;
  return text.charCodeAt(i) !== 46 || !isAbbreviationDot(text, i);
}
