/**
 * Tokens and sentences of running text. The extractor never runs a regular expression over
 * a whole article: it splits the text into bounded sentences with a linear scan, tokenises each
 * with one backtracking-free pattern, and matches its grammar over the token arrays.
 */
import { isAbbreviationDot } from './abbreviation';
import { lexiconBits, lexiconBitsOfAscii } from './lexicon';
import { softLineBreaks } from './wrap';

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
  /** A ticker or RIC written right after this name token ("BP Plc ( BP.L )"), as written; see codes.ts. */
  ticker?: string;
  /** This token is a ticker or RIC code standing alone (".SPX fell"); `ticker` holds it. */
  code?: boolean;
  /** Word-class bits of a word token, 0 for other tokens; read with `hasClass` of lexicon.ts. */
  lex: number;
}

/**
 * A token with every field present, in one order: all tokens share one object shape, so the grammars'
 * property reads stay monomorphic (tokens of several shapes made them megamorphic and slow).
 */
export function makeToken(type: TokenType, text: string, lower: string, start: number, end: number, value?: number, ticker?: string, code?: boolean, lex?: number): Token {
  return { type, text, lower, start, end, value, ticker, code, lex: lex ?? (type === 'word' ? lexiconBits(lower) : 0) };
}

/** A sentence: its span in the article and its tokens. */
export interface Sentence {
  start: number;
  end: number;
  tokens: Token[];
}

/** Longest sentence, in characters, the grammar looks at; longer runs are cut (bounds the work per sentence). */
export const MAX_SENTENCE_CHARS = 4000;

/** A ticker or RIC code right after a period ("Yahoo Inc. YHOO.N rose", "Corp. .SPX"): the name goes on. */
const CODE_AFTER_PERIOD = /^(?:[A-Z0-9]{1,6}[a-z]?\.[A-Z]{1,2}|\.[A-Z][A-Z0-9]{1,12})(?![\p{L}\p{N}.])/u;

const LETTER = /\p{L}/u;
const WORD_PART = /[\p{L}\p{M}\p{N}]/u;
const SPACE = /\s/u;
const LETTER_OR_NUMBER = /[\p{L}\p{N}]/u;

/** Whether the code point at `i` is a letter or number (what may not follow a possessive 's). */
function isLetterOrNumberAt(text: string, i: number, end: number): boolean {
  if (i >= end) return false;
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
  return LETTER_OR_NUMBER.test(text.slice(i, i + codeUnits(text, i, end)));
}

/** Whether the character code `c` (one UTF-16 unit, or a whole code point) starts a word. */
function isLetterCode(text: string, i: number, c: number, end: number): boolean {
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return LETTER.test(text.slice(i, i + codeUnits(text, i, end)));
}

