/**
 * Ticker and RIC mentions, the wire-text stage between tokens and the grammars. Agency copy writes
 * instrument codes next to names: "BP Plc ( BP.L )( BP.N )", "Apple Inc (AAPL.O)", "Yahoo Inc. YHOO.N",
 * "The Standard & Poor's 500 Index .SPX", "Samsung Electronics 005930.KS", "Koncar [ZSE:KOEI]",
 * "Exxon (NYSE: XOM)". This pass removes each code from the token list and attaches it, as written,
 * to the name token before it (`token.ticker`), so the grammars see "BP Plc tumbled" and the move
 * keeps `ticker: 'BP.L'`. A code with no name before it (".SPX fell 1%") stays as one token marked
 * `code`; an index code then reads as its index name ({@link indexCodeName}).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Token, makeToken } from './tokenize';
import { adjacent } from './numbers';

/**
 * Exchange suffixes of Reuters instrument codes (RICs) accepted after a symbol: "BP.L", "AAPL.O",
 * "005930.KS", "7203.T". A list, not a pattern, so "U.S." or "No.1" are never codes.
 */
const EXCHANGE_SUFFIXES = new Set(('N O OQ A P K L KS KQ T OS DE F PA HK TO V AX SS SZ MI MC AS ST BO NS SI TW TWO BK JK KL CO HE ' +
  'OL BR LS VI WA IS J SA MX SW S VX Z I IR AT PR BU NZ TA CA PK OB PH SN BA CN LN MU').split(' '));
/** Suffixes a one-letter symbol may take outside brackets ("Ford Motor Co F.N"); "U.S", "U.K" are not codes. */
const SINGLE_LETTER_SUFFIXES = new Set(['N', 'O', 'OQ', 'L', 'TO', 'T', 'HK', 'PA', 'DE']);
/** Exchange names written before a symbol in brackets: "(NYSE: XOM)", "[ZSE:KOEI]". */
const EXCHANGE_PREFIX = /^[A-Z][A-Za-z]{1,7}$/;
/** Reuters' old link words after a bracketed code: "( AAPL.O : Quote , Profile , Research , Stock Buzz )". */
const LINK_WORDS = new Set(['quote', 'profile', 'research', 'stock', 'buzz']);
const MAX_BRACKET_TOKENS = 14;
/** Words a code written after them cannot name ("rose .SPX", "of ( BP.L )"). */
const FUNCTION_WORDS = new Set(('the a an and or but of in on at by for from to with as than that which who its their his her it they ' +
  'was were is are be been has have had rose fell up down said says while after before since shares stock').split(' '));

interface IndexCode {
  name: string;
  ticker?: string;
}
let indexCodes: Record<string, IndexCode> | undefined;

function loadIndexCodes(): Record<string, IndexCode> {
  if (!indexCodes) {
    const file = JSON.parse(readFileSync(join(__dirname, '..', '..', 'data', 'tickers.json'), 'utf8')) as { indexCodes?: Record<string, IndexCode> };
    indexCodes = Object.assign(Object.create(null), file.indexCodes ?? {}) as Record<string, IndexCode>;
  }
  return indexCodes;
}

/**
 * The index a RIC index code stands for (`data/tickers.json`, `indexCodes`): ".SPX" → "S&P 500".
 *
 * @example
 * indexCodeName('.IXIC'); // => 'Nasdaq Composite'
 * indexCodeName('.XYZ'); // => undefined
 */
export function indexCodeName(code: string): string | undefined {
  return loadIndexCodes()[code]?.name;
}

/**
 * One spelling per index for comparing tickers: a RIC index code maps to its table ticker (".DJI" → "^DJI");
 * other tickers are returned as given.
 *
 * @example
 * canonicalTicker('.SPX'); // => '^GSPC'
 */
export function canonicalTicker(code: string): string {
  return loadIndexCodes()[code]?.ticker ?? code;
}

/** Whether a written code is an index code (".SPX", ".N225", "^GSPC"). */
export function isIndexCode(code: string): boolean {
  return code.startsWith('.') || code.startsWith('^');
}

function isUpperCode(text: string): boolean {
  // the first character decides most words without a regular expression (this runs on nearly every word)
  const c = text.charCodeAt(0);
  if (!((c >= 65 && c <= 90) || (c >= 48 && c <= 57))) return false;
  return /^[A-Z0-9][A-Za-z0-9]{0,11}$/.test(text) && /[A-Z0-9]/.test(text) && text !== text.toLowerCase();
}

/** An index RIC at token `i` (".SPX", ".N225", ".STOXX50E", ".dMIAPJ0000PUS"): its end token, else undefined. */
function indexCodeAt(tokens: Token[], i: number): number | undefined {
  const dot = tokens[i];
  const word = tokens[i + 1];
  if (dot?.text !== '.' && dot?.text !== '^') return undefined;
  if (!word || word.type !== 'word' || !adjacent(dot, word) || !/^d?[A-Z][A-Z0-9]{1,14}$/.test(word.text)) return undefined;
  // "U.S.", "Inc.SPX": the dot of a word before it is no code's
  if (i > 0 && adjacent(tokens[i - 1], dot) && tokens[i - 1].text !== '(' && tokens[i - 1].text !== '[') return undefined;
  const after = tokens[i + 2];
  if (after && adjacent(word, after) && (after.type === 'word' || after.type === 'number' || after.text === '.' && tokens[i + 3] && adjacent(after, tokens[i + 3]))) return undefined;
  return i + 2;
}

