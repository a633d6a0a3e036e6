/**
 * Company and index names → tickers through the mapping in `data/tickers.json`. Names are matched
 * over tokens (longest name first), so "Samsung Electronics Co. Ltd." and "SK hynix" are found in
 * running text in one pass; the first letter must be written upper-case as in the mapping.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { EntityType } from '../article/types';
import type { Token } from './tokenize';
import { tokenize } from './tokenize';

/** A company or index in the ticker mapping. */
export interface TickerEntry {
  name: string;
  ticker: string;
  exchange: string;
  entityType: Extract<EntityType, 'company' | 'index'>;
}

interface TickerFile {
  companies: { name: string; ticker: string; exchange: string; aliases: string[] }[];
  indices: { name: string; ticker: string; exchange: string; aliases: string[] }[];
  benchmarks: Record<string, string>;
}

interface Candidate {
  words: string[];
  entry: TickerEntry;
}

const TABLE_PATH = join(__dirname, '..', '..', 'data', 'tickers.json');
let byFirstWord: Map<string, Candidate[]> | undefined;
let benchmarks: Record<string, string> = {};
let byTicker: Map<string, TickerEntry> | undefined;

function load(): Map<string, Candidate[]> {
  if (byFirstWord) return byFirstWord;
  const file = JSON.parse(readFileSync(TABLE_PATH, 'utf8')) as TickerFile;
  benchmarks = Object.assign(Object.create(null), file.benchmarks);
  byFirstWord = new Map();
  byTicker = new Map();
  const add = (entries: TickerFile['companies'], entityType: TickerEntry['entityType']) => {
    for (const e of entries) {
      const entry: TickerEntry = { name: e.name, ticker: e.ticker, exchange: e.exchange, entityType };
      byTicker!.set(e.ticker, entry);
      for (const alias of [e.name, ...e.aliases]) {
        const words = tokenize(alias).map((t) => t.lower);
        const list = byFirstWord!.get(words[0]) ?? [];
        list.push({ words, entry });
        list.sort((a, b) => b.words.length - a.words.length);
        byFirstWord!.set(words[0], list);
      }
    }
  };
  add(file.companies, 'company');
  add(file.indices, 'index');
  return byFirstWord;
}

/** A mapped name found in tokens. */
export interface TickerMatch {
  entry: TickerEntry;
  from: number;
  to: number;
}

/**
 * The mapped company or index whose name starts at token `i`, longest name first.
 *
 * @example
 * // tokens of "Samsung Electronics shares" at 0 → { entry: { ticker: '005930.KS', … }, from: 0, to: 2 }
 */
export function tickerAt(tokens: Token[], i: number): TickerMatch | undefined {
  const first = tokens[i];
  if (!first || first.type !== 'word') return undefined;
  const c = first.text.charCodeAt(0);
  // ASCII: upper case is A-Z; other scripts take the Unicode test
  if (c < 128 ? c < 65 || c > 90 : !/^\p{Lu}/u.test(first.text)) return undefined;
  const candidates = load().get(first.lower);
  if (!candidates) return undefined;
  for (const c of candidates) {
    if (!wordsAt(tokens, i, c.words)) continue;
    // "Dow Chemical shares fell", "Nasdaq OMX": an index's short name followed by another capitalised word is the
    // start of another name, not the index (not "Dow Jones Industrial Average", "S&P 500 Index")
    if (c.entry.entityType === 'index' && continuesName(tokens[i + c.words.length])) continue;
    return { entry: c.entry, from: i, to: i + c.words.length };
  }
  return undefined;
}

/** Capitalised words that may follow an index's name and still be that index ("Dow Jones Industrial Average", "Nikkei Stock Average"). */
const INDEX_NAME_WORDS = new Set(['index', 'indexes', 'indices', 'average', 'averages', 'composite', 'industrial', 'industrials', 'stock', 'stocks', 'share', 'shares', 'futures', 'benchmark']);

/** Whether a token continues a capitalised name: a word written with a capital that is no index word. */
function continuesName(t: Token | undefined): boolean {
  if (!t || t.type !== 'word' || INDEX_NAME_WORDS.has(t.lower)) return false;
  const c = t.text.charCodeAt(0);
  return c < 128 ? c >= 65 && c <= 90 : /^\p{Lu}/u.test(t.text);
}

/** Whether `words` (lower-cased) are the tokens from `i` on. */
function wordsAt(tokens: Token[], i: number, words: string[]): boolean {
  for (let k = 0; k < words.length; k += 1) if (tokens[i + k]?.lower !== words[k]) return false;
  return true;
}

/** Every mapped name in a sentence's tokens, left to right, without overlaps. */
export function findTickers(tokens: Token[]): TickerMatch[] {
  const found: TickerMatch[] = [];
  for (let i = 0; i < tokens.length; i += 1) {
    const match = tickerAt(tokens, i);
    if (match) {
      found.push(match);
      i = match.to - 1;
    }
  }
  return found;
}

/**
 * The mapped entry for a move subject as written ("Chip giant SK hynix", "The Nikkei"): the first
 * mapped name inside it. `undefined` when the subject is not in the mapping.
 *
 * @example
 * lookupTicker('Samsung Electronics')?.ticker; // => '005930.KS'
 */
export function lookupTicker(subject: string): TickerEntry | undefined {
  if (lookups.has(subject)) return lookups.get(subject);
  if (lookups.size >= LOOKUP_CACHE_LIMIT) lookups.clear();
  const entry = findTickers(tokenize(subject))[0]?.entry;
  lookups.set(subject, entry);
  return entry;
}

/** Subjects looked up before (articles repeat their subjects); cleared when full. */
const lookups = new Map<string, TickerEntry | undefined>();
const LOOKUP_CACHE_LIMIT = 5000;

/**
 * The benchmark index of an exchange, for "the wider market" in an article about stocks on it.
 *
 * @example
 * benchmarkOf('KRX')?.ticker; // => '^KS11'
 */
export function benchmarkOf(exchange: string): TickerEntry | undefined {
  load();
  const ticker = benchmarks[exchange];
  return ticker ? byTicker!.get(ticker) : undefined;
}

/**
 * The mapped entry of a ticker symbol.
 *
 * @example
 * lookupTickerSymbol('^KS11')?.name; // => 'KOSPI'
 */
export function lookupTickerSymbol(ticker: string): TickerEntry | undefined {
  load();
  return byTicker!.get(ticker);
}