/** Whether the code point at `i` continues a word (letter, mark or number). */
function isWordPartAt(text: string, i: number, end: number): boolean {
  if (i >= end) return false;
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
  return WORD_PART.test(text.slice(i, i + codeUnits(text, i, end)));
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** 2 for a surrogate pair starting at `i` and ending before `end`, else 1. */
function codeUnits(text: string, i: number, end = text.length): number {
  const c = text.charCodeAt(i);
  return c >= 0xd800 && c <= 0xdbff && i + 1 < end && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00 ? 2 : 1;
}

/**
 * Splits `text` into tokens between `start` and `end` (JS string offsets). One left-to-right scan
 * over character codes (no regular expression per token for ASCII text), equivalent to the pattern
 * `\d+(?:,\d{3})*(?:\.\d+)?|\p{L}[\p{L}\p{M}\p{N}]*(?:&\p{L}[\p{L}\p{M}\p{N}]*)*|['’]s(?![\p{L}\p{N}])|\S`:
 * numbers with thousands separators and decimals; words of letters/digits joined by "&" (S&P, AT&T);
 * the possessive 's (a lone ' after a plural s is typed possessive too); any other single non-space character.
 *
 * @example
 * tokenize("US$1.2bn").map((t) => t.text); // => ['US', '$', '1.2', 'bn']
 */
export function tokenize(text: string, start = 0, end = text.length): Token[] {
  const tokens: Token[] = [];
  let i = start;
  while (i < end) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 10 || c === 9 || c === 13) {
      i += 1;
      continue;
    }
    const from = i;
    if (isDigit(c)) {
      while (i < end && isDigit(text.charCodeAt(i))) i += 1;
      // thousands groups ",ddd"
      while (i + 3 < end && text.charCodeAt(i) === 44 && isDigit(text.charCodeAt(i + 1)) && isDigit(text.charCodeAt(i + 2)) && isDigit(text.charCodeAt(i + 3))) i += 4;
      if (text.charCodeAt(i) === 46 && i + 1 < end && isDigit(text.charCodeAt(i + 1))) {
        i += 1;
        while (i < end && isDigit(text.charCodeAt(i))) i += 1;
      }
      const raw = text.slice(from, i);
      tokens.push(makeToken('number', raw, raw, from, i, Number(raw.indexOf(',') >= 0 ? raw.replace(/,/g, '') : raw)));
      continue;
    }
    if (isLetterCode(text, i, c, end)) {
      i += codeUnits(text, i, end);
      // whether lower-casing can change the word: an upper-case ASCII letter or any non-ASCII character
      let cased = c < 97 || c >= 128;
      let ascii = c < 128;
      for (;;) {
        // ASCII letters and digits by code (most words), then any other word part by isWordPartAt
        for (; i < end; i += 1) {
          const d = text.charCodeAt(i);
          if ((d >= 97 && d <= 122) || (d >= 48 && d <= 57)) continue;
          if (d >= 65 && d <= 90) cased = true;
          else if (d < 128) break;
          else if (isWordPartAt(text, i, end)) {
            cased = true;
            ascii = false;
            i += codeUnits(text, i, end) - 1;
          } else break;
        }
        // "S&P", "AT&T": a word continues through "&" followed by a letter
        if (text.charCodeAt(i) === 38 && i + 1 < end && isLetterCode(text, i + 1, text.charCodeAt(i + 1), end)) {
          if (text.charCodeAt(i + 1) < 97 || text.charCodeAt(i + 1) >= 128) cased = true;
          if (text.charCodeAt(i + 1) >= 128) ascii = false;
          i += 1 + codeUnits(text, i + 1, end);
          continue;
        }
        break;
      }
      const raw = text.slice(from, i);
      const lower = cased ? raw.toLowerCase() : raw;
      tokens.push(makeToken('word', raw, lower, from, i, undefined, undefined, undefined, ascii ? lexiconBitsOfAscii(lower) : lexiconBits(lower)));
      continue;
    }
    if (c === 39 || c === 0x2019) {
      // the possessive 's, unless a letter or digit follows ("'sixties")
      if (text.charCodeAt(i + 1) === 115 && i + 1 < end && !isLetterOrNumberAt(text, i + 2, end)) {
        const raw = text.slice(i, i + 2);
        tokens.push(makeToken('possessive', raw, raw, i, i + 2));
        i += 2;
        continue;
      }
      // "Holdings' stock": a lone apostrophe written against a plural ending in s is a possessive too
      const before = i > start ? text.charCodeAt(i - 1) : 0;
      const plural = (before === 115 || before === 83) && !(i + 1 < end && LETTER_OR_NUMBER.test(text[i + 1]));
      const raw = text[i];
      tokens.push(makeToken(plural ? 'possessive' : 'symbol', raw, raw, i, i + 1));
      i += 1;
      continue;
    }
    const n = codeUnits(text, i, end);
    const raw = text.slice(i, i + n);
    i += n;
    if (c < 128 ? c === 11 || c === 12 : SPACE.test(raw)) continue;
    tokens.push(makeToken('symbol', raw, raw, from, i));
  }
  return tokens;
}

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 0xa0 || code === 13;
}

/**
 * Splits an article into sentences with a single left-to-right scan: a sentence ends at a
 * line break (LF, CR, CRLF, U+2028/9), or at `.`, `!`, `?` followed by a space and an upper-case letter, digit or quote
 * (not after abbreviations such as "Nov." or "U.S."). A line break inside a hard-wrapped paragraph ("rose 2
 * \npercent", "JP \nMorgan") is a space, not a sentence end (see {@link softLineBreaks}). Sentences longer than
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

/** The characters a sentence can end at below its length limit (a global pattern: `test` moves `lastIndex`, allocating nothing). */
const SENTENCE_END_CANDIDATE = /[.!?\n\r\u2028\u2029]/g;

/**
 * Calls `visit(start, end)` for each sentence span of `text` (see {@link splitSentences})
 * without tokenising, so callers can skip sentences cheaply.
 */