/** An equity RIC at token `i` ("BP.L", "005930.KS", "BRKa.N"): its end token, else undefined. */
function equityCodeAt(tokens: Token[], i: number, bracketed: boolean): number | undefined {
  const symbol = tokens[i];
  const dot = tokens[i + 1];
  const suffix = tokens[i + 2];
  if (!symbol || dot?.text !== '.' || !suffix || !adjacent(symbol, dot) || !adjacent(dot, suffix)) return undefined;
  if (!EXCHANGE_SUFFIXES.has(suffix.text)) return undefined;
  if (symbol.type === 'number' ? !/^\d{1,6}$/.test(symbol.text) : symbol.type !== 'word' || !isUpperCode(symbol.text)) return undefined;
  if (i > 0 && adjacent(tokens[i - 1], symbol) && !['(', '['].includes(tokens[i - 1].text)) return undefined;
  const after = tokens[i + 3];
  if (after && adjacent(suffix, after) && (after.type === 'word' || after.type === 'number' || after.text === '.' && tokens[i + 4] && adjacent(after, tokens[i + 4]))) return undefined;
  if (!bracketed && symbol.text.length === 1 && (!SINGLE_LETTER_SUFFIXES.has(suffix.text) || after?.text === '.' && adjacent(suffix, after))) return undefined;
  if (!bracketed && symbol.type === 'word' && symbol.text.length === 1 && after?.text === '.') return undefined;
  return i + 3;
}

/**
 * Two RICs of one company glued together by the wire's markup: "RIM.TORIMM.O", "RIMM.ORIM.TO" (Toronto and
 * Nasdaq listings). Read as one code group at token `i`; the first listing is kept as written. The middle word
 * must split into an exchange suffix and an upper-case symbol, and the group must end on an exchange suffix.
 */
function gluedCodesAt(tokens: Token[], i: number): { end: number; written: string } | undefined {
  // the two dots first: they rule out nearly every capitalised word before the code tests
  if (tokens[i + 1]?.text !== '.' || tokens[i + 3]?.text !== '.') return undefined;
  const symbol = tokens[i];
  if (!symbol || symbol.type !== 'word' || !isUpperCode(symbol.text) || symbol.text.length < 2) return undefined;
  const dot = tokens[i + 1];
  const middle = tokens[i + 2];
  const dot2 = tokens[i + 3];
  const suffix2 = tokens[i + 4];
  if (dot?.text !== '.' || middle?.type !== 'word' || dot2?.text !== '.' || !suffix2 || !EXCHANGE_SUFFIXES.has(suffix2.text)) return undefined;
  if (!adjacent(symbol, dot) || !adjacent(dot, middle) || !adjacent(middle, dot2) || !adjacent(dot2, suffix2)) return undefined;
  if (i > 0 && adjacent(tokens[i - 1], symbol)) return undefined;
  const after = tokens[i + 5];
  if (after && adjacent(suffix2, after) && after.type !== 'symbol') return undefined;
  for (let n = Math.min(3, middle.text.length - 2); n >= 1; n -= 1) {
    const first = middle.text.slice(0, n);
    const rest = middle.text.slice(n);
    if (EXCHANGE_SUFFIXES.has(first) && /^[A-Z][A-Z0-9]{1,5}$/.test(rest)) return { end: i + 5, written: `${symbol.text}.${first}` };
  }
  return undefined;
}

/** Futures RICs: a root, then a month letter and year digit ("CLF7", "CLK7") or a continuation ("CLc1", "LCOc1"). */
const FUTURES_CODE = /^[A-Z]{1,4}(?:[FGHJKMNQUVXZ]\d{1,2}|c\d{1,2})$/;

/** A bare futures RIC at token `i` after a content word ("crude oil futures CLF7 fell"): its end token, else undefined. */
function futuresCodeAt(tokens: Token[], i: number): number | undefined {
  const t = tokens[i];
  const c = t?.text.charCodeAt(0) ?? 0;
  if (t?.type !== 'word' || c < 65 || c > 90 || !FUTURES_CODE.test(t.text) || /^[A-Z]+\d+$/.test(t.text) && t.text.length <= 3) return undefined;
  const before = tokens[i - 1];
  const after = tokens[i + 1];
  if (!before || before.type !== 'word' || FUNCTION_WORDS.has(before.lower) || (after && adjacent(t, after) && after.text !== ',')) return undefined;
  return i + 1;
}