export function forEachSentenceSpan(text: string, visit: (start: number, end: number) => void): void {
  // the line breaks of hard-wrapped paragraphs, read as spaces
  const soft = softLineBreaks(text);
  let start = 0;
  const emit = (end: number) => {
    let s = start;
    while (s < end && (isSpace(text.charCodeAt(s)) || isLineBreak(text.charCodeAt(s)))) s += 1;
    let e = end;
    while (e > s && (isSpace(text.charCodeAt(e - 1)) || isLineBreak(text.charCodeAt(e - 1)))) e -= 1;
    if (e > s) visit(s, e);
  };
  // the first ".", "!", "?" or line break at or after the position it was last searched from (kept while ahead of
  // the scan: a text without one, "%%%…", is searched once, not once per length-limited piece)
  let candidate = -1;
  for (let i = 0; i < text.length; i += 1) {
    // below its length limit a sentence ends only at such a character: jump to the next one (or to the limit)
    if (i - start < MAX_SENTENCE_CHARS) {
      if (candidate < i) {
        SENTENCE_END_CANDIDATE.lastIndex = i;
        candidate = SENTENCE_END_CANDIDATE.test(text) ? SENTENCE_END_CANDIDATE.lastIndex - 1 : text.length;
      }
      i = Math.min(candidate, start + MAX_SENTENCE_CHARS);
      if (i >= text.length) break;
    }
    const code = text.charCodeAt(i);
    const space = soft !== undefined && soft.has(i);
    if (isLineBreak(code) && !space) {
      emit(i);
      start = i + 1;
    } else if ((code === 46 || code === 33 || code === 63) && endsSentence(text, i, soft)) {
      emit(i + 1);
      start = i + 1;
    } else if (i - start >= MAX_SENTENCE_CHARS && (space || isSpace(code))) {
      emit(i);
      start = i + 1;
    } else if (i - start >= MAX_SENTENCE_CHARS * 2) {
      emit(i);
      start = i;
    }
  }
  emit(text.length);
}

/** A line break and the spaces around it, inside a phrase that a hard-wrapped paragraph carries over two lines. */
const WRAPPED_BREAK = /[ \t\u00a0]*(?:\r\n|[\n\r\u2028\u2029])[ \t\u00a0]*/g;

/**
 * The text between two offsets as a name or phrase to show: as written, except that a line break of a hard-wrapped
 * paragraph, with the spaces around it, reads as one space ("KBW \nCapital Markets index" → "KBW Capital Markets
 * index"), so that no subject or name carries a line break into a table, CSV cell or chart label.
 *
 * @example
 * writtenText('JP \nMorgan rose', 0, 10); // => 'JP Morgan'
 */
export function writtenText(text: string, start: number, end: number): string {
  const written = text.slice(start, end);
  return LINE_BREAK_CHAR.test(written) ? written.replace(WRAPPED_BREAK, ' ') : written;
}

const LINE_BREAK_CHAR = /[\n\r\u2028\u2029]/;

/** A line break ends a sentence: LF, a lone CR (old Mac files, some feeds), CRLF (its CR and LF each end it), U+2028/U+2029. */
function isLineBreak(code: number): boolean {
  return code === 10 || code === 13 || code === 0x2028 || code === 0x2029;
}

/** Whether the `.`, `!` or `?` at `i` ends a sentence; `soft` holds the line breaks that are spaces. */
function endsSentence(text: string, i: number, soft: Set<number> | undefined): boolean {
  let j = i + 1;
  while (j < text.length && (text[j] === '"' || text[j] === '”' || text[j] === "'" || text[j] === ')')) j += 1;
  if (j >= text.length) return true;
  if (!isSpace(text.charCodeAt(j)) && !isLineBreak(text.charCodeAt(j))) return false;
  while (j < text.length && (isSpace(text.charCodeAt(j)) || (soft !== undefined && soft.has(j)))) j += 1;
  if (j >= text.length || isLineBreak(text.charCodeAt(j))) return true;
  const next = text[j];
  if (!/[\p{Lu}\p{N}"“'‘([.]/u.test(next)) return false;
  if (text.charCodeAt(i) === 46 && CODE_AFTER_PERIOD.test(text.slice(j, j + 16))) return false;
  if (next === '.') return false;
  return text.charCodeAt(i) !== 46 || !isAbbreviationDot(text, i);
}