/** A bracketed code group at token `i` ("( BP.L )", "[ZSE:KOEI]", "(NYSE: XOM)"): the code's tokens and the group's end. */
function bracketCodeAt(tokens: Token[], i: number): { from: number; to: number; end: number } | undefined {
  const open = tokens[i].text;
  if (open !== '(' && open !== '[') return undefined;
  const closeText = open === '(' ? ')' : ']';
  let close = i + 1;
  while (close < tokens.length && close - i <= MAX_BRACKET_TOKENS && tokens[close].text !== closeText) close += 1;
  if (close >= tokens.length || tokens[close].text !== closeText) return undefined;
  let j = i + 1;
  // "NYSE: XOM", "ZSE:KOEI", "KRX:005930"
  let prefixed = false;
  if (tokens[j]?.type === 'word' && EXCHANGE_PREFIX.test(tokens[j].text) && tokens[j + 1]?.text === ':' && j + 2 < close) {
    j += 2;
    prefixed = true;
  }
  let to = indexCodeAt(tokens, j) ?? equityCodeAt(tokens, j, true);
  if (to === undefined && prefixed && (tokens[j].type === 'word' || tokens[j].type === 'number') && /^[A-Z0-9][A-Z0-9]{0,9}$/.test(tokens[j].text)) to = j + 1;
  if (to === undefined) return undefined;
  // nothing else inside, or Reuters' link words after a colon
  if (to < close) {
    if (tokens[to].text !== ':' || !tokens.slice(to + 1, close).every((t) => t.text === ',' || LINK_WORDS.has(t.lower))) return undefined;
  }
  return { from: prefixed ? i + 1 : j, to, end: close + 1 };
}

/** Whether a token can end the name a code is written after ("Plc", "500", "Inc." of "Inc.( WMT.N )", "Index"). */
function endsName(tokens: Token[], k: number, indexCode = false): boolean {
  const t = tokens[k];
  if (!t) return false;
  // "the index of home builders .DJUSHB", "crude oil futures CLF7": a content word ends the phrase the code names
  if (t.type === 'word') return /\p{Lu}/u.test(t.text) || !FUNCTION_WORDS.has(t.lower) || (indexCode && (t.lower === 'shares' || t.lower === 'stocks'));
  if (t.type === 'number') return true;
  // "Inc." before the code
  return t.text === '.' && tokens[k - 1]?.type === 'word' && adjacent(tokens[k - 1], t);
}

/**
 * Removes ticker and RIC codes from a sentence's tokens, attaching each to the name before it.
 * Returns `tokens` itself when the sentence holds no code (the common case costs one scan).
 *
 * @example
 * // tokens of "BP Plc ( BP.L )( BP.N ) tumbled 15 percent"
 * // → "BP Plc tumbled 15 percent", with tokens[1].ticker === 'BP.L'
 */
export function attachCodes(tokens: Token[]): Token[] {
  let out: Token[] | undefined;
  for (let i = 0; i < tokens.length; i += 1) {
    const t = tokens[i];
    if (t.text !== '.' && t.text !== '(' && t.text !== '[' && t.text !== '^' && t.type !== 'number' && !(t.type === 'word' && t.text.length <= 12)) {
      out?.push(t);
      continue;
    }
    // no code starts at a word whose first letter is not A-Z (equity, glued and futures codes start upper-case)
    // nor at a number without a dot after it (an equity code "005930.KS"): most tokens leave here
    const first = t.text.charCodeAt(0);
    if (t.type === 'word' ? first < 65 || first > 90 : t.type === 'number' && tokens[i + 1]?.text !== '.') {
      out?.push(t);
      continue;
    }
    let code: { from: number; to: number; end: number; written?: string } | undefined;
    if (t.text === '(' || t.text === '[') code = bracketCodeAt(tokens, i);
    else {
      const to = indexCodeAt(tokens, i) ?? equityCodeAt(tokens, i, false) ?? futuresCodeAt(tokens, i);
      if (to !== undefined) code = { from: i, to, end: to };
      else if (t.type === 'word') {
        const glued = gluedCodesAt(tokens, i);
        if (glued) code = { from: i, to: i + 3, end: glued.end, written: glued.written };
      }
    }
    if (!code) {
      out?.push(t);
      continue;
    }
    out ??= tokens.slice(0, i);
    const written = code.written ?? codeText(tokens, code.from, code.to);
    // "Walt Disney Co.'s ( DIS.N ) shares": the code names the owner of the possessive
    const last = out[out.length - 1]?.type === 'possessive' ? out.length - 2 : out.length - 1;
    const previous = out[last];
    // "Inc.( WMT.N )": the dot ends the name; the ticker goes on the name's last word
    const indexCode = written.startsWith('.');
    const owner = previous?.text === '.' && last >= 1 && endsName(out, last, indexCode) ? out[last - 1] : previous;
    if (previous && endsName(out, last, indexCode)) {
      if (owner.ticker === undefined) {
        const copy = makeToken(owner.type, owner.text, owner.lower, owner.start, owner.end, owner.value, written, owner.code, owner.lex);
        out[out.lastIndexOf(owner)] = copy;
      }
    } else {
      out.push(makeToken('word', written, written.toLowerCase(), tokens[code.from].start, tokens[code.to - 1].end, undefined, written, true));
    }
    i = code.end - 1;
  }
  return out ?? tokens;
}

function codeText(tokens: Token[], from: number, to: number): string {
  let s = '';
  for (let k = from; k < to; k += 1) s += tokens[k].text;
  return s;
}
